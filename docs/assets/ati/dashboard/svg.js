/**
 * Drawing helpers for the timeline pictures (dashboard/timeline.js, dashboard/week.js): SVG
 * elements made with createElementNS (never markup), the shape of each kind of mark, and
 * redrawing a picture whenever the space it has changes (a phone turned sideways).
 * Colours come from CSS classes (progress.css), so both colour schemes and print work; a
 * mark's state is also in its shape (filled, ringed, "!"), never in colour alone.
 */

const NS = "http://www.w3.org/2000/svg";

/**
 * @param {string} tag
 * @param {Record<string, string|number>} [attrs]
 * @param {string} [text] set as textContent
 * @returns {SVGElement}
 */
export function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The states a mark can be in (worksheets.plan.pictures), as the class that draws it. */
const STATES = new Set(["done", "overdue", "today", "upcoming", "past"]);

/**
 * One mark, centred on (x, y): the interview a filled square, their date a diamond, their
 * reply a hollow square, every action a circle: filled when done, with a dot when due today,
 * with "!" when late, hollow when still to come.
 * @param {string} kind @param {string} state @param {number} x @param {number} y
 * @param {number} [size] the circle's radius
 * @returns {SVGElement}
 */
export function mark(kind, state, x, y, size = 6) {
  const group = svg("g", { class: `ati-tl-mark ati-tl--${STATES.has(state) ? state : "upcoming"}` });
  const r = size;
  if (kind === "interview") {
    group.append(svg("rect", { x: x - r + 1, y: y - r + 1, width: 2 * r - 2, height: 2 * r - 2, class: "ati-tl-solid" }));
  } else if (kind === "decision") {
    const d = r + 1;
    group.append(svg("polygon", { points: `${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`, class: "ati-tl-hollow" }));
  } else if (kind === "last_reply") {
    group.append(svg("rect", { x: x - r + 2, y: y - r + 2, width: 2 * r - 4, height: 2 * r - 4, class: "ati-tl-hollow" }));
  } else if (kind !== "today") {
    group.append(svg("circle", { cx: x, cy: y, r, class: state === "done" ? "ati-tl-solid" : "ati-tl-hollow" }));
    if (state === "today") group.append(svg("circle", { cx: x, cy: y, r: r / 2.5, class: "ati-tl-solid" }));
    if (state === "overdue") group.append(svg("text", { x, y: y + r * 0.6, class: "ati-tl-bang", "text-anchor": "middle" }, "!"));
  }
  return group;
}

const sized = new Map(); // element -> {draw, since}: redrawn when its width changes
const FORGET_MS = 5000; // a picture this old and not in the page any more is forgotten
/**
 * Give a picture its size and its parts at once: one redraw, the box as wide as it was drawn.
 * @param {SVGSVGElement} picture @param {number} width @param {number} height @param {Element[]} parts
 */
export function paint(picture, width, height, parts) {
  picture.setAttribute("viewBox", `0 0 ${width} ${height}`);
  picture.setAttribute("width", String(width));
  picture.setAttribute("height", String(height));
  picture.replaceChildren(...parts);
}

let observer = null;

/**
 * Draw now every picture put on the page since the last call and not yet drawn, at the width
 * it has: called right after a list is drawn, so the pictures take their height in the same
 * task and nothing below them is ever seen to move (the observer's first call then matches
 * the width drawn and does nothing).
 */
export function drawSized() {
  for (const [element, { draw }] of sized) {
    if (!element.isConnected || element.dataset.atiWidth) continue;
    const style = getComputedStyle(element);
    const box = ["paddingLeft", "paddingRight", "borderLeftWidth", "borderRightWidth"].reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0);
    const width = Math.floor(element.getBoundingClientRect().width - box); // the observer's content width
    if (width <= 0) continue;
    element.dataset.atiWidth = String(width);
    draw(width);
  }
}

/**
 * Call `draw(width)` now that `element` is laid out, and again whenever its width changes.
 * @param {HTMLElement} element
 * @param {(width: number) => void} draw
 */
export function whenSized(element, draw) {
  const now = Date.now();
  for (const [old, { since }] of sized) {
    if (!old.isConnected && now - since > FORGET_MS) {
      observer?.unobserve(old);
      sized.delete(old);
    }
  }
  if (typeof ResizeObserver !== "function") {
    requestAnimationFrame(() => draw(element.clientWidth || 320));
    return;
  }
  observer ||= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const width = Math.floor(entry.contentRect.width);
      const redraw = sized.get(entry.target)?.draw;
      if (redraw && width > 0 && width !== entry.target.dataset.atiWidth * 1) {
        entry.target.dataset.atiWidth = String(width);
        redraw(width);
      }
    }
  });
  sized.set(element, { draw, since: now });
  observer.observe(element);
}
