/**
 * Render a worksheet's output blocks, as worksheets.api returns them. Every piece of text is
 * set with textContent, never parsed as markup, whatever the user typed into it. The small
 * blocks are here; messages are in output/message.js, Markdown in output/markdown.js.
 */
import { saveFile } from "./files.js";
import { button, el } from "../utilities/dom.js";
import { message } from "./message.js";
import { markdownBlock } from "./markdown.js";

/** The site's root, for links to other pages (this module lives in assets/ati/). */
const SITE_ROOT = new URL("../../../", import.meta.url);

function notice(block) {
  const tone = ["info", "deadline", "warning"].includes(block.tone) ? block.tone : "info";
  return el("p", `ati-notice ati-notice--${tone}`, block.text);
}

function table(block, id) {
  const wrap = el("div", "ati-table-wrap");
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-labelledby", `${id}-caption`);
  wrap.tabIndex = 0; // scrolls sideways on a phone: reachable by keyboard
  const node = el("table", "ati-table");
  const caption = el("caption", "", block.caption);
  caption.id = `${id}-caption`;
  const head = el("tr");
  for (const column of block.columns || []) {
    const th = el("th", "", String(column));
    th.scope = "col";
    head.append(th);
  }
  const body = el("tbody");
  for (const row of block.rows || []) {
    const tr = el("tr");
    (Array.isArray(row) ? row : []).forEach((cell, index) => {
      const td = el(index === 0 ? "th" : "td", "", String(cell));
      if (index === 0) td.scope = "row";
      tr.append(td);
    });
    body.append(tr);
  }
  const thead = el("thead");
  thead.append(head);
  node.append(caption, thead, body);
  wrap.append(node);
  return wrap;
}

function link(block) {
  const page = String(block.page || "");
  // Only pages of this site: a relative path of plain segments, never a scheme or host.
  if (!/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*\/?$/.test(page)) return null;
  const p = el("p", "ati-out-link");
  const a = el("a", "", block.text);
  a.href = new URL(page, SITE_ROOT).href;
  p.append(a);
  return p;
}

function download(block) {
  const box = el("div", "ati-download ati-no-print");
  box.append(button(block.label, () => saveFile(block.filename, block.mime, block.content), "md-button md-button--primary"));
  if (block.note) box.append(el("p", "ati-note", block.note));
  return box;
}

/**
 * Replace the contents of `container` with the rendered blocks.
 * @param {HTMLElement} container
 * @param {{blocks: object[]}} output as returned by worksheets.api.run
 * @param {string} prefix unique id prefix for headings (the worksheet's element id)
 * @param {{edits?: Record<string, string>, onEdit?: (key: string, text: string|null) => void,
 *   fresh?: (nth: number) => Promise<object|null>}} [options]
 *   drafts the user edited, by key, and where to report an edit (null: back to the draft);
 *   `fresh` gives the `nth` message as written at this moment (see output/message.js). A
 *   message's id is its place among the messages, so it stays when a notice comes or goes.
 */
export function renderOutput(container, output, prefix, options = {}) {
  const nodes = [];
  let messages = 0;
  (output.blocks || []).forEach((block, index) => {
    let node = null;
    switch (block.type) {
      case "heading":
        node = el("h3", "ati-out-heading", block.text);
        break;
      case "paragraph":
        node = el("p", "ati-out-paragraph", block.text);
        break;
      case "notice":
        node = notice(block);
        break;
      case "message": {
        const nth = messages++;
        node = message(block, `${prefix}-msg-${nth}`, { ...options, fresh: options.fresh && (() => options.fresh(nth)) });
        break;
      }
      case "markdown":
        node = markdownBlock(block, `${prefix}-md-${index}`);
        break;
      case "table":
        node = table(block, `${prefix}-table-${index}`);
        break;
      case "link":
        node = link(block);
        break;
      case "download":
        node = download(block);
        break;
      default:
        break;
    }
    if (node) nodes.push(node);
  });
  container.replaceChildren(...nodes);
}
