/**
 * The Share button under a message, where the browser can share (the Web Share API, mostly on
 * phones): it hands the text to the apps the person chooses, a mail app, LinkedIn's app, their
 * notes. Where the browser cannot share, there is no button at all, never one that does nothing.
 */
import { button } from "../utilities/dom.js";
import { liveStatus } from "./clipboard.js";

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
 * @param {() => {title?: string, text: string}} getData what it would share now, to ask the browser
 * @param {HTMLElement} status a `role="status"` element next to it
 * @param {() => Promise<{title?: string, text: string}>} [getFresh] read when pressed (the text as written now)
 * @returns {HTMLButtonElement|null}
 */
export function shareButton(getData, status, getFresh = async () => getData()) {
  if (!canShare(getData())) return null;
  const node = button(
    "Share",
    async () => {
      try {
        await navigator.share(await getFresh());
        liveStatus(status).textContent = "Shared.";
      } catch (error) {
        liveStatus(status).textContent = error && error.name === "AbortError"
          ? "Not shared."
          : "Sharing didn't work here: copy the text instead.";
      }
    },
    "md-button ati-share",
  );
  node.dataset.atiAction = "share";
  return node;
}
