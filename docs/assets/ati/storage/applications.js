/**
 * Applications: the facts one application's rounds share (the company, the role, the
 * recruiter, the agency, where it stands), saved once under `application:<id>`, and which
 * rounds belong together, in what order, and the offers other applications hold.
 * storage/records.js puts a round and its application
 * together for the forms and Python, and each value back in its home.
 */
import * as storage from "./index.js";
import SHAPES from "./shapes.js";

/** The application record's version (worksheets/stored/shapes.py APPLICATION_VERSION). */
export const APPLICATION_SCHEMA = 1;
/** The facts kept with the application, not the round: the fields the declarations give that home. */
export const APPLICATION_KEYS = new Set(Object.keys(SHAPES.kinds.find((k) => k.name === "application").top.data.fields));

/** @returns {object} an application's own facts ({} when it has none, or cannot be read) */
export function applicationData(appId) {
  if (!appId) return {};
  const loaded = storage.load(`application:${appId}`, APPLICATION_SCHEMA);
  return loaded.status === "ok" ? loaded.record.data : {};
}

/** Oldest round first: by date, a round with no date yet last (as worksheets/plan/rounds.py). */
function byDate(records) {
  return (a, b) => String(records[a].date || "9999").localeCompare(String(records[b].date || "9999")) || a.localeCompare(b);
}

/**
 * Every application, with its rounds' ids, oldest first; the last is its current round.
 * @param {Record<string, object>} records interview id -> data (with its `application`), as records.all() gives them
 * @returns {Map<string, string[]>} application id -> interview ids
 */
export function applications(records) {
  const found = new Map();
  for (const [id, data] of Object.entries(records)) {
    const app = data.application || id;
    if (!found.has(app)) found.set(app, []);
    found.get(app).push(id);
  }
  for (const ids of found.values()) ids.sort(byDate(records));
  return found;
}

/** The stages that hold an offer, and the facts of it other applications see (worksheets/plan/offers.py). */
const OFFER_STAGES = new Set(["offer", "accepted"]);
const OFFER_FACTS = ["company", "role", "stage", "answer_by", "offer_salary", "offer_start"];

/**
 * The offers of every application but `appId`'s: an offer elsewhere changes this one's plan
 * (tell them in time, or withdraw once it is accepted) and fills its "offer elsewhere" message.
 * @param {Record<string, object>} records as records.all() gives them
 * @param {string|null} appId the application the call is about
 * @returns {object[]} each offer's facts, as text
 */
export function offersElsewhere(records, appId) {
  const found = [];
  for (const [app, ids] of applications(records)) {
    const data = records[ids[ids.length - 1]];
    if (app === appId || !OFFER_STAGES.has(data.stage)) continue;
    found.push(Object.fromEntries(OFFER_FACTS.map((name) => [name, typeof data[name] === "string" ? data[name] : ""])));
  }
  return found;
}

/** @param {object} data @returns {string} "Acme: Analyst (Final round)" */
export function title(data) {
  const text = jobTitle(data);
  return data.round ? `${text} (${data.round})` : text;
}

/** @param {object} data a record @returns {string} the application's name, "Acme: Analyst", without the round */
export function jobTitle(data) {
  return [data.company, data.role].filter(Boolean).join(": ") || "Untitled interview";
}
