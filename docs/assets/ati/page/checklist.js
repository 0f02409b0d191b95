/**
 * The checklists of the step pages (task lists the build made into check boxes,
 * build/extensions/task_boxes.py): the ticks belong to the interview chosen in the picker and are saved
 * in its record, under "checklist" ({item id: true | false}). Items the worksheets already
 * know (thank-you notes marked as sent, a follow-up sent, a reflection written) are ticked for
 * the person, with a line saying why; their own untick wins and is kept. Without an interview
 * the boxes stay as printed (disabled), and a line says how to choose one.
 */
import * as records from "../storage/records.js";
import * as storage from "../storage/index.js";
import * as python from "../python/runtime.js";
import { contextJson } from "../utilities/dates.js";
import { el, waitingFor } from "../utilities/dom.js";
import { SHEET_SAVED, sheetsFor } from "../storage/sheets.js";

/** The record's key for the ticks (worksheets.sheets.checklist.CHECKLIST). */
const FIELD = "checklist";
const INTERVIEWS = new URL("../../../interviews/", import.meta.url).href;
const REFRESH_MS = 300;

/** The last question asked of Python, and its answer: one per interview and saved state. */
let asked = { key: "", known: Promise.resolve({}) };

/**
 * The items the worksheets tick for this interview, by id, with why (asked of Python, once
 * per change of what is saved; nothing while Python is not running or has failed).
 * @param {string} id @param {object} record
 * @returns {Promise<Record<string, string>>}
 */
function knownFor(id, record) {
  const sheets = sheetsFor([id])[id];
  const key = JSON.stringify([id, record, sheets]);
  if (asked.key !== key) {
    const known = python
      .call("checklist", [contextJson({ interview: id, record, profile: records.profile() }), JSON.stringify(sheets)])
      .then((text) => {
        const reply = JSON.parse(text);
        return reply.ok && reply.known && typeof reply.known === "object" ? reply.known : {};
      })
      .catch(() => ({}));
    asked = { key, known };
  }
  return asked.known;
}

/** @param {object|null} record @returns {Record<string, boolean>} the person's own ticks */
function ownTicks(record) {
  const saved = record && record[FIELD];
  if (!saved || typeof saved !== "object" || Array.isArray(saved)) return {};
  return Object.fromEntries(Object.entries(saved).filter(([, value]) => typeof value === "boolean"));
}

class Checklist {
  constructor(root) {
    this.root = root;
    this.items = Array.from(root.querySelectorAll("li[data-ati-task]")).map((li) => ({
      li,
      key: li.dataset.atiTask,
      box: li.querySelector("input.ati-task-box"),
    })).filter((item) => item.box);
    this.note = el("p", "ati-checklist-note");
    this.note.id = `${this.items[0]?.box.id || "ati-task"}-list-note`;
    root.before(this.note);
    this.cleanups = [];
    this.timer = 0;
    this.interviewId = null;
  }

  /** Say whose ticks these are, or how to get some. */
  say(record) {
    this.note.classList.toggle("ati-no-print", !record);
    if (record) {
      this.note.replaceChildren(`Your ticks for “${records.title(record)}”, saved with that interview in this browser.`);
      return;
    }
    const picker = document.querySelector("[data-ati-picker]");
    if (picker) {
      this.note.replaceChildren("To tick these off, choose an interview in the worksheet below, or start one there: each interview keeps its own ticks.");
      return;
    }
    const link = el("a", "", "Your interviews");
    link.href = INTERVIEWS;
    this.note.replaceChildren("To tick these off, choose or add an interview on ", link, ": each interview keeps its own ticks.");
  }

  /** Show the current interview's ticks (the worksheets' known ones once Python says). */
  async render() {
    const id = records.current();
    const record = id ? records.get(id) : null;
    this.interviewId = record ? id : null;
    this.say(record);
    const own = ownTicks(record);
    for (const item of this.items) {
      item.box.disabled = !record;
      item.box.checked = record ? own[item.key] === true : item.box.defaultChecked;
      this.explain(item, "");
      if (!record) item.box.setAttribute("aria-describedby", this.note.id);
    }
    if (!record) return;
    const answered = waitingFor(this.root, "python");
    const known = await knownFor(id, record).finally(answered);
    if (this.interviewId !== id) return; // another interview was chosen meanwhile
    const now = ownTicks(records.get(id));
    for (const item of this.items) {
      const why = typeof known[item.key] === "string" && !(item.key in now) ? known[item.key] : "";
      item.box.checked = item.key in now ? now[item.key] : Boolean(why);
      this.explain(item, why);
    }
  }

  /** The line under an item that the worksheets ticked, or none. */
  explain(item, why) {
    let line = item.li.querySelector(":scope .ati-task-why");
    if (!why) {
      line?.remove();
      item.box.removeAttribute("aria-describedby");
      return;
    }
    if (!line) {
      line = el("span", "ati-task-why");
      line.id = `${item.box.id}-why`;
      item.box.nextElementSibling.after(line);
    }
    line.textContent = why;
    item.box.setAttribute("aria-describedby", line.id);
  }

  /** The person ticked or unticked a box: save their choice in the interview's record. */
  toggle(item) {
    const id = this.interviewId;
    const record = id && records.get(id);
    if (!record) return this.render();
    const own = { ...ownTicks(record), [item.key]: item.box.checked };
    const { result } = records.put(id, { [FIELD]: own });
    this.explain(item, "");
    if (!result.ok) {
      item.box.checked = !item.box.checked;
      this.note.textContent = result.reason === "quota"
        ? "That tick could not be saved: this browser's storage for the site is full. Free some space on Your data."
        : "That tick could not be saved in this browser.";
    }
  }

  later() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), REFRESH_MS);
  }

  bind() {
    for (const item of this.items) item.box.addEventListener("change", () => this.toggle(item));
    const later = () => this.later();
    for (const type of [records.CHANGED, SHEET_SAVED]) {
      document.addEventListener(type, later);
      this.cleanups.push(() => document.removeEventListener(type, later));
    }
    this.cleanups.push(storage.onOtherTabChange((name) => (name.startsWith("interview:") || name.startsWith("worksheet:")) && later()));
    this.render();
  }

  destroy() {
    clearTimeout(this.timer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

/**
 * Bind one checklist (a task list the build marked `data-ati-checklist`; lists inside it are
 * bound with it).
 * @param {HTMLElement} root
 * @returns {() => void} unbind
 */
export function bindChecklist(root) {
  if (root.parentElement?.closest("[data-ati-checklist]")) return () => {};
  const list = new Checklist(root);
  list.bind();
  return () => list.destroy();
}
