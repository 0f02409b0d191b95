/**
 * Small helpers for the page: an element with a class and text, a button that runs an action
 * (text is always set with textContent, never parsed as markup, whatever the person typed
 * into it), and the link a plain click follows in this tab.
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

/**
 * The link a click follows in this tab, as a plain left click with no modifier key: the one
 * test for "this click navigates here" (jump.js, offline.js).
 * @param {MouseEvent} event
 * @param {string} [selector] which links count
 * @returns {{link: HTMLAnchorElement, url: URL}|null}
 */
export function linkClicked(event, selector = "a[href]") {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest(selector) : null;
  if (!link || (link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  return { link, url: new URL(link.href, location.href) };
}
