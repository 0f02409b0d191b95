/**
 * A worksheet's status line, under its button: how far the worksheet has got while it loads,
 * then what the last press of the button did and what happens next. The spinner beside it
 * shows while something is on its way. A press before the worksheet is ready is remembered,
 * so the loading progress then says that the results will follow by themselves.
 */
import * as python from "../python/runtime.js";

/** @returns {ScrollBehavior} smooth, unless the person asked for less motion */
export function scrollBehavior() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/** Bring `node` into view when it is not (partly) on screen: it says what a press did. */
function showOnScreen(node) {
  const box = node.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  node.scrollIntoView({ block: "nearest", behavior: scrollBehavior() });
}

export class StatusLine {
  /**
   * @param {HTMLElement} text the `[data-ati-status-text]` line
   * @param {HTMLElement} progress the `[data-ati-progress]` spinner
   * @param {HTMLElement|null} [button] the worksheet's main button, named when the worksheet is ready
   */
  constructor(text, progress, button = null) {
    this.text = text;
    this.progress = progress;
    this.button = button;
    this.waiting = false; // the button was pressed before the worksheet was ready
    this.slow = false;
  }

  /** @returns {string} the button's words, as the person sees them */
  label() {
    return this.button ? this.button.textContent.trim() : "";
  }

  /** @returns {string} what "ready" means here: the button can do its work at once */
  readyText() {
    const label = this.label();
    return label ? `Ready: press “${label}” when your answers are in.` : "Ready: the worksheet can write your results now.";
  }

  /** @param {string} text @param {boolean} [busy] whether to show the spinner */
  set(text, busy = false) {
    if (this.text.textContent !== text) this.text.textContent = text;
    this.progress.hidden = !busy;
  }

  /** The button was pressed while the worksheet loads: say that the results will follow, and where. */
  waitForPython() {
    this.waiting = true;
    this.loading(python.status().progress);
    showOnScreen(this.text.parentElement);
  }

  /** The press has been answered (results, errors or a failure): the line says so next. */
  answered() {
    this.waiting = false;
  }

  /** Say how loading is going: `progress` is the last {step, of, text} from the worker, if any. */
  loading(progress) {
    const where = progress ? ` (step ${progress.step} of ${progress.of}: ${progress.text})` : "";
    if (this.waiting) {
      const slowly = this.slow ? " It is taking longer than usual on this connection." : "";
      this.set(`Your results will appear below as soon as the worksheet has loaded${where}.${slowly} There is nothing else to press.`, true);
    } else if (this.slow) {
      this.set(`The worksheet is taking longer than usual to load${where}. Everything you type is saved: keep going, and press “${this.label()}” when you are done.`, true);
    } else {
      this.set(`Loading the worksheet${where}. You can start typing now.`, true);
    }
  }

  /**
   * Say how the worksheet's start is going, now and as it changes, and when it is slow.
   * @returns {() => void} stop following
   */
  followPython() {
    const show = (event) => {
      if (event.type === "progress") this.loading(event);
      if (event.type === "ready") this.set(this.waiting ? "Writing your results…" : this.readyText(), this.waiting);
      if (event.type === "failed")
        this.set(`The worksheet could not start in this browser (${event.message}). Everything you typed is saved; try reloading the page.`);
    };
    const unsubscribe = python.subscribe(show);
    const { state, failure, progress } = python.status();
    if (state === "ready") this.set(this.readyText());
    else if (state === "failed") show({ type: "failed", message: failure });
    else this.loading(progress);
    const slow = setTimeout(() => {
      if (python.status().state !== "loading") return;
      this.slow = true;
      this.loading(python.status().progress);
    }, python.SLOW_AFTER_MS);
    return () => {
      unsubscribe();
      clearTimeout(slow);
    };
  }
}
