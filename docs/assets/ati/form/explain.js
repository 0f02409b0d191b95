/**
 * Live notes next to fields. Python reads some answers back in plain words while the person
 * types (their "by Friday" as a date, say), shown in the field's `[data-ati-note-for]` slot;
 * only forms with such fields (`[data-explain]`) ask, and the call is worksheets.api.explain.
 * And every box with a limit (`data-max-length`, rendered by build/extensions/forms.py) counts
 * its answer as it nears the limit, passes it, or fills the box (which holds twice the limit),
 * in its `[data-ati-count]` line: a box never cuts what is typed without saying so.
 * A note or a count that changed is spoken to screen readers once the typing pauses
 * (utilities/announce.js).
 */
import { CalmAnnouncer } from "../utilities/announce.js";
import { contextJson } from "../utilities/dates.js";
import { plural } from "../utilities/words.js";
import * as python from "../python/runtime.js";
import * as records from "../storage/records.js";
import { collect } from "./values.js";

const EXPLAIN_DELAY_MS = 350;
/** The count shows from this share of the limit. */
const NEAR = 0.8;

/**
 * How long an answer is, as Python's check counts it (worksheets/core/validation.py): trimmed,
 * spaces run together on one line, line breaks kept in a box of lines; characters, not UTF-16 units.
 * @param {HTMLInputElement|HTMLTextAreaElement} field
 */
function answerLength(field) {
  const text = field.value.replace(/\r\n?/g, "\n").trim();
  return [...(field.tagName === "TEXTAREA" ? text : text.split(/\s+/).join(" "))].length;
}

/**
 * The words of a box's count, or "" while it is well within its limit.
 * @param {HTMLInputElement|HTMLTextAreaElement} field
 * @returns {{text: string, over: boolean}}
 */
export function countOf(field) {
  const limit = Number(field.dataset.maxLength);
  const count = answerLength(field);
  if (!limit || count < Math.ceil(limit * NEAR)) return { text: "", over: false };
  const over = count - limit;
  let text = over > 0
    ? `${count} of ${limit} characters: ${plural(over, "character")} too many. Shorten it to ${limit} or fewer.`
    : `${count} of ${limit} characters.`;
  if (field.maxLength > 0 && field.value.length >= field.maxLength) text += " The box holds no more: anything longer was left out.";
  return { text, over: over > 0 };
}

export class LiveNotes {
  /**
   * @param {HTMLElement} root the worksheet
   * @param {HTMLFormElement} form
   * @param {string} worksheet its id, e.g. "process"
   */
  constructor(root, form, worksheet) {
    this.root = root;
    this.form = form;
    this.worksheet = worksheet;
    this.timer = 0;
    const place = () => form.querySelector("[data-ati-status]") || form.lastElementChild;
    this.announcer = form.querySelector("[data-explain]") ? new CalmAnnouncer(place()) : null;
    this.counts = form.querySelector("[data-max-length]") ? new CalmAnnouncer(place()) : null;
  }

  /**
   * The answers changed: count every box again now (speaking the count of `typed`, the box
   * typed in, if it changed), and ask Python again once typing pauses.
   * @param {EventTarget} [typed]
   */
  later(typed) {
    this.count(typed);
    if (!this.announcer) return;
    this.announcer.hush();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.explain(), EXPLAIN_DELAY_MS);
  }

  /** Every box's count line, shown when it has something to say. */
  count(typed) {
    for (const field of this.form.querySelectorAll("[data-max-length]")) {
      const line = field.closest(".ati-field")?.querySelector("[data-ati-count]");
      if (!line) continue;
      const { text, over } = countOf(field);
      if (line.textContent !== text) {
        line.textContent = text;
        if (field === typed && text) this.counts.say(text);
      }
      line.hidden = !text;
      line.classList.toggle("ati-count--over", over);
    }
  }

  /** Stop a pending ask (the page is going). */
  stop() {
    clearTimeout(this.timer);
    this.announcer?.hush();
    this.counts?.hush();
  }

  async explain() {
    try {
      await python.whenReady();
      const result = JSON.parse(await python.call("explain", [this.worksheet, JSON.stringify(collect(this.form)), contextJson({ profile: records.profile() })]));
      if (!result.ok) return;
      const changed = [];
      for (const [path, text] of Object.entries(result.notes)) {
        const slot = this.root.querySelector(`[data-ati-note-for="${CSS.escape(path)}"]`);
        if (!slot || slot.textContent === text) continue;
        slot.textContent = text;
        slot.hidden = !text;
        if (text) changed.push(text);
      }
      if (changed.length) this.announcer.say(changed.join(" "));
    } catch {
      /* Python unavailable: the status line already says so */
    }
  }
}
