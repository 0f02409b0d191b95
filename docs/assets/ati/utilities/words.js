/**
 * Wording shared by the panels: a count with its noun ("1 item", "3 items").
 */

/**
 * @param {number} count
 * @param {string} one the noun for one
 * @param {string} [many] the noun for several (default: one + "s")
 * @returns {string}
 */
export function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
