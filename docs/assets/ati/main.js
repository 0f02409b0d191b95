/**
 * Entry point, loaded on every page. Binds the worksheets on the current page, and only
 * there starts Python. Material's instant navigation swaps pages without reloading this
 * module, so Python started once keeps running for the whole visit.
 */
import { bindWorksheet } from "./form.js";
import { bindBackup } from "./backup.js";
import { bindDashboard } from "./dashboard.js";

let unbind = [];

function onPage() {
  for (const cleanup of unbind.splice(0)) cleanup();
  for (const root of document.querySelectorAll(".ati-worksheet[data-worksheet]")) {
    if (root.dataset.atiBound) continue;
    root.dataset.atiBound = "1";
    unbind.push(bindWorksheet(root));
  }
  for (const root of document.querySelectorAll('[data-panel="interviews"]')) {
    if (root.dataset.atiBound) continue;
    root.dataset.atiBound = "1";
    unbind.push(bindDashboard(root));
  }
  for (const root of document.querySelectorAll('[data-panel="backup"]')) {
    if (root.dataset.atiBound) continue;
    root.dataset.atiBound = "1";
    unbind.push(bindBackup(root));
  }
}

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(onPage); // fires on first load and after every instant navigation
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", onPage);
} else {
  onPage();
}
