/**
 * Message blocks of a worksheet's output: an email or note as a card with its recipient,
 * subject and body, Copy buttons, Share (where the browser can) and "Open in mail app"; or,
 * when the message has a length limit (a LinkedIn note), an editable draft with a live
 * character count whose edits are saved.
 */
import { button, el } from "../utilities/dom.js";
import { copyButton } from "./clipboard.js";
import { bindCounter } from "./counter.js";
import { shareButton } from "./share.js";

/** An email address as a `<dd>` that a narrow screen breaks after "@" or before a ".", not mid-word. */
function address(text) {
  const dd = el("dd");
  text.split(/(?<=@)|(?=\.)/).forEach((part, index) => {
    if (index) dd.append(document.createElement("wbr"));
    dd.append(part);
  });
  return dd;
}

/** The row of buttons under a card, with the status line they report to (its id is the card's, so it is found again when the card is drawn anew). */
function actionRow(id) {
  const actions = el("div", "ati-message-actions ati-no-print");
  const status = el("span", "ati-copy-status");
  status.setAttribute("role", "status");
  status.id = `${id}-status`;
  return { actions, status };
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
  counter.id = `${id}-count`; // described by the box; spoken once the typing pauses (output/counter.js)
  area.setAttribute("aria-describedby", `${hint.id} ${counter.id}`);
  const edits = options.edits && typeof options.edits === "object" ? options.edits : {};
  const saved = block.key && typeof edits[block.key] === "string" ? edits[block.key] : null;
  area.value = saved ?? block.body;
  const recount = bindCounter(area, counter, Number(block.limit));
  const { actions, status } = actionRow(id);
  actions.append(copyButton("Copy note", () => area.value, status));
  const share = shareButton(() => ({ text: area.value }), status);
  if (share) actions.append(share);
  let previous = null; // the user's own version, while the suggested draft is shown instead
  const report = () => {
    if (block.key && typeof options.onEdit === "function") options.onEdit(block.key, area.value === block.body ? null : area.value);
  };
  const showReset = () => {
    reset.hidden = previous === null && area.value === block.body;
    reset.textContent = previous === null ? "Use the suggested note" : "Back to my version";
  };
  const reset = button("", () => {
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
  }, "md-button ati-reset");
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
 * A message block as a card (or an editable draft when it has a length limit).
 * @param {object} block {heading, to?, subject?, body, mailto?, note?, limit?, key?}
 * @param {string} id the heading's id
 * @param {{edits?: Record<string, string>, onEdit?: (key: string, text: string|null) => void,
 *   fresh?: () => Promise<object>}} [options] `fresh` gives this block as written at this moment
 *   (the page writes the output again when a message is copied, shared or opened, so "today"
 *   and "yesterday" are true when it is sent)
 */
export function message(block, id, options = {}) {
  if (Number(block.limit) > 0) return draft(block, id, options);
  const card = el("article", "ati-message");
  const heading = el("h3", "ati-message-heading", block.heading);
  heading.id = id;
  card.setAttribute("aria-labelledby", id);
  card.append(heading);
  const meta = el("dl", "ati-message-meta");
  if (block.to) meta.append(el("dt", "", "To"), address(block.to));
  if (block.cc) meta.append(el("dt", "", "Cc"), address(block.cc));
  if (block.subject) meta.append(el("dt", "", "Subject"), el("dd", "ati-subject", block.subject));
  if (meta.childElementCount) card.append(meta);
  card.append(el("div", "ati-body", block.body));
  const now = async () => (options.fresh ? (await options.fresh()) || block : block);
  const { actions, status } = actionRow(id);
  actions.append(copyButton("Copy text", async () => (await now()).body, status));
  if (block.subject) actions.append(copyButton("Copy subject", async () => (await now()).subject, status));
  const shared = (b) => (b.subject ? { title: b.subject, text: b.body } : { text: b.body });
  const share = shareButton(() => shared(block), status, async () => shared(await now()));
  if (share) actions.append(share);
  if (block.mailto && block.mailto.startsWith("mailto:")) {
    const link = el("a", "md-button md-button--primary ati-mailto", "Open in mail app");
    link.href = block.mailto;
    link.dataset.atiAction = "mail";
    if (options.fresh) {
      link.addEventListener("click", async (event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        const href = (await now()).mailto;
        window.location.href = typeof href === "string" && href.startsWith("mailto:") ? href : link.href;
      });
    }
    actions.append(link);
  }
  actions.append(status);
  card.append(actions);
  if (block.note) card.append(el("p", "ati-note", block.note));
  return card;
}
