/**
 * One interview's timeline, for its card on Your interviews: the interview, the thank-you,
 * the date they gave, the follow-ups, the day to move on and today, as marks on one line with
 * their names and dates; and the same as a list, which screen readers and print get instead of
 * the picture. Python lays it out (worksheets.plan.pictures.timeline): this module only draws.
 */
import { el } from "../utilities/dom.js";
import { mark, paint, svg, whenSized } from "./svg.js";

const MARGIN = 12; // as worksheets.plan.pictures.MARGIN
const ROW = 30; // one row of names: a name and a date
const GAP = 14; // from the line to the nearest row
const EDGE = 4;

/** The layout Python made for the widest width that fits, or the narrowest. */
function layoutFor(data, width) {
  const layouts = Array.isArray(data.layouts) ? data.layouts : [];
  return layouts.filter((l) => l.width <= width).pop() || layouts[0] || { rows: 1, lanes: [] };
}

/**
 * Draw the picture `width` pixels wide.
 * @param {SVGSVGElement} picture @param {object} data @param {number} width
 */
function draw(picture, data, width) {
  const layout = layoutFor(data, width);
  const above = Math.floor(layout.rows / 2);
  const below = Math.ceil(layout.rows / 2);
  const line = EDGE + (above ? above * ROW + GAP : 10);
  const height = line + GAP + below * ROW + EDGE;
  const along = (x) => MARGIN + x * (width - 2 * MARGIN);
  const parts = [];
  const today = typeof data.today === "number" ? along(data.today) : null;
  const split = today === null ? width - MARGIN : Math.min(Math.max(today, MARGIN), width - MARGIN);
  parts.push(svg("line", { x1: MARGIN, y1: line, x2: split, y2: line, class: "ati-tl-line" }));
  if (split < width - MARGIN) parts.push(svg("line", { x1: split, y1: line, x2: width - MARGIN, y2: line, class: "ati-tl-line ati-tl-future" }));
  if (today !== null) parts.push(svg("line", { x1: today, y1: line - 11, x2: today, y2: line + 11, class: "ati-tl-now" }));
  (data.marks || []).forEach((item, index) => {
    if (item.kind === "today" && item.quiet) return; // another mark's date says "Today"
    const lane = Number(layout.lanes[index]) || 0;
    const up = lane % 2 === 1;
    const row = Math.floor(lane / 2);
    const x = along(Number(item.x) || 0) + (Number(item.nudge) || 0);
    const w = Number(item.width) || 60;
    const centre = Math.min(Math.max(x - w / 2, 0), width - w) + w / 2;
    const top = up ? line - GAP - (row + 1) * ROW + 4 : line + GAP + row * ROW;
    const reach = up ? top + ROW - 6 : top - 2;
    parts.push(svg("line", { x1: x, y1: up ? line - 8 : line + 8, x2: x, y2: reach, class: "ati-tl-leader" }));
    parts.push(mark(item.kind, item.state, x, line));
    parts.push(svg("text", { x: centre, y: top + 11, "text-anchor": "middle", class: `ati-tl-name ati-tl-name--${item.state}` }, item.name));
    parts.push(svg("text", { x: centre, y: top + 24, "text-anchor": "middle", class: "ati-tl-date" }, item.date));
  });
  paint(picture, width, height, parts);
}

/**
 * The timeline of one interview, as a picture and as a list.
 * @param {object|null} data worksheets.plan.pictures.timeline (none: no interview date yet)
 * @param {string} name what the list is about, for screen readers ("Acme: Analyst")
 * @returns {HTMLElement|null}
 */
export function timelineFigure(data, name) {
  if (!data || !Array.isArray(data.marks) || !data.marks.length) return null;
  const figure = el("div", "ati-timeline");
  const holder = el("div", "ati-timeline-picture");
  holder.setAttribute("aria-hidden", "true");
  const picture = svg("svg", { class: "ati-tl", focusable: "false", width: 0, height: 0 });
  holder.append(picture);
  const list = el("ol", "ati-timeline-list");
  list.setAttribute("aria-label", `Timeline of ${name}`);
  for (const item of data.marks) list.append(el("li", `ati-tl-item--${item.state}`, item.text));
  figure.append(holder, list);
  whenSized(holder, (width) => draw(picture, data, width));
  return figure;
}
