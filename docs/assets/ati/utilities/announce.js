/**
 * Words for screen readers that wait for the typing to pause: a polite live region, visually
 * hidden (the same words are on screen already), that speaks the last thing it was given once
 * nothing new has come for a moment. A counter or a note that changes on every keystroke then
 * speaks once, not forty times.
 */
import { el } from "./dom.js";

/** How long the typing must pause before the words are spoken. */
const PAUSE_MS = 900;

export class CalmAnnouncer {
  /** @param {Element} place the live region goes right after this element (now, or once it is in the page) */
  constructor(place) {
    this.place = place;
    this.region = el("span", "ati-sr-only");
    this.region.setAttribute("role", "status");
    this.region.setAttribute("data-ati-calm", "");
    this.timer = 0;
    this.attach();
    if (!this.region.parentNode) queueMicrotask(() => this.attach()); // `place` is being built: once it is placed
  }

  /** Put the (empty) region in the page, before it ever speaks: a region must be there first to be heard. */
  attach() {
    if (!this.region.isConnected && this.place.parentNode) this.place.after(this.region);
  }

  /** Speak `text` once the typing pauses (a later call replaces it); nothing when it was just said. */
  say(text) {
    this.attach();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.region.textContent !== text) this.region.textContent = text;
    }, PAUSE_MS);
  }

  /** Forget what was waiting to be said (the person is typing again, or the page is going). */
  hush() {
    clearTimeout(this.timer);
  }
}
