/**
 * Import: read the chosen file (backup/file.js checks it as a whole), have every item
 * checked in Python (backup/check.js) against what the site stores, show what will be
 * imported, what will be skipped and why (backup/preview.js), and what importing would
 * replace; write only what passed, when the person presses Import, with an undo. Cancel,
 * or a file that fails a check, leaves everything as it was.
 */
import * as storage from "../storage/index.js";
import { migrateStorage } from "../storage/migrate.js";
import { BackupError, MAX_BYTES, MESSAGES, contents, readBackup } from "./file.js";
import { checkItems } from "./check.js";
import { facts, imported, skipped } from "./preview.js";
import { OTHER_TABS, UNCHANGED } from "./result.js";

/** What importing `incoming` would do to what is saved here now. */
function effect(incoming) {
  if (incoming.size === 0) return "Nothing in this file can be imported, so nothing will change.";
  const here = storage.listNames();
  const replaces =
    here.length === 0
      ? "Nothing is saved in this browser yet, so nothing will be replaced."
      : `Importing replaces what is saved in this browser (${contents(here.map((name) => [name]))}) with what is in this file (${contents(incoming)}).`;
  return `${replaces} You can undo the import until you leave this page.`;
}

/** What passed the check, ready to store: name to the text saved under it. */
function accepted(items, verdicts) {
  const entries = new Map();
  verdicts.forEach((verdict, index) => {
    if (verdict.import) entries.set(items[index][0], typeof verdict.value === "string" ? verdict.value : JSON.stringify(verdict.value));
  });
  return entries;
}

export class ImportFlow {
  /**
   * @param {HTMLElement} root the backup panel
   * @param {import("./result.js").ResultLine} result
   * @param {() => void} onChange called after an import changed what is saved
   */
  constructor(root, result, onChange) {
    const find = (name) => root.querySelector(`[data-ati-backup-${name}]`);
    this.root = root;
    this.file = find("file");
    this.error = find("error");
    this.preview = find("preview");
    this.facts = find("facts");
    this.names = find("names");
    this.skippedIntro = find("skipped-intro");
    this.skipped = find("skipped");
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
    this.skipped.replaceChildren();
    this.effect.textContent = "";
  }

  async readFile() {
    const ticket = ++this.reading;
    this.clearError();
    this.hidePreview();
    const file = this.file.files && this.file.files[0];
    if (!file) return;
    const current = () => ticket === this.reading;
    let read;
    let checked;
    try {
      if (file.size > MAX_BYTES) throw new BackupError(MESSAGES.tooLarge);
      let text;
      try {
        text = await file.text();
      } catch {
        throw new BackupError(MESSAGES.unreadable);
      }
      if (!current()) return;
      read = readBackup(text);
      checked = await this.check(read.items, current);
    } catch (error) {
      if (!current()) return;
      if (!(error instanceof BackupError)) console.error(error);
      this.showError(error instanceof BackupError ? error.message : MESSAGES.notBackup);
      this.result.say("");
      return;
    }
    if (!current()) return;
    this.pending = { ...read, verdicts: checked.items, entries: accepted(read.items, checked.items) };
    this.showPreview();
  }

  /** Every item checked in Python; a BackupError when the file cannot be, with the reason. */
  async check(items, current) {
    let reply;
    try {
      reply = await checkItems(this.root, items, (text) => current() && this.result.say(text));
    } catch (error) {
      throw new BackupError(`This file could not be checked: the part of this site that checks files did not start (${error.message}). Reload the page to try again.`);
    }
    if (reply.refused) throw new BackupError(reply.refused);
    return reply;
  }

  showPreview() {
    const { verdicts, entries } = this.pending;
    this.facts.replaceChildren(...facts(this.pending));
    const shown = imported(verdicts);
    this.names.replaceChildren(...shown);
    this.names.hidden = shown.length === 0;
    const left = skipped(verdicts);
    this.skippedIntro.textContent = left.intro;
    this.skippedIntro.hidden = !left.intro;
    this.skipped.replaceChildren(...left.items);
    this.skipped.hidden = !left.items.length;
    this.importButton.hidden = entries.size === 0;
    this.importButton.style.display = entries.size === 0 ? "none" : ""; // the theme's buttons show even when hidden
    this.refreshEffect();
    this.preview.hidden = false;
    this.result.say(
      entries.size === 0
        ? "Nothing in this file can be imported: the preview says why. Choose Cancel, or another file."
        : `The file is a backup from this site. Check what it holds${left.intro ? ", and what will be skipped," : ""} then choose Import or Cancel.`,
    );
  }

  /** Say what importing would replace (what is saved here may change meanwhile, in another tab). */
  refreshEffect() {
    if (this.pending) this.effect.textContent = effect(this.pending.entries);
  }

  importPending() {
    if (!this.pending) return;
    const { entries } = this.pending;
    if (!entries.size) return;
    const result = storage.replaceAll(entries);
    if (result.ok) migrateStorage(); // an older backup's interviews, brought up to date now as at start-up
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
