/**
 * The dashboard: every application, at its current round, with its stage and next action,
 * computed by the same Python rules as each worksheet. Edit makes the round current (the
 * details form on the page follows); "Through to the next round" starts the next round from
 * the application's facts; Delete asks first, in the card, and can be undone until the page
 * changes.
 */
import * as records from "../storage/records.js";
import * as storage from "../storage/index.js";
import * as python from "../python/runtime.js";
import { saveFile } from "../output/files.js";
import { exportReminder } from "../backup/reminder.js";
import { contextJson, localDate } from "../utilities/dates.js";
import { button, el, waitingFor } from "../utilities/dom.js";
import { progressSteps } from "./progress.js";
import { showAgenda } from "./week.js";
import { timelineFigure } from "./timeline.js";
import { sheetsFor } from "../storage/sheets.js";

/** "Back up now" lands at the backup panel's title, not at the top of the page above it. */
const BACKUP_PANEL = new URL("../../../your-data/#ati-backup-title", import.meta.url).href;

/**
 * One interview in the list: its name, stage and next action, with Edit and Delete.
 * @param {string} id @param {object} data its record @param {object|undefined} row what Python
 *   said about it (none yet while Python loads) @param {boolean} current whether it is being edited
 * @param {object} choices what its buttons do (see itemActions)
 */
function interviewItem(id, data, row, current, choices) {
  const li = el("li", `ati-dashboard-item${current ? " ati-current" : ""}`);
  li.dataset.atiId = id;
  const name = cardName(data, choices.rounds);
  const heading = el("h3", "ati-dashboard-title", name);
  heading.id = `ati-dash-${id}`;
  li.append(heading);
  const meta = el("p", "ati-dashboard-meta");
  meta.append(el("span", "ati-stage", row ? row.stage : "Saved"));
  if (current) meta.append(" · ", el("span", "", "being edited below"));
  li.append(meta);
  if (row && row.rounds.length > 1) li.append(roundList(row.rounds));
  if (row) {
    const next = el("p", `ati-next ati-next--${row.when || "none"}`);
    next.append(el("strong", "", row.when === "overdue" ? "Overdue: " : row.when === "today" ? "Today: " : "Next: "), row.next);
    li.append(...[progressSteps(row.progress), next, timelineFigure(row.timeline, name)].filter(Boolean));
  }
  li.append(itemActions(id, heading.id, choices));
  return li;
}

/** A card's name: the job's, when the card lists its rounds; else the interview's own ("Acme: Analyst (Phone screen)"). */
function cardName(data, rounds) {
  return rounds.length > 1 ? records.jobTitle(data) : records.title(data);
}

/**
 * The rounds of an application, oldest first: "Phone screen, Mon 2 Nov", the current one last.
 * @param {{title: string, when: string}[]} rounds
 */
function roundList(rounds) {
  const list = el("ol", "ati-rounds");
  list.setAttribute("aria-label", "Rounds");
  for (const round of rounds) list.append(el("li", "", round.when ? `${round.title}, ${round.when}` : `${round.title}, date to add`));
  return list;
}

/**
 * A card's buttons: Edit details, and Delete apart from it; once Delete is pressed, the
 * question in their place (Escape or "Keep it" keeps the interview). Each button names its
 * action in `data-ati-action`, so focus can find it again after the list is drawn anew.
 * @param {string} id @param {string} headingId the card's heading, describing each button
 * @param {{asking: boolean, ask: () => void, remove: () => void, keep: () => void}} choices
 */
function itemActions(id, headingId, { asking, ask, remove, keep, next, rounds }) {
  const named = (node, action) => {
    node.dataset.atiAction = action;
    node.setAttribute("aria-describedby", headingId);
    return node;
  };
  if (asking) {
    const box = el("div", "ati-confirm ati-no-print");
    const what = rounds.length > 1 ? `this application and its ${rounds.length} rounds` : "this interview";
    const question = el("p", "", `Delete ${what}, and what its worksheets saved, from this browser? You can undo it until you leave this page.`);
    question.id = `ati-dash-${id}-ask`;
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", `${headingId} ${question.id}`);
    const buttons = el("div", "ati-actions");
    buttons.append(named(button("Delete it", remove, "md-button ati-danger"), "confirm"), named(button("Keep it", keep), "keep"));
    box.append(question, buttons);
    box.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      keep();
    });
    return box;
  }
  const actions = el("div", "ati-actions ati-item-actions ati-no-print");
  const edit = button("Edit details", () => {
    records.setCurrent(id);
    const form = document.querySelector('.ati-worksheet[data-worksheet="interview"] input');
    if (form) form.focus();
  });
  const through = named(button("Through to the next round", next), "next-round");
  const del = named(button("Delete", ask, "md-button ati-delete"), "delete");
  del.setAttribute("aria-expanded", "false");
  actions.append(named(edit, "edit"), through, del);
  return actions;
}

class Dashboard {
  constructor(root) {
    this.root = root;
    this.list = root.querySelector("[data-ati-list]");
    this.empty = root.querySelector("[data-ati-empty]");
    this.status = root.querySelector("[data-ati-dashboard-status]");
    this.rows = new Map(); // id -> row from Python
    this.agenda = null; // all interviews this week and next, from Python
    this.asking = null; // the interview whose Delete was pressed: the card asks before deleting
    this.cleanups = [];
  }

  async refresh() {
    const all = records.all();
    this.render(all);
    const answered = waitingFor(this.root, "python");
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
    } finally {
      answered();
    }
  }

  showReminder() {
    const slot = this.root.querySelector("[data-ati-reminder]");
    const text = exportReminder();
    slot.hidden = !text;
    if (!text) return;
    const link = el("a", "", "Back up now");
    link.href = BACKUP_PANEL;
    slot.replaceChildren(`${text} `, link);
  }

  render(all) {
    this.showReminder();
    const current = records.current();
    const applications = records.applications(all);
    const latest = new Map([...applications.values()].map((ids) => [ids[ids.length - 1], ids])); // current round -> all rounds
    const ids = [...latest.keys()];
    const order = [...this.rows.keys()].filter((id) => latest.has(id));
    for (const id of ids) if (!order.includes(id)) order.push(id);
    this.empty.hidden = ids.length > 0;
    const agenda = this.root.querySelector("[data-ati-agenda]");
    if (agenda) showAgenda(agenda, this.agenda, ids.length);
    if (!latest.has(this.asking)) this.asking = null;
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const items = order.map((id) => {
      const data = all[id];
      const rounds = latest.get(id);
      return interviewItem(id, data, this.rows.get(id), rounds.includes(current), {
        asking: id === this.asking,
        rounds,
        ask: () => this.ask(id),
        remove: () => this.remove(id, cardName(data, rounds)),
        keep: () => this.ask(null, id),
        next: () => this.nextRound(id, records.jobTitle(data)),
      });
    });
    this.list.replaceChildren(...items);
    if (focused) this.focus(focused.closest("[data-ati-id]")?.dataset.atiId, focused.dataset.atiAction);
  }

  /** Focus a card's button again, by the card's interview id and the button's action. */
  focus(id, action) {
    const item = id && Array.from(this.list.children).find((li) => li.dataset.atiId === id);
    const target = item && action && item.querySelector(`[data-ati-action="${CSS.escape(action)}"]`);
    if (target) target.focus();
  }

  /** Ask whether to delete interview `id` (null: stop asking, focus back on `was`'s Delete). */
  ask(id, was = null) {
    this.asking = id;
    this.render(records.all());
    if (id) this.focus(id, "keep");
    else this.focus(was, "delete");
  }

  /** Through to the next round: a new round of the application, ready for its details below. */
  nextRound(id, name) {
    const { id: round, result } = records.addRound(id);
    if (!result.ok) {
      this.status.textContent = "The next round could not be added: this browser's storage for the site is full. Free some space on Your data, then try again.";
      return;
    }
    this.status.textContent = `Added the next round of “${name}”. Its date and who you will meet go in the details below; the company and your contacts are already there.`;
    const form = document.querySelector('.ati-worksheet[data-worksheet="interview"] input[name="round"]');
    this.render(records.all());
    if (form) form.focus();
    else this.focus(round, "edit");
  }

  remove(id, name) {
    this.asking = null;
    const snapshot = records.removeApplication(id);
    this.render(records.all());
    this.status.replaceChildren(`Deleted “${name}”. `);
    const undo = button("Undo", () => {
      if (!records.restore(snapshot)) {
        this.status.textContent = `“${name}” could not be fully restored: this browser's storage for the site is full. Free some space on Your data, then try again.`;
        return;
      }
      records.setCurrent(id);
      this.status.textContent = `Restored “${name}”.`;
      this.render(records.all());
      this.focus(id, "edit");
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
    this.cleanups.push(storage.onOtherTabChange((name) => /^(interview|application|worksheet):/.test(name) && later()));
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
export function bindPanel(root) {
  const dashboard = new Dashboard(root);
  dashboard.bind();
  return () => dashboard.destroy();
}
