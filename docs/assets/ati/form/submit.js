/**
 * The round trip to Python when the person presses a worksheet's button: save, send the
 * answers (python/runtime.js, then python/worker.js, then worksheets.api.run in Python), and show what
 * comes back: the output, or the errors next to their fields, or what went wrong.
 */
import * as python from "../python/runtime.js";
import * as records from "../storage/records.js";
import { offersElsewhere } from "../storage/applications.js";
import { collect } from "./values.js";

/** Sent (bubbling, from the worksheet) when new output has been written. */
export const OUTPUT_WRITTEN = "ati:output";

/**
 * What a call is about besides the answers: the interview (its id and saved record), the
 * person's own details, and the offers of their other applications.
 * @param {import("./autosave.js").Autosave} autosave
 */
export function aboutFor(autosave) {
  const interview = autosave.interviewId || "";
  const record = interview ? records.get(interview) : null;
  const elsewhere = offersElsewhere(records.all(), record ? record.application || interview : null);
  return { interview, record, profile: records.profile(), elsewhere };
}

/**
 * The worksheet run again on `data` at this moment, without a word on the page, when Python
 * is ready; null otherwise (the output on screen is kept as it is).
 */
export async function rewrite(root, autosave, data) {
  if (python.status().state !== "ready") return null;
  return python.runWorksheet(root.dataset.worksheet, data, aboutFor(autosave));
}

/**
 * What the button makes of this page's own answers that apply to the interview (a field with
 * `data-applies-to`: step 5's "What happened" becomes the interview's stage). Only now, never
 * while the person is choosing; said under the button, with Undo.
 * @returns {string} what changed, in words, or ""
 */
function applyAnswers({ root, form, autosave, undo }, data) {
  const id = autosave.interviewId;
  if (!id) return "";
  const changed = [];
  for (const control of form.querySelectorAll("[data-applies-to]")) {
    if (control.type === "radio" && !control.checked) continue;
    const target = control.dataset.appliesTo;
    const value = control.dataset.appliesAs ?? data[control.name]; // "accept" applies as the stage "accepted"
    const record = records.get(id) || {};
    if (!value || record[target] === value) continue;
    const before = record[target] ?? "";
    records.put(id, { [target]: value });
    const label = control.dataset.appliesLabel
      || (control.type === "radio" ? form.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent : value);
    changed.push({ target, before, label });
  }
  if (!changed.length) return "";
  const text = `Your interviews now shows this interview as “${changed.map((c) => c.label).join("”, “")}”.`;
  undo.offer(text, form.querySelector('button[type="submit"]').closest(".ati-actions") || form, () => {
    for (const { target, before } of changed) records.put(id, { [target]: before });
    return form.querySelector('button[type="submit"]');
  }, false);
  return text;
}

/**
 * Run the worksheet on the form's answers.
 * @param {object} sheet
 * @param {HTMLElement} sheet.root the worksheet (`data-worksheet` is its id)
 * @param {HTMLFormElement} sheet.form
 * @param {import("./autosave.js").Autosave} sheet.autosave
 * @param {import("./output.js").OutputView} sheet.output
 * @param {import("./errors.js").FieldErrors} sheet.errors
 * @param {import("./status.js").StatusLine} sheet.status
 */
export async function submit({ root, form, autosave, output, errors, status, undo }) {
  autosave.saveNow();
  const data = collect(form);
  if (python.status().state !== "ready") status.waitForPython();
  else status.set("Writing your results…", true);
  let result;
  try {
    result = await python.runWorksheet(root.dataset.worksheet, data, aboutFor(autosave));
  } catch (error) {
    status.answered();
    status.set(`We couldn't run the worksheet: ${error.message}. Your answers are saved; reload the page to try again.`);
    return;
  }
  status.answered();
  if (result.ok) {
    errors.clearAll();
    output.written(result.output, data);
    autosave.saveNow();
    const count = result.output.blocks.filter((b) => b.type === "message").length;
    const applied = applyAnswers({ root, form, autosave, undo }, data);
    status.set((count ? `Done: ${count === 1 ? "1 message is" : `${count} messages are`} ready below.` : "Done: your results are below.")
      + (applied ? ` ${applied}` : ""));
    output.reveal();
    root.dispatchEvent(new CustomEvent(OUTPUT_WRITTEN, { bubbles: true, detail: { worksheet: root.dataset.worksheet } }));
  } else if (result.errors) {
    errors.show(result.errors);
    const fields = Object.keys(result.errors).length;
    status.set(`Nothing written yet: ${fields === 1 ? "one answer needs" : `${fields} answers need`} a change first. The list above the button says which.`);
  } else {
    console.error(result.failure, result.trace);
    // The technical reason goes to the console (above); the person gets what to do.
    status.set("Something went wrong inside the worksheet, so nothing was written. Your answers are saved: try again, and if it happens again, reload the page.");
  }
}
