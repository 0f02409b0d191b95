/**
 * Dates as the person's own calendar has them. Python is given the browser's local date,
 * never UTC, so "today" in a deadline is the reader's today.
 */

/**
 * @param {Date} [date] defaults to now
 * @returns {string} the local date as YYYY-MM-DD
 */
export function localDate(date = new Date()) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}
