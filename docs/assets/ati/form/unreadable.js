/**
 * Saved data that cannot be read (damaged, or written by a newer version of the site): it is
 * set aside unchanged under a name of its own, the banner says so and offers it as a file.
 * When it cannot be set aside, the worksheet stops saving over it until the person downloads
 * it or chooses to start afresh.
 */
import * as records from "../storage/records.js";
import * as storage from "../storage/index.js";
import { saveFile } from "../output/files.js";

function downloadAction(worksheet, raw) {
  return {
    label: "Download the saved data",
    action: () => saveFile(`after-the-interview-${worksheet}-unreadable.json`, "application/json", raw),
  };
}

/**
 * Set aside the interview records (and the profile) that cannot be read, and say so.
 * @param {import("./notices.js").Notices} notices
 * @param {string} worksheet the worksheet's id, for the file's name
 */
export function setAsideInterviews(notices, worksheet) {
  const unreadable = records.sweepUnreadable();
  if (!unreadable.length) return;
  const raw = JSON.stringify(Object.fromEntries(unreadable.map((u) => [u.name, u.raw])), null, 2);
  const interviews = unreadable.filter((u) => u.name !== "profile").length;
  const parts = [];
  if (interviews) parts.push(interviews === 1 ? "One saved interview" : `${interviews} saved interviews`);
  if (interviews < unreadable.length) parts.push(interviews ? "your saved details (name, email, phone)" : "Your saved details (name, email, phone)");
  const one = unreadable.length === 1 && interviews === 1;
  notices.show(
    "unreadable-interviews",
    `${parts.join(" and ")} could not be read, so ${one ? "it was" : "they were"} kept aside, unchanged.`,
    downloadAction(worksheet, raw),
  );
}

/**
 * Set aside a worksheet's saved answers that cannot be read, and say so.
 * @param {import("./notices.js").Notices} notices
 * @param {string} worksheet the worksheet's id
 * @param {string} name its storage name
 * @param {{status: string, raw: string}} loaded what storage.load returned
 * @param {() => void} startAfresh run when the person discards them (saving may go on)
 * @returns {boolean} whether they were set aside; if not, saving must wait for `startAfresh`
 */
export function setAsideWorksheet(notices, worksheet, name, loaded, startAfresh) {
  const what = loaded.status === "newer" ? "were saved by a newer version of this site" : "could not be read";
  const download = downloadAction(worksheet, loaded.raw);
  if (storage.setAside(name, loaded.raw)) {
    notices.show("corrupt", `Your saved answers for this worksheet ${what}, so we kept them aside, unchanged, and started a fresh form.`, download);
    return true;
  }
  notices.show(
    "corrupt",
    `Your saved answers for this worksheet ${what}. To keep them safe, this form will not save until you download them or choose to start afresh.`,
    download,
    {
      label: "Start afresh (discard them)",
      action: () => {
        notices.clear("corrupt");
        startAfresh();
      },
    },
  );
  return false;
}
