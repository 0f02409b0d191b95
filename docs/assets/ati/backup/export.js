/**
 * Export: everything this site saved in this browser, as one file the person keeps
 * (backup/file.js says what is in it). The file records its own export time, which the
 * reminder to back up reads.
 */
import * as storage from "../storage/index.js";
import { saveFile } from "../output/files.js";
import { localDate } from "../utilities/dates.js";
import { buildBackup, contents } from "./file.js";
import { LAST_EXPORT, hasAnswers } from "./reminder.js";
import { REMEMBERED } from "../storage/remembered.js";

/**
 * @param {Map<string, string>} saved name to raw value, as stored
 * @param {string} exportedAt ISO time
 * @returns {string} the backup file's text
 */
export function backupJson(saved, exportedAt) {
  return JSON.stringify(buildBackup(saved, { site: storage.SITE_PATH, exportedAt }), null, 2);
}

/**
 * Offer everything as a file, and say what was exported.
 * @param {import("./result.js").ResultLine} result
 * @param {() => void} exported called once the time of the export is noted
 */
export function exportAll(result, exported) {
  if (!hasAnswers()) {
    result.say("Nothing is saved in this browser yet, so there is nothing to export.");
    return;
  }
  const exportedAt = new Date().toISOString();
  const marker = JSON.stringify({ format: storage.FORMAT, v: 1, at: exportedAt });
  const saved = storage.snapshot();
  saved.delete(REMEMBERED); // worked out again on every visit: not the person's to keep
  saved.set(LAST_EXPORT, marker); // the file records its own export, so an import restores it as it was
  const filename = `after-the-interview-backup-${localDate(new Date(exportedAt))}.json`;
  saveFile(filename, "application/json", backupJson(saved, exportedAt));
  const noted = storage.writeRaw(LAST_EXPORT, marker).ok;
  exported();
  result.say(
    `Exported ${contents(saved)} to ${filename}, in your downloads. Keep it somewhere safe: you can import it here, on any device.` +
      (noted ? "" : " (This browser's storage is full, so the reminder to export may still show.)"),
  );
}
