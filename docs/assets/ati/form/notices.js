/**
 * The banner at the top of a worksheet: what needs the person's attention (storage full,
 * saved answers that could not be read, saving switched off), each with its buttons. One
 * message per kind: a new one replaces the old. (The offer to undo a clearing or a removal is
 * shown where it happened: form/undo.js.)
 */
import { button } from "../utilities/dom.js";

export class Notices {
  /** @param {HTMLElement} banner the worksheet's `[data-ati-banner]` */
  constructor(banner) {
    this.banner = banner;
    this.messages = new Map(); // kind -> {text, actions}, shown in the order they came
  }

  /**
   * Show a message of this kind (replacing the one before), with buttons.
   * @param {string} kind e.g. "quota", "corrupt", "error"
   * @param {string} text
   * @param {...{label: string, action: () => void}} actions
   */
  show(kind, text, ...actions) {
    this.messages.set(kind, { text, actions });
    this.render();
  }

  /** Take the message of this kind away, if it is shown. */
  clear(kind) {
    if (this.messages.delete(kind)) this.render();
  }

  render() {
    const nodes = [];
    for (const { text, actions } of this.messages.values()) {
      const p = document.createElement("p");
      p.textContent = text;
      for (const { label, action } of actions) p.append(" ", button(label, action));
      nodes.push(p);
    }
    this.banner.replaceChildren(...nodes);
    this.banner.hidden = nodes.length === 0;
  }
}
