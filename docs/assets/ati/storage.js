/**
 * Saving in localStorage, defensively: a full quota, a corrupt value and storage that is
 * switched off each give the caller a clear outcome, and nothing saved is ever overwritten
 * without the user knowing.
 *
 * Keys are namespaced by the site's own path, because every GitHub Pages project site of
 * one owner shares a single origin (and so a single localStorage).
 */

/** Saved records carry this so a later version can migrate them. */
export const FORMAT = "after-the-interview";

const SITE_PATH = new URL("../../", import.meta.url).pathname;
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
 * Read a record.
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
  if (!record || typeof record !== "object" || record.format !== FORMAT || typeof record.data !== "object" || record.data === null) {
    return { status: "corrupt", raw };
  }
  if (typeof record.v !== "number" || record.v > schema) return { status: "newer", raw };
  return { status: "ok", record };
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

/** @param {string} name */
export function remove(name) {
  try {
    open().removeItem(keyFor(name));
  } catch {
    /* nothing to do */
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
