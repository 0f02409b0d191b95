/**
 * Import: read the chosen file (backup-file.js checks every part of it), show what it holds
 * and what importing would replace, and write it only when the person presses Import, with
 * an undo. Cancel, or a file that fails a check, leaves everything as it was.
 */
import * as storage from "./storage.js";
import { BackupError, MAX_BYTES, MESSAGES, contents, readBackup, summarise } from "./backup-file.js";
import { OTHER_TABS, UNCHANGED } from "./backup-result.js";

const SHOWN_NAMES = 12;

function formatTime(iso) {
  const date = typeof iso === "string" ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "not recorded";
  return date.toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });
}

function fact(term, detail) {
  const dt = document.createElement("dt");
  dt.textContent = term;
  const dd = document.createElement("dd");
  dd.textContent = detail;
  return [dt, dd];
}

/** The preview's facts: when the file was made, what it holds, where it comes from. */
function facts({ backup, fromSchema }, summary) {
  const nodes = [
    ...fact("Exported", formatTime(backup.exportedAt)),
    ...fact("Interviews", String(summary.interviews.length)),
    ...fact("Worksheets", String(summary.worksheets.length)),
  ];
  if (summary.setAside) nodes.push(...fact("Kept aside (unreadable)", String(summary.setAside)));
  if (summary.other) nodes.push(...fact("Other saved answers", String(summary.other)));
  if (summary.settings) nodes.push(...fact("Settings", String(summary.settings)));
  if (typeof backup.site === "string" && backup.site !== storage.SITE_PATH) {
    nodes.push(...fact("Made on", `another copy of this site (${backup.site.slice(0, 80)})`));
  }
  if (fromSchema < backup.schema) nodes.push(...fact("Format", "an older backup: it will be updated as it is imported"));
  return nodes;
}

/** The preview's list: the interviews and worksheets by name, the first few of them. */
function names(summary) {
  const labels = [...summary.interviews, ...summary.worksheets];
  const shown = labels.slice(0, SHOWN_NAMES).map((text) => {
    const li = document.createElement("li");
    li.textContent = text;
    return li;
  });
  if (labels.length > shown.length) {
    const li = document.createElement("li");
    li.textContent = `and ${labels.length - shown.length} more`;
    shown.push(li);
  }
  return shown;
}

/** What importing `incoming` would do to what is saved here now. */
function effect(incoming) {
  const here = storage.listNames();
  const replaces =
    here.length === 0
      ? "Nothing is saved in this browser yet, so nothing will be replaced."
      : `Importing replaces what is saved in this browser (${contents(here.map((name) => [name]))}) with what is in this file (${contents(incoming)}).`;
  return `${replaces} You can undo the import until you leave this page.`;
}

export class ImportFlow {
  /**
   * @param {HTMLElement} root the backup panel
   * @param {import("./backup-result.js").ResultLine} result
   * @param {() => void} onChange called after an import changed what is saved
   */
  constructor(root, result, onChange) {
    const find = (name) => root.querySelector(`[data-ati-backup-${name}]`);
    this.file = find("file");
    try {
      this.worksheetNames = JSON.parse(root.dataset.worksheetNames || "{}");
    } catch {
      this.worksheetNames = {}; // the build writes valid JSON; a hand-edited page still imports
    }
    this.error = find("error");
    this.preview = find("preview");
    this.facts = find("facts");
    this.names = find("names");
    this.effect = find("effect");
    this.importButton = root.querySelector('[data-ati-backup="import"]');
    this.cancelButton = root.querySelector('[data-ati-backup="cancel"]');
    this.result = result;
    this.onChange = onChange;
    this.pending = null; // the file read and checked, waiting for Import
    this.reading = 0; // counts file choices, so a slow read cannot overwrite a newer one
  }

  /** @param {(target: EventTarget, type: string, handler: Function) => void} on adds a listener until the page goes */
  bind(on) {
    on(this.file, "change", () => this.readFile());
    on(this.importButton, "click", () => this.importPending());
    on(this.cancelButton, "click", () => this.cancel());
  }

  showError(text) {
    this.error.textContent = `${text} ${UNCHANGED}`;
    this.error.hidden = false;
    this.file.setAttribute("aria-invalid", "true");
  }

  clearError() {
    this.error.textContent = "";
    this.error.hidden = true;
    this.file.removeAttribute("aria-invalid");
  }

  hidePreview() {
    this.pending = null;
    this.preview.hidden = true;
    this.facts.replaceChildren();
    this.names.replaceChildren();
    this.effect.textContent = "";
  }

  async readFile() {
    const ticket = ++this.reading;
    this.clearError();
    this.hidePreview();
    const file = this.file.files && this.file.files[0];
    if (!file) return;
    let checked;
    try {
      if (file.size > MAX_BYTES) throw new BackupError(MESSAGES.tooLarge);
      let text;
      try {
        text = await file.text();
      } catch {
        throw new BackupError(MESSAGES.unreadable);
      }
      if (ticket !== this.reading) return;
      checked = readBackup(text);
    } catch (error) {
      if (ticket !== this.reading) return;
      if (!(error instanceof BackupError)) console.error(error);
      this.showError(error instanceof BackupError ? error.message : MESSAGES.notBackup);
      this.result.say("");
      return;
    }
    this.pending = checked;
    this.showPreview();
    this.result.say("The file is a backup from this site. Check what it holds, then choose Import or Cancel.");
  }

  showPreview() {
    const summary = summarise(this.pending.entries, this.worksheetNames);
    this.facts.replaceChildren(...facts(this.pending, summary));
    const shown = names(summary);
    this.names.replaceChildren(...shown);
    this.names.hidden = shown.length === 0;
    this.refreshEffect();
    this.preview.hidden = false;
  }

  /** Say what importing would replace (what is saved here may change meanwhile, in another tab). */
  refreshEffect() {
    if (this.pending) this.effect.textContent = effect(this.pending.entries);
  }

  importPending() {
    if (!this.pending) return;
    const { entries } = this.pending;
    const result = storage.replaceAll(entries);
    this.hidePreview();
    this.file.value = "";
    this.onChange();
    if (result.ok) {
      this.result.offerUndo(`Imported ${contents(entries)}. ${OTHER_TABS}`, result.previous, "Undo import", "Import undone: your previous data is back.");
      return;
    }
    this.result.reportFailure(result, "Nothing was imported", result.previous);
  }

  cancel() {
    this.hidePreview();
    this.clearError();
    this.file.value = "";
    this.result.say("Import cancelled. Nothing was changed.");
    this.file.focus();
  }
}
