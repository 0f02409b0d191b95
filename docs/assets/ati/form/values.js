/**
 * A form's values as plain data, both ways: read the form into
 * `{field: value, group: [{field: value}, …]}` (by scope, for saving), put saved parts back
 * together, and fill the form from such data. Control names come from the build:
 * "company", or "interviewers.0.name" inside a repeatable group.
 */
import { groupsOf, setItemCount } from "./groups.js";
import { applyConditions } from "./conditions.js";

/** @returns {string} the top-level key of a control's name: "interviewers" for "interviewers.0.name" */
export function topKey(path) {
  return String(path).split(".")[0];
}

/** @returns {object} only the keys of `values` that are in `keys` */
export function pick(values, keys) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
}

/**
 * Worksheet-only parts of a shared group (a detail per interviewer) are matched back to their
 * entry by the entry's first field, so removing a person elsewhere can't shift them.
 */
function keyEntries(form, data) {
  for (const group of groupsOf(form)) {
    const items = data[group.dataset.atiGroup];
    if (!Array.isArray(items)) continue;
    Array.from(group.querySelector("[data-ati-items]").children).forEach((item, index) => {
      const first = item.querySelector("[name]");
      if (items[index] && first && first.dataset.scope) items[index].__key = first.value.trim().toLowerCase();
    });
  }
}

/**
 * Read the form into plain data: {field: value, group: [{field: value}, …]}.
 * @param {HTMLFormElement} form
 * @param {string} [scope] only the controls saved in this scope ("worksheet", "interview", "profile")
 */
export function collect(form, scope) {
  const data = {};
  for (const control of form.elements) {
    const path = control.name;
    if (!path || control.disabled) continue;
    if (scope && (control.dataset.scope || "worksheet") !== scope) continue;
    if (control.type === "radio" && !control.checked) {
      if (!(path in data) && !path.includes(".")) data[path] = data[path] ?? "";
      continue;
    }
    const value = control.type === "checkbox" ? control.checked : control.value;
    const parts = path.split(".");
    if (parts.length === 3) {
      const [group, index, field] = parts;
      data[group] = data[group] || [];
      const i = Number(index);
      data[group][i] = data[group][i] || {};
      data[group][i][field] = value;
    } else {
      data[path] = value;
    }
  }
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) data[key] = value.filter(Boolean);
  }
  if (scope === "worksheet") keyEntries(form, data);
  return data;
}

/**
 * Put saved parts back together: profile, then the interview record, then the worksheet's own values.
 * @returns {object} data in the shape collect() returns
 */
export function merge(profile, shared, own) {
  const data = { ...profile, ...shared, ...own };
  for (const [key, ownItems] of Object.entries(own)) {
    const sharedItems = shared[key];
    if (!Array.isArray(ownItems) || !Array.isArray(sharedItems) || !sharedItems.length) continue;
    data[key] = sharedItems.map((item, index) => {
      const first = Object.values(item)[0];
      const wanted = typeof first === "string" ? first.trim().toLowerCase() : "";
      const match = ownItems.find((o) => o && o.__key === wanted) || (ownItems[index] && !ownItems[index].__key ? ownItems[index] : {});
      const { __key, ...rest } = match || {};
      return { ...rest, ...item };
    });
  }
  for (const [key, sharedItems] of Object.entries(shared)) {
    if (Array.isArray(sharedItems) && !(key in own)) data[key] = sharedItems;
  }
  return data;
}

/**
 * Fill the form from data in the shape collect() returns: as many group entries as the data
 * holds, every control's value, then the conditional fields that go with them.
 */
export function fill(form, data) {
  for (const group of groupsOf(form)) {
    const list = Array.isArray(data[group.dataset.atiGroup]) ? data[group.dataset.atiGroup] : [];
    setItemCount(group, list.length);
  }
  for (const control of form.elements) {
    const path = control.name;
    if (!path) continue;
    const parts = path.split(".");
    let value;
    if (parts.length === 3) {
      const list = data[parts[0]];
      value = Array.isArray(list) && list[Number(parts[1])] ? list[Number(parts[1])][parts[2]] : undefined;
    } else {
      value = data[path];
    }
    // Nothing saved yet: the default the build wrote (some come from the publisher's settings).
    // A choice saved blank (an older version of the site did) takes its default too.
    if (control.type === "checkbox") control.checked = value === undefined ? control.hasAttribute("data-ati-default") : value === true;
    else if (control.type === "radio") control.checked = value === undefined ? control.hasAttribute("data-ati-default") : control.value === value;
    else if (control.type === "select-one" && !value) control.value = control.querySelector("option[data-ati-default]")?.value ?? "";
    else control.value = typeof value === "string" ? value : "";
  }
  applyConditions(form);
}

/** Whether the person has typed anything (choices with defaults don't count). */
export function anyTyped(form) {
  for (const control of form.elements) {
    if (!control.name) continue;
    if (control.type === "checkbox" ? control.checked : !["radio", "select-one"].includes(control.type) && control.value.trim()) return true;
  }
  return false;
}
