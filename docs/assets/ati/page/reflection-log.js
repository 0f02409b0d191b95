/**
 * The reflection log across interviews (the panel under the step 3 worksheet): gathers every
 * saved reflection with its interview's details, has Python write the question bank, the
 * roles compared and every entry newest first, and renders those blocks as text.
 */
import * as storage from "../storage/index.js";
import * as records from "../storage/records.js";
import * as python from "../python/runtime.js";
import { renderOutput } from "../output/index.js";
import { OUTPUT_WRITTEN } from "../form/submit.js";
import { contextJson } from "../utilities/dates.js";

const WORKSHEET = "reflection";
const NAME = new RegExp(`^worksheet:${WORKSHEET}:([0-9a-f]{4,32})$`);


/**
 * Every reflection written so far (saved with its output), merged with its interview
 * record, which holds the company, role, round and date.
 * @returns {object[]} entries as the reflection worksheet's data
 */
export function gather() {
  const sheet = document.querySelector(`.ati-worksheet[data-worksheet="${WORKSHEET}"]`);
  const schema = Number((sheet && sheet.dataset.schema) || 1); // the newest the page's code reads
  const entries = [];
  for (const name of storage.listNames()) {
    const match = NAME.exec(name);
    if (!match) continue;
    const loaded = storage.load(name, schema);
    if (loaded.status !== "ok" || !loaded.record.output) continue; // unwritten, or unreadable (the form reports it)
    const interview = records.get(match[1]);
    if (!interview) continue;
    entries.push({ ...loaded.record.data, ...interview });
  }
  return entries;
}

class ReflectionLog {
  constructor(root) {
    this.root = root;
    this.status = root.querySelector("[data-ati-log-status]");
    this.output = root.querySelector("[data-ati-log-output]");
    this.cleanups = [];
    this.timer = 0;
    this.run = 0;
  }

  async refresh() {
    const run = ++this.run;
    const entries = gather();
    try {
      await python.whenReady();
      const result = JSON.parse(await python.call("reflection_log", [JSON.stringify(entries), contextJson({ profile: records.profile() })]));
      if (run !== this.run) return; // a newer refresh is on its way
      if (!result.ok) throw new Error(result.failure);
      renderOutput(this.output, result.output, this.root.id || "ati-log");
      this.status.textContent =
        result.count === 0 ? "No entries yet." : `Your log has ${result.count === 1 ? "1 entry" : `${result.count} entries`}.`;
    } catch (error) {
      if (run === this.run) this.status.textContent = `Your log could not be shown: ${error.message}. Your entries are still saved.`;
    }
  }

  later() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  bind() {
    if (!this.root.id) this.root.id = "ati-reflection-log";
    const onOutput = (event) => {
      if (event.detail && event.detail.worksheet === WORKSHEET) this.later();
    };
    const onRecords = (event) => {
      const detail = event.detail || {};
      if (!("saved" in detail) && !("persistence" in detail)) this.later(); // removed, restored, switched
    };
    document.addEventListener(OUTPUT_WRITTEN, onOutput);
    document.addEventListener(records.CHANGED, onRecords);
    this.cleanups.push(() => document.removeEventListener(OUTPUT_WRITTEN, onOutput));
    this.cleanups.push(() => document.removeEventListener(records.CHANGED, onRecords));
    this.cleanups.push(
      storage.onOtherTabChange((name) => (NAME.test(name) || name.startsWith("interview:")) && this.later()),
    );
    this.cleanups.push(() => clearTimeout(this.timer));
    this.refresh();
  }

  destroy() {
    this.run += 1;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}

/**
 * Bind the reflection log panel.
 * @param {HTMLElement} root the `[data-panel="reflection-log"]` section
 * @returns {() => void} unbind
 */
export function bindPanel(root) {
  const log = new ReflectionLog(root);
  log.bind();
  return () => log.destroy();
}
