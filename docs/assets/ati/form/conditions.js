/**
 * Conditional fields: a field wrapped in `data-show-when="<field>" data-show-values="a b"`
 * shows only while that field has one of those values. Hidden fields keep their values, so
 * nothing typed is lost; Python ignores them.
 */

/** @returns {string} the value of the controlling field, as the condition compares it */
function valueOf(form, name) {
  let value = "";
  for (const control of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
    if (control.type === "radio") value = control.checked ? control.value : value;
    else if (control.type === "checkbox") value = control.checked ? "true" : "";
    else value = control.value.trim();
  }
  return value;
}

/**
 * Show or hide every conditional field of `form` for the values it holds now.
 * @param {HTMLFormElement} form
 */
export function applyConditions(form) {
  for (const wrapper of form.querySelectorAll("[data-show-when]")) {
    const value = valueOf(form, wrapper.dataset.showWhen);
    wrapper.hidden = !(wrapper.dataset.showValues || "").split(" ").includes(value);
  }
}
