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
 * @param {() => string} getText
 * @param {HTMLElement} status a `role="status"` element next to it
 */
export function copyButton(label, getText, status) {
  return button(
    label,
    async () => {
      const ok = await copyText(getText());
      status.textContent = ok ? copiedText(label) : "Copy didn't work here: select the text and copy it by hand.";
    },
    "md-button ati-copy",
  );
}
