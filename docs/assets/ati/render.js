/**
 * Render a worksheet's output blocks. Every piece of text is set with textContent, never
 * parsed as markup, whatever the user typed into it.
 */
import { saveFile } from "./files.js";

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

function message(block, id) {
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
 */
export function renderOutput(container, output, prefix) {
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
        nodes.push(message(block, `${prefix}-msg-${index}`));
        break;
      case "download":
        nodes.push(download(block));
        break;
      default:
        break;
    }
  });
  container.replaceChildren(...nodes);
}
