/**
 * The dashboard: every saved interview with its stage and next action, computed by the
 * same Python rules as each worksheet. Edit makes an interview current (the details form on
 * the page follows); Delete can be undone until the page changes.
 */
import * as records from "./records.js";
import * as storage from "./storage.js";
import * as python from "./runtime.js";
import { saveFile } from "./files.js";
import { exportReminder } from "./backup-reminder.js";
import { contextJson, localDate } from "./dates.js";
import { button, el } from "./dom.js";
import { progressSteps } from "./dashboard-progress.js";
import { showAgenda } from "./dashboard-timeline.js";
import { timelineFigure } from "./timeline-svg.js";
import { sheetsFor } from "./interview-sheets.js";

const YOUR_DATA = new URL("../../your-data/", import.meta.url).href;

/**
 * One interview in the list: its name, stage and next action, with Edit and Delete.
 * @param {string} id @param {object} data its record @param {object|undefined} row what Python
 *   said about it (none yet while Python loads) @param {boolean} current whether it is being edited
 * @param {() => void} onDelete
 */
function interviewItem(id, data, row, current, onDelete) {
  const li = el("li", `ati-dashboard-item${current ? " ati-current" : ""}`);
  const heading = el("h3", "ati-dashboard-title", records.title(data));
  heading.id = `ati-dash-${id}`;
  li.append(heading);
  const meta = el("p", "ati-dashboard-meta");
  meta.append(el("span", "ati-stage", row ? row.stage : "Saved"));
  if (current) meta.append(" · ", el("span", "", "being edited below"));
  li.append(meta);
  if (row) {
    const next = el("p", `ati-next ati-next--${row.when || "none"}`);
    next.append(el("strong", "", row.when === "overdue" ? "Overdue: " : row.when === "today" ? "Today: " : "Next: "), row.next);
    li.append(...[progressSteps(row.progress), next, timelineFigure(row.timeline, records.title(data))].filter(Boolean));
  }
  const actions = el("div", "ati-actions ati-no-print");
  const edit = button("Edit details", () => {
    records.setCurrent(id);
    const form = document.querySelector('.ati-worksheet[data-worksheet="interview"] input');
    if (form) form.focus();
  });
  edit.setAttribute("aria-describedby", heading.id);
  const remove = button("Delete", onDelete);
  remove.setAttribute("aria-describedby", heading.id);
  actions.append(edit, remove);
  li.append(actions);
  return li;
}

class Dashboard {
  constructor(root) {
    this.root = root;
    this.list = root.querySelector("[data-ati-list]");
    this.empty = root.querySelector("[data-ati-empty]");
    this.status = root.querySelector("[data-ati-dashboard-status]");
    this.rows = new Map(); // id -> row from Python
    this.agenda = null; // all interviews this week and next, from Python
    this.undo = null;
    this.cleanups = [];
  }

  async refresh() {
    const all = records.all();
    this.render(all);
    try {
      await python.whenReady();
      const sheets = JSON.stringify(sheetsFor(Object.keys(all)));
      const result = JSON.parse(await python.call("dashboard", [JSON.stringify(all), contextJson({ profile: records.profile() }), sheets]));
      if (!result.ok) throw new Error(result.failure);
      this.rows = new Map(result.rows.map((row) => [row.id, row]));
      this.agenda = result.agenda;
      this.render(records.all());
    } catch (error) {
      this.status.textContent = `Next actions are unavailable: ${error.message}`;
    }
  }

  showReminder() {
    const slot = this.root.querySelector("[data-ati-reminder]");
    const text = exportReminder();
    slot.hidden = !text;
    if (!text) return;
    const link = el("a", "", "Back up now");
    link.href = YOUR_DATA;
    slot.replaceChildren(`${text} `, link);
  }

  render(all) {
    this.showReminder();
    const current = records.current();
    const ids = Object.keys(all);
    const order = [...this.rows.keys()].filter((id) => id in all);
    for (const id of ids) if (!order.includes(id)) order.push(id);
    this.empty.hidden = ids.length > 0;
    const agenda = this.root.querySelector("[data-ati-agenda]");
    if (agenda) showAgenda(agenda, this.agenda, ids.length);
    const items = order.map((id) => {
      const data = all[id];
      return interviewItem(id, data, this.rows.get(id), id === current, () => this.remove(id, records.title(data)));
    });
    this.list.replaceChildren(...items);
  }

  remove(id, name) {
    const snapshot = records.snapshot(id);
    records.remove(id);
    this.status.replaceChildren(`Deleted “${name}”. `);
    const undo = button("Undo", () => {
      if (!records.restore(snapshot)) {
        this.status.textContent = `“${name}” could not be fully restored: this browser's storage for the site is full. Free some space on Your data, then try again.`;
        return;
      }
      records.setCurrent(id);
      this.status.textContent = `Restored “${name}”.`;
    });
    this.status.append(undo);
    undo.focus();
  }

  async calendar() {
    this.status.textContent = "Preparing your calendar file…";
    try {
      await python.whenReady();
      const result = JSON.parse(await python.call("calendar", [JSON.stringify(records.all()), contextJson({ profile: records.profile() })]));
      if (!result.ok) throw new Error(result.failure);
      if (!result.count) {
        this.status.textContent = "There are no upcoming actions to add to a calendar.";
        return;
      }
      saveFile(`after-the-interview-${localDate()}.ics`, "text/calendar", result.ics);
      this.status.textContent = `Downloaded ${result.count} reminder${result.count === 1 ? "" : "s"}. Open the file to add them to your calendar; downloading again later updates them.`;
    } catch (error) {
      this.status.textContent = `The calendar file could not be made: ${error.message}`;
    }
  }

  bind() {
    this.root.querySelector("[data-ati-new]").addEventListener("click", () => {
      records.setCurrent(null);
      const first = document.querySelector('.ati-worksheet[data-worksheet="interview"] input[name="company"]');
      if (first) first.focus();
    });
    this.root.querySelector("[data-ati-ics]").addEventListener("click", () => this.calendar());
    let timer = 0;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.refresh(), 300);
    };
    document.addEventListener(records.CHANGED, later);
    this.cleanups.push(() => document.removeEventListener(records.CHANGED, later));
    this.cleanups.push(storage.onOtherTabChange((name) => (name.startsWith("interview:") || name.startsWith("worksheet:")) && later()));
    this.refresh();
  }

  destroy() {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

/**
 * Bind the dashboard panel.
 * @param {HTMLElement} root the `[data-panel="interviews"]` section
 * @returns {() => void} unbind
 */
export function bindDashboard(root) {
  const dashboard = new Dashboard(root);
  dashboard.bind();
  return () => dashboard.destroy();
}
