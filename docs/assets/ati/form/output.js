/**
 * The output of one worksheet: shows what Python wrote (output/index.js draws the blocks), keeps
 * the person's own versions of drafts (a LinkedIn note), and says when the answers changed
 * since the output was written. Its state is saved with the worksheet's answers
 * (form/autosave.js) and restored from them.
 */
import { renderOutput } from "../output/index.js";
import { collect } from "./values.js";
import { scrollBehavior } from "./status.js";

/** @returns {Record<string, string>} the saved edits that are usable */
function usableEdits(edits) {
  if (!edits || typeof edits !== "object" || Array.isArray(edits)) return {};
  return Object.fromEntries(Object.entries(edits).filter(([, text]) => typeof text === "string"));
}

export class OutputView {
  /**
   * @param {HTMLElement} container the worksheet's `[data-ati-output]`
   * @param {HTMLFormElement} form
   * @param {string} prefix unique id prefix (the worksheet's element id)
   * @param {() => void} onEdit called when the person edits a draft, or the output is written
   *   again (to save it)
   * @param {(data: object) => Promise<object|null>} [rewrite] the worksheet run again on `data`
   *   at this moment (null when Python is not ready: the output stays as it is)
   */
  constructor(container, form, prefix, onEdit, rewrite = async () => null) {
    this.container = container;
    this.form = form;
    this.prefix = prefix;
    this.onEdit = onEdit;
    this.rewrite = rewrite;
    this.output = null; // the last output, as Python returned it
    this.writtenFor = ""; // the answers it was written for, as JSON
    this.edits = {}; // drafts the person edited, by key
  }

  /** @returns {{output: object|null, outputFor: string, edits: Record<string, string>}} what to save */
  saved() {
    return { output: this.output, outputFor: this.writtenFor, edits: this.edits };
  }

  /** Show a saved record's output (null: none), and whether the answers changed since. */
  restore(record) {
    this.output = (record && record.output) || null;
    this.writtenFor = (record && record.outputFor) || "";
    this.edits = usableEdits(record && record.edits);
    this.container.replaceChildren();
    if (this.output) this.show(this.output);
    this.markStale();
  }

  /** New output from Python, written for `data`. */
  written(output, data) {
    this.output = output;
    this.writtenFor = JSON.stringify(data);
    this.show(output);
    this.markStale(); // clears the "changed since" state left by an earlier result
  }

  show(output) {
    renderOutput(this.container, output, this.prefix, {
      edits: this.edits,
      onEdit: (key, text) => {
        if (text === null) delete this.edits[key];
        else this.edits[key] = text;
        this.onEdit();
      },
      fresh: async (nth) => (await this.fresh()).blocks.filter((block) => block.type === "message")[nth] || null,
    });
  }

  /**
   * The output as written at this moment, for the answers it was written for: a message says
   * "today" on the day and "yesterday" the next (worksheets.sheets.thank_you), so the page
   * writes it again when a message is copied, shared or opened. When the words changed, the
   * output is drawn anew (focus stays on the same button of the same card) and saved, so what
   * is on screen is what was copied.
   * @returns {Promise<object>} the output to use now
   */
  async fresh() {
    const current = this.output;
    if (!current || !this.writtenFor) return current;
    let result = null;
    try {
      result = await this.rewrite(JSON.parse(this.writtenFor));
    } catch {
      result = null;
    }
    if (!result || !result.ok || !result.output || this.output !== current) return this.output;
    if (JSON.stringify(result.output) === JSON.stringify(current)) return current;
    const focused = document.activeElement;
    const card = focused && this.container.contains(focused) ? focused.closest("article")?.getAttribute("aria-labelledby") : null;
    const action = focused?.dataset?.atiAction;
    this.output = result.output;
    this.show(result.output);
    this.markStale();
    if (card && action) document.getElementById(card)?.closest("article")?.querySelector(`[data-ati-action="${action}"]`)?.focus();
    this.onEdit(); // saved with the answers, as written now
    return this.output;
  }

  /** Dim the output, with a note, while the answers differ from the ones it was written for. */
  markStale() {
    if (!this.output) return;
    const stale = JSON.stringify(collect(this.form)) !== this.writtenFor;
    this.container.classList.toggle("ati-stale", stale);
    let note = this.container.querySelector(".ati-stale-note");
    if (stale && !note) {
      note = document.createElement("p");
      note.className = "ati-stale-note ati-no-print";
      const label = this.form.querySelector('button[type="submit"]').textContent;
      note.textContent = `You have changed your answers since this was written. Press “${label}” to update it.`;
      this.container.prepend(note);
    } else if (!stale && note) {
      note.remove();
    }
  }

  /** Move focus to the output (after it was written) and bring its start into view. */
  reveal() {
    this.container.setAttribute("tabindex", "-1");
    this.container.focus({ preventScroll: true });
    this.container.scrollIntoView({ block: "start", behavior: scrollBehavior() });
  }
}
