/**
 * Keeping one worksheet in step with everything else that writes what it shows: another form
 * on this page saved a shared value (the company, the interviewers…), another tab saved this
 * worksheet or its interview, or the person switched interview (picker, dashboard). Typing
 * here that is not saved yet always wins.
 */
import * as storage from "../storage/index.js";
import * as records from "../storage/records.js";
import { collect, merge } from "./values.js";
import { SHARED_SAVED } from "./autosave.js";

/**
 * Another form on this page saved shared values: show them, keeping what is typed here.
 * @returns {object|null} the data to show, or null when the form shows it already
 */
function sharedUpdate(form, autosave, interviewId) {
  const sameInterview = !autosave.usesInterviews || interviewId === autosave.interviewId;
  const current = collect(form);
  const shared =
    autosave.usesInterviews && autosave.interviewId && sameInterview ? records.get(autosave.interviewId) || {} : collect(form, "interview");
  const data = merge(records.profile(), shared, collect(form, "worksheet"));
  for (const key of autosave.dirty) data[key] = current[key];
  return JSON.stringify(data) === JSON.stringify(current) ? null : data;
}

/**
 * Listen for changes made elsewhere, for as long as the page shows this worksheet.
 * @param {object} sheet
 * @param {HTMLElement} sheet.root
 * @param {HTMLFormElement} sheet.form
 * @param {import("./autosave.js").Autosave} sheet.autosave
 * @param {import("./picker.js").InterviewPicker|null} sheet.picker
 * @param {import("./status.js").StatusLine} sheet.status
 * @param {(data: object) => void} sheet.show fill the form with newer values
 * @param {() => void} sheet.restore fill the form again from what is saved
 * @param {() => void} sheet.explain ask for the live notes again
 * @returns {() => void} stop listening
 */
export function keepInStep({ root, form, autosave, picker, status, show, restore, explain }) {
  const cleanups = [];
  const on = (type, handler) => {
    document.addEventListener(type, handler);
    cleanups.push(() => document.removeEventListener(type, handler));
  };
  cleanups.push(
    storage.onOtherTabChange((name) => {
      // Another tab saved something this form shows: take its version unless this tab
      // has typing not yet saved (then this tab's next save wins, as the person expects).
      const mine = name === autosave.recordName || name === "profile" || (autosave.interviewId && name === `interview:${autosave.interviewId}`);
      if (!mine && !name.startsWith("interview:")) return;
      if (!mine) return picker?.render(autosave.interviewId);
      if (autosave.pending) return;
      restore();
      status.set("Updated with changes from another tab.");
    }),
  );
  on(records.CHANGED, (event) => {
    if (autosave.saving) return;
    const detail = event.detail || {};
    if ("saved" in detail) return; // the dashboard listens for these; the form already shows them
    if ("persistence" in detail) return picker?.showPersistence(detail.persistence);
    if (!autosave.usesInterviews) return;
    if ("current" in detail && detail.current === autosave.interviewId) return picker.render(autosave.interviewId);
    autosave.flush();
    restore();
    explain();
  });
  on(SHARED_SAVED, (event) => {
    const detail = event.detail || {};
    if (detail.from === root) return;
    const data = sharedUpdate(form, autosave, detail.interviewId || null);
    if (data) show(data);
  });
  return () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}
