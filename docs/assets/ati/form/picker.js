/**
 * The interview picker above a worksheet that belongs to an interview (`[data-ati-picker]`):
 * every saved interview, grouped by application ("Hallam & Pryce: Graduate Consultant"), each
 * round by its name and date ("Assessment centre, Mon 11 Jan"), and "a new interview".
 * Choosing one makes it the current interview for every worksheet (storage/records.js tells
 * them). Below it, the browser's answer on keeping the site's data is said once it is known.
 */
import * as records from "../storage/records.js";

/** "Mon 11 Jan" / "Mon, Jan 11": a round's date, in the person's English; "" for none. */
function shortDate(iso, english) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!match) return "";
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return day.toLocaleDateString(english === "us" ? "en-US" : "en-GB", { weekday: "short", day: "numeric", month: "short" });
}

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
    const all = records.all();
    const english = records.profile().english;
    const groups = [...records.applications(all).values()].map((ids) => {
      const first = all[ids[0]];
      const title = records.title(first);
      if (ids.length === 1) return new Option(title, ids[0], false, ids[0] === currentId); // one round: the job's name
      const group = document.createElement("optgroup");
      group.label = records.jobTitle(first);
      ids.forEach((key, index) => {
        const data = all[key];
        const name = data.round || (ids.length > 1 ? `Round ${index + 1}` : "Interview");
        const text = [name, shortDate(data.date, english)].filter(Boolean).join(", ");
        group.append(new Option(text, key, false, key === currentId));
      });
      return group;
    }).sort((a, b) => a.label.localeCompare(b.label));
    const fresh = new Option(currentId ? "Start a new interview" : "A new interview (saved when you type)", "", false, !currentId);
    this.select.replaceChildren(...groups, fresh);
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
