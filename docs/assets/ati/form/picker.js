/**
 * The interview picker above a worksheet that belongs to an interview (`[data-ati-picker]`):
 * every saved interview by name, and "a new interview". Choosing one makes it the current
 * interview for every worksheet (storage/records.js tells them). Below it, the browser's answer on
 * keeping the site's data is said once it is known.
 */
import * as records from "../storage/records.js";

const HINT = "The details you type are shared by every step's worksheet for this interview.";

export class InterviewPicker {
  /**
   * @param {HTMLElement} box the `[data-ati-picker]` element
   * @param {string} id the select's id
   * @param {() => void} beforeSwitch called before another interview becomes current (to save)
   */
  constructor(box, id, beforeSwitch) {
    this.box = box;
    this.id = id;
    this.beforeSwitch = beforeSwitch;
    this.select = null;
  }

  build() {
    const label = document.createElement("label");
    label.htmlFor = this.id;
    label.textContent = "Interview";
    const hint = document.createElement("p");
    hint.className = "ati-hint";
    hint.id = `${this.id}-hint`;
    hint.textContent = HINT;
    const select = document.createElement("select");
    select.id = this.id;
    select.setAttribute("aria-describedby", hint.id);
    select.addEventListener("change", () => {
      const chosen = select.value || null; // read first: saving what is waiting redraws the list
      this.beforeSwitch();
      records.setCurrent(chosen);
    });
    const persist = document.createElement("p");
    persist.className = "ati-hint ati-persist";
    persist.setAttribute("role", "status");
    persist.dataset.atiPersist = "";
    persist.hidden = true;
    this.box.append(label, hint, select, persist);
    return select;
  }

  /**
   * List the saved interviews again, `currentId` selected (none: a new one).
   * @param {string|null} currentId
   */
  render(currentId) {
    this.select = this.box.querySelector("select") || this.build();
    const options = Object.entries(records.all())
      .map(([key, data]) => [key, records.title(data)])
      .sort((a, b) => a[1].localeCompare(b[1]));
    const nodes = options.map(([key, text]) => new Option(text, key, false, key === currentId));
    nodes.push(new Option(currentId ? "Start a new interview" : "A new interview (saved when you type)", "", false, !currentId));
    this.select.replaceChildren(...nodes);
  }

  /** Say whether the browser agreed to keep the site's data (said here, not in the status line). */
  showPersistence(granted) {
    const note = this.box.querySelector("[data-ati-persist]");
    if (!note) return;
    note.textContent = granted
      ? "Your browser agreed to keep this site's data until you delete it."
      : "Your browser may clear this site's data if space runs low or you stay away a while (Safari: 7 days). Export a backup on Your data now and then.";
    note.hidden = false;
  }
}
