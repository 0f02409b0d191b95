/**
 * Errors in a worksheet's answers, as Python found them: each message next to its field (the
 * field marked invalid), and a summary above the button that links to every field to fix.
 * A rule about no single field is shown in the summary only.
 */

function hide(slot) {
  slot.textContent = "";
  slot.hidden = true;
}

/** A summary entry: the message, as a link that moves focus to what it is about. */
function summaryLink(text, target) {
  const link = document.createElement("a");
  link.href = `#${target.id}`;
  link.textContent = text;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  });
  const li = document.createElement("li");
  li.append(link);
  return li;
}

export class FieldErrors {
  /**
   * @param {HTMLElement} root the worksheet, holding `[data-ati-error-for="<field>"]` slots
   * @param {HTMLFormElement} form
   * @param {HTMLElement} summary the `[data-ati-summary]` box
   */
  constructor(root, form, summary) {
    this.root = root;
    this.form = form;
    this.summary = summary;
  }

  slot(path) {
    return this.root.querySelector(`[data-ati-error-for="${CSS.escape(path)}"]`);
  }

  controls(path) {
    return this.form.querySelectorAll(`[name="${CSS.escape(path)}"]`);
  }

  /** Take every message away. */
  clearAll() {
    for (const slot of this.root.querySelectorAll("[data-ati-error-for]")) hide(slot);
    for (const control of this.form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
    this.summary.hidden = true;
    this.summary.replaceChildren();
  }

  /** Take one field's message away (the person is changing it); the summary stays until the next try. */
  clear(path) {
    const slot = this.slot(path);
    if (slot) hide(slot);
    for (const control of this.controls(path)) control.removeAttribute("aria-invalid");
  }

  /**
   * Show Python's messages and move focus to the summary.
   * @param {Record<string, string>} errors message by field name ("interviewers.1.name")
   */
  show(errors) {
    this.clearAll();
    const entries = Object.entries(errors);
    const links = [];
    for (const [path, text] of entries) {
      const slot = this.slot(path) || this.summary;
      const controls = this.controls(path);
      if (slot !== this.summary) {
        slot.textContent = text;
        slot.hidden = false;
      }
      for (const control of controls) control.setAttribute("aria-invalid", "true");
      links.push(summaryLink(text, controls[0] || slot));
    }
    const heading = document.createElement("p");
    heading.className = "ati-error-summary-title";
    heading.textContent = entries.length === 1 ? "One thing to fix before we can write this:" : `${entries.length} things to fix before we can write this:`;
    const list = document.createElement("ul");
    list.append(...links);
    this.summary.replaceChildren(heading, list);
    this.summary.hidden = false;
    this.summary.focus();
  }
}
