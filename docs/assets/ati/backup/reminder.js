/**
 * The reminder to back up: shown when answers are saved and none were exported in the last
 * {@link REMINDER_DAYS} days (or ever). The dashboard shows it with a link to Your data; the
 * backup panel shows it in its note, with a word when saving is switched off.
 */
import * as storage from "../storage/index.js";

/** Where the time of the last export is kept. */
export const LAST_EXPORT = "meta:last-export";

/** The reminder shows when nothing was exported for this many days. */
export const REMINDER_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

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

/** @returns {boolean} whether anything the person typed is saved (settings don't count) */
export function hasAnswers() {
  return storage.listNames().some((name) => !name.startsWith("meta:"));
}

/** @param {string} where where to export, as the end of the sentence */
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

/**
 * The backup panel's note: saving switched off, the reminder, or nothing (hidden).
 * @param {HTMLElement} note the panel's `[data-ati-backup-note]`
 */
export function showPanelNote(note) {
  const notes = [];
  if (storage.isMemoryOnly()) {
    notes.push("Saving is switched off in this browser (private browsing can do this), so what you type or import here lasts only until you close the tab. Export before you leave.");
  }
  const reminder = reminderText("with the button below");
  if (reminder) notes.push(reminder);
  note.textContent = notes.join(" ");
  note.hidden = notes.length === 0;
}
