/**
 * The backup panel (`[data-panel="backup"]`, rendered by build/extensions/panels/backup.py): puts its
 * parts together. Each has one job:
 *   backup/export.js    export everything to one file
 *   backup/import.js    import a file after a preview
 *   backup/delete.js    delete everything behind a confirmation
 *   backup/result.js    what an action did, under its part; its undo, a failure
 *   backup/reminder.js  the reminder to back up, and the panel's note
 *   backup/check.js     every item of a file checked in Python
 *   backup/preview.js   what will be imported, and what is skipped and why
 *   backup/file.js      the file's format: build, check as a whole, migrate
 *
 * Nothing is written until the person presses Import (or confirms the deletion), only the
 * items that passed the check are, and a failed write puts the previous data back. Every
 * piece of text is set with textContent.
 */
import { DeleteFlow } from "./delete.js";
import { exportAll } from "./export.js";
import { ImportFlow } from "./import.js";
import { showPanelNote } from "./reminder.js";
import { ResultLines } from "./result.js";
import * as storage from "../storage/index.js";

export { LAST_EXPORT, REMINDER_DAYS, exportReminder } from "./reminder.js";

class BackupPanel {
  constructor(root) {
    this.note = root.querySelector("[data-ati-backup-note]");
    this.exportButton = root.querySelector('[data-ati-backup="export"]');
    this.results = new ResultLines(root, () => this.refresh());
    this.importer = new ImportFlow(root, this.results.at("import"), () => this.refresh());
    this.deleter = new DeleteFlow(root, this.results.at("delete"), () => this.refresh());
    this.cleanups = [];
  }

  /** What is saved changed (here or in another tab): say it again where it shows. */
  refresh() {
    showPanelNote(this.note);
    this.importer.refreshEffect();
  }

  bind() {
    const on = (target, type, handler) => {
      target.addEventListener(type, handler);
      this.cleanups.push(() => target.removeEventListener(type, handler));
    };
    on(this.exportButton, "click", () => exportAll(this.results.at("export"), () => showPanelNote(this.note)));
    this.importer.bind(on);
    this.deleter.bind(on);
    this.cleanups.push(storage.onOtherTabChange(() => this.refresh()));
    this.refresh();
  }

  destroy() {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.importer.pending = null;
    this.results.clear(); // the undo data goes with the page, as promised
  }
}

/**
 * Bind a rendered backup panel.
 * @param {HTMLElement} root the `[data-panel="backup"]` section
 * @returns {() => void} unbind (drops the undo data)
 */
export function bindPanel(root) {
  const panel = new BackupPanel(root);
  panel.bind();
  return () => panel.destroy();
}
