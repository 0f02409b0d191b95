/**
 * The user's own details (name, email, phone, country, English): typed once, shared by every
 * interview. Until the person chooses their country and English, the browser's guess stands in
 * for them (utilities/locale.js), shown in every form but never saved as theirs.
 */
import * as storage from "./index.js";
import { guesses } from "../utilities/locale.js";

/** The profile's version: the interview record's first two (worksheets/stored/shapes.py). */
const SCHEMA = 2;

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

