/**
 * Dates as the person's own calendar has them. Python is given the browser's local date
 * and time, never UTC, so "today" and "by 18:00" in a deadline are the reader's own; the
 * Python side has no clock of its own (worksheets.core.context.Context).
 */

/**
 * @param {Date} [date] defaults to now
 * @returns {string} the local date as YYYY-MM-DD
 */
export function localDate(date = new Date()) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/**
 * @param {Date} [date] defaults to now
 * @returns {string} the local wall-clock time as HH:MM
 */
export function localTime(date = new Date()) {
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

/**
 * The context every Python call is made in (worksheets.core.context.Context.from_json).
 * @param {{interview?: string|null, record?: object|null, profile?: object}} [about] the
 *   interview (its id and saved record) and the profile, when the call needs them
 * @param {Date} [date] defaults to now
 * @returns {string} JSON: {today, time, utc, interview, record, profile}
 */
export function contextJson(about = {}, date = new Date()) {
  return JSON.stringify({
    today: localDate(date),
    time: localTime(date),
    utc: date.toISOString(),
    interview: about.interview || "",
    record: about.record || {},
    profile: about.profile || {},
    elsewhere: about.elsewhere || [],
  });
}
