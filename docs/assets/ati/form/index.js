/**
 * Bind one worksheet form (`.ati-worksheet`, rendered by the build from the Python
 * declaration): put its parts together and route the form's events to them. Each part has
 * one job:
 *   form/values.js       the form's values as data, both ways
 *   form/groups.js       repeatable groups (add, remove, renumber)
 *   form/conditions.js   fields shown only for some answers
 *   form/autosave.js     saving as you type, and restoring
 *   form/unreadable.js   saved data that cannot be read: kept aside, offered as a file
 *   form/sync.js         other forms, other tabs, another interview chosen
 *   form/picker.js  which interview the worksheet is about
 *   form/notices.js      the banner: problems (storage full, unreadable answers)
 *   form/undo.js         the offer to undo a clearing or a removal, where it happened
 *   form/status.js       the status line under the button: loading, what the button did
 *   form/errors.js       errors next to fields, and their summary
 *   form/explain.js      live notes next to fields, and counts near a box's limit
 *   form/output.js       the output, its edits, "changed since"
 *   form/submit.js       the button: the round trip to Python
 */
import * as python from "../python/runtime.js";
import { Autosave, saveWhenLeaving } from "./autosave.js";
import { applyConditions } from "./conditions.js";
import { FieldErrors } from "./errors.js";
import { LiveNotes } from "./explain.js";
import { bindGroups, items } from "./groups.js";
import { Notices } from "./notices.js";
import { OutputView } from "./output.js";
import { StatusLine } from "./status.js";
import { UndoOffer } from "./undo.js";
import { rewrite, submit } from "./submit.js";
import { keepInStep } from "./sync.js";
import { collect, fill, merge, topKey } from "./values.js";
import { InterviewPicker } from "./picker.js";

class WorksheetForm {
  constructor(root) {
    const find = (selector) => root.querySelector(selector);
    this.root = root;
    this.form = find("form");
    this.status = new StatusLine(find("[data-ati-status-text]"), find("[data-ati-progress]"), find('button[type="submit"]'));
    this.notices = new Notices(find("[data-ati-banner]"));
    this.undo = new UndoOffer(root.id);
    this.errors = new FieldErrors(root, this.form, find("[data-ati-summary]"));
    this.notes = new LiveNotes(root, this.form, root.dataset.worksheet);
    this.output = new OutputView(find("[data-ati-output]"), this.form, root.id, () => this.autosave.changed(),
      (data) => rewrite(root, this.autosave, data));
    const picker = find("[data-ati-picker]");
    this.picker = picker && new InterviewPicker(picker, `${root.id}-interview`, () => this.autosave.flush());
    this.autosave = new Autosave({ root, form: this.form, output: this.output, notices: this.notices, picker: this.picker });
    this.cleanups = [];
  }

  /** Fill the form again from what is saved (an undo offered before no longer applies). */
  restore() {
    this.undo.withdraw();
    this.errors.clearAll();
    this.autosave.restore();
    this.notes.later();
  }

  /** Show newer values saved elsewhere. */
  show(data) {
    fill(this.form, data);
    this.output.markStale();
    this.notes.later();
  }

  /**
   * Say what just went, next to `place`, with an Undo that puts the whole form back as it is
   * now and then focuses what `focusAfter` returns.
   */
  offerUndo(text, place, focusAfter) {
    const before = collect(this.form);
    this.undo.offer(text, place, () => {
      fill(this.form, before);
      this.autosave.touch(...Object.keys(before));
      this.autosave.changed(true);
      this.status.set("Put back: your answers are as they were before.");
      this.notes.later();
      return focusAfter();
    });
  }

  /** The Clear button: the worksheet's own answers go (an interview's details stay), with an undo. */
  clear() {
    const { usesInterviews } = this.autosave;
    const first = () => Array.from(this.form.elements).find((field) => field.name && !field.closest("[hidden]")) || null;
    this.offerUndo(usesInterviews ? "This worksheet's own answers were cleared; the interview's details stay." : "Form cleared.",
      this.form.querySelector(":scope > .ati-actions"), first);
    fill(this.form, usesInterviews ? merge(collect(this.form, "profile"), collect(this.form, "interview"), {}) : {});
    this.errors.clearAll();
    this.autosave.changed(true);
    this.notes.later();
  }

  /** A keystroke or a choice: show or hide conditional fields, drop the field's error, save. */
  onInput(event) {
    const { name } = event.target;
    if (name) this.autosave.touch(topKey(name));
    applyConditions(this.form);
    if (name) this.errors.clear(name);
    this.autosave.changed(event.type === "change");
    this.notes.later(event.target);
  }

  bind() {
    const onInput = (event) => this.onInput(event);
    this.form.addEventListener("input", onInput);
    this.form.addEventListener("change", onInput);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit(this);
    });
    this.form.addEventListener("click", (event) => {
      if (event.target.closest("[data-ati-clear]")) this.clear();
    });
    bindGroups(this.form, {
      touched: (group) => this.autosave.touch(group),
      removing: (text, group, index) => {
        const list = group.querySelector("[data-ati-items]");
        this.offerUndo(text, list, () => items(group)[index]?.querySelector("input, textarea, select") || null);
      },
      changed: () => this.autosave.changed(true),
    });
    this.cleanups.push(saveWhenLeaving(this.autosave));
    this.cleanups.push(
      keepInStep({
        root: this.root,
        form: this.form,
        autosave: this.autosave,
        picker: this.picker,
        status: this.status,
        show: (data) => this.show(data),
        restore: () => this.restore(),
        explain: () => this.notes.later(),
      }),
    );
    this.restore();
    this.cleanups.push(this.status.followPython());
    this.cleanups.push(() => this.notes.stop());
    this.notes.later();
  }

  destroy() {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

/**
 * Bind a rendered worksheet and start Python for it.
 * @param {HTMLElement} root the `.ati-worksheet` section
 * @returns {() => void} unbind (saves pending changes)
 */
export function bindWorksheet(root) {
  const sheet = new WorksheetForm(root);
  sheet.bind();
  python.startFor(root);
  return () => sheet.destroy();
}
