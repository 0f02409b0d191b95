/**
 * Your interviews, drawn while the page is still loading. main.js runs only once the whole page
 * is parsed and the theme's script has run (half a second and more into a visit on a slow
 * phone); this module is started from the page's head (an async module the build adds,
 * build/pages/early.py), so each interview's next action, as the last visit worked it out, is on
 * screen as soon as the parser has passed the panel. It first brings what an older version of
 * the site saved up to date, as main.js would, then binds the panel; main.js adopts the binding
 * (page/early.js). If anything here fails, main.js binds the panel as it always did.
 */
import { migrateStorage } from "../storage/migrate.js";
import { bindEarly } from "../page/early.js";
import { bindPanel } from "./index.js";

const PANEL = '[data-panel][data-module="dashboard/index.js"]';

/** Whether the parser has passed the end of `node`: something follows it or an ancestor. */
function passed(node) {
  for (let at = node; at; at = at.parentNode) if (at.nextSibling) return true;
  return document.readyState !== "loading";
}

/** Bind the panel if it is complete and main.js has not bound it; whether it is done with. */
function bindWhenParsed() {
  const root = document.querySelector(PANEL);
  if (!root || !passed(root)) return document.readyState !== "loading";
  if (root.dataset.atiBound) return true;
  try {
    migrateStorage(); // main.js does it again, finding nothing left to do
    bindEarly(root, bindPanel);
  } catch (error) {
    console.warn("Your interviews will be drawn with the rest of the page:", error);
    delete root.dataset.atiBound;
  }
  return true;
}

if (!bindWhenParsed()) {
  const watch = new MutationObserver(() => {
    if (bindWhenParsed()) watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => watch.disconnect(), { once: true });
}
