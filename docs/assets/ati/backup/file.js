/**
 * The backup file: what an export writes, and the first gate of an import. Pure functions,
 * no storage and no page. Reading checks the file as a whole (its size, that it is JSON, an
 * After the Interview backup, not from a newer version, not more items than the site ever
 * makes) and migrates older files; each item is then checked by Python in the worker
 * (worksheets/stored/report.py), against what the site's declarations say it stores, before
 * the import (backup/import.js) writes anything.
 *
 * A backup is one JSON object:
 *   {"type": "after-the-interview-backup", "schema": 1, "exportedAt": ISO time,
 *    "site": "/after-the-interview/", "items": {name: value}}
 * where each value is a saved record (a JSON object with "format": "after-the-interview"),
 * or, for a value kept aside because it could not be read (a name holding ":unreadable:"),
 * the raw text exactly as it was stored.
 */
import { plural } from "../utilities/words.js";
import { FORMAT } from "../storage/index.js";
import { LIMITS, depth } from "../storage/check.js";

/** The `type` every backup carries. */
export const BACKUP_TYPE = "after-the-interview-backup";

/** The newest backup schema this code writes and reads. */
export const SCHEMA = 1;

/** Larger files are refused before they are read (worksheets/stored.py Limits.file_bytes). */
export const MAX_BYTES = LIMITS.file_bytes;

/** Schema 0, the first export format: same shape, this type, no `site`. */
const SCHEMA_0_TYPE = "after-the-interview-export";

const ASIDE = ":unreadable:";

/**
 * One step per old schema, each turning a file of schema N into a file of schema N + 1.
 * Reading applies them in order, up to {@link SCHEMA}.
 * @type {Readonly<Record<number, (file: object) => object>>}
 */
export const MIGRATIONS = Object.freeze({
  0: (file) => ({ type: BACKUP_TYPE, schema: 1, exportedAt: file.exportedAt, site: null, items: file.items }),
});

/** A file that cannot be imported; `message` is written for the person who chose it. */
export class BackupError extends Error {}

/** Messages for a rejected file, by reason. */
export const MESSAGES = Object.freeze({
  unreadable: "This file couldn't be opened. Choose it again, or try another copy.",
  tooLarge: "This file is too large to be a backup from this site.",
  notJson: "This file isn't a backup from this site: it isn't readable JSON.",
  notBackup: "This file is not an After the Interview backup.",
  badSchema: "This file says it is an After the Interview backup, but its version number is missing or wrong.",
  newer: "This backup was made by a newer version of this site. Update the site, or use a newer copy, to import it.",
  tooOld: "This backup was made by an old version of this site that this one can no longer read.",
  noItems: "This backup is damaged: its list of saved items is missing.",
  tooMany: `This file holds more than ${LIMITS.items.toLocaleString("en")} saved items: no backup from this site is that large.`,
});

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * @param {string} name
 * @returns {boolean} whether the name is a value kept aside (raw text, not a record)
 */
export function isAside(name) {
  return name.includes(ASIDE);
}

/**
 * @param {unknown} value
 * @returns {boolean} whether the value is one of this site's saved records
 */
export function isRecord(value) {
  return isObject(value) && value.format === FORMAT;
}

/**
 * Make the backup object for what is saved.
 * A value that is not a readable record is exported as raw text under the name it would be
 * kept aside under (`<name>:unreadable:<exportedAt>`), so nothing is lost and the file
 * still passes the checks on import.
 * @param {Map<string, string>} saved name to raw value, as stored
 * @param {{site: string, exportedAt: string}} about
 * @returns {{type: string, schema: number, exportedAt: string, site: string, items: Record<string, unknown>}}
 */
export function buildBackup(saved, { site, exportedAt }) {
  const items = [];
  for (const [name, raw] of saved) {
    if (isAside(name)) {
      items.push([name, raw]);
      continue;
    }
    let value;
    try {
      value = JSON.parse(raw);
    } catch {
      value = undefined;
    }
    if (isRecord(value)) items.push([name, value]);
    else items.push([`${name}${ASIDE}${exportedAt}`, raw]);
  }
  // fromEntries defines own properties, so even a name like "__proto__" stays an item.
  return { type: BACKUP_TYPE, schema: SCHEMA, exportedAt, site, items: Object.fromEntries(items) };
}

/**
 * Read a backup file's text: parse, check the type, schema and number of items, migrate.
 * @param {string} text the file's contents
 * @returns {{backup: {type: string, schema: number, exportedAt: unknown, site: string|null, items: object}, fromSchema: number, items: [string, string|null][]}}
 *   `items` are each item's name and value as JSON text (null: nested too deeply), for the check
 * @throws {BackupError} with a message for the person, when the file cannot be imported
 */
export function readBackup(text) {
  let file;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new BackupError(MESSAGES.notJson);
  }
  if (!isObject(file)) throw new BackupError(MESSAGES.notBackup);
  let schema;
  if (file.type === BACKUP_TYPE) schema = file.schema;
  else if (file.type === SCHEMA_0_TYPE) schema = file.schema === undefined ? 0 : file.schema;
  else throw new BackupError(MESSAGES.notBackup);
  if (!Number.isInteger(schema) || schema < 0 || (file.type === SCHEMA_0_TYPE && schema !== 0)) {
    throw new BackupError(MESSAGES.badSchema);
  }
  if (schema > SCHEMA) throw new BackupError(MESSAGES.newer);
  const fromSchema = schema;
  while (schema < SCHEMA) {
    const step = MIGRATIONS[schema];
    if (!step) throw new BackupError(MESSAGES.tooOld);
    file = step(file);
    if (!(file.schema > schema)) throw new Error(`migration from schema ${schema} did not move forward`);
    schema = file.schema;
  }
  if (!isObject(file.items)) throw new BackupError(MESSAGES.noItems);
  const items = Object.entries(file.items);
  if (items.length > LIMITS.items) throw new BackupError(MESSAGES.tooMany);
  // Each value as JSON text for the check in Python; null when nested too deeply to write out.
  return { backup: file, fromSchema, items: items.map(([name, value]) => [name, depth(value) > LIMITS.depth ? null : JSON.stringify(value)]) };
}

/**
 * What some saved values are, counted in words a person recognises: "3 interviews and your
 * answers on 7 worksheets" (never "12 items": a count of storage keys means nothing to them).
 * @param {Map<string, string>|Iterable<[string, string]>} entries name to raw value
 * @returns {string}
 */
export function contents(entries) {
  let interviews = 0;
  let worksheets = 0;
  let details = false;
  let rest = 0;
  for (const [name] of entries) {
    if (isAside(name)) rest += 1;
    else if (name.startsWith("interview:")) interviews += 1;
    else if (name.startsWith("application:")) continue; // the facts an interview's rounds share: part of them
    else if (name.startsWith("worksheet:")) worksheets += 1;
    else if (name === "profile") details = true;
    else if (!name.startsWith("meta:")) rest += 1;
  }
  const parts = [];
  if (interviews) parts.push(plural(interviews, "interview"));
  if (worksheets) parts.push(`your answers on ${plural(worksheets, "worksheet")}`);
  if (details) parts.push("your details");
  if (rest) parts.push(plural(rest, "other saved value"));
  return parts.length ? parts.join(parts.length > 2 ? ", " : " and ").replace(/, ([^,]*)$/, " and $1") : "your settings";
}
