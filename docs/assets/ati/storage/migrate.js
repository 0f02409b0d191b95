/**
 * Bring what an older version of the site saved up to date, once, before anything reads it:
 * nothing a person typed is lost when a fact moves home.
 *
 * Version 1 → 2 (people by role, one home per fact):
 *  - the interview's single "contact" becomes the agency consultant (when the agency box was
 *    ticked) or the company's recruiter;
 *  - each interviewer's "one thing you talked about" moves from the thank-you worksheet (or,
 *    failing that, LinkedIn's "what you talked about") into the interview record, with
 *    LinkedIn's "they invited me to connect";
 *  - step 1's "what happens next" moves into the interview; its "final round" box becomes
 *    the round's name (or "what happens next");
 *  - step 5's outcome becomes the interview's stage, its offer deadline and the day the news
 *    came the interview's own;
 *  - step 2's free-text "what happens next" is kept in the interview's notes;
 *  - LinkedIn's note about the contact, and the person's own edit of that note, follow them.
 * The worksheets' copies stay where they were: nothing is deleted, only copied forward.
 *
 * Version 2 → 3 (applications and their rounds): an interview's application facts (the
 * company, the role, the recruiter, the agency, the stage: the fields the declarations keep
 * with the application) move into an application record of its own, under the interview's id,
 * and the interview keeps the rest and a link to it; step 1's salary research joins them. Nothing is lost: a fact moves only once
 * its new home is saved, and an application already there keeps what it has.
 */
import * as storage from "./index.js";
import { APPLICATION_KEYS, APPLICATION_SCHEMA, SCHEMA } from "./records.js";

const OUTCOME_STAGES = { rejected: "rejected", withdraw: "withdrawn", offer_elsewhere: "offer_elsewhere" };
/** The stages step 5's "What happened" offers (worksheets/sheets/outcomes.py OUTCOME). */
const HAPPENED = new Set(["rejected", "withdrawn", "offer_elsewhere"]);
/** Step 1's salary research (version 2 of that worksheet), which version 3 keeps with the application. */
const SALARY = ["salary_low", "salary_high", "walk_away", "salary_sources", "salary_said"];
const OPEN_STAGES = new Set(["", "applied", "interviewing", "awaiting"]);
const LATE_STAGES = new Set(["final_round", "references", "decision"]);

function tidy(text) {
  return typeof text === "string" ? text.trim().replace(/\s+/g, " ").toLowerCase() : "";
}

/** @returns {object} a worksheet's saved answers for one interview ({} when none or unreadable) */
function sheet(worksheet, id) {
  const loaded = storage.load(`worksheet:${worksheet}:${id}`, 99);
  return loaded.status === "ok" ? loaded.record : null;
}

/** The entry of a worksheet's group that belongs to this person: by name, else by place. */
function entryFor(entries, name, index) {
  if (!Array.isArray(entries)) return {};
  const key = tidy(name);
  return entries.find((e) => e && (e.__key === key || tidy(e.name) === key)) || (entries[index] && !entries[index].__key ? entries[index] : {}) || {};
}

/**
 * One interview's record, version 1 → 2.
 * @param {string} id
 * @param {object} data the version 1 record's data
 * @returns {{data: object, linkedin: object|null}} the new data, and LinkedIn's record when it changed too
 */
export function upgradeInterview(id, data) {
  const out = { ...data };
  const thanks = (sheet("thank-you", id) || {}).data || {};
  const linkedinRecord = sheet("linkedin", id);
  const linkedin = (linkedinRecord && linkedinRecord.data) || {};
  const process = (sheet("process", id) || {}).data || {};
  const outcome = (sheet("outcomes", id) || {}).data || {};
  const role = out.agency ? "consultant" : "coordinator";

  if (out.contact_name && !out[`${role}_name`]) out[`${role}_name`] = out.contact_name;
  if (out.contact_email && !out[`${role}_email`]) out[`${role}_email`] = out.contact_email;
  delete out.contact_name;
  delete out.contact_email;

  if (Array.isArray(out.interviewers)) {
    out.interviewers = out.interviewers.map((person, index) => {
      if (!person || typeof person !== "object") return person;
      const fromThanks = entryFor(thanks.interviewers, person.name, index);
      const fromLinkedin = entryFor(linkedin.interviewers, person.name, index);
      return {
        ...person,
        detail: person.detail || fromThanks.detail || fromLinkedin.noted || "",
        invited: person.invited ?? fromLinkedin.invited === true,
      };
    });
  }

  if (process.next_stage && process.next_stage !== "unknown" && !out.next_stage) out.next_stage = process.next_stage;
  const final = /final/i.test(out.round || "") || LATE_STAGES.has(out.next_stage || "");
  if (process.final_round === true && !final) {
    if (!out.round) out.round = "Final round";
    else if (!out.next_stage || out.next_stage === "unknown") out.next_stage = "final_round";
  }

  if (OUTCOME_STAGES[outcome.outcome] && OPEN_STAGES.has(out.stage || "")) out.stage = OUTCOME_STAGES[outcome.outcome];
  if (outcome.deadline && !out.offer_deadline) out.offer_deadline = outcome.deadline;
  if (outcome.heard_on && !out.last_reply) out.last_reply = outcome.heard_on;

  const nextSteps = typeof thanks.next_steps === "string" ? thanks.next_steps.trim() : "";
  if (nextSteps && !(out.notes || "").includes(nextSteps)) {
    out.notes = [out.notes, `What happens next, as they told me: ${nextSteps}`].filter(Boolean).join("\n\n");
  }

  let linkedinOut = null;
  if (linkedinRecord && (linkedin.contact_noted || data.contact_name)) {
    const moved = { ...linkedin };
    if (linkedin.contact_noted && !moved[`${role}_noted`]) moved[`${role}_noted`] = linkedin.contact_noted;
    delete moved.contact_noted;
    const edits = { ...(linkedinRecord.edits || {}) };
    const oldKey = `recruiter:${tidy(data.contact_name)}`;
    if (role === "consultant" && typeof edits[oldKey] === "string") {
      edits[`consultant:${tidy(data.contact_name)}`] = edits[oldKey];
      delete edits[oldKey];
    }
    linkedinOut = { ...linkedinRecord, data: moved, edits };
  }
  return { data: out, linkedin: linkedinOut };
}

/**
 * One interview's record, version 2 → 3: its application's facts, and what it keeps.
 * @param {string} id
 * @param {object} data the version 2 record's data
 * @returns {{application: object, data: object}}
 */
export function splitApplication(id, data) {
  const application = {};
  const own = {};
  for (const [name, value] of Object.entries(data)) (APPLICATION_KEYS.has(name) ? application : own)[name] = value;
  const process = (sheet("process", id) || {}).data || {};
  for (const name of SALARY) if (process[name] && !application[name]) application[name] = process[name];
  return { application, data: { ...own, application: id } };
}

/** Step 5's own "What happened", from the stage it used to be (version 2 of that worksheet). */
function keepWhatHappened(id, stage) {
  const name = `worksheet:outcomes:${id}`;
  const loaded = storage.load(name, 99);
  if (loaded.status !== "ok" || loaded.record.v >= 3) return true;
  const data = { ...loaded.record.data };
  if (!data.happened && HAPPENED.has(stage)) data.happened = stage;
  return storage.save(name, { ...loaded.record, v: 3, data }).ok;
}

/** Save an interview's application facts under its id; an application already there keeps its own. */
function saveApplication(id, facts) {
  const name = `application:${id}`;
  const there = storage.load(name, APPLICATION_SCHEMA);
  const data = there.status === "ok" ? { ...facts, ...there.record.data } : facts;
  return storage.save(name, { v: APPLICATION_SCHEMA, savedAt: new Date().toISOString(), data });
}

/**
 * Upgrade every saved interview older than this version of the site. Safe to call on every
 * page load (it does nothing once done) and after an import.
 * @returns {{upgraded: number, failed: number}} how many were brought up to date, and how
 *   many could not be saved (a full quota: they stay as they were, still readable)
 */
export function migrateStorage() {
  let upgraded = 0;
  let failed = 0;
  for (const name of storage.listNames()) {
    const match = /^interview:([0-9a-f]{4,32})$/.exec(name);
    if (!match) continue;
    const loaded = storage.load(name, SCHEMA);
    if (loaded.status !== "ok" || loaded.record.v >= SCHEMA) continue;
    let data = loaded.record.data;
    if (loaded.record.v < 2) {
      const upgrade = upgradeInterview(match[1], data);
      if (upgrade.linkedin && !storage.save(`worksheet:linkedin:${match[1]}`, upgrade.linkedin).ok) {
        failed += 1;
        continue;
      }
      data = upgrade.data;
    }
    const split = data.application ? { application: null, data } : splitApplication(match[1], data);
    if ((split.application && !saveApplication(match[1], split.application).ok) || !keepWhatHappened(match[1], data.stage)) {
      failed += 1; // the interview stays as it was, whole and readable
      continue;
    }
    const result = storage.save(name, { ...loaded.record, v: SCHEMA, data: split.data });
    if (result.ok) upgraded += 1;
    else failed += 1;
  }
  return { upgraded, failed };
}
