/**
 * A live character counter for a text box with a limit (LinkedIn connection notes), counting
 * exactly as worksheets.sheets.linkedin.linkedin_length does in Python: UTF-16 code units (an emoji
 * may be two), a line break as two (it can travel as CR LF), and the larger of that count
 * before and after NFC normalisation. It never counts fewer characters than LinkedIn might.
 */
import { CalmAnnouncer } from "../utilities/announce.js";

/**
 * @param {string} text
 * @returns {number} the conservative LinkedIn length of `text`
 */
export function linkedinLength(text) {
  const units = (s) => s.length + (s.match(/\n/g) || []).length;
  const plain = String(text).replace(/\r\n/g, "\n");
  return Math.max(units(plain), units(plain.normalize("NFC")));
}

/**
 * The counter's words: "183 of 200 characters", or how many too many.
 * @param {number} count
 * @param {number} limit
 * @returns {string}
 */
export function counterText(count, limit) {
  const over = count - limit;
  if (over <= 0) return `${count} of ${limit} characters`;
  return `${count} of ${limit} characters: ${over} too many. LinkedIn will not send a note over the limit, so shorten it.`;
}

/**
 * Keep `status` (the counter under the box) counting `area` against `limit`; over the limit it
 * says so in words, is styled as a warning, and marks the box aria-invalid. The counter changes
 * on every keystroke, so it is not a live region itself: screen readers hear the count once the
 * typing pauses (utilities/announce.js).
 * @param {HTMLTextAreaElement} area
 * @param {HTMLElement} status
 * @param {number} limit
 * @returns {() => boolean} recount now (after setting the value by script); true when it fits
 */
export function bindCounter(area, status, limit) {
  const announcer = new CalmAnnouncer(status);
  const update = (event) => {
    const count = linkedinLength(area.value);
    const over = count > limit;
    const text = counterText(count, limit);
    if (status.textContent !== text) status.textContent = text;
    status.classList.toggle("ati-counter--over", over);
    if (over) area.setAttribute("aria-invalid", "true");
    else area.removeAttribute("aria-invalid");
    if (event) announcer.say(text);
    return !over;
  };
  area.addEventListener("input", update);
  update();
  return () => update(null);
}
