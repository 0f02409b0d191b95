/**
 * Delete everything this site saved in this browser, behind a confirmation (Escape or No
 * closes it), with an undo until the page changes.
 */
import * as storage from "../storage/index.js";
import { contents } from "./file.js";

export class DeleteFlow {
  /**
   * @param {HTMLElement} root the backup panel
   * @param {import("./result.js").ResultLine} result
   * @param {() => void} onChange called after a deletion changed what is saved
   */
  constructor(root, result, onChange) {
    const find = (name) => root.querySelector(`[data-ati-backup="${name}"]`);
    this.deleteButton = find("delete");
    this.yes = find("confirm-yes");
    this.no = find("confirm-no");
    this.confirm = root.querySelector("[data-ati-backup-confirm]");
    this.confirmText = root.querySelector("[data-ati-backup-confirm-text]");
    this.result = result;
    this.onChange = onChange;
  }

  /** @param {(target: EventTarget, type: string, handler: Function) => void} on adds a listener until the page goes */
  bind(on) {
    const keep = () => {
      this.close();
      this.result.say("Nothing was deleted.");
    };
    on(this.deleteButton, "click", () => (this.confirm.hidden ? this.ask() : this.close()));
    on(this.yes, "click", () => this.deleteAll());
    on(this.no, "click", keep);
    on(this.confirm, "keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      keep();
    });
    this.deleteButton.setAttribute("aria-controls", this.confirm.id);
    this.deleteButton.setAttribute("aria-expanded", "false");
  }

  ask() {
    const names = storage.listNames();
    if (names.length === 0) {
      this.result.say("Nothing is saved by this site in this browser.");
      return;
    }
    this.confirmText.textContent = `Delete everything this site has saved in this browser (${contents(names.map((name) => [name]))})? Every answer and interview goes. You can undo this until you leave this page.`;
    this.confirm.hidden = false;
    this.deleteButton.setAttribute("aria-expanded", "true");
    this.no.focus();
  }

  close(focusDelete = true) {
    this.confirm.hidden = true;
    this.deleteButton.setAttribute("aria-expanded", "false");
    if (focusDelete) this.deleteButton.focus();
  }

  deleteAll() {
    this.close(false);
    const result = storage.replaceAll(new Map());
    this.onChange();
    if (result.ok) {
      const count = contents(result.previous);
      this.result.offerUndo(
        `Deleted ${count}: nothing from this site is saved in this browser now. Reload any other tab with a worksheet open, or it may save its answers again.`,
        result.previous,
        "Undo delete",
        "Deletion undone: everything you had is back.",
      );
      return;
    }
    this.result.reportFailure(result, "Nothing was deleted", result.previous);
  }
}
