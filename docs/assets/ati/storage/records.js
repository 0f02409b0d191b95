/**
 * Interview records and the user's profile: the values typed once and shared by every
 * worksheet. Each interview is saved under its own key, so two tabs editing different
 * interviews never overwrite each other. Which interview is "current" is remembered per
 * tab (sessionStorage) and, as the default for new tabs, per browser.
 */
import * as storage from "./index.js";
import { guesses } from "../utilities/locale.js";

/** Version 2: people by role (coordinator, consultant), each interviewer's detail kept here (see storage/migrate.js). */
export const SCHEMA = 2;
const CURRENT = "meta:current-interview";
const TAB_CURRENT = "ati-current-interview";
export const CHANGED = "ati:records-changed";

function emit(detail) {
  document.dispatchEvent(new CustomEvent(CHANGED, { detail }));
}

/** @returns {string} a new random interview id */
function newId() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * All saved interviews, by id (unreadable ones are skipped; the worksheet that owns a key
 * reports those).
 * @returns {Record<string, object>} id -> record data
 */
export function all() {
  const out = {};
  for (const name of storage.listNames()) {
    const match = /^interview:([0-9a-f]{4,32})$/.exec(name);
    if (!match) continue;
    const loaded = storage.load(name, SCHEMA);
    if (loaded.status === "ok") out[match[1]] = loaded.record.data;
  }
  return out;
}

/**
 * Move interview records and the profile that cannot be read (damaged, edited by hand into
 * a shape the site does not save, or from a newer version of the site) out of the way: each
 * is kept aside, unchanged, under its own key, and reported once. Until then no form is
 * filled from them, and saving the profile would overwrite it, so this runs before any form
 * is filled.
 * @returns {{name: string, raw: string, aside: string|null}[]} what was found this time
 */
export function sweepUnreadable() {
  const found = [];
  for (const name of storage.listNames()) {
    if (!/^interview:[0-9a-f]{4,32}$/.test(name) && name !== "profile") continue;
    const loaded = storage.load(name, SCHEMA);
    if (loaded.status !== "corrupt" && loaded.status !== "newer") continue;
    const aside = storage.setAside(name, loaded.raw);
    if (aside) storage.removeName(name); // only once a copy is safe
    found.push({ name, raw: loaded.raw, aside });
  }
  return found;
}

/** @param {string} id @returns {object|null} the record's data */
export function get(id) {
  if (!id) return null;
  const loaded = storage.load(`interview:${id}`, SCHEMA);
  return loaded.status === "ok" ? loaded.record.data : null;
}

/** @param {object} item @returns {string} an entry's key: its first field (a name), tidied */
function itemKey(item) {
  const first = item && Object.values(item)[0];
  return typeof first === "string" ? first.trim().replace(/\s+/g, " ").toLowerCase() : "";
}

/**
 * A repeating group as one form saw it, merged into the saved one: each entry keeps the
 * fields this form does not show (the interviewers' LinkedIn invitation, saved on step 4,
 * survives an edit on step 2). Entries are matched by name, else by position.
 * @param {object[]} saved @param {object[]} shown @returns {object[]}
 */
export function mergeGroup(saved, shown) {
  const names = new Set(shown.map(itemKey));
  return shown.map((item, index) => {
    const key = itemKey(item);
    const byName = key ? saved.find((old) => itemKey(old) === key) : null;
    const byPlace = saved[index] && !names.has(itemKey(saved[index])) ? saved[index] : null;
    return { ...(byName || byPlace || {}), ...item };
  });
}

/**
 * Merge values into a record (creating it when `id` is null) and save.
 * @param {string|null} id
 * @param {object} values
 * @returns {{id: string, result: object}} the id and the storage result
 */
export function put(id, values) {
  const created = !id;
  const key = id || newId();
  const old = get(key) || {};
  const data = { ...old, ...values };
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value) && Array.isArray(old[name])) data[name] = mergeGroup(old[name], value);
  }
  const result = storage.save(`interview:${key}`, { v: SCHEMA, savedAt: new Date().toISOString(), data });
  if (result.ok && created) {
    setCurrent(key);
    requestPersistence();
  }
  if (result.ok) emit({ saved: key });
  return { id: key, result };
}

/** @param {string} id remove an interview and the worksheets saved for it */
export function remove(id) {
  for (const name of storage.listNames()) {
    if (name === `interview:${id}` || name.endsWith(`:${id}`)) storage.removeName(name);
  }
  if (current() === id) setCurrent(null);
  emit({ removed: id });
}

/**
 * Put back a removed interview exactly as it was.
 * @param {Record<string, string>} snapshot name -> raw value, from snapshot()
 * @returns {boolean} false when some of it could not be written (a full quota)
 */
export function restore(snapshot) {
  let ok = true;
  for (const [name, raw] of Object.entries(snapshot)) ok = storage.writeRaw(name, raw).ok && ok;
  emit({ restored: true });
  return ok;
}

/** @param {string} id @returns {Record<string, string>} raw values of everything saved for it */
export function snapshot(id) {
  const out = {};
  for (const name of storage.listNames()) {
    if (name === `interview:${id}` || name.endsWith(`:${id}`)) out[name] = storage.readRaw(name);
  }
  return out;
}

/** @returns {string|null} the current interview's id for this tab */
export function current() {
  let id = null;
  try {
    id = sessionStorage.getItem(TAB_CURRENT);
  } catch {
    /* sessionStorage unavailable */
  }
  if (id === "new") return null;
  if (!id) {
    const loaded = storage.load(CURRENT, 1);
    id = loaded.status === "ok" ? loaded.record.data.id : null;
  }
  return id && get(id) ? id : null;
}

/** @param {string|null} id make this interview current (null: a new, unsaved one) */
export function setCurrent(id) {
  try {
    sessionStorage.setItem(TAB_CURRENT, id || "new");
  } catch {
    /* per-browser default below still works */
  }
  if (id) storage.save(CURRENT, { v: 1, data: { id } });
  emit({ current: id });
}

function savedProfile() {
  const loaded = storage.load("profile", SCHEMA);
  return loaded.status === "ok" ? loaded.record.data : {};
}

/**
 * @returns {object} the user's own details (name, email, phone, country, English), with the
 *   browser's guess of their country and English where they have not chosen (never saved as theirs)
 */
export function profile() {
  const saved = savedProfile();
  return { ...guesses(saved), ...saved };
}

/** @param {object} values merge into the saved profile and save @returns {object} storage result */
export function putProfile(values) {
  return storage.save("profile", { v: SCHEMA, savedAt: new Date().toISOString(), data: { ...savedProfile(), ...values } });
}

/** @param {object} data @returns {string} "Acme: Analyst (Final round)" */
export function title(data) {
  const text = [data.company, data.role].filter(Boolean).join(": ") || "Untitled interview";
  return data.round ? `${text} (${data.round})` : text;
}

let persistAsked = false;
/** Ask once for persistent storage when the first interview is saved, and say what the browser answered. */
async function requestPersistence() {
  if (persistAsked || !navigator.storage || !navigator.storage.persist) return;
  persistAsked = true;
  let granted = false;
  try {
    granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    granted = false;
  }
  emit({ persistence: granted });
}
