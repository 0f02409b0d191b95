/**
 * Interview records: the values typed once and shared by every worksheet. An interview (one
 * round: its date, its people) has its own key; the facts of its application (storage/
 * applications.js) are kept once for all its rounds. A form and Python see the two together
 * (`get`); a save puts each value back in its home (`put`). Two tabs editing different
 * interviews never overwrite each other. Which interview is "current" is remembered per tab
 * (sessionStorage) and, as the default for new tabs, per browser.
 */
import * as storage from "./index.js";
import { APPLICATION_KEYS, APPLICATION_SCHEMA, applicationData, applications } from "./applications.js";
export { profile, putProfile } from "./profile.js";
export { APPLICATION_KEYS, APPLICATION_SCHEMA, applications, jobTitle, title } from "./applications.js";

/** Version 2: people by role; version 3: the application's facts apart (storage/migrate.js). */
export const SCHEMA = 3;
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

/** One round and its application's facts, as forms and Python see them. */
function joined(round) {
  return { ...round, ...applicationData(round.application), application: round.application || "" };
}

/**
 * All saved interviews, by id, each with its application's facts (unreadable ones are
 * skipped; the worksheet that owns a key reports those).
 * @returns {Record<string, object>} id -> record data
 */
export function all() {
  const out = {};
  for (const name of storage.listNames()) {
    const match = /^interview:([0-9a-f]{4,32})$/.exec(name);
    if (!match) continue;
    const loaded = storage.load(name, SCHEMA);
    if (loaded.status === "ok") out[match[1]] = joined(loaded.record.data);
  }
  return out;
}

/**
 * The interviews of one application, oldest round first.
 * @param {string} appId
 * @returns {string[]} their ids
 */
export function rounds(appId) {
  return applications(all()).get(appId) || [];
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
    if (!/^(interview|application):[0-9a-f]{4,32}$/.test(name) && name !== "profile") continue;
    const loaded = storage.load(name, name.startsWith("application:") ? APPLICATION_SCHEMA : SCHEMA);
    if (loaded.status !== "corrupt" && loaded.status !== "newer") continue;
    const aside = storage.setAside(name, loaded.raw);
    if (aside) storage.removeName(name); // only once a copy is safe
    found.push({ name, raw: loaded.raw, aside });
  }
  return found;
}

/**
 * @param {string} id
 * @returns {object|null} the interview's data, with its application's facts, and `superseded`
 *   when a later round of the application is recorded (the person is through this one)
 */
export function get(id) {
  const round = ownData(id);
  if (!round) return null;
  const data = joined(round);
  const order = round.application ? rounds(round.application) : [id];
  return order[order.length - 1] === id ? data : { ...data, superseded: true };
}

/** @param {string} id @returns {object|null} the interview record's own data, as saved */
function ownData(id) {
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

/** `old` with `values` merged in (a repeating group entry by entry). */
function merged(old, values) {
  const data = { ...old, ...values };
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value) && Array.isArray(old[name])) data[name] = mergeGroup(old[name], value);
  }
  return data;
}

/**
 * Merge values into an interview (creating it, and its application, when `id` is null) and
 * save each in its home: the application's facts with the application, the rest with the round.
 * @param {string|null} id
 * @param {object} values
 * @returns {{id: string, result: object}} the id and the storage result
 */
export function put(id, values) {
  const created = !id;
  const key = id || newId();
  const round = ownData(key) || {};
  const appId = round.application || (created ? newId() : key);
  const mine = {};
  const shared = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === "application") continue; // the link is the page's own, never a form's
    (APPLICATION_KEYS.has(name) ? shared : mine)[name] = value;
  }
  const stamp = new Date().toISOString();
  let result = { ok: true };
  if (Object.keys(shared).length || created || !round.application) {
    // A round saved before applications still holds the application's facts: they move with it.
    const carried = round.application ? {} : Object.fromEntries(Object.entries(round).filter(([name]) => APPLICATION_KEYS.has(name)));
    const app = merged({ ...carried, ...applicationData(appId) }, shared);
    result = storage.save(`application:${appId}`, { v: APPLICATION_SCHEMA, savedAt: stamp, data: app });
  }
  if (result.ok) {
    const own = Object.fromEntries(Object.entries(round).filter(([name]) => !APPLICATION_KEYS.has(name)));
    result = storage.save(`interview:${key}`, { v: SCHEMA, savedAt: stamp, data: { ...merged(own, mine), application: appId } });
  }
  if (result.ok && created) {
    setCurrent(key);
    requestPersistence();
  }
  if (result.ok) emit({ saved: key });
  return { id: key, result };
}

/**
 * The next round of an application: a new interview that starts from the application's facts
 * (nothing is typed twice), current from now on. The application is no longer "through to the
 * next round": it is interviewing again.
 * @param {string} fromId an interview of the application
 * @param {object} [values] the new round's own values (its name, say)
 * @returns {{id: string, result: object}}
 */
export function addRound(fromId, values = {}) {
  const from = ownData(fromId);
  if (!from) return put(null, values);
  const appId = from.application || fromId;
  const key = newId();
  const stamp = new Date().toISOString();
  let result = storage.save(`interview:${key}`, { v: SCHEMA, savedAt: stamp, data: { ...values, application: appId } });
  if (result.ok && applicationData(appId).stage === "through") {
    result = storage.save(`application:${appId}`, {
      v: APPLICATION_SCHEMA, savedAt: stamp, data: { ...applicationData(appId), stage: "interviewing" },
    });
  }
  if (result.ok) {
    setCurrent(key);
    emit({ saved: key });
  }
  return { id: key, result };
}

/** Every storage name that belongs to an interview: it, the worksheets saved for it, and its
 * application when no other round of it is left. */
function namesOf(id) {
  const appId = (ownData(id) || {}).application;
  const last = appId && rounds(appId).every((other) => other === id);
  return storage.listNames().filter((name) => name === `interview:${id}` || (name.endsWith(`:${id}`) && !name.startsWith("application:"))
    || (last && name === `application:${appId}`));
}

/** @param {string} id remove an interview and the worksheets saved for it (and its application with its last round) */
export function remove(id) {
  for (const name of namesOf(id)) storage.removeName(name);
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
  for (const name of namesOf(id)) out[name] = storage.readRaw(name);
  return out;
}

/** @param {string} id an interview @returns {string[]} every round of its application (it alone, before applications) */
export function roundsOf(id) {
  const data = ownData(id);
  return data && data.application ? rounds(data.application) : [id];
}

/**
 * Remove a whole application: every round, what their worksheets saved, and its facts.
 * @param {string} id one of its interviews
 * @returns {Record<string, string>} what was removed, raw, for restore()
 */
export function removeApplication(id) {
  const appId = (ownData(id) || {}).application;
  const every = roundsOf(id);
  const snap = {};
  for (const round of every) Object.assign(snap, snapshot(round));
  if (appId && storage.readRaw(`application:${appId}`) !== null) snap[`application:${appId}`] = storage.readRaw(`application:${appId}`);
  for (const round of every) remove(round);
  return snap;
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
