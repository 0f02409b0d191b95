/**
 * The Share button under a message, where the browser can share (the Web Share API, mostly on
 * phones): it hands the text to the apps the person chooses, a mail app, LinkedIn's app, their
 * notes. Where the browser cannot share, there is no button at all, never one that does nothing.
 */
import { button } from "../utilities/dom.js";

/**
 * @param {{title?: string, text: string}} data
 * @returns {boolean} whether this browser says it can share it
 */
function canShare(data) {
  if (typeof navigator.share !== "function") return false;
  try {
    return typeof navigator.canShare !== "function" || navigator.canShare(data);
  } catch {
    return false;
  }
}

/**
 * A Share button that shares `getData()` and says in `status` how it went, or null when this
 * browser cannot share.
 * @param {() => {title?: string, text: string}} getData read when pressed (an edited note)
 * @param {HTMLElement} status a `role="status"` element next to it
 * @returns {HTMLButtonElement|null}
 */
export function shareButton(getData, status) {
  if (!canShare(getData())) return null;
  return button(
    "Share",
    async () => {
      try {
        await navigator.share(getData());
        status.textContent = "Shared.";
      } catch (error) {
        status.textContent = error && error.name === "AbortError"
          ? "Not shared."
          : "Sharing didn't work here: copy the text instead.";
      }
    },
    "md-button ati-share",
  );
}
