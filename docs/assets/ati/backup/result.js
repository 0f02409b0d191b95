/**
 * The backup panel's result lines: what an action did, said under the part where it was pressed
 * (export, import, delete each have a line), with the buttons that go with it. An import or a
 * deletion can be undone until the page changes; a replace that failed says whether the data
 * from before is back and, when it is not, offers it as a file.
 */
import * as storage from "../storage/index.js";
import { saveFile } from "../output/files.js";
import { localDate } from "../utilities/dates.js";
import { button } from "../utilities/dom.js";
import { backupJson } from "./export.js";

export const UNCHANGED = "Your saved answers have not changed.";
export const OTHER_TABS = "Worksheets open in other tabs show the change after you reload them.";

/** Every part's line: `at(part)` is the one an action of that part speaks through. */
export class ResultLines {
  /**
   * @param {HTMLElement} root the panel, holding one `[data-ati-backup-result="<part>"]` per part
   *   (focused to be read out), each with its `-status` text and `-actions` buttons
   * @param {() => void} onChange called after an undo changed what is saved
   */
  constructor(root, onChange) {
    this.lines = new Map();
    for (const box of root.querySelectorAll("[data-ati-backup-result]")) {
      const line = new ResultLine(box, this, onChange);
      this.lines.set(box.dataset.atiBackupResult, line);
    }
  }

  /** @param {"export"|"import"|"delete"} part @returns {ResultLine} */
  at(part) {
    return this.lines.get(part);
  }

  /** An offer made in one part (an Undo) ends the others': only the last change can be undone. */
  offered(line) {
    for (const other of this.lines.values()) if (other !== line) other.say("", { actions: [] });
  }

  /** Drop the buttons, and the data an Undo would put back (the page is going). */
  clear() {
    for (const line of this.lines.values()) line.clear();
  }
}

export class ResultLine {
  /**
   * @param {HTMLElement} box the part's `[data-ati-backup-result]` @param {ResultLines} lines all of them
   * @param {() => void} onChange called after an undo changed what is saved
   */
  constructor(box, lines, onChange) {
    this.box = box;
    this.status = box.querySelector("[data-ati-backup-status]");
    this.actions = box.querySelector("[data-ati-backup-actions]");
    this.lines = lines;
    this.onChange = onChange;
  }

  /**
   * Show a result. `actions` replace the buttons offered next to it (Undo, Download), and end any
   * other part's; without them, the buttons already offered stay, so a later message doesn't take
   * an Undo away.
   * @param {string} text
   * @param {{focus?: boolean, actions?: {label: string, action: () => void}[]|null}} [options]
   */
  say(text, { focus = false, actions = null } = {}) {
    this.status.textContent = text;
    if (actions) {
      this.actions.replaceChildren(...actions.map(({ label, action }) => button(label, action)));
      if (actions.length) this.lines.offered(this);
    }
    if (focus) this.box.focus();
  }

  /** Drop the buttons, and the data an Undo would put back. */
  clear() {
    this.actions.replaceChildren();
  }

  /**
   * Say what was done, with a button that puts `previous` back.
   * @param {string} text @param {Map<string, string>} previous what was saved before
   * @param {string} label the button's @param {string} doneText said once it is undone
   */
  offerUndo(text, previous, label, doneText) {
    const undo = () => {
      const result = storage.replaceAll(previous);
      this.onChange();
      if (result.ok) this.say(`${doneText} ${OTHER_TABS}`, { focus: true, actions: [] });
      else this.reportFailure(result, "That could not be undone", previous);
    };
    this.say(text, { focus: true, actions: [{ label, action: undo }] });
  }

  /**
   * A replace that failed: `result.restored` tells whether what was saved before is back.
   * @param {{reason?: string, message?: string, restored?: boolean}} result from storage.replaceAll
   * @param {string} what "Nothing was imported"
   * @param {Map<string, string>} keep the data to offer as a file when it is not back
   */
  reportFailure(result, what, keep) {
    const why = result.reason === "quota" ? "this browser's storage for the site is full" : `saving failed (${result.message})`;
    if (result.restored) {
      this.say(`${what}: ${why}. ${UNCHANGED}`, { focus: true });
      return;
    }
    // Not everything could be put back: the data is still in this page, so hand it over as a file.
    const download = () => {
      const exportedAt = new Date().toISOString();
      saveFile(`after-the-interview-backup-${localDate(new Date())}-kept.json`, "application/json", backupJson(keep, exportedAt));
    };
    this.say(`${what}: ${why}, and not everything could be put back. Download the data now to keep it safe, then import it later.`, {
      focus: true,
      actions: [{ label: "Download the data", action: download }],
    });
  }
}
