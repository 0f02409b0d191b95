/**
 * An interview's progress through the five steps, on its card on Your interviews: a mark per
 * step (✓ done, ◐ started, ○ not started) with the step's short name. The state is in the mark's
 * shape and in words, never in colour alone: a screen reader and print read each step in full
 * ("Reflect: done"), in Python's words (worksheets.sheets.checklist.progress).
 */
import { el } from "../utilities/dom.js";

const MARKS = { done: "✓", started: "◐", todo: "○" };

/**
 * @param {object[]} progress [{step, short, name, state, text}] for the five steps
 * @returns {HTMLElement|null} the list, or null when Python has not said yet
 */
export function progressSteps(progress) {
  if (!Array.isArray(progress) || !progress.length) return null;
  const list = el("ol", "ati-steps");
  list.setAttribute("aria-label", "Progress through the five steps");
  for (const step of progress) {
    const state = step.state in MARKS ? step.state : "todo";
    const item = el("li", `ati-step ati-step--${state}`);
    const mark = el("span", "ati-step-mark", MARKS[state]);
    const name = el("span", "ati-step-name", step.short);
    mark.setAttribute("aria-hidden", "true");
    name.setAttribute("aria-hidden", "true");
    item.append(mark, name, el("span", "ati-step-words", step.text));
    list.append(item);
  }
  return list;
}
