/**
 * Offline use: registers the service worker (../../sw.js, scoped to the site's own path) a few
 * seconds after Python has started on a worksheet page, so the copy it makes comes mostly from
 * what the page has just downloaded, never slows the first answers, and pages without a
 * worksheet never download Python.
 *
 * When a new version of the site is ready, the page says so and takes it at the next page
 * opened (the click becomes a full page load, which the service worker answers with the new
 * version), or at once with the notice's button: never in the middle of typing.
 * Pages built without the `ati-offline` switch (`mkdocs serve`, or `offline: false` in
 * mkdocs.yml) remove a service worker left from an earlier build instead.
 */
import { button, el, linkClicked } from "../utilities/dom.js";
import { whenReady } from "../python/runtime.js";

const SITE = new URL("../../../", import.meta.url);
const WORKER = new URL("sw.js", SITE);

const QUIET_MS = 3000;

let pending = false; // a newer version is waiting, or took over from another tab
let notice = null; // a status region, in the page from the start so that screen readers announce what it says

function prepareNotice() {
  notice = el("div", "ati-update ati-no-print");
  notice.setAttribute("role", "status");
  notice.hidden = true;
  document.body.append(notice); // outside the part of the page the theme swaps
}

function showNotice() {
  if (!notice || !notice.hidden) return;
  notice.hidden = false;
  notice.append(
    el("p", "", "A new version of this site is ready. It opens with the next page you visit; what you typed is kept."),
    button("Open it now", () => location.reload()),
  );
}

function updateReady() {
  pending = true;
  showNotice();
}

/** While a new version waits, a link to another page of the site loads that page in full. */
function takeUpdateOnNavigation() {
  document.addEventListener(
    "click",
    (event) => {
      if (!pending || event.defaultPrevented) return;
      const clicked = linkClicked(event);
      if (!clicked) return;
      const { url } = clicked;
      if (url.origin !== location.origin || !url.pathname.startsWith(SITE.pathname)) return;
      if (url.pathname === location.pathname && url.search === location.search) return; // same page
      event.preventDefault();
      event.stopPropagation(); // instead of the theme's in-page navigation
      location.assign(url.href);
    },
    true,
  );
  window.addEventListener("popstate", () => {
    if (pending) location.reload();
  });
}

function watch(registration) {
  const waiting = () => registration.waiting && navigator.serviceWorker.controller;
  if (waiting()) updateReady();
  registration.addEventListener("updatefound", () => {
    const next = registration.installing;
    if (!next) return;
    next.addEventListener("statechange", () => {
      if (next.state === "installed" && waiting()) updateReady();
    });
  });
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (controller) updateReady(); // another tab opened the new version: this page is the old one
    controller = navigator.serviceWorker.controller; // (the first copy taking over is no update)
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") registration.update().catch(() => {});
  });
}

/** Resolves once the page has had a few seconds to itself: copying the site takes some of
 * the device's time (a few MB checked and stored), which a first click should not wait for. */
function quiet(ms = QUIET_MS) {
  return new Promise((resolve) => {
    setTimeout(() => ("requestIdleCallback" in window ? requestIdleCallback(() => resolve(), { timeout: ms }) : resolve()), ms);
  });
}

/** Start offline use for this tab (once, from main.js). */
export async function startOffline() {
  if (!("serviceWorker" in navigator)) return;
  const enabled = document.querySelector('meta[name="ati-offline"]') !== null;
  try {
    const found = await navigator.serviceWorker.getRegistration(SITE.href);
    const existing = found && found.scope === SITE.href ? found : null; // not a neighbour's on the same host
    if (!enabled) {
      if (existing) await existing.unregister();
      return;
    }
    prepareNotice();
    takeUpdateOnNavigation();
    if (!existing) {
      await whenReady(); // only after a worksheet page has loaded Python,
      await quiet(); // and not while its first answers are being worked out
    }
    // Update checks go through the HTTP cache (Pages keeps files 10 minutes, then revalidates
    // them for free), so a repeat visit costs no download.
    watch(await navigator.serviceWorker.register(WORKER.href, { scope: SITE.href, updateViaCache: "all" }));
  } catch (error) {
    console.warn("Offline use is not available:", error); // the site works as before, online
  }
}
