/**
 * What the worksheets saved for each interview besides its record: which have written their
 * output ("written") and which hold answers only ("begun"). Python reads it to tick checklist
 * items for the person (a reflection written) and to show each interview's progress
 * (worksheets.sheets.checklist); the page reads storage, Python never does.
 */
import * as storage from "./index.js";

/** Sent on document when a worksheet saved its own answers or output (form/autosave.js). */
export const SHEET_SAVED = "ati:sheet-saved";

/**
 * @param {string[]} ids interview ids
 * @returns {Record<string, Record<string, "written"|"begun">>} per interview, per worksheet id
 */
export function sheetsFor(ids) {
  const wanted = new Set(ids);
  const out = Object.fromEntries(ids.map((id) => [id, {}]));
  for (const name of storage.listNames()) {
    const match = /^worksheet:([a-z0-9-]+):([0-9a-f]{4,32})$/.exec(name);
    if (!match || !wanted.has(match[2])) continue;
    const loaded = storage.load(name, Number.MAX_SAFE_INTEGER);
    if (loaded.status !== "ok") continue;
    const output = loaded.record.output;
    out[match[2]][match[1]] = output && Array.isArray(output.blocks) && output.blocks.length ? "written" : "begun";
  }
  return out;
}
