/**
 * Live notes next to fields: while the person types, Python reads some answers back in plain
 * words (their "by Friday" as a date, say), shown in the field's `[data-ati-note-for]` slot.
 * Only forms with such fields (`[data-explain]`) ask; the call is worksheets.api.explain.
 * A note that changed is spoken to screen readers once the typing pauses (utilities/announce.js).
 */
import { CalmAnnouncer } from "../utilities/announce.js";
import { contextJson } from "../utilities/dates.js";
import * as python from "../python/runtime.js";
import * as records from "../storage/records.js";
import { collect } from "./values.js";

const EXPLAIN_DELAY_MS = 350;

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
    this.announcer = form.querySelector("[data-explain]") ? new CalmAnnouncer(form.querySelector("[data-ati-status]") || form.lastElementChild) : null;
  }

  /** Ask again once typing pauses. */
  later() {
    if (!this.announcer) return;
    this.announcer.hush();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.explain(), EXPLAIN_DELAY_MS);
  }

  /** Stop a pending ask (the page is going). */
  stop() {
    clearTimeout(this.timer);
    this.announcer?.hush();
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
