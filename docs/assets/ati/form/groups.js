/**
 * Repeatable groups (interviewers, people you met…): add and remove entries, keep each
 * entry's ids, names and number in order, and show the Add and Remove buttons only while
 * they can be used. The build renders a group as `[data-ati-group]` holding its entries in
 * `[data-ati-items]` and one empty entry in a `<template>`, which this module clones.
 */

/** @returns {HTMLElement[]} the repeatable groups of a form */
export function groupsOf(form) {
  return Array.from(form.querySelectorAll("[data-ati-group]"));
}

/** @returns {HTMLElement[]} a group's entries, in order */
export function items(group) {
  return Array.from(group.querySelector("[data-ati-items]").children);
}

function limits(group) {
  return { min: Number(group.dataset.min || 0), max: Number(group.dataset.max || 10) };
}

/** Give an entry the ids and names of position `index` ("interviewers.2.name"), and its number. */
function renumber(item, group, index) {
  const pattern = new RegExp(`(${group}[.-])(__i__|\\d+)(?=[.-]|$)`, "g");
  const attributes = ["id", "for", "name", "aria-describedby", "data-ati-error-for", "data-field"];
  for (const node of [item, ...item.querySelectorAll("*")]) {
    for (const attribute of attributes) {
      const value = node.getAttribute(attribute);
      if (value !== null) node.setAttribute(attribute, value.replace(pattern, `$1${index}`));
    }
  }
  const number = item.querySelector("[data-ati-n]");
  if (number) number.textContent = String(index + 1);
  const legend = item.querySelector("legend");
  const remove = item.querySelector("[data-ati-remove]");
  if (remove && legend) remove.setAttribute("aria-label", `Remove ${legend.textContent.trim()}`);
}

/** Show Add while another entry fits, Remove while an entry can go. */
export function updateButtons(group) {
  const count = items(group).length;
  const { min, max } = limits(group);
  group.querySelector("[data-ati-add]").hidden = count >= max;
  for (const button of group.querySelectorAll("[data-ati-remove]")) button.hidden = count <= Math.max(1, min);
}

function addItem(group, focus = true) {
  if (items(group).length >= limits(group).max) return null;
  const template = group.querySelector("template[data-ati-template]");
  const item = template.content.firstElementChild.cloneNode(true);
  group.querySelector("[data-ati-items]").append(item);
  renumber(item, group.dataset.atiGroup, items(group).length - 1);
  updateButtons(group);
  if (focus) item.querySelector("input, textarea, select")?.focus();
  return item;
}

/**
 * Have `count` entries in the group (within its limits; one empty entry is always offered),
 * adding empty ones or dropping the last ones.
 */
export function setItemCount(group, count) {
  const { min, max } = limits(group);
  const wanted = Math.max(min, 1, Math.min(max, count));
  while (items(group).length < wanted) addItem(group, false);
  while (items(group).length > wanted) items(group).at(-1).remove();
  updateButtons(group);
}

/**
 * Handle the Add and Remove buttons of every group in the form.
 * @param {HTMLFormElement} form
 * @param {{touched: (group: string) => void, removing: (text: string, group: HTMLElement, index: number) => void,
 *   changed: () => void}} hooks `touched` first, with the group's name; `removing` just before
 *   an entry goes (to offer an undo, which takes focus), with its group and position;
 *   `changed` once the entries changed
 */
export function bindGroups(form, { touched, removing, changed }) {
  form.addEventListener("click", (event) => {
    const add = event.target.closest("[data-ati-add]");
    const remove = event.target.closest("[data-ati-remove]");
    const group = (add || remove)?.closest("[data-ati-group]");
    if (!group) return;
    touched(group.dataset.atiGroup);
    if (add) {
      addItem(group);
      changed();
      return;
    }
    if (items(group).length <= limits(group).min) return;
    const item = remove.closest("[data-ati-item]");
    const index = items(group).indexOf(item);
    removing(`${item.querySelector("legend")?.textContent.trim() || "Entry"} removed.`, group, index);
    item.remove();
    items(group).forEach((each, index) => renumber(each, group.dataset.atiGroup, index));
    updateButtons(group);
    changed();
  });
  for (const group of groupsOf(form)) updateButtons(group);
}
