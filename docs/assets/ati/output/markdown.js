/**
 * Markdown blocks of a worksheet's output (the reflection log): a tree Python made from the
 * Markdown, built here with createElement and text nodes only, with "Copy as Markdown" and a
 * Print button that prints this block alone.
 */
import { button, el } from "../utilities/dom.js";
import { copyButton } from "./clipboard.js";

/** Tags a Markdown tree may create: the Python side's allow-list, checked again here. */
const TREE_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "code", "pre", "blockquote"]);
const TREE_DEPTH = 32;

/**
 * Build a Markdown tree ([tag, children] or text, from worksheets.sheets.reflection.markdown_tree)
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

/**
 * @param {{tree: Array, source?: string, label?: string}} block
 * @param {string} id the body's id
 */
export function markdownBlock(block, id) {
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
  const print = button("Print", () => printOnly(card));
  if (block.label) print.setAttribute("aria-label", `Print: ${block.label}`);
  actions.append(print, status);
  card.append(actions);
  return card;
}
