/**
 * The dashboard: every application, at its current round, with its stage and next action,
 * computed by the same Python rules as each worksheet. Edit makes the round current (the
 * details form on the page follows); "Through to the next round" starts the next round from
 * the application's facts; Delete asks first, in the card, and can be undone until the page
 * changes. What Python worked out last time is drawn at once (storage/remembered.js), said
 * to be from the last visit until Python has checked it, so nothing waits and nothing jumps.
 */
import * as records from "../storage/records.js";
import * as storage from "../storage/index.js";
import * as python from "../python/runtime.js";
import { saveFile } from "../output/files.js";
import { exportReminder } from "../backup/reminder.js";
import { contextJson, localDate } from "../utilities/dates.js";
import { button, el, waitingFor } from "../utilities/dom.js";
import { showAgenda } from "./week.js";
import { cardName, interviewItem } from "./card.js";
import { drawSized } from "./svg.js";
import { sheetsFor } from "../storage/sheets.js";
import { recall, remember } from "../storage/remembered.js";

/** What the line under the title says: where the next actions shown come from. Each is about as
 * long as the others (and as the build's first words), so the line keeps its height. */
const SAID = {
  remembered: "Saved in this browser only. Shown as worked out on your last visit, and being checked now.",
  checked: "Saved in this browser only. Next actions and dates are worked out afresh on every visit.",
  unchecked: "Saved in this browser only. As worked out on your last visit: they could not be checked now.",
};

/** "Back up now" lands at the backup panel's title, not at the top of the page above it. */
const BACKUP_PANEL = new URL("../../../your-data/#ati-backup-title", import.meta.url).href;

class Dashboard {
  constructor(root) {
    this.root = root;
    this.list = root.querySelector("[data-ati-list]");
    this.empty = root.querySelector("[data-ati-empty]");
    this.status = root.querySelector("[data-ati-dashboard-status]");
    this.note = root.querySelector("[data-ati-dashboard-note]");
    const memory = recall();
    this.rows = memory ? memory.rows : new Map(); // id -> row from Python (last visit's until it answers)
    this.agenda = memory ? memory.agenda : null; // all interviews this week and next, from Python
    this.remembered = Boolean(memory); // until Python answers, the rows are last visit's
    if (memory) this.say("remembered");
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
      this.remembered = false;
      this.render(records.all());
      this.say("checked");
      remember(result, localDate());
    } catch (error) {
      this.status.textContent = `Next actions are unavailable: ${error.message}`;
      if (this.rows.size) this.say("unchecked");
    } finally {
      answered();
    }
  }

  /** Say where the next actions shown come from (the line keeps its place: nothing moves). */
  say(which) {
    if (this.note) this.note.textContent = SAID[which];
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
    try {
      if (agenda) showAgenda(agenda, this.agenda, ids.length);
    } catch (error) {
      if (!this.remembered) throw error;
      showAgenda(agenda, null, ids.length); // kept by an older version of the site: Python draws it soon
    }
    if (!latest.has(this.asking)) this.asking = null;
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const items = order.map((id) => {
      const data = all[id];
      const rounds = latest.get(id);
      const choices = {
        asking: id === this.asking,
        rounds,
        ask: () => this.ask(id),
        remove: () => this.remove(id, cardName(data, rounds)),
        keep: () => this.ask(null, id),
        next: () => this.nextRound(id, records.jobTitle(data)),
      };
      try {
        return interviewItem(id, data, this.rows.get(id), rounds.includes(current), choices);
      } catch (error) {
        if (!this.remembered) throw error;
        return interviewItem(id, data, undefined, rounds.includes(current), choices); // a row kept by an older version of the site
      }
    });
    this.list.replaceChildren(...items);
    drawSized();
    this.root.removeAttribute("data-ati-drawing");
    if (!this.drawn && ids.some((id) => this.rows.has(id))) {
      this.drawn = true;
      performance.mark("ati:dashboard-drawn"); // next actions on screen (./dev bench measures it)
    }
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
