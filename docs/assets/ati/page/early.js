/**
 * Panels bound before main.js runs: a panel whose module starts from the page's head (see
 * dashboard/early.js) is bound here, and main.js adopts the binding when it binds the page's
 * others, so instant navigation undoes it with them.
 */

/** The cleanup of each panel bound early, until main.js takes it. */
const bound = new WeakMap();

/**
 * Bind `root` now, with `bind` (a panel module's bindPanel), and mark it bound for main.js.
 * @param {HTMLElement} root @param {(root: HTMLElement) => () => void} bind
 */
export function bindEarly(root, bind) {
  root.dataset.atiBound = "1";
  bound.set(root, bind(root));
}

/**
 * The cleanup of a panel bound early, handed over once (null when it was not).
 * @param {HTMLElement} root @returns {(() => void)|null}
 */
export function takeEarly(root) {
  const cleanup = bound.get(root) || null;
  bound.delete(root);
  return cleanup;
}
