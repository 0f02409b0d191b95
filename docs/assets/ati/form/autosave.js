/**
 * Saving and restoring one worksheet's answers. A change saves 400 ms after the last
 * keystroke (at once for a choice, a button, or when the tab is hidden): shared values go to
 * the profile and the interview record (only those changed here), the worksheet's own values
 * and its output to the worksheet's own key (storage/index.js). Restoring puts the parts back
 * together; saved data that cannot be read is set aside and offered for download, never
 * overwritten.
 */
import * as storage from "../storage/index.js";
import * as records from "../storage/records.js";
import { anyTyped, collect, fill, merge, pick } from "./values.js";
import { setAsideInterviews, setAsideWorksheet } from "./unreadable.js";
import { SHEET_SAVED } from "../storage/sheets.js";

const SAVE_DELAY_MS = 400;
/** Sent on document after a form saved shared values, so other forms on the page show them. */
export const SHARED_SAVED = "ati:shared-saved";

/** Say in the banner that the latest changes are not saved, or take that away once they are. */
function reportSave(notices, result) {
  if (result.ok) {
    notices.clear("quota");
    notices.clear("error");
  } else if (result.reason === "quota") {
    notices.show(
      "quota",
      "Your latest changes are not saved: this browser's storage for the site is full. They are still on this page. Free some space (see Your data), or copy your text somewhere safe before closing the tab.",
    );
  } else {
    notices.show("error", `Your latest changes could not be saved (${result.message}). They are still on this page.`);
  }
}

export class Autosave {
  /**
   * @param {object} parts
   * @param {HTMLElement} parts.root the worksheet (its `data-worksheet`, `data-schema`)
   * @param {HTMLFormElement} parts.form
   * @param {import("./output.js").OutputView} parts.output saved with the answers
   * @param {import("./notices.js").Notices} parts.notices where problems are said
   * @param {import("./picker.js").InterviewPicker|null} parts.picker null when the
   *   worksheet does not belong to an interview
   */
  constructor({ root, form, output, notices, picker }) {
    this.root = root;
    this.id = root.dataset.worksheet;
    this.schema = Number(root.dataset.schema || 1);
    this.form = form;
    this.output = output;
    this.notices = notices;
    this.picker = picker;
    this.usesInterviews = Boolean(picker);
    this.interviewId = null; // the interview this form shows (null: a new one, not saved yet)
    this.dirty = new Set(); // top-level keys changed here since the last save or restore
    this.saving = false;
    this.timer = 0;
    this.blocked = false; // true while an unreadable saved value could not be set aside
  }

  /** The storage name of this worksheet's own values (per interview when it uses one). */
  get recordName() {
    if (!this.usesInterviews) return `worksheet:${this.id}`;
    return this.interviewId ? `worksheet:${this.id}:${this.interviewId}` : null;
  }

  /** Whether a save is waiting for typing to pause. */
  get pending() {
    return Boolean(this.timer);
  }

  /** Note top-level keys ("interviewers") as changed here. */
  touch(...keys) {
    for (const key of keys) this.dirty.add(key);
  }

  /** The answers changed: save soon, or now. */
  changed(immediately = false) {
    this.output.markStale();
    clearTimeout(this.timer);
    if (immediately) this.saveNow();
    else {
      this.timer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
      this.root.setAttribute("data-ati-waits-save", ""); // for whoever waits for the typing to be saved
    }
  }

  /** Save now if a save is waiting. */
  flush() {
    if (this.timer) this.saveNow();
  }

  saveNow() {
    clearTimeout(this.timer);
    this.timer = 0;
    this.root.removeAttribute("data-ati-waits-save");
    if (this.blocked) return;
    this.saving = true;
    let result = { ok: true };
    try {
      // Shared values: only what was changed here, so a second form on the page (or a tab)
      // that saved other fields meanwhile is never overwritten with what this one still shows.
      const profile = pick(collect(this.form, "profile"), this.dirty);
      if (Object.keys(profile).length) result = records.putProfile(profile);
      if (this.usesInterviews && result.ok && (this.interviewId || anyTyped(this.form))) {
        const shared = collect(this.form, "interview");
        const partial = this.interviewId && records.get(this.interviewId); // whole when new, or gone meanwhile
        const saved = records.put(this.interviewId, partial ? pick(shared, this.dirty) : shared);
        this.interviewId = saved.id;
        result = saved.result;
        this.picker.render(this.interviewId);
      }
      if (result.ok && this.recordName) {
        const record = { v: this.schema, savedAt: new Date().toISOString(), data: collect(this.form, "worksheet") };
        const { output, outputFor, edits } = this.output.saved();
        result = storage.save(this.recordName, { ...record, output, outputFor, edits });
      }
    } finally {
      this.saving = false;
    }
    this.report(result);
  }

  /** After a save: tell other forms about shared values, and the person about a failure. */
  report(result) {
    if (result.ok) {
      const wroteShared = [...this.dirty].some((key) => this.form.querySelector(`[name="${CSS.escape(key)}"][data-scope], [name^="${CSS.escape(key)}."][data-scope]`));
      this.dirty.clear();
      if (wroteShared) document.dispatchEvent(new CustomEvent(SHARED_SAVED, { detail: { from: this.root, interviewId: this.interviewId } }));
      if (this.usesInterviews && this.interviewId) document.dispatchEvent(new CustomEvent(SHEET_SAVED, { detail: { worksheet: this.id, interviewId: this.interviewId } }));
    }
    reportSave(this.notices, result);
  }

  /**
   * A page's own answers that apply to the interview (`data-applies-to`, such as step 5's
   * "What happened" and the stage), as the interview has them: where the page has no answer
   * of its own yet, it starts from the interview's.
   */
  applied(shared) {
    const out = {};
    for (const control of this.form.querySelectorAll("[data-applies-to]")) {
      const value = shared[control.dataset.appliesTo];
      const offered = control.type !== "radio" || control.value === value;
      if (value && offered) out[control.name] = value;
    }
    return out;
  }

  /** Fill the form (and its output) from what is saved: profile, interview, worksheet. */
  restore() {
    if (this.usesInterviews) {
      setAsideInterviews(this.notices, this.id);
      this.interviewId = records.current();
    }
    const shared = this.usesInterviews && this.interviewId ? records.get(this.interviewId) || {} : {};
    const profile = records.profile();
    const loaded = this.recordName ? storage.load(this.recordName, this.schema) : { status: "empty" };
    this.dirty.clear();
    this.picker?.render(this.interviewId);
    const ok = loaded.status === "ok";
    fill(this.form, merge(profile, shared, { ...this.applied(shared), ...(ok ? loaded.record.data : {}) }));
    this.output.restore(ok ? loaded.record : null);
    if (loaded.status !== "corrupt" && loaded.status !== "newer") return;
    const startAfresh = () => {
      this.blocked = false;
      this.saveNow();
    };
    if (!setAsideWorksheet(this.notices, this.id, this.recordName, loaded, startAfresh)) this.blocked = true;
  }
}

/**
 * Save what is waiting when the tab is hidden or closed, and say so when this browser keeps
 * nothing (private browsing).
 * @param {Autosave} autosave
 * @returns {() => void} save what is waiting and stop
 */
export function saveWhenLeaving(autosave) {
  const flush = () => autosave.flush();
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", flush);
  if (storage.isMemoryOnly()) {
    autosave.notices.show(
      "memory",
      "Saving is switched off in this browser (private browsing can do this), so what you type here lasts only until you close the tab. Copy your results before you leave.",
    );
  }
  return () => {
    flush();
    window.removeEventListener("pagehide", flush);
    document.removeEventListener("visibilitychange", flush);
  };
}
