"""Every page on a phone (390 × 844, touch), light and dark, as a person meets it: as it opens,
with each worksheet's errors shown, then with each worksheet's output shown.

On every page, in every state:

- nothing fixed or sticky (the theme's header, a floating button) covers the field that has
  focus, reached by Tab from above or by Shift+Tab from below, or any status line brought into
  view (WCAG 2.4.11, focus not obscured);
- every tap target is at least 44 × 44 px (WCAG 2.5.5), or at least 24 × 24 px where the
  exceptions below say why 44 cannot be met (WCAG 2.5.8); a radio button or a box is measured
  by the label row that holds it, which is what a finger taps;
- no one-line box takes an answer that may run longer than a line holds (150 characters);
- no box cuts what is typed without saying so: a box that stops typing holds at least what its
  field allows, and when it is full its count says so.

And the colours of titles and quiet words (hints, "(optional)", inactive tabs) read as active in
both schemes; content tabs are rows a finger can tap; "Back up now" lands at the backup panel.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import next_frames, wait_ready, wait_saved, wait_until
from .test_accessibility import EXTRA_ANSWERS, WORKSHEETS, go, pages, submit_all
from .test_interviews import add
from .test_thank_you_page import fill

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
SCHEMES = ["light", "dark"]

#: Longer than this, an answer is typed in a box of lines (tests/unit/build/test_forms.py ONE_LINE).
ONE_LINE = 150

#: Targets allowed under 44 × 44 px, and why. Each is still at least 24 × 24 px (WCAG 2.5.8)
#: unless it says otherwise. A selector, and the reason.
SMALLER = {
    "a.headerlink": "a heading's own anchor (¶) at the end of its last line: 24 px wide and as tall as the "
                    "line, as a larger target would cover the heading's words; the page's contents reach "
                    "the same place",
}
#: Targets exempt from a size altogether (WCAG 2.5.8's inline exception): a link inside a sentence
#: or a list item with words of its own, its size set by the line it sits in. Found by the test
#: (`inline` in TARGETS), not listed by hand. The theme's skip links show only while they have
#: the keyboard's focus: nobody taps them, and the test leaves out what is not shown.

#: Fixed or sticky parts over what a field or a status line is brought into view: a list of
#: "what is covered, by what".
COVERED = r"""() => {
  document.documentElement.style.scrollBehavior = "auto";
  const shown = (el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true})
      && el.getBoundingClientRect().width > 2 && el.getBoundingClientRect().height > 2;
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""}`
      + ` "${(el.getAttribute("aria-label") || el.labels?.[0]?.textContent || el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 40)}"`;
  const pinned = (el) => { for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
      const p = getComputedStyle(e).position; if (p === "fixed" || p === "sticky") return e; } return null; };
  const coverer = (target) => {
    const r = target.getBoundingClientRect();
    const top = Math.max(r.top, 0) + 1, bottom = Math.min(r.bottom, innerHeight) - 1;
    const left = Math.max(r.left, 0) + 1, right = Math.min(r.right, innerWidth) - 1;
    if (bottom <= top || right <= left) return "not brought into view";
    for (const y of [top, (top + bottom) / 2, bottom]) for (const x of [left, (left + right) / 2, right]) {
      for (const e of document.elementsFromPoint(x, y)) {
        if (e === target || target.contains(e) || e.contains(target)) break;
        const over = pinned(e);
        if (over && !over.contains(target)) return name(over);
      }
    }
    return "";
  };
  const found = [];
  const check = (target, how, bring) => {
    bring();
    const over = coverer(target);
    if (over) found.push(`${name(target)} (${how}): ${over}`);
  };
  const fields = [...document.querySelectorAll(".md-content :is(input:not([type=hidden]), select, textarea, button, summary, a[href])")]
      .filter((el) => !el.disabled && (shown(el) || (el.type === "radio" || el.type === "checkbox") && el.closest("label") && shown(el.closest("label"))));
  for (const field of fields) {
    const place = () => field.getBoundingClientRect().top + scrollY;
    const reach = (y) => () => { field.blur(); scrollTo(0, y); field.focus(); };
    check(field, "Tab from above", reach(place() - innerHeight + 1));
    check(field, "Shift+Tab from below", reach(place() + field.offsetHeight + 1));
  }
  document.activeElement?.blur();
  for (const line of document.querySelectorAll("[role=status]")) {
    if (!shown(line) || !line.textContent.trim()) continue;
    const place = () => line.getBoundingClientRect().top + scrollY;
    check(line, "scrolled up to", () => { scrollTo(0, place() + line.offsetHeight + 1); line.scrollIntoView({block: "nearest"}); });
    check(line, "scrolled down to", () => { scrollTo(0, place() - innerHeight + 1); line.scrollIntoView({block: "nearest"}); });
  }
  scrollTo(0, 0);
  return found;
}"""

#: Every tap target that is shown, with its size and what the exceptions need to know.
TARGETS = r"""() => {
  const shown = (el) => el.checkVisibility({opacityProperty: true, visibilityProperty: true})
      && el.getBoundingClientRect().width > 2 && el.getBoundingClientRect().height > 2;
  const INLINE = ["inline", "inline-block", "inline-flex", "contents"];
  const block = (el) => { for (let e = el.parentElement; e; e = e.parentElement)
      if (!INLINE.includes(getComputedStyle(e).display)) return e; return null; };
  const words = (el) => (el.textContent || "").replace(/\s+/g, " ").trim();
  const out = [];
  const seen = new Set();
  const all = ".md-header :is(a[href], button, label, input:not([type=hidden])), .md-content :is(a[href], button, input:not([type=hidden]), select, textarea, summary), .md-footer a[href]";
  for (const el of document.querySelectorAll(all)) {
    // What a finger taps: a radio button, a box, or a link inside a label is the label's row.
    const target = el.closest("label") || (el.matches("input[type=radio], input[type=checkbox]") && el.labels?.[0]) || el;
    if (seen.has(target) || !shown(target)) continue;
    seen.add(target);
    const r = target.getBoundingClientRect();
    // A link in a sentence: the block it flows in has words of its own.
    const around = target.matches("a") ? block(target) : null;
    const inline = Boolean(around) && words(around) !== words(target) && !target.matches(".headerlink");
    // A button a finger sees (not a tab's hidden radio button) lies within its label's row.
    const holds = el === target || !shown(el) || (() => { const b = el.getBoundingClientRect(); const x = b.left + b.width / 2, y = b.top + b.height / 2;
        return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom; })();
    out.push({what: `${target.tagName.toLowerCase()}${target.className && typeof target.className === "string" ? "." + target.className.trim().split(/\s+/).join(".") : ""} "${(target.getAttribute("aria-label") || target.getAttribute("title") || words(target)).slice(0, 40)}"`,
              width: r.width, height: r.height, inline, holds,
              smaller: Object.keys(window.__smaller || {}).find((s) => target.matches(s)) || ""});
  }
  return out;
}"""

#: One-line boxes for long answers, and boxes that stop typing without a count.
BOXES = r"""(oneLine) => {
  const found = [];
  for (const box of document.querySelectorAll(".md-content input[type=text], .md-content input:not([type]), .md-content input[type=email], .md-content input[type=tel], .md-content textarea")) {
    const allowed = Number(box.dataset.maxLength || 0);
    if (box.matches("input[type=text], input:not([type])") && (allowed > oneLine || box.maxLength > 2 * oneLine))
      found.push(`${box.id}: a one-line box for up to ${allowed || box.maxLength} characters`);
    if (box.maxLength < 0) continue;
    if (!allowed || box.maxLength < allowed) found.push(`${box.id}: stops at ${box.maxLength} characters, its field allows ${allowed || "?"}`);
    const count = box.closest(".ati-field")?.querySelector("[data-ati-count]");
    if (!count || !(box.getAttribute("aria-describedby") || "").split(/\s+/).includes(count.id))
      found.push(`${box.id}: stops typing at ${box.maxLength} characters with no count to say so`);
  }
  return found;
}"""


def small_targets(page) -> list[str]:
    page.evaluate("(smaller) => { window.__smaller = smaller; }", SMALLER)
    problems = []
    for t in page.evaluate(TARGETS):
        if not t["holds"]:
            problems.append(f"{t['what']}: its label row does not hold its button")
        if t["inline"] or (t["width"] >= 43.5 and t["height"] >= 43.5):
            continue
        if t["smaller"] and t["width"] >= 23.5 and t["height"] >= 23.5:
            continue
        problems.append(f"{t['what']}: {t['width']:.0f} × {t['height']:.0f} px")
    return problems


def scroll_up_as_a_reader_does(page) -> None:
    """Down the page, then back up a little, as a person reading back does, letting the page
    answer each scroll: whatever floats in on scrolling up (the theme's "Back to top" button did)
    is then shown while the checks run."""
    page.evaluate("() => { document.documentElement.style.scrollBehavior = 'auto'; scrollTo(0, document.documentElement.scrollHeight); }")
    next_frames(page)
    page.evaluate("() => scrollBy(0, -innerHeight / 2)")
    next_frames(page)
    page.evaluate("() => scrollBy(0, -innerHeight / 2)")
    next_frames(page)


def phone_problems(page) -> list[str]:
    """Everything the checks above find on the page as it is now."""
    scroll_up_as_a_reader_does(page)
    return ([f"covered: {c}" for c in page.evaluate(COVERED)]
            + [f"small target: {t}" for t in small_targets(page)]
            + [f"box: {b}" for b in page.evaluate(BOXES, ONE_LINE)])


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_on_a_phone(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, **PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    problems: dict[str, list[str]] = {}
    urls = pages(site.root)
    assert len(urls) >= 9, urls
    page.goto(site.url + urls[0])
    with_sheets = []
    for url in urls:  # as each page opens, then with every worksheet's errors shown
        go(page, site.url + url)
        if page.locator(WORKSHEETS).count():
            with_sheets.append(url)
            wait_ready(page)
            count = submit_all(page)
            expect(page.locator("[data-ati-summary]:not([hidden])")).to_have_count(count)
        if found := phone_problems(page):
            problems[url or "home"] = found
    assert len(with_sheets) >= 7, with_sheets

    go(page, site.url + "steps/2-thank-you/")
    fill(page)  # the interview and the person: every worksheet shares them
    for url in with_sheets:  # with every worksheet's output shown
        go(page, site.url + url)
        sheets = page.locator(WORKSHEETS)
        for index in range(sheets.count()):
            extra = EXTRA_ANSWERS.get(sheets.nth(index).get_attribute("data-worksheet"))
            if extra:
                extra(sheets.nth(index))
        count = submit_all(page)
        expect(page.locator(f"{WORKSHEETS} [data-ati-output]:not(:empty)")).to_have_count(count)
        if found := phone_problems(page):
            problems[f"{url} with output"] = found
    wait_saved(page)

    go(page, site.url + "your-data/")  # each part of the backup panel having said what it did
    panel = page.locator('[data-panel="backup"]')
    with page.expect_download():
        panel.get_by_role("button", name="Export everything").tap()
    expect(panel.locator('[data-ati-backup-result="export"]')).to_contain_text("Exported")
    panel.get_by_role("button", name="Delete everything").tap()
    panel.get_by_role("button", name="Keep my data").tap()
    expect(panel.locator('[data-ati-backup-result="delete"]')).to_contain_text("Nothing was deleted.")
    if found := phone_problems(page):
        problems["your-data/ after export"] = found
    context.close()
    assert not errors, errors
    assert not problems, "\n" + "\n".join(f"{where}: {what}" for where, found in problems.items() for what in found)


LONG = "A long answer pasted from somewhere else, with more words than the box was made for. "


def test_no_box_cuts_what_is_typed_without_saying_so(browser, site):
    """Every box that stops typing, on every page: filled past where it stops, its count says
    how many characters it has against the limit, and that the rest was left out."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url)
    checked = 0
    for url in pages(site.root):
        go(page, site.url + url)
        for box in page.locator(".md-content [data-max-length]").all():
            if not box.is_visible():
                continue
            limit, stop = int(box.get_attribute("data-max-length")), int(box.get_attribute("maxlength"))
            box.fill("")
            box.focus()
            page.keyboard.insert_text(LONG * (stop // len(LONG) + 2))  # as a paste: one insertion
            assert len(box.input_value()) == stop
            count = box.locator("xpath=ancestor::*[contains(@class, 'ati-field')][1]").locator("[data-ati-count]")
            expect(count).to_be_visible()
            expect(count).to_contain_text(f"of {limit} characters")
            expect(count).to_contain_text("anything longer was left out")
            box.fill("Short")
            expect(count).to_be_hidden()
            box.fill("")
            checked += 1
    assert checked >= 40, checked
    context.close()


def contrast(page, selector: str) -> list[float]:
    """The contrast ratio of every shown element matching `selector` against what is behind it."""
    return page.evaluate(r"""(selector) => {
      const rgb = (s) => s.match(/[\d.]+/g).map(Number);
      const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
      const behind = (el) => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length < 4 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };
      return [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).map((el) => {
        const bg = behind(el), fg = rgb(getComputedStyle(el).color);
        const c = fg.length === 4 ? fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3])) : fg;
        const [a, b] = [lum(c), lum(bg)].sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
      });
    }""", selector)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_titles_and_quiet_words_read_as_active(browser, site, scheme):
    """Page titles at 7:1 or more; hints, "(optional)", the privacy line and inactive tabs at 7:1
    too (they pass at 4.5:1, but at Material's 4.6-4.9:1 grey they looked switched off)."""
    context = browser.new_context(color_scheme=scheme, **PHONE)
    page = context.new_page()
    page.goto(site.url + "steps/5-follow-up/")
    found = {}
    for selector in ("h1", ".ati-field .ati-hint", ".ati-optional", ".ati-privacy", ".tabbed-labels > label"):
        ratios = contrast(page, selector)
        assert ratios, selector
        found[selector] = min(ratios)
    context.close()
    assert all(ratio >= 7 for ratio in found.values()), found


def test_on_a_phone_content_tabs_are_rows_a_finger_can_tap(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url + "steps/5-follow-up/")
    tabs = page.locator(".tabbed-set").first
    labels = tabs.locator(".tabbed-labels > label")
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    assert len(boxes) == 6, boxes
    width = tabs.bounding_box()["width"]
    for above, below in zip(boxes, boxes[1:]):  # one column, in order, each row the set's width
        assert below["y"] >= above["y"] + above["height"] - 1 and below["x"] == above["x"]
    assert all(b["height"] >= 44 and b["width"] >= width - 4 for b in boxes), boxes
    text = tabs.locator(".tabbed-block").nth(3)
    expect(text).to_be_hidden()
    labels.nth(3).scroll_into_view_if_needed()
    before = labels.nth(3).bounding_box()["y"]
    labels.nth(3).tap()
    expect(text).to_be_visible()
    assert labels.nth(3).bounding_box()["y"] == before  # no row moves under the finger
    last = labels.last.bounding_box()
    assert text.bounding_box()["y"] >= last["y"] + last["height"] - 1  # the text comes after the rows
    page.keyboard.press("ArrowDown")  # the same radio buttons: the arrow keys choose
    expect(tabs.locator(".tabbed-block").nth(4)).to_be_visible()
    context.close()


def test_on_a_phone_back_up_now_lands_at_the_backup_panel(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url + "interviews/")
    wait_ready(page)
    add(page, "Umbrella", "Analyst", "2026-11-20", "11:00")
    page.locator("[data-ati-reminder]").get_by_role("link", name="Back up now").tap()
    title = page.get_by_role("heading", name="Back up your answers")
    expect(title).to_be_focused()  # Tab goes on from the panel, a screen reader reads from there
    wait_until(page, "() => { const r = document.getElementById('ati-backup-title').getBoundingClientRect(); return r.top >= 48 && r.top < innerHeight / 3; }")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Export everything")).to_be_focused()
    context.close()
