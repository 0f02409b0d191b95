/**
 * The backup panel (`[data-panel="backup"]`, rendered by build/panel_backup.py): export
 * everything to one file, import a file after a preview, delete everything behind a
 * confirmation, and undo an import or a deletion until the page changes. Also the gentle
 * reminder when the last export is old.
 *
 * Nothing is written until the person presses Import (or confirms the deletion), and a
 * failed write puts the previous data back. Every piece of text is set with textContent.
 */
import * as storage from "./storage.js";
import { saveFile } from "./files.js";
import { BackupError, MAX_BYTES, MESSAGES, buildBackup, readBackup, summarise } from "./backup-file.js";
import { localDate } from "./dates.js";

/** Where the time of the last export is kept. */
export const LAST_EXPORT = "meta:last-export";

/** The reminder shows when nothing was exported for this many days. */
export const REMINDER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const UNCHANGED = "Your saved answers have not changed.";
const OTHER_TABS = "Worksheets open in other tabs show the change after you reload them.";

function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}


function formatTime(iso) {
  const date = typeof iso === "string" ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "not recorded";
  return date.toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });
}

/** @returns {Date|null} when everything was last exported from this browser */
function lastExport() {
  const raw = storage.readRaw(LAST_EXPORT);
  if (!raw) return null;
  try {
    const record = JSON.parse(raw);
    const at = new Date(record && record.at);
    return Number.isNaN(at.getTime()) ? null : at;
  } catch {
    return null;
  }
}

function hasAnswers() {
  return storage.listNames().some((name) => !name.startsWith("meta:"));
}

function reminderText(where) {
  if (!hasAnswers()) return null;
  const at = lastExport();
  const days = at ? Math.floor((Date.now() - at.getTime()) / DAY_MS) : Infinity;
  if (days < REMINDER_DAYS) return null;
  const since = at ? `for ${days} days` : "yet";
  return `You haven't backed up your answers ${since}. Browsers can clear saved data: export a copy ${where}.`;
}

/**
 * A gentle reminder to export, for any page to show.
 * @returns {string|null} the message when answers are saved and none were exported in the
 *   last {@link REMINDER_DAYS} days (or ever), else null
 */
export function exportReminder() {
  return reminderText("on Your data");
}

function backupText(saved, exportedAt) {
  return JSON.stringify(buildBackup(saved, { site: storage.SITE_PATH, exportedAt }), null, 2);
}

class BackupPanel {
  constructor(root) {
    this.root = root;
    const find = (name) => root.querySelector(`[data-ati-backup="${name}"]`);
    this.buttons = {
      export: find("export"),
      import: find("import"),
      cancel: find("cancel"),
      delete: find("delete"),
      yes: find("confirm-yes"),
      no: find("confirm-no"),
    };
    this.note = root.querySelector("[data-ati-backup-note]");
    this.file = root.querySelector("[data-ati-backup-file]");
    this.error = root.querySelector("[data-ati-backup-error]");
    this.preview = root.querySelector("[data-ati-backup-preview]");
    this.facts = root.querySelector("[data-ati-backup-facts]");
    this.names = root.querySelector("[data-ati-backup-names]");
    this.effect = root.querySelector("[data-ati-backup-effect]");
    this.confirm = root.querySelector("[data-ati-backup-confirm]");
    this.confirmText = root.querySelector("[data-ati-backup-confirm-text]");
    this.result = root.querySelector("[data-ati-backup-result]");
    this.status = root.querySelector("[data-ati-backup-status]");
    this.actions = root.querySelector("[data-ati-backup-actions]");
    this.pending = null; // the file read and checked, waiting for Import
    this.reading = 0; // counts file choices, so a slow read cannot overwrite a newer one
    this.cleanups = [];
  }

  /* ---------- messages ---------- */

  /**
   * Show a result. `actions` replace the buttons offered next to it (Undo, Download); without
   * them, the buttons already offered stay, so a later message doesn't take an Undo away.
   */
  say(text, { focus = false, actions = null } = {}) {
    this.status.textContent = text;
    if (actions) this.offer(actions);
    if (focus) this.result.focus();
  }

  offer(actions) {
    this.actions.replaceChildren(
      ...actions.map(({ label, action }) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = label;
        button.addEventListener("click", action);
        return button;
      }),
    );
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

  refreshNote() {
    const notes = [];
    if (storage.isMemoryOnly()) {
      notes.push("Saving is switched off in this browser (private browsing can do this), so what you type or import here lasts only until you close the tab. Export before you leave.");
    }
    const reminder = reminderText("with the button below");
    if (reminder) notes.push(reminder);
    this.note.textContent = notes.join(" ");
    this.note.hidden = notes.length === 0;
  }

  /* ---------- export ---------- */

  exportAll() {
    if (!hasAnswers()) {
      this.say("Nothing is saved in this browser yet, so there is nothing to export.");
      return;
    }
    const exportedAt = new Date().toISOString();
    const marker = JSON.stringify({ format: storage.FORMAT, v: 1, at: exportedAt });
    const saved = storage.snapshot();
    saved.set(LAST_EXPORT, marker); // the file records its own export, so an import restores it as it was
    const filename = `after-the-interview-backup-${localDate(new Date(exportedAt))}.json`;
    saveFile(filename, "application/json", backupText(saved, exportedAt));
    const noted = storage.writeRaw(LAST_EXPORT, marker).ok;
    this.refreshNote();
    this.say(
      `Exported ${plural(saved.size, "item")} to ${filename}, in your downloads. Keep it somewhere safe: you can import it here, on any device.` +
        (noted ? "" : " (This browser's storage is full, so the reminder to export may still show.)"),
    );
  }

  /* ---------- import ---------- */

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
      this.say("");
      return;
    }
    this.pending = checked;
    this.renderPreview();
    this.say("The file is a backup from this site. Check what it holds, then choose Import or Cancel.");
  }

  renderPreview() {
    const { backup, fromSchema, entries } = this.pending;
    const summary = summarise(entries);
    const fact = (term, detail) => {
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      dd.textContent = detail;
      return [dt, dd];
    };
    const facts = [
      ...fact("Exported", formatTime(backup.exportedAt)),
      ...fact("Interviews", String(summary.interviews.length)),
      ...fact("Worksheets", String(summary.worksheets.length)),
    ];
    if (summary.setAside) facts.push(...fact("Kept aside (unreadable)", String(summary.setAside)));
    if (summary.other) facts.push(...fact("Other saved answers", String(summary.other)));
    if (summary.settings) facts.push(...fact("Settings", String(summary.settings)));
    if (typeof backup.site === "string" && backup.site !== storage.SITE_PATH) {
      facts.push(...fact("Made on", `another copy of this site (${backup.site.slice(0, 80)})`));
    }
    if (fromSchema < backup.schema) facts.push(...fact("Format", "an older backup: it will be updated as it is imported"));
    this.facts.replaceChildren(...facts);
    const labels = [...summary.interviews, ...summary.worksheets];
    const shown = labels.slice(0, 12).map((text) => {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    });
    if (labels.length > shown.length) {
      const li = document.createElement("li");
      li.textContent = `and ${labels.length - shown.length} more`;
      shown.push(li);
    }
    this.names.replaceChildren(...shown);
    this.names.hidden = shown.length === 0;
    this.refreshEffect();
    this.preview.hidden = false;
  }

  refreshEffect() {
    if (!this.pending) return;
    const here = storage.listNames().length;
    const incoming = this.pending.entries.size;
    const replaces =
      here === 0
        ? "Nothing is saved in this browser yet, so nothing will be replaced."
        : `Importing replaces the ${plural(here, "item")} saved in this browser with the ${plural(incoming, "item")} in this file.`;
    this.effect.textContent = `${replaces} You can undo the import until you leave this page.`;
  }

  importPending() {
    if (!this.pending) return;
    const { entries } = this.pending;
    const result = storage.replaceAll(entries);
    this.hidePreview();
    this.file.value = "";
    this.refreshNote();
    if (result.ok) {
      this.offerUndo(`Imported ${plural(entries.size, "item")}. ${OTHER_TABS}`, result.previous, "Undo import", "Import undone: your previous data is back.");
      return;
    }
    this.reportFailure(result, "Nothing was imported", result.previous);
  }

  cancelImport() {
    this.hidePreview();
    this.clearError();
    this.file.value = "";
    this.say("Import cancelled. Nothing was changed.");
    this.file.focus();
  }

  /* ---------- delete ---------- */

  askDelete() {
    const count = storage.listNames().length;
    if (count === 0) {
      this.say("Nothing is saved by this site in this browser.");
      return;
    }
    this.confirmText.textContent = `Delete everything this site has saved in this browser (${plural(count, "item")})? Every answer and interview goes. You can undo this until you leave this page.`;
    this.confirm.hidden = false;
    this.buttons.delete.setAttribute("aria-expanded", "true");
    this.buttons.no.focus();
  }

  closeConfirm(focusDelete = true) {
    this.confirm.hidden = true;
    this.buttons.delete.setAttribute("aria-expanded", "false");
    if (focusDelete) this.buttons.delete.focus();
  }

  deleteAll() {
    this.closeConfirm(false);
    const result = storage.replaceAll(new Map());
    this.refreshNote();
    this.refreshEffect();
    if (result.ok) {
      this.offerUndo(
        `Deleted ${plural(result.previous.size, "item")}: nothing from this site is saved in this browser now. Reload any other tab with a worksheet open, or it may save its answers again.`,
        result.previous,
        "Undo delete",
        `Deletion undone: your ${plural(result.previous.size, "item")} are back.`,
      );
      return;
    }
    this.reportFailure(result, "Nothing was deleted", result.previous);
  }

  /* ---------- undo and failures ---------- */

  offerUndo(text, previous, label, doneText) {
    this.say(text, {
      focus: true,
      actions: [
        {
          label,
          action: () => {
            const result = storage.replaceAll(previous);
            this.refreshNote();
            this.refreshEffect();
            if (result.ok) this.say(`${doneText} ${OTHER_TABS}`, { focus: true, actions: [] });
            else this.reportFailure(result, "That could not be undone", previous);
          },
        },
      ],
    });
  }

  /** A replace that failed: `restored` tells whether what was saved before is back. */
  reportFailure(result, what, keep) {
    const why = result.reason === "quota" ? "this browser's storage for the site is full" : `saving failed (${result.message})`;
    if (result.restored) {
      this.say(`${what}: ${why}. ${UNCHANGED}`, { focus: true });
      return;
    }
    // Not everything could be put back: the data is still in this page, so hand it over as a file.
    this.say(`${what}: ${why}, and not everything could be put back. Download the data now to keep it safe, then import it later.`, {
      focus: true,
      actions: [
        {
          label: "Download the data",
          action: () => {
            const exportedAt = new Date().toISOString();
            saveFile(`after-the-interview-backup-${localDate(new Date())}-kept.json`, "application/json", backupText(keep, exportedAt));
          },
        },
      ],
    });
  }

  /* ---------- wiring ---------- */

  bind() {
    const on = (target, type, handler) => {
      target.addEventListener(type, handler);
      this.cleanups.push(() => target.removeEventListener(type, handler));
    };
    on(this.buttons.export, "click", () => this.exportAll());
    on(this.file, "change", () => this.readFile());
    on(this.buttons.import, "click", () => this.importPending());
    on(this.buttons.cancel, "click", () => this.cancelImport());
    on(this.buttons.delete, "click", () => (this.confirm.hidden ? this.askDelete() : this.closeConfirm()));
    on(this.buttons.yes, "click", () => this.deleteAll());
    on(this.buttons.no, "click", () => {
      this.closeConfirm();
      this.say("Nothing was deleted.");
    });
    on(this.confirm, "keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      this.closeConfirm();
      this.say("Nothing was deleted.");
    });
    this.buttons.delete.setAttribute("aria-controls", this.confirm.id);
    this.buttons.delete.setAttribute("aria-expanded", "false");
    this.cleanups.push(
      storage.onOtherTabChange(() => {
        this.refreshNote();
        this.refreshEffect();
      }),
    );
    this.refreshNote();
  }

  destroy() {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.pending = null;
    this.actions.replaceChildren(); // the undo data goes with the page, as promised
  }
}

/**
 * Bind a rendered backup panel.
 * @param {HTMLElement} root the `[data-panel="backup"]` section
 * @returns {() => void} unbind (drops the undo data)
 */
export function bindBackup(root) {
  const panel = new BackupPanel(root);
  panel.bind();
  return () => panel.destroy();
}
