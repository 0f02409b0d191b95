/**
 * Conditional fields: a field wrapped in `data-show-when="<field>" data-show-values="a b"`
 * shows only while that field has one of those values. Hidden fields keep their values, so
 * nothing typed is lost; Python ignores them. A section of only hidden fields hides too.
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
  // A section whose every field waits on a condition (the interview's offer, until there is
  // one) goes with them: no heading over nothing.
  for (const section of form.querySelectorAll("fieldset.ati-section")) {
    const fields = section.querySelectorAll(":scope > [data-field]");
    section.hidden = fields.length > 0 && [...fields].every((field) => field.hidden && field.hasAttribute("data-show-when"));
  }
}
