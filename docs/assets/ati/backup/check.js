/**
 * Check every item of a backup in Python (worksheets/stored/report.py), where the one
 * description of what the site stores lives, derived from the worksheet declarations.
 * Python is started here when no worksheet on the page has started it; while it loads,
 * the person is told, in plain words, what the wait is.
 */
import * as python from "../python/runtime.js";

const STARTING = "Checking the file. The part of this site that checks it is starting: this takes a few seconds the first time.";

/**
 * @param {HTMLElement} root the backup panel (it names the wheels Python needs)
 * @param {[string, string|null][]} items each item's name and value as JSON text (backup/file.js readBackup)
 * @param {(text: string) => void} say shows how the wait is going
 * @returns {Promise<{refused?: string, items?: {import: boolean, group: string, label: string,
 *   reason?: string, left_out?: string[], value?: unknown}[]}>} one verdict per item, in order
 * @throws {Error} when Python could not start or failed (the message says why)
 */
export async function checkItems(root, items, say) {
  const state = python.startFor(root);
  say(state === "ready" ? "Checking each item in the file…" : STARTING);
  const unsubscribe = python.subscribe((event) => {
    if (event.type === "progress") say(`${STARTING} (step ${event.step} of ${event.of})`);
  });
  try {
    const reply = JSON.parse(await python.call("check_backup", [JSON.stringify(items)]));
    if (!reply.ok) throw new Error(reply.failure);
    return reply;
  } finally {
    unsubscribe();
  }
}
