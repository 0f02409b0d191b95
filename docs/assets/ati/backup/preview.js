/**
 * The import preview's parts, from Python's verdict on every item (backup/check.js): the
 * facts (when the file was made, how many of what it holds), what will be imported (with
 * anything left out of an item), and what will be skipped and why. Text only, set with
 * textContent: names in the file are never markup.
 */
import * as storage from "../storage/index.js";
import { el } from "../utilities/dom.js";
import { plural } from "../utilities/words.js";

const SHOWN = 12; // items named in each list; the rest are counted

function formatTime(iso) {
  const date = typeof iso === "string" ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "not recorded";
  return date.toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" });
}

function fact(term, detail) {
  return [el("dt", "", term), el("dd", "", detail)];
}

/** A list's items: the first few texts, then "and N more". */
function listItems(texts) {
  const shown = texts.slice(0, SHOWN).map((text) => el("li", "", text));
  if (texts.length > shown.length) shown.push(el("li", "", `and ${texts.length - shown.length} more`));
  return shown;
}

/**
 * The preview's facts.
 * @param {{backup: object, fromSchema: number, verdicts: object[]}} pending the file read and checked
 * @returns {HTMLElement[]} dt/dd pairs
 */
export function facts({ backup, fromSchema, verdicts }) {
  const count = (group) => verdicts.filter((v) => v.import && v.group === group).length;
  const nodes = [
    ...fact("Exported", formatTime(backup.exportedAt)),
    ...(count("application") ? fact("Applications", String(count("application"))) : []),
    ...fact("Interviews", String(count("interview"))),
    ...fact("Worksheets", String(count("worksheet"))),
  ];
  if (count("aside")) nodes.push(...fact("Kept aside (unreadable)", String(count("aside"))));
  if (count("other")) nodes.push(...fact("Other saved answers", String(count("other"))));
  if (count("setting")) nodes.push(...fact("Settings", String(count("setting"))));
  const skipped = verdicts.filter((v) => !v.import).length;
  if (skipped) nodes.push(...fact("Skipped", String(skipped)));
  if (typeof backup.site === "string" && backup.site !== storage.SITE_PATH) {
    nodes.push(...fact("Made on", `another copy of this site (${backup.site.slice(0, 80)})`));
  }
  if (fromSchema < backup.schema) nodes.push(...fact("Format", "an older backup: it will be updated as it is imported"));
  return nodes;
}

/** @returns {HTMLElement[]} what will be imported, each with what is left out of it */
export function imported(verdicts) {
  return listItems(
    verdicts
      .filter((v) => v.import && v.group !== "setting")
      .map((v) => (v.left_out && v.left_out.length ? `${v.label}. Left out: ${v.left_out.join("; ")}.` : v.label)),
  );
}

/**
 * What will be skipped, and why.
 * @returns {{intro: string, items: HTMLElement[]}} empty when nothing is skipped
 */
export function skipped(verdicts) {
  const refused = verdicts.filter((v) => !v.import);
  if (!refused.length) return { intro: "", items: [] };
  const intro = `Not imported: ${plural(refused.length, "item")} in this file, each for the reason given.`;
  return { intro, items: listItems(refused.map((v) => `${v.label}: skipped, because ${v.reason}.`)) };
}
