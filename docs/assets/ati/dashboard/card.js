/**
 * One application's card on Your interviews: its name (the job's, or the round's), stage, rounds,
 * next action, progress and timeline, with Edit, Through to the next round and Delete; once
 * Delete is pressed, the question in their place. The dashboard (index.js) decides what to draw.
 */
import * as records from "../storage/records.js";
import { button, el } from "../utilities/dom.js";
import { progressSteps } from "./progress.js";
import { timelineFigure } from "./timeline.js";

/**
 * One interview in the list: its name, stage and next action, with Edit and Delete.
 * @param {string} id @param {object} data its record @param {object|undefined} row what Python
 *   said about it (none yet while Python loads) @param {boolean} current whether it is being edited
 * @param {object} choices what its buttons do (see itemActions)
 */
export function interviewItem(id, data, row, current, choices) {
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
export function cardName(data, rounds) {
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
