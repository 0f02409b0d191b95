/**
 * Copying to the clipboard: the Copy buttons under messages and the reflection log, with a
 * fallback for browsers that refuse the async API (non-secure origins, some in-app browsers).
 */
import { button, el } from "../utilities/dom.js";

/**
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

/**
 * The status line to report to: `status`, or, when the card was drawn anew meanwhile (its
 * text written again for this moment), the line with the same id in the new card.
 * @param {HTMLElement} status
 */
export function liveStatus(status) {
  return status.isConnected || !status.id ? status : document.getElementById(status.id) || status;
}

/**
 * What a Copy button says once it worked, as a sentence: "Copy text" gives "Text copied.",
 * "Copy as Markdown" gives "Copied as Markdown.".
 * @param {string} label
 * @returns {string}
 */
export function copiedText(label) {
  const what = label.replace(/^Copy /, "");
  if (/^as /.test(what)) return `Copied ${what}.`;
  return `${what.charAt(0).toUpperCase()}${what.slice(1)} copied.`;
}

/**
 * A button that copies `getText()` and says in `status` whether it worked.
 * @param {string} label "Copy text", "Copy subject"…
 * @param {() => string | Promise<string>} getText read when pressed (the text as written now)
 * @param {HTMLElement} status a `role="status"` element next to it
 */
export function copyButton(label, getText, status) {
  const node = button(
    label,
    async () => {
      const ok = await copyText(await getText());
      liveStatus(status).textContent = ok ? copiedText(label) : "Copy didn't work here: select the text and copy it by hand.";
    },
    "md-button ati-copy",
  );
  node.dataset.atiAction = label.toLowerCase().replace(/\s+/g, "-");
  return node;
}
