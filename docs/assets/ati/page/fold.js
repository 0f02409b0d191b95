/**
 * Sections of guidance a page marks to fold on small screens: a heading with the class
 * `guide-fold` (in Markdown, `## Example { .guide-fold }`) becomes a button that shows or
 * hides what follows it, up to the next heading of its level or above. On a phone these start
 * folded, so the path to the worksheet is shorter; on a wider screen they start open. Folding
 * is a screen style only: the text stays in the page, so printing and search always have it.
 * A worksheet is never folded away: a section stops before one.
 */
import { el } from "../utilities/dom.js";

const PHONE = "(max-width: 30em)";
const LEVEL = /^H([1-6])$/;

/** @returns {boolean} whether `node` ends the section opened by a heading of `level` */
function endsSection(node, level) {
  const match = LEVEL.exec(node.tagName);
  if (match && Number(match[1]) <= level) return true;
  return node.matches(".ati-worksheet, .ati-panel") || Boolean(node.querySelector(".ati-worksheet, .ati-panel"));
}

/** @returns {boolean} whether the address points into the heading or its section */
function targeted(heading, body) {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return false;
  const target = document.getElementById(id);
  return Boolean(target) && (target === heading || body.contains(target));
}

/**
 * Make one marked heading fold its section.
 * @param {HTMLElement} heading an `h2.guide-fold` (any level works)
 * @returns {() => void} stop listening
 */
export function bindFold(heading) {
  const level = Number(LEVEL.exec(heading.tagName)?.[1] || 2);
  const body = el("div", "guide-fold-body");
  body.id = `${heading.id || "section"}-fold`;
  while (heading.nextElementSibling && !endsSection(heading.nextElementSibling, level)) body.append(heading.nextElementSibling);
  if (!body.childElementCount) return () => {};
  heading.after(body);

  const toggle = el("button", "guide-fold-toggle");
  toggle.type = "button";
  toggle.setAttribute("aria-controls", body.id);
  for (const node of Array.from(heading.childNodes)) if (!(node instanceof Element && node.matches(".headerlink"))) toggle.append(node);
  heading.prepend(toggle);

  const show = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    heading.classList.toggle("guide-fold--closed", !open);
  };
  toggle.addEventListener("click", () => show(toggle.getAttribute("aria-expanded") !== "true"));
  show(!matchMedia(PHONE).matches || targeted(heading, body));
  const onHash = () => targeted(heading, body) && show(true);
  window.addEventListener("hashchange", onHash);
  return () => window.removeEventListener("hashchange", onHash);
}
