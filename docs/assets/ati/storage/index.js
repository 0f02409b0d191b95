/**
 * Saving in localStorage, defensively: a full quota, a corrupt value and storage that is
 * switched off each give the caller a clear outcome, and nothing saved is ever overwritten
 * without the user knowing.
 *
 * Keys are namespaced by the site's own path, because every GitHub Pages project site of
 * one owner shares a single origin (and so a single localStorage).
 */
import { FORMAT, checkValue } from "./check.js";

/** Saved records carry this ("after-the-interview") so a later version can migrate them. */
export { FORMAT };

const SITE_PATH = new URL("../../../", import.meta.url).pathname;
const PREFIX = `ati:${SITE_PATH}:`;

let backend = null;
let memoryOnly = false;

class MemoryStorage {
  constructor() {
    this.map = new Map();
  }
  getItem(key) {
    return this.map.has(key) ? this.map.get(key) : null;
  }
  setItem(key, value) {
    this.map.set(key, String(value));
  }
  removeItem(key) {
    this.map.delete(key);
  }
  key(index) {
    return Array.from(this.map.keys())[index] ?? null;
  }
  get length() {
    return this.map.size;
  }
}

function open() {
  if (backend) return backend;
  try {
    const ls = window.localStorage;
    const probe = `${PREFIX}probe`;
    ls.setItem(probe, "1");
    ls.removeItem(probe);
    backend = ls;
  } catch (error) {
    // A full quota on the probe still means storage works; anything else (SecurityError in
    // some private modes, storage disabled by policy) means we keep things in memory.
    if (isQuotaError(error)) {
      backend = window.localStorage;
    } else {
      backend = new MemoryStorage();
      memoryOnly = true;
    }
  }
  return backend;
}

/**
 * @param {unknown} error
 * @returns {boolean} whether a failed write was the storage quota (Chromium, Firefox, Safari names)
 */
export function isQuotaError(error) {
  if (!error) return false;
  return (
    error.name === "QuotaExceededError" ||
    error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    error.code === 22 ||
    error.code === 1014
  );
}

/** @returns {boolean} true when saving only lasts as long as the tab */
export function isMemoryOnly() {
  open();
  return memoryOnly;
}

/** @param {string} name @returns {string} the full storage key for a name, e.g. "worksheet:thank-you" */
export function keyFor(name) {
  return PREFIX + name;
}

/**
 * Read a record. It must have the shape the site's declarations give its name
 * (storage/check.js): a value that does not, edited by hand or damaged, is "corrupt", like
 * one that is not JSON, and is never handed to a form. What the check leaves out (a key
 * the site does not save) is not in the record returned.
 * @param {string} name
 * @param {number} schema the newest schema version this code understands
 * @returns {{status: "empty"}|{status: "ok", record: object}|{status: "corrupt"|"newer", raw: string}}
 */
export function load(name, schema) {
  const store = open();
  let raw;
  try {
    raw = store.getItem(keyFor(name));
  } catch {
    return { status: "empty" };
  }
  if (raw === null) return { status: "empty" };
  let record;
  try {
    record = JSON.parse(raw);
  } catch {
    return { status: "corrupt", raw };
  }
  const checked = checkValue(name, record, raw.length);
  if (!checked.ok) return { status: checked.reason === "newer" ? "newer" : "corrupt", raw };
  if (checked.value.v > schema) return { status: "newer", raw };
  return { status: "ok", record: checked.value };
}

/**
 * Write a record.
 * @param {string} name
 * @param {object} record must be JSON-serialisable
 * @returns {{ok: true}|{ok: false, reason: "quota"|"error", message: string}}
 */
export function save(name, record) {
  const store = open();
  try {
    store.setItem(keyFor(name), JSON.stringify({ format: FORMAT, ...record }));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? "quota" : "error", message: String(error && error.message) };
  }
}

/**
 * Keep an unreadable value aside under its own key, so it is not lost when the name is
 * written again. Returns the aside key, or null when even that could not be written.
 * @param {string} name
 * @param {string} raw
 * @returns {string|null}
 */
export function setAside(name, raw) {
  const store = open();
  const aside = `${keyFor(name)}:unreadable:${new Date().toISOString()}`;
  try {
    store.setItem(aside, raw);
    return aside;
  } catch {
    return null;
  }
}

/**
 * Call back when another tab changes one of this site's records.
 * @param {(name: string) => void} callback receives the record name
 * @returns {() => void} unsubscribe
 */
export function onOtherTabChange(callback) {
  const listener = (event) => {
    if (event.key && event.key.startsWith(PREFIX)) callback(event.key.slice(PREFIX.length));
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}

/* ---------- the whole site at once: for backup (export, import, delete all) ---------- */

/** The site's own path, e.g. "/after-the-interview/": every key of this site starts with `ati:<SITE_PATH>:`. */
export { SITE_PATH };

/**
 * Every name this site has saved in this browser (keys under its prefix), sorted.
 * Other sites on the same origin are never listed.
 * @returns {string[]}
 */
export function listNames() {
  const store = open();
  const names = [];
  try {
    for (let index = 0; index < store.length; index += 1) {
      const key = store.key(index);
      if (key && key.startsWith(PREFIX) && key !== `${PREFIX}probe`) names.push(key.slice(PREFIX.length));
    }
  } catch {
    /* storage went away under us: report what we have */
  }
  return names.sort();
}

/**
 * A saved value exactly as stored, without parsing it.
 * @param {string} name
 * @returns {string|null} null when nothing is saved under that name (or it cannot be read)
 */
export function readRaw(name) {
  try {
    return open().getItem(keyFor(name));
  } catch {
    return null;
  }
}

/**
 * Save a value exactly as given (no record wrapper).
 * @param {string} name
 * @param {string} raw
 * @returns {{ok: true}|{ok: false, reason: "quota"|"error", message: string}}
 */
export function writeRaw(name, raw) {
  try {
    open().setItem(keyFor(name), raw);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? "quota" : "error", message: String(error && error.message) };
  }
}

/**
 * Remove one saved value.
 * @param {string} name
 * @returns {boolean} whether it is gone
 */
export function removeName(name) {
  try {
    open().removeItem(keyFor(name));
    return true;
  } catch {
    return false;
  }
}

/**
 * Every value this site has saved, as stored.
 * @returns {Map<string, string>} name to raw value
 */
export function snapshot() {
  const values = new Map();
  for (const name of listNames()) {
    const raw = readRaw(name);
    if (raw !== null) values.set(name, raw);
  }
  return values;
}

/**
 * Replace everything this site has saved with `entries`, all or nothing: when a write fails
 * (a full quota, say), what was written is removed and the previous values are put back.
 * Pass an empty map to delete everything.
 * @param {Map<string, string>|Iterable<[string, string]>} entries name to raw value
 * @returns {{ok: true, previous: Map<string, string>}|{ok: false, reason: "quota"|"error", message: string, restored: boolean, previous: Map<string, string>}}
 *   `previous` is what was saved before, to undo with; `restored` says whether it was all put back
 */
export function replaceAll(entries) {
  const previous = snapshot();
  const next = new Map(entries);
  let failure = null;
  for (const name of previous.keys()) {
    if (!removeName(name)) failure = { reason: "error", message: "a saved value could not be removed" };
  }
  for (const [name, raw] of failure ? [] : next) {
    const result = writeRaw(name, raw);
    if (!result.ok) {
      failure = result;
      break;
    }
  }
  if (!failure) return { ok: true, previous };
  for (const name of listNames()) removeName(name);
  let restored = true;
  for (const [name, raw] of previous) {
    if (!writeRaw(name, raw).ok) restored = false;
  }
  return { ok: false, reason: failure.reason, message: failure.message, restored, previous };
}
