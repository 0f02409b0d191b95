/**
 * Links within the page: "Skip to the worksheet", "Go to the worksheet", a heading's anchor,
 * a link in a list of things to fix. Following one moves the view and the keyboard's focus to
 * where it leads, so Tab goes on from there and a screen reader reads from there.
 *
 * Why this is done here and not left to the theme: the theme's instant navigation takes every
 * link on the site over, in-page ones included, and the first navigation it handles on a page
 * that was opened directly fetches that same page again and swaps its content in. Focus is
 * then dropped, and whatever the person was doing in a worksheet is rebuilt under their hands
 * (a press of a button can fall between the old form and the new). So links in the page's
 * content and its skip links are followed here, and the theme never sees them. They replace
 * the address rather than add to the history: going Back to another place on the same page
 * would reach the theme first (its listener is older than any of ours) and rebuild the page.
 * Links in the theme's own parts (contents, search, menu) are left to it.
 */

import { linkClicked } from "../utilities/dom.js";

const OURS = ".md-content a[href], a.md-skip[href]";

/** @returns {{link: HTMLAnchorElement, id: string}|null} the in-page link of ours a click follows, and where to */
function anchorOf(event) {
  const clicked = linkClicked(event, OURS);
  if (!clicked) return null;
  const { link, url } = clicked;
  if (!url.hash || url.origin !== location.origin || url.pathname + url.search !== location.pathname + location.search) return null;
  return { link, id: decodeURIComponent(url.hash.slice(1)) };
}

/** Move the view to `target` and focus to it (or, if it takes no focus, Tab on from it). */
function land(target) {
  target.scrollIntoView({ block: "start" }); // below the theme's header: headings have a scroll margin
  focusOn(target);
}

/** Focus to `target`, where the view is (one that takes no focus holds it while it has it). */
function focusOn(target) {
  if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) {
    target.setAttribute("tabindex", "-1"); // for as long as it has focus
    target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
  }
  target.focus({ preventScroll: true });
}

/** Follow a link to `id` on this page: address, view, focus. */
function follow(id) {
  const target = document.getElementById(id);
  const oldURL = location.href;
  // No saved scroll position with it: Zensical's theme keeps one there, and on the anchor's
  // news it would scroll back to where the page was (Material keeps none for this entry).
  history.replaceState(null, "", `#${encodeURIComponent(id)}`);
  // What listens for the anchor (a folded section, the theme's tabs and details) opens first.
  window.dispatchEvent(new HashChangeEvent("hashchange", { oldURL, newURL: location.href }));
  if (target) land(target);
}

/**
 * A page opened at one of its anchors from another page (the dashboard's "Back up now", say):
 * the view goes there (the theme's instant navigation sometimes leaves it where the last page
 * was), and so does the keyboard's focus, so Tab goes on from there and a screen reader reads
 * from there, not from the top of the page.
 */
export function focusArrival() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target || !target.closest(".md-content") || target.contains(document.activeElement)) return;
  const { top } = target.getBoundingClientRect();
  if (top < 0 || top > innerHeight / 2) land(target);
  else focusOn(target);
}

/**
 * Listen on the whole document, once (the theme swaps page content, not the document).
 * @returns {() => void} stop listening
 */
export function bindJumps() {
  const onClick = (event) => {
    const found = anchorOf(event);
    if (!found) return;
    const { link, id } = found;
    // Last on the link itself, so the link's own code (if any) runs first and may handle it.
    const after = (later) => {
      link.removeEventListener("click", after);
      if (later !== event) return; // this one never reached the link: nothing to do
      event.stopPropagation(); // the theme never sees it
      if (event.defaultPrevented) return;
      event.preventDefault();
      follow(id);
    };
    link.addEventListener("click", after);
  };
  document.addEventListener("click", onClick, true);
  return () => document.removeEventListener("click", onClick, true);
}
