"""axe-core (from npm, injected by the test) finds no WCAG 2.2 A/AA violation on any page, on a
laptop (1280×800) and a phone (390×844), in light and dark schemes, including every worksheet
with its errors and with its output shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import ROOT, wait_ready, wait_until
from .test_thank_you_page import fill

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def pages(site_root: Path) -> list[str]:
    found = []
    for index in sorted(site_root.rglob("index.html")):
        rel = index.parent.relative_to(site_root).as_posix()
        if rel.startswith("assets") or rel == "search":
            continue
        found.append("" if rel == "." else rel + "/")
    return found


def settle(page) -> None:
    """axe in the page, and no transitions: colours mid-transition (a button fading on focus,
    Material's header title sliding in) are not what anyone reads."""
    # Evaluated rather than added as a <script>: the site's Content-Security-Policy (rightly)
    # refuses inline scripts, and the test must not weaken it.
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
    page.evaluate("""() => {
        if (document.getElementById("axe-settle")) return;
        const style = Object.assign(document.createElement("style"), {id: "axe-settle"});
        style.textContent = "*, *::before, *::after { transition: none !important; animation: none !important; }";
        document.head.append(style);
    }""")


def violations(page) -> list[str]:
    settle(page)
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", TAGS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
    ]


VIEWPORTS = {
    "laptop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
# What each worksheet needs beyond what the thank-you worksheet's answers give every other one.
EXTRA_ANSWERS = {
    "outcomes": lambda sheet: sheet.get_by_label("I was not offered the job").check(),
    "unwind": lambda sheet: sheet.get_by_label("One thing you will do for yourself today").fill("A walk by the river"),
}
WORKSHEETS = ".ati-worksheet[data-worksheet]"


def scoped_violations(page, selector: str) -> list[str]:
    """Like :func:`violations`, for the parts of the page that `selector` matches only."""
    settle(page)
    result = page.evaluate(
        "([selector, tags]) => axe.run({include: [...document.querySelectorAll(selector)].map((n) => [n])}, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        [selector, TAGS],
    )
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}" for v in result["violations"]]


def go(page, url: str) -> None:
    """Open another page of the site the way a visitor does: by a link, which Material's instant
    navigation follows without a reload, so Python keeps running."""
    if page.url == url:
        return
    page.evaluate("""(url) => {
        document.querySelector("article").dataset.left = "1";
        const link = Object.assign(document.createElement("a"), {href: url});
        document.body.append(link); link.click(); link.remove();
    }""", url)
    wait_until(page, "(url) => location.href === url && document.querySelector('article') && !document.querySelector('article').dataset.left && document.readyState === 'complete'", arg=url)


def submit_all(page) -> int:
    """Press the button of every worksheet on the page; the number of worksheets."""
    sheets = page.locator(WORKSHEETS)
    for index in range(sheets.count()):
        sheets.nth(index).locator('button[type="submit"]').click()
    return sheets.count()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_every_page_passes_axe(browser, site, size, scheme):
    """Every page, laptop and phone, light and dark: as it opens, with each worksheet's errors
    shown (a first press on an empty form), then with each worksheet's output shown."""
    context = browser.new_context(color_scheme=scheme, **VIEWPORTS[size])
    page = context.new_page()
    problems = {}
    urls = pages(site.root)
    assert len(urls) >= 9, urls
    page.goto(site.url + urls[0])
    page.wait_for_load_state("load")
    page.evaluate("window.__sameDocument = true")  # gone if a link ever reloads the page (and Python)
    with_sheets = []
    for url in urls:
        go(page, site.url + url)
        if page.locator(WORKSHEETS).count():
            with_sheets.append(url)
            wait_ready(page)
            count = submit_all(page)
            expect(page.locator("[data-ati-summary]:not([hidden])")).to_have_count(count)
        found = violations(page)
        if found:
            problems[url] = found
    assert len(with_sheets) >= 7, with_sheets

    go(page, site.url + "steps/2-thank-you/")
    fill(page, second=False)  # the interview's details, and the person's: every worksheet shares them
    for url in with_sheets:
        go(page, site.url + url)
        sheets = page.locator(WORKSHEETS)
        for index in range(sheets.count()):
            extra = EXTRA_ANSWERS.get(sheets.nth(index).get_attribute("data-worksheet"))
            if extra:
                extra(sheets.nth(index))
        count = submit_all(page)
        expect(page.locator(f"{WORKSHEETS} [data-ati-output]:not(:empty)")).to_have_count(count)
        found = scoped_violations(page, f"{WORKSHEETS}, .ati-panel")
        if found:
            problems[f"{url} with output"] = found
    assert page.evaluate("window.__sameDocument === true"), "a link reloaded the page: the states above were not all checked in one visit"
    context.close()
    assert not problems, problems


def test_worksheet_with_errors_and_output_passes_axe(page, site):
    page.goto(site.url + "steps/2-thank-you/")
    wait_ready(page)
    page.get_by_role("button", name="Write my emails").click()
    page.locator("[data-ati-summary]").wait_for()
    assert not violations(page)
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    page.locator(".ati-message").first.wait_for()
    assert not violations(page)
