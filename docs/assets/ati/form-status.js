/**
 * A worksheet's status line, next to its button: how far Python has got while it loads, then
 * what the last press of the button did. The spinner beside it shows while something is on
 * its way.
 */
import * as python from "./runtime.js";

export class StatusLine {
  /**
   * @param {HTMLElement} text the `[data-ati-status-text]` line
   * @param {HTMLElement} progress the `[data-ati-progress]` spinner
   * @param {HTMLElement|null} [button] the worksheet's main button, named when Python is ready
   */
  constructor(text, progress, button = null) {
    this.text = text;
    this.progress = progress;
    this.button = button;
  }

  /** @returns {string} what "ready" means here: the button can do its work at once */
  readyText() {
    const label = this.button ? this.button.textContent.trim() : "";
    return label ? `Ready: press “${label}” when your answers are in.` : "Ready.";
  }

  /** @param {string} text @param {boolean} [busy] whether to show the spinner */
  set(text, busy = false) {
    this.text.textContent = text;
    this.progress.hidden = !busy;
  }

  /**
   * Say how Python's start is going, now and as it changes, and when it is slow.
   * @returns {() => void} stop following
   */
  followPython() {
    const show = (event) => {
      if (event.type === "progress") this.set(`${event.text} (step ${event.step} of ${event.of}). You can keep typing.`, true);
      if (event.type === "ready") this.set(this.readyText());
      if (event.type === "failed")
        this.set(`Python could not start in this browser (${event.message}). Everything you typed is saved; try reloading the page.`);
    };
    const unsubscribe = python.subscribe(show);
    const { state, failure, progress } = python.status();
    if (state === "ready") this.set(this.readyText());
    else if (state === "failed") show({ type: "failed", message: failure });
    else if (progress) show({ type: "progress", ...progress });
    else this.set("Loading Python… You can start typing now.", true);
    const slow = setTimeout(() => {
      if (python.status().state === "loading")
        this.set("Python is taking longer than usual to load. Everything you type is saved; you can keep going, and it will be ready shortly.", true);
    }, python.SLOW_AFTER_MS);
    return () => {
      unsubscribe();
      clearTimeout(slow);
    };
  }
}
