/**
 * Two helpers for building parts of the page from code: an element with a class and text,
 * and a button that runs an action. Text is always set with textContent, never parsed as
 * markup, whatever the person typed into it.
 */

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A `type="button"` button (never submits its form).
 * @param {string} label
 * @param {(event: Event) => void} [action] run on click
 * @param {string} [className]
 * @returns {HTMLButtonElement}
 */
export function button(label, action, className = "md-button") {
  const node = el("button", className, label);
  node.type = "button";
  if (action) node.addEventListener("click", action);
  return node;
}
