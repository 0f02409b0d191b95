/**
 * All interviews together, this week and next, at the top of Your interviews: a column per
 * day (today outlined), a row per interview with its marks (the same shapes as each
 * interview's own timeline), and the same as two lists for screen readers and print. Python
 * chooses what goes in (worksheets.plan.pictures.agenda); this module only draws.
 */
import { el } from "../utilities/dom.js";
import { mark, paint, svg, whenSized } from "./svg.js";

const SIDE = 2;
const HEAD = 52; // week names, weekday letters, dates
const ROW = 38; // an interview's name and its marks

function draw(picture, data, width) {
  const days = data.days || [];
  const column = (width - 2 * SIDE) / Math.max(days.length, 1);
  const middle = (index) => SIDE + (index + 0.5) * column;
  const rows = data.rows || [];
  const height = HEAD + Math.max(rows.length, 1) * ROW + 4;
  const parts = [];
  days.forEach((day, index) => {
    if (index % 7 >= 5) parts.push(svg("rect", { x: SIDE + index * column, y: 20, width: column, height: height - 22, class: "ati-ag-weekend" }));
  });
  if (typeof data.today === "number") {
    const x = SIDE + data.today * column + 1;
    parts.push(svg("rect", { x, y: HEAD, width: column - 2, height: height - HEAD - 2, class: "ati-ag-today-column" }));
    parts.push(svg("rect", { x, y: 19, width: column - 2, height: HEAD - 17, rx: 3, class: "ati-ag-today" }));
  }
  parts.push(svg("line", { x1: SIDE + 7 * column, y1: 4, x2: SIDE + 7 * column, y2: height - 2, class: "ati-ag-split" }));
  (data.weeks || []).forEach((week, index) => {
    parts.push(svg("text", { x: SIDE + (index * 7 + 3.5) * column, y: 13, "text-anchor": "middle", class: "ati-ag-week" }, week.name));
  });
  days.forEach((day, index) => {
    const now = index === data.today ? " ati-ag-now" : "";
    parts.push(svg("text", { x: middle(index), y: 32, "text-anchor": "middle", class: `ati-ag-weekday${now}` }, day.weekday));
    parts.push(svg("text", { x: middle(index), y: 46, "text-anchor": "middle", class: `ati-ag-date${now}` }, day.date));
  });
  rows.forEach((row, index) => {
    const top = HEAD + index * ROW;
    parts.push(svg("text", { x: SIDE + 4, y: top + 12, class: "ati-ag-title" }, row.title));
    const shared = {};
    for (const item of row.marks || []) shared[item.col] = (shared[item.col] || 0) + 1;
    const seen = {};
    for (const item of row.marks || []) {
      const n = shared[item.col];
      const k = (seen[item.col] = (seen[item.col] || 0) + 1) - 1;
      const x = middle(item.col) + (k - (n - 1) / 2) * Math.min(8, column / n);
      parts.push(mark(item.kind, item.state, x, top + 27, 5));
    }
  });
  if (!rows.length) parts.push(svg("text", { x: width / 2, y: HEAD + 22, "text-anchor": "middle", class: "ati-ag-title" }, "Nothing planned"));
  paint(picture, width, height, parts);
}

/** A small key to the shapes, for sighted readers (the lists say it all in words). */
function key() {
  const list = el("ul", "ati-ag-key");
  list.setAttribute("aria-hidden", "true");
  for (const [kind, state, words] of [["interview", "past", "interview"], ["decision", "upcoming", "their date"],
    ["follow_up", "upcoming", "to do"], ["follow_up", "today", "due today"], ["follow_up", "overdue", "late"]]) {
    const icon = svg("svg", { width: 14, height: 14, viewBox: "0 0 14 14", class: "ati-tl" });
    icon.append(mark(kind, state, 7, 7, 5));
    const item = el("li");
    item.append(icon, ` ${words}`);
    list.append(item);
  }
  return list;
}

/**
 * Fill the dashboard's "this week and next" block.
 * @param {HTMLElement} slot the `[data-ati-agenda]` element
 * @param {object|null} data worksheets.plan.pictures.agenda (null: not known yet)
 * @param {number} count how many interviews are saved
 */
export function showAgenda(slot, data, count) {
  slot.hidden = !data || !count;
  if (slot.hidden) return;
  const heading = el("h3", "ati-agenda-title", "This week and next");
  heading.id = "ati-agenda-title";
  const holder = el("div", "ati-agenda-picture");
  holder.setAttribute("aria-hidden", "true");
  const picture = svg("svg", { class: "ati-tl ati-ag", focusable: "false", width: 0, height: 0 });
  holder.append(picture);
  const lists = el("div", "ati-agenda-lists");
  for (const week of data.weeks || []) {
    const title = el("h4", "", `${week.name}, ${week.first} to ${week.last}`);
    const items = el("ul");
    for (const text of week.items || []) items.append(el("li", "", text));
    if (!items.childElementCount) items.append(el("li", "", "Nothing planned."));
    lists.append(title, items);
  }
  slot.setAttribute("aria-labelledby", heading.id);
  slot.replaceChildren(heading, holder, key(), lists);
  whenSized(holder, (width) => draw(picture, data, width));
}
