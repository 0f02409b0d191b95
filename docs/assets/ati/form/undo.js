/**
 * The offer to undo a clearing, a removal or a change the button made to the interview (its
 * stage), shown where it happened (under the Clear button, where the removed entry was, under
 * the button), with focus on its Undo button unless focus belongs elsewhere; after Undo, focus
 * goes back to what was put back. One offer per worksheet: a new one replaces the old.
 */
import { button, el } from "../utilities/dom.js";

export class UndoOffer {
  /** @param {string} prefix unique id prefix (the worksheet's element id) */
  constructor(prefix) {
    this.id = `${prefix}-undo`;
    this.node = null;
  }

  /**
   * Say what just went, next to `place`, with an Undo button that gets focus.
   * @param {string} text e.g. "Interviewer 2 removed."
   * @param {Element} place the offer goes right after this element
   * @param {() => HTMLElement|null} undo puts things back; returns what should get focus then
   * @param {boolean} [focus] move focus to Undo (not when focus belongs elsewhere: new output)
   */
  offer(text, place, undo, focus = true) {
    this.withdraw();
    const node = el("p", "ati-undo ati-no-print");
    const words = el("span", "", text);
    words.id = `${this.id}-text`;
    const again = button("Undo", () => {
      const target = undo();
      this.withdraw();
      if (target) target.focus();
    });
    again.setAttribute("aria-describedby", words.id);
    node.append(words, " ", again);
    place.after(node);
    this.node = node;
    if (focus) again.focus();
  }

  /** Take the offer away, if one is shown. */
  withdraw() {
    if (this.node) this.node.remove();
    this.node = null;
  }
}
