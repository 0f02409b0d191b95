/**
 * Bind one worksheet form: repeatable groups, autosave and restore, errors next to their
 * fields, and the round trip to Python. The form's structure comes from the build (which
 * renders it from the Python declaration); this module only reads names and ids from it.
 */
import * as storage from "./storage.js";
import * as records from "./records.js";
import * as python from "./runtime.js";
import { renderOutput } from "./render.js";
import { saveFile } from "./files.js";
import { localDate } from "./dates.js";

const SAVE_DELAY_MS = 400;
/** Sent on document after a form saved shared values, so other forms on the page show them. */
const SHARED_SAVED = "ati:shared-saved";
/** Sent (bubbling, from the worksheet) when new output has been written. */
export const OUTPUT_WRITTEN = "ati:output";

/** @returns {string} the top-level key of a control's name: "interviewers" for "interviewers.0.name" */
function topKey(path) {
  return String(path).split(".")[0];
}

/** @returns {object} only the keys of `values` that are in `keys` */
function pick(values, keys) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => keys.has(key)));
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
  if (scope === "worksheet") {
    // Worksheet-only parts of a shared group (a detail per interviewer) are matched back to
    // their entry by the entry's first field, so removing a person elsewhere can't shift them.
    for (const group of form.querySelectorAll("[data-ati-group]")) {
      const items = data[group.dataset.atiGroup];
      if (!Array.isArray(items)) continue;
      Array.from(group.querySelector("[data-ati-items]").children).forEach((item, index) => {
        const first = item.querySelector("[name]");
        if (items[index] && first && first.dataset.scope) items[index].__key = first.value.trim().toLowerCase();
      });
    }
  }
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

/** Whether the person has typed anything (choices with defaults don't count). */
function anyTyped(form) {
  for (const control of form.elements) {
    if (!control.name) continue;
    if (control.type === "checkbox" ? control.checked : !["radio", "select-one"].includes(control.type) && control.value.trim()) return true;
  }
  return false;
}

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

class WorksheetForm {
  constructor(root) {
    this.root = root;
    this.id = root.dataset.worksheet;
    this.schema = Number(root.dataset.schema || 1);
    this.form = root.querySelector("form");
    this.output = root.querySelector("[data-ati-output]");
    this.statusText = root.querySelector("[data-ati-status-text]");
    this.progress = root.querySelector("[data-ati-progress]");
    this.banner = root.querySelector("[data-ati-banner]");
    this.summary = root.querySelector("[data-ati-summary]");
    this.picker = root.querySelector("[data-ati-picker]");
    this.usesInterviews = Boolean(this.picker);
    this.interviewId = null;
    this.saving = false;
    this.saveTimer = 0;
    this.savedOutput = null;
    this.outputFor = "";
    this.savingBlocked = false; // true while an unreadable saved value could not be set aside
    this.problems = new Map(); // banner messages by kind
    this.cleanups = [];
    this.undo = null;
    this.edits = {}; // drafts the user edited in the output (LinkedIn notes), by key
    this.dirty = new Set(); // top-level keys changed here since the last save or restore
  }

  /* ---------- groups ---------- */

  groups() {
    return Array.from(this.form.querySelectorAll("[data-ati-group]"));
  }

  items(group) {
    return Array.from(group.querySelector("[data-ati-items]").children);
  }

  addItem(group, focus = true) {
    const max = Number(group.dataset.max || 10);
    if (this.items(group).length >= max) return null;
    const template = group.querySelector("template[data-ati-template]");
    const item = template.content.firstElementChild.cloneNode(true);
    group.querySelector("[data-ati-items]").append(item);
    renumber(item, group.dataset.atiGroup, this.items(group).length - 1);
    this.updateGroupButtons(group);
    if (focus) item.querySelector("input, textarea, select")?.focus();
    return item;
  }

  removeItem(group, item) {
    const min = Number(group.dataset.min || 0);
    if (this.items(group).length <= min) return;
    const legend = item.querySelector("legend")?.textContent.trim() || "Entry";
    this.offerUndo(`${legend} removed.`);
    item.remove();
    this.items(group).forEach((each, index) => renumber(each, group.dataset.atiGroup, index));
    this.updateGroupButtons(group);
    group.querySelector("[data-ati-add]").focus();
    this.changed(true);
  }

  setItemCount(group, count) {
    const min = Number(group.dataset.min || 0);
    const max = Number(group.dataset.max || 10);
    const wanted = Math.max(min, 1, Math.min(max, count)); // one empty block is always offered
    while (this.items(group).length < wanted) this.addItem(group, false);
    while (this.items(group).length > wanted) this.items(group).at(-1).remove();
    this.updateGroupButtons(group);
  }

  updateGroupButtons(group) {
    const count = this.items(group).length;
    const add = group.querySelector("[data-ati-add]");
    add.hidden = count >= Number(group.dataset.max || 10);
    for (const button of group.querySelectorAll("[data-ati-remove]")) {
      button.hidden = count <= Math.max(1, Number(group.dataset.min || 0));
    }
  }

  /* ---------- values ---------- */

  apply(data) {
    for (const group of this.groups()) {
      const list = Array.isArray(data[group.dataset.atiGroup]) ? data[group.dataset.atiGroup] : [];
      this.setItemCount(group, list.length);
    }
    for (const control of this.form.elements) {
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
      if (control.type === "checkbox") control.checked = value === true;
      else if (control.type === "radio") control.checked = value === undefined ? control.hasAttribute("data-ati-default") : control.value === value;
      else control.value = typeof value === "string" ? value : "";
    }
    this.applyConditions();
  }

  /** Show each conditional field only while its controlling field has one of its values. */
  applyConditions() {
    for (const wrapper of this.form.querySelectorAll("[data-show-when]")) {
      let value = "";
      for (const control of this.form.querySelectorAll(`[name="${CSS.escape(wrapper.dataset.showWhen)}"]`)) {
        if (control.type === "radio") value = control.checked ? control.value : value;
        else if (control.type === "checkbox") value = control.checked ? "true" : "";
        else value = control.value.trim();
      }
      // Hidden fields keep their values (nothing typed is lost); Python ignores them.
      wrapper.hidden = !(wrapper.dataset.showValues || "").split(" ").includes(value);
    }
  }

  /** Another form on this page saved shared values: show them, keeping what is typed here. */
  syncShared(interviewId) {
    const sameInterview = !this.usesInterviews || interviewId === this.interviewId;
    const current = collect(this.form);
    const shared = this.usesInterviews && this.interviewId && sameInterview ? records.get(this.interviewId) || {} : collect(this.form, "interview");
    const data = merge(records.profile(), shared, collect(this.form, "worksheet"));
    for (const key of this.dirty) data[key] = current[key];
    if (JSON.stringify(data) === JSON.stringify(current)) return;
    this.apply(data);
    this.markStale();
    this.explainLater();
  }

  /* ---------- saving ---------- */

  /** The storage name of this worksheet's own values (per interview when it uses one). */
  get recordName() {
    if (!this.usesInterviews) return `worksheet:${this.id}`;
    return this.interviewId ? `worksheet:${this.id}:${this.interviewId}` : null;
  }

  record() {
    return { v: this.schema, savedAt: new Date().toISOString(), data: collect(this.form, "worksheet"), output: this.savedOutput, outputFor: this.outputFor, edits: this.edits };
  }

  saveNow() {
    clearTimeout(this.saveTimer);
    this.saveTimer = 0;
    if (this.savingBlocked) return;
    this.saving = true;
    let result = { ok: true };
    try {
      // Shared values: only what was changed here, so a second form on the page (or a tab)
      // that saved other fields meanwhile is never overwritten with what this one still shows.
      const profile = pick(collect(this.form, "profile"), this.dirty);
      if (Object.keys(profile).length) result = records.putProfile(profile);
      if (this.usesInterviews && result.ok) {
        const shared = collect(this.form, "interview");
        if (this.interviewId || anyTyped(this.form)) {
          const partial = this.interviewId && records.get(this.interviewId); // whole when new, or gone meanwhile
          const saved = records.put(this.interviewId, partial ? pick(shared, this.dirty) : shared);
          this.interviewId = saved.id;
          result = saved.result;
          this.renderPicker();
        }
      }
      if (result.ok && this.recordName) result = storage.save(this.recordName, this.record());
    } finally {
      this.saving = false;
    }
    if (result.ok) {
      const wroteShared = [...this.dirty].some((key) => this.form.querySelector(`[name="${CSS.escape(key)}"][data-scope], [name^="${CSS.escape(key)}."][data-scope]`));
      this.dirty.clear();
      if (wroteShared) document.dispatchEvent(new CustomEvent(SHARED_SAVED, { detail: { from: this.root, interviewId: this.interviewId } }));
      this.clearProblem("quota");
      this.clearProblem("error");
    } else if (result.reason === "quota") {
      this.showProblem(
        "quota",
        "Your latest changes are not saved: this browser's storage for the site is full. They are still on this page. Free some space (see Your data), or copy your text somewhere safe before closing the tab.",
      );
    } else {
      this.showProblem("error", `Your latest changes could not be saved (${result.message}). They are still on this page.`);
    }
  }

  changed(immediately = false) {
    this.markStale();
    clearTimeout(this.saveTimer);
    if (immediately) this.saveNow();
    else this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  restore() {
    if (this.usesInterviews) {
      const unreadable = records.sweepUnreadable();
      if (unreadable.length) {
        const raw = JSON.stringify(Object.fromEntries(unreadable.map((u) => [u.name, u.raw])), null, 2);
        this.showProblem(
          "unreadable-interviews",
          `${unreadable.length === 1 ? "One saved interview" : `${unreadable.length} saved interviews`} could not be read, so ${unreadable.length === 1 ? "it was" : "they were"} kept aside, unchanged.`,
          { label: "Download the saved data", action: () => this.download(raw) },
        );
      }
      this.interviewId = records.current();
    }
    const shared = this.usesInterviews && this.interviewId ? records.get(this.interviewId) || {} : {};
    const profile = records.profile();
    const loaded = this.recordName ? storage.load(this.recordName, this.schema) : { status: "empty" };
    this.savedOutput = null;
    this.outputFor = "";
    this.dirty.clear();
    const edits = loaded.status === "ok" ? loaded.record.edits : null;
    this.edits = edits && typeof edits === "object" && !Array.isArray(edits)
      ? Object.fromEntries(Object.entries(edits).filter(([, text]) => typeof text === "string"))
      : {};
    this.output.replaceChildren();
    this.clearErrors();
    this.renderPicker();
    if (loaded.status === "ok") {
      this.apply(merge(profile, shared, loaded.record.data));
      this.savedOutput = loaded.record.output || null;
      this.outputFor = loaded.record.outputFor || "";
      if (this.savedOutput) this.show(this.savedOutput);
      this.markStale();
      return;
    }
    this.apply(merge(profile, shared, {}));
    if (loaded.status === "corrupt" || loaded.status === "newer") {
      const what = loaded.status === "newer" ? "were saved by a newer version of this site" : "could not be read";
      const aside = storage.setAside(this.recordName, loaded.raw);
      if (aside) {
        this.showProblem(
          "corrupt",
          `Your saved answers for this worksheet ${what}, so we kept them aside, unchanged, and started a fresh form.`,
          { label: "Download the saved data", action: () => this.download(loaded.raw) },
        );
      } else {
        this.savingBlocked = true;
        this.showProblem(
          "corrupt",
          `Your saved answers for this worksheet ${what}. To keep them safe, this form will not save until you download them or choose to start afresh.`,
          { label: "Download the saved data", action: () => this.download(loaded.raw) },
          {
            label: "Start afresh (discard them)",
            action: () => {
              this.savingBlocked = false;
              this.clearProblem("corrupt");
              this.saveNow();
            },
          },
        );
      }
    }
  }

  download(raw) {
    saveFile(`after-the-interview-${this.id}-unreadable.json`, "application/json", raw);
  }

  /* ---------- which interview ---------- */

  renderPicker() {
    if (!this.picker) return;
    const all = records.all();
    const id = `${this.root.id}-interview`;
    let select = this.picker.querySelector("select");
    if (!select) {
      const label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = "Interview";
      const hint = document.createElement("p");
      hint.className = "ati-hint";
      hint.id = `${id}-hint`;
      hint.textContent = "The details you type are shared by every step's worksheet for this interview.";
      select = document.createElement("select");
      select.id = id;
      select.setAttribute("aria-describedby", hint.id);
      select.addEventListener("change", () => {
        if (this.saveTimer) this.saveNow();
        records.setCurrent(select.value || null);
      });
      const persist = document.createElement("p");
      persist.className = "ati-hint ati-persist";
      persist.setAttribute("role", "status");
      persist.dataset.atiPersist = "";
      persist.hidden = true;
      this.picker.append(label, hint, select, persist);
    }
    const options = Object.entries(all)
      .map(([key, data]) => [key, records.title(data)])
      .sort((a, b) => a[1].localeCompare(b[1]));
    const nodes = options.map(([key, text]) => new Option(text, key, false, key === this.interviewId));
    nodes.push(new Option(this.interviewId ? "Start a new interview" : "A new interview (saved when you type)", "", false, !this.interviewId));
    select.replaceChildren(...nodes);
  }

  /* ---------- messages ---------- */

  showProblem(kind, text, ...actions) {
    this.problems.set(kind, { text, actions });
    this.renderBanner();
  }

  clearProblem(kind) {
    if (this.problems.delete(kind)) this.renderBanner();
  }

  renderBanner() {
    const nodes = [];
    for (const { text, actions } of this.problems.values()) {
      const p = document.createElement("p");
      p.textContent = text;
      for (const { label, action } of actions) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.textContent = label;
        button.addEventListener("click", action);
        p.append(" ", button);
      }
      nodes.push(p);
    }
    this.banner.replaceChildren(...nodes);
    this.banner.hidden = nodes.length === 0;
  }

  offerUndo(text) {
    const before = collect(this.form);
    this.showProblem("undo", text, {
      label: "Undo",
      action: () => {
        this.apply(before);
        for (const key of Object.keys(before)) this.dirty.add(key);
        this.clearProblem("undo");
        this.changed(true);
        this.setStatus("Restored.");
      },
    });
  }

  setStatus(text, busy = false) {
    this.statusText.textContent = text;
    this.progress.hidden = !busy;
  }

  clearErrors() {
    for (const slot of this.root.querySelectorAll("[data-ati-error-for]")) {
      slot.textContent = "";
      slot.hidden = true;
    }
    for (const control of this.form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
    this.summary.hidden = true;
    this.summary.replaceChildren();
  }

  clearError(path) {
    const slot = this.root.querySelector(`[data-ati-error-for="${CSS.escape(path)}"]`);
    if (slot) {
      slot.textContent = "";
      slot.hidden = true;
    }
    for (const control of this.form.querySelectorAll(`[name="${CSS.escape(path)}"]`)) control.removeAttribute("aria-invalid");
  }

  showErrors(errors) {
    this.clearErrors();
    const entries = Object.entries(errors);
    const links = [];
    for (const [path, text] of entries) {
      let slot = this.root.querySelector(`[data-ati-error-for="${CSS.escape(path)}"]`);
      const controls = this.form.querySelectorAll(`[name="${CSS.escape(path)}"]`);
      if (!slot) slot = this.summary; // a rule with no single field: shown in the summary only
      if (slot !== this.summary) {
        slot.textContent = text;
        slot.hidden = false;
      }
      for (const control of controls) control.setAttribute("aria-invalid", "true");
      const target = controls[0] || slot;
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
      links.push(li);
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

  /* ---------- live notes next to fields ---------- */

  explainLater() {
    if (!this.form.querySelector("[data-explain]")) return;
    clearTimeout(this.explainTimer);
    this.explainTimer = setTimeout(() => this.explain(), 350);
  }

  async explain() {
    try {
      await python.whenReady();
      const result = JSON.parse(await python.call("explain", [this.id, JSON.stringify(collect(this.form))]));
      if (!result.ok) return;
      for (const [path, text] of Object.entries(result.notes)) {
        const slot = this.root.querySelector(`[data-ati-note-for="${CSS.escape(path)}"]`);
        if (!slot || slot.textContent === text) continue;
        slot.textContent = text;
        slot.hidden = !text;
      }
    } catch {
      /* Python unavailable: the status line already says so */
    }
  }

  /* ---------- output ---------- */

  show(output) {
    renderOutput(this.output, output, this.root.id, {
      edits: this.edits,
      onEdit: (key, text) => {
        if (text === null) delete this.edits[key];
        else this.edits[key] = text;
        this.changed();
      },
    });
  }

  markStale() {
    if (!this.savedOutput) return;
    const stale = JSON.stringify(collect(this.form)) !== this.outputFor;
    this.output.classList.toggle("ati-stale", stale);
    let note = this.output.querySelector(".ati-stale-note");
    if (stale && !note) {
      note = document.createElement("p");
      note.className = "ati-stale-note ati-no-print";
      const label = this.form.querySelector('button[type="submit"]').textContent;
      note.textContent = `You have changed your answers since this was written. Press “${label}” to update it.`;
      this.output.prepend(note);
    } else if (!stale && note) {
      note.remove();
    }
  }

  async submit() {
    this.saveNow();
    const data = collect(this.form);
    if (python.status().state !== "ready") this.setStatus("Your results will appear as soon as Python is ready…", true);
    let result;
    try {
      result = await python.runWorksheet(this.id, data, localDate(), this.interviewId || "");
    } catch (error) {
      this.setStatus(`We couldn't run the worksheet: ${error.message}. Your answers are saved; reload the page to try again.`);
      return;
    }
    if (result.ok) {
      this.clearErrors();
      this.savedOutput = result.output;
      this.outputFor = JSON.stringify(data);
      this.show(result.output);
      this.markStale(); // clears the "changed since" state left by an earlier result
      this.saveNow();
      const count = result.output.blocks.filter((b) => b.type === "message").length;
      this.setStatus(count ? `Done: ${count === 1 ? "1 message is" : `${count} messages are`} ready below.` : "Done: your results are below.");
      this.output.setAttribute("tabindex", "-1");
      this.output.focus();
      this.root.dispatchEvent(new CustomEvent(OUTPUT_WRITTEN, { bubbles: true, detail: { worksheet: this.id } }));
    } else if (result.errors) {
      this.showErrors(result.errors);
      this.setStatus(`Please check ${Object.keys(result.errors).length === 1 ? "one field" : `${Object.keys(result.errors).length} fields`}: the messages are next to them.`);
    } else {
      console.error(result.failure, result.trace);
      this.setStatus(`Something went wrong inside the worksheet (${result.failure}). Your answers are saved.`);
    }
  }

  /* ---------- wiring ---------- */

  followPython() {
    const show = (event) => {
      if (event.type === "progress") this.setStatus(`${event.text} (step ${event.step} of ${event.of}). You can keep typing.`, true);
      if (event.type === "ready") this.setStatus("Ready.");
      if (event.type === "failed")
        this.setStatus(`Python could not start in this browser (${event.message}). Everything you typed is saved; try reloading the page.`);
    };
    this.cleanups.push(python.subscribe(show));
    const { state, failure, progress } = python.status();
    if (state === "ready") this.setStatus("Ready.");
    else if (state === "failed") show({ type: "failed", message: failure });
    else if (progress) show({ type: "progress", ...progress });
    else this.setStatus("Loading Python… You can start typing now.", true);
    const slow = setTimeout(() => {
      if (python.status().state === "loading")
        this.setStatus("Python is taking longer than usual to load. Everything you type is saved; you can keep going, and it will be ready shortly.", true);
    }, python.SLOW_AFTER_MS);
    this.cleanups.push(() => clearTimeout(slow));
    this.cleanups.push(() => clearTimeout(this.explainTimer));
  }

  bind() {
    const onInput = (event) => {
      if (event.target.name) this.dirty.add(topKey(event.target.name));
      this.applyConditions();
      if (event.target.name) this.clearError(event.target.name);
      this.changed(event.type === "change");
      this.explainLater();
    };
    this.form.addEventListener("input", onInput);
    this.form.addEventListener("change", onInput);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.submit();
    });
    this.form.addEventListener("click", (event) => {
      const add = event.target.closest("[data-ati-add]");
      const remove = event.target.closest("[data-ati-remove]");
      const clear = event.target.closest("[data-ati-clear]");
      if (add) {
        this.dirty.add(add.closest("[data-ati-group]").dataset.atiGroup);
        this.addItem(add.closest("[data-ati-group]"));
        this.changed(true);
      } else if (remove) {
        this.dirty.add(remove.closest("[data-ati-group]").dataset.atiGroup);
        this.removeItem(remove.closest("[data-ati-group]"), remove.closest("[data-ati-item]"));
      } else if (clear) {
        this.offerUndo(this.usesInterviews ? "This worksheet's own answers were cleared; the interview's details stay." : "Form cleared.");
        this.apply(this.usesInterviews ? merge(collect(this.form, "profile"), collect(this.form, "interview"), {}) : {});
        this.clearErrors();
        this.changed(true);
      }
    });
    const flush = () => {
      if (this.saveTimer) this.saveNow();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    this.cleanups.push(() => {
      flush();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
    });
    this.cleanups.push(
      storage.onOtherTabChange((name) => {
        // Another tab saved something this form shows: take its version unless this tab
        // has typing not yet saved (then this tab's next save wins, as the person expects).
        const mine = name === this.recordName || name === "profile" || (this.interviewId && name === `interview:${this.interviewId}`);
        if (!mine && !name.startsWith("interview:")) return;
        if (!mine) return this.renderPicker();
        if (this.saveTimer) return;
        this.restore();
        this.setStatus("Updated with changes from another tab.");
      }),
    );
    const onRecords = (event) => {
      if (this.saving) return;
      const detail = event.detail || {};
      if ("saved" in detail) return; // the dashboard listens for these; the form already shows them
      if ("persistence" in detail) {
        // Said next to the interview picker, not in the status line, which is Python's.
        const note = this.picker && this.picker.querySelector("[data-ati-persist]");
        if (note) {
          note.textContent = detail.persistence
            ? "Your browser agreed to keep this site's data until you delete it."
            : "Your browser may clear this site's data if space runs low or you stay away a while (Safari: 7 days). Export a backup on Your data now and then.";
          note.hidden = false;
        }
        return;
      }
      if (!this.usesInterviews) return;
      if ("current" in detail && detail.current === this.interviewId) return this.renderPicker();
      if (this.saveTimer) this.saveNow();
      this.restore();
      this.explainLater();
    };
    document.addEventListener(records.CHANGED, onRecords);
    this.cleanups.push(() => document.removeEventListener(records.CHANGED, onRecords));
    const onSibling = (event) => {
      const detail = event.detail || {};
      if (detail.from !== this.root) this.syncShared(detail.interviewId || null);
    };
    document.addEventListener(SHARED_SAVED, onSibling);
    this.cleanups.push(() => document.removeEventListener(SHARED_SAVED, onSibling));
    for (const group of this.groups()) this.updateGroupButtons(group);
    if (storage.isMemoryOnly()) {
      this.showProblem(
        "memory",
        "Saving is switched off in this browser (private browsing can do this), so what you type here lasts only until you close the tab. Copy your results before you leave.",
      );
    }
    this.restore();
    this.followPython();
    this.explainLater();
  }

  destroy() {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

/**
 * Bind a rendered worksheet and start Python for it.
 * @param {HTMLElement} root the `.ati-worksheet` section
 * @returns {() => void} unbind (saves pending changes)
 */
export function bindWorksheet(root) {
  const sheet = new WorksheetForm(root);
  sheet.bind();
  python.start(python.needs(root));
  return () => sheet.destroy();
}
