/**
 * Entry point, loaded on every page. Binds the worksheets on the current page, and only
 * there starts Python (if python/boot.js has not already); loads and binds the panels the page has;
 * folds the sections of guidance the page marks to fold on phones.
 * Material's instant navigation swaps pages without reloading this module, so Python started
 * once keeps running for the whole visit. Also starts offline use (page/offline.js), once per tab,
 * and makes links within a page move focus with the view (page/jump.js).
 */
import { bindWorksheet } from "./form/index.js";
import { bindFold } from "./page/fold.js";
import { bindJumps, focusArrival } from "./page/jump.js";
import { bindChecklist } from "./page/checklist.js";
import { migrateStorage } from "./storage/migrate.js";
import { startOffline } from "./page/offline.js";
import * as python from "./python/runtime.js";
import { takeEarly } from "./page/early.js";

/**
 * A panel (the list of interviews, the reflection log, the backup panel), bound by the module
 * it names (`data-module`, written by the build with the panel), loaded only on a page that
 * has it: the other pages neither fetch nor compile it. The build preloads it where needed.
 * @returns {() => void} its cleanup, which also stops a binding still waiting for the module
 */
function bindPanel(root) {
  const name = root.dataset.module || "";
  let cleanup = null;
  let dropped = false;
  if (/^[a-z-]+\/[a-z-]+\.js$/.test(name)) { // a folder of this one, and a module in it
    import(`./${name}`).then(
      (module) => {
        if (!dropped && root.isConnected) cleanup = module.bindPanel(root);
      },
      (error) => console.error(`${name} could not be loaded`, error),
    );
  }
  return () => {
    dropped = true;
    if (cleanup) cleanup();
  };
}

/** What to bind, by the block the build rendered: each binder returns its cleanup. */
const BINDERS = [
  [".ati-worksheet[data-worksheet]", bindWorksheet],
  ["[data-panel][data-module]", bindPanel],
  ["[data-ati-checklist]", bindChecklist],
  [".md-typeset .guide-fold", bindFold],
];

let unbind = [];

try {
  migrateStorage(); // before any part of the page reads what an older version of the site saved
} catch (error) {
  console.error("saved answers could not be brought up to date", error); // they stay as they were, readable
}

function onPage() {
  for (const cleanup of unbind.splice(0)) cleanup();
  for (const [selector, bind] of BINDERS) {
    for (const root of document.querySelectorAll(selector)) {
      if (root.dataset.atiBound) {
        const early = takeEarly(root); // bound from the page's head (dashboard/early.js)
        if (early) unbind.push(early);
        continue;
      }
      root.dataset.atiBound = "1";
      unbind.push(bind(root));
    }
  }
  focusArrival(); // a page opened at an anchor: the keyboard starts there
}

// Python first, before the theme and the forms are set up: it takes longest.
const sheets = document.querySelectorAll(".ati-worksheet[data-worksheet]");
if (sheets.length) python.start(python.needs(...sheets));

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(onPage); // fires on first load and after every instant navigation
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", onPage);
} else {
  onPage();
}

bindJumps(); // once: the listener is on the document, which instant navigation keeps
startOffline();
