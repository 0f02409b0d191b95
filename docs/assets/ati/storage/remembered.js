/**
 * The dashboard as Python last worked it out (each application's stage, next action, timeline,
 * and the weeks' agenda), kept so Your interviews draws all of it the moment it opens, before
 * Python is ready, and Python only confirms it. It is worked out again on every visit, so it is
 * never backed up, and losing it (a full quota, a value that does not read) costs nothing.
 */
import * as storage from "./index.js";

/** Where it is kept (declared with the other `meta:` names in worksheets/stored/shapes.py). */
export const REMEMBERED = "meta:dashboard";

/** Past this many characters it is not kept: the space is the person's answers' first. */
const MOST = 200000;

/**
 * Keep what Python worked out today.
 * @param {{rows: object[], agenda: object|null}} result @param {string} on the local date, YYYY-MM-DD
 */
export function remember(result, on) {
  const text = JSON.stringify({ rows: result.rows, agenda: result.agenda });
  if (text.length > MOST) {
    storage.removeName(REMEMBERED);
    return;
  }
  storage.save(REMEMBERED, { v: 1, on, result: text }); // a failure costs only the early drawing
}

/**
 * What was worked out last time, or null.
 * @returns {{on: string, rows: Map<string, object>, agenda: object|null}|null}
 */
export function recall() {
  const loaded = storage.load(REMEMBERED, 1);
  if (loaded.status !== "ok") return null;
  try {
    const { rows, agenda } = JSON.parse(loaded.record.result);
    if (!Array.isArray(rows)) return null;
    const usable = rows.filter((row) => row && typeof row.id === "string" && Array.isArray(row.rounds));
    return { on: String(loaded.record.on), rows: new Map(usable.map((row) => [row.id, row])), agenda: agenda || null };
  } catch {
    return null;
  }
}
