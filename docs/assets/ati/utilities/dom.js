/**
 * Small helpers for the page: an element with a class and text, a button that runs an action
 * (text is always set with textContent, never parsed as markup, whatever the person typed
 * into it), the link a plain click follows in this tab, and a mark that a part of the page
 * is waiting for something (a save, Python's answer), so tests wait for the state, not a time.
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
 * test for "this click navigates here" (page/jump.js, page/offline.js).
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

const waits = new WeakMap();

/**
 * Mark `element` as waiting for `what` (`data-ati-waits-save`, `data-ati-waits-python`) until
 * the returned function is called; several waits of one kind overlap, and the mark goes when
 * the last ends. Nothing reads it on the page: it says the state to whoever watches (tests).
 * @param {HTMLElement} element @param {string} what
 * @returns {() => void} call when the wait is over (again: nothing)
 */
export function waitingFor(element, what) {
  const counts = waits.get(element) || new Map();
  waits.set(element, counts);
  counts.set(what, (counts.get(what) || 0) + 1);
  element.setAttribute(`data-ati-waits-${what}`, "");
  let over = false;
  return () => {
    if (over) return;
    over = true;
    const left = counts.get(what) - 1;
    counts.set(what, left);
    if (!left) element.removeAttribute(`data-ati-waits-${what}`);
  };
}
