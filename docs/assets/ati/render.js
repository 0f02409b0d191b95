/**
 * Render a worksheet's output blocks. Every piece of text is set with textContent, never
 * parsed as markup, whatever the user typed into it.
 */
import { saveFile } from "./files.js";
import { bindCounter } from "./counter.js";

/** The site's root, for links to other pages (this module lives in assets/ati/). */
const SITE_ROOT = new URL("../../", import.meta.url);

/** Tags a Markdown tree may create: the Python side's allow-list, checked again here. */
const TREE_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote"]);
const TREE_DEPTH = 32;

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Copy text to the clipboard, with a fallback for browsers that refuse the async API
 * (non-secure origins, some in-app browsers).
 * @param {string} text
 * @returns {Promise<boolean>} whether it worked
 */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall through to the old way */
  }
  const area = el("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand("copy");
  } catch {
    done = false;
  }
  area.remove();
  return done;
}

function copyButton(label, getText, status) {
  const button = el("button", "md-button ati-copy", label);
  button.type = "button";
  button.addEventListener("click", async () => {
    const ok = await copyText(getText());
    status.textContent = ok ? `${label.replace(/^Copy /, "")} copied.` : "Copy didn't work here: select the text and copy it by hand.";
  });
  return button;
}

/**
 * An editable draft with a live counter (a LinkedIn note): the text box is named by the
 * card's heading; edits are reported to `options.onEdit` and shown again from `options.edits`.
 */
function draft(block, id, options) {
  const card = el("article", "ati-message ati-draft");
  const heading = el("h3", "ati-message-heading", block.heading);
  heading.id = id;
  card.setAttribute("aria-labelledby", id);
  const hint = el("p", "ati-hint ati-no-print", "You can change the note here: your version is saved.");
  hint.id = `${id}-hint`;
  const area = el("textarea", "ati-draft-text");
  area.id = `${id}-text`;
  area.rows = 4;
  area.setAttribute("aria-labelledby", id);
  const counter = el("p", "ati-counter");
  counter.id = `${id}-count`;
  counter.setAttribute("role", "status");
  counter.setAttribute("aria-live", "polite");
  area.setAttribute("aria-describedby", `${hint.id} ${counter.id}`);
  const edits = options.edits && typeof options.edits === "object" ? options.edits : {};
  const saved = block.key && typeof edits[block.key] === "string" ? edits[block.key] : null;
  area.value = saved ?? block.body;
  const recount = bindCounter(area, counter, Number(block.limit));
  const actions = el("div", "ati-message-actions ati-no-print");
  const status = el("span", "ati-copy-status");
  status.setAttribute("role", "status");
  actions.append(copyButton("Copy note", () => area.value, status));
  const reset = el("button", "md-button ati-reset");
  reset.type = "button";
  let previous = null; // the user's own version, while the suggested draft is shown instead
  const report = () => {
    if (block.key && typeof options.onEdit === "function") options.onEdit(block.key, area.value === block.body ? null : area.value);
  };
  const showReset = () => {
    reset.hidden = previous === null && area.value === block.body;
    reset.textContent = previous === null ? "Use the suggested note" : "Back to my version";
  };
  reset.addEventListener("click", () => {
    if (previous === null) {
      previous = area.value;
      area.value = block.body;
      status.textContent = "The suggested note is back. Your version is one click away.";
    } else {
      area.value = previous;
      previous = null;
      status.textContent = "Your version is back.";
    }
    recount();
    report();
    showReset();
    area.focus();
  });
  area.addEventListener("input", () => {
    previous = null;
    report();
    showReset();
  });
  showReset();
  actions.append(reset, status);
  card.append(heading, hint, area, counter, actions);
  if (block.note) card.append(el("p", "ati-note", block.note));
  return card;
}

/**
 * Build a Markdown tree ([tag, children] or text, from worksheets.reflection.markdown_tree)
 * with createElement and text nodes only. Unknown tags keep their text, never their markup.
 */
function buildTree(nodes, parent, depth = 0) {
  if (!Array.isArray(nodes)) return;
  for (const node of nodes) {
    if (typeof node === "string") parent.append(document.createTextNode(node));
    else if (Array.isArray(node) && depth < TREE_DEPTH) {
      const tag = String(node[0]);
      if (TREE_TAGS.has(tag)) {
        const child = document.createElement(tag);
        buildTree(node[1], child, depth + 1);
        parent.append(child);
      } else {
        buildTree(node[1], parent, depth + 1);
      }
    }
  }
}

/** Print just one block: the page's print styles hide everything else while it prints. */
function printOnly(node) {
  const done = () => {
    node.classList.remove("ati-print-target");
    document.body.classList.remove("ati-printing-one");
    window.removeEventListener("afterprint", done);
  };
  node.classList.add("ati-print-target");
  document.body.classList.add("ati-printing-one");
  window.addEventListener("afterprint", done);
  window.print();
  if (!("onafterprint" in window)) setTimeout(done, 1000); // browsers without afterprint
}

function markdownBlock(block, id) {
  const card = el("article", "ati-markdown");
  if (block.label) card.setAttribute("aria-label", block.label);
  const body = el("div", "ati-markdown-body");
  body.id = id;
  buildTree(block.tree, body);
  card.append(body);
  const actions = el("div", "ati-message-actions ati-no-print");
  const status = el("span", "ati-copy-status");
  status.setAttribute("role", "status");
  actions.append(copyButton("Copy as Markdown", () => String(block.source || ""), status));
  const print = el("button", "md-button", "Print");
  print.type = "button";
  if (block.label) print.setAttribute("aria-label", `Print: ${block.label}`);
  print.addEventListener("click", () => printOnly(card));
  actions.append(print, status);
  card.append(actions);
  return card;
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

function message(block, id, options = {}) {
  if (Number(block.limit) > 0) return draft(block, id, options);
  const card = el("article", "ati-message");
  const headingId = id;
  const heading = el("h3", "ati-message-heading", block.heading);
  heading.id = headingId;
  card.setAttribute("aria-labelledby", headingId);
  card.append(heading);
  const meta = el("dl", "ati-message-meta");
  if (block.to) meta.append(el("dt", "", "To"), el("dd", "", block.to));
  if (block.subject) meta.append(el("dt", "", "Subject"), el("dd", "ati-subject", block.subject));
  if (meta.childElementCount) card.append(meta);
  card.append(el("div", "ati-body", block.body));
  const actions = el("div", "ati-message-actions ati-no-print");
  const status = el("span", "ati-copy-status");
  status.setAttribute("role", "status");
  actions.append(copyButton("Copy text", () => block.body, status));
  if (block.subject) actions.append(copyButton("Copy subject", () => block.subject, status));
  if (block.mailto && block.mailto.startsWith("mailto:")) {
    const link = el("a", "md-button md-button--primary ati-mailto", "Open in mail app");
    link.href = block.mailto;
    actions.append(link);
  }
  actions.append(status);
  card.append(actions);
  if (block.note) card.append(el("p", "ati-note", block.note));
  return card;
}

function download(block) {
  const box = el("div", "ati-download ati-no-print");
  const button = el("button", "md-button md-button--primary", block.label);
  button.type = "button";
  button.addEventListener("click", () => saveFile(block.filename, block.mime, block.content));
  box.append(button);
  if (block.note) box.append(el("p", "ati-note", block.note));
  return box;
}

/**
 * Replace the contents of `container` with the rendered blocks.
 * @param {HTMLElement} container
 * @param {{blocks: object[]}} output as returned by worksheets.api.run
 * @param {string} prefix unique id prefix for headings (the worksheet's element id)
 * @param {{edits?: Record<string, string>, onEdit?: (key: string, text: string|null) => void}} [options]
 *   drafts the user edited, by key, and where to report an edit (null: back to the draft)
 */
export function renderOutput(container, output, prefix, options = {}) {
  const nodes = [];
  (output.blocks || []).forEach((block, index) => {
    switch (block.type) {
      case "heading":
        nodes.push(el("h3", "ati-out-heading", block.text));
        break;
      case "paragraph":
        nodes.push(el("p", "ati-out-paragraph", block.text));
        break;
      case "notice": {
        const tone = ["info", "deadline", "warning"].includes(block.tone) ? block.tone : "info";
        nodes.push(el("p", `ati-notice ati-notice--${tone}`, block.text));
        break;
      }
      case "message":
        nodes.push(message(block, `${prefix}-msg-${index}`, options));
        break;
      case "markdown":
        nodes.push(markdownBlock(block, `${prefix}-md-${index}`));
        break;
      case "table":
        nodes.push(table(block, `${prefix}-table-${index}`));
        break;
      case "link": {
        const node = link(block);
        if (node) nodes.push(node);
        break;
      }
      case "download":
        nodes.push(download(block));
        break;
      default:
        break;
    }
  });
  container.replaceChildren(...nodes);
}
