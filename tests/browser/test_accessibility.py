"""axe-core (from npm, injected by the test) finds no WCAG 2.2 A/AA violation on any page,
in light and dark schemes, including the worksheet with its errors and its output shown."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .conftest import ROOT, wait_ready
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


def violations(page) -> list[str]:
    # Evaluated rather than added as a <script>: the site's Content-Security-Policy (rightly)
    # refuses inline scripts, and the test must not weaken it.
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
        # Colours mid-transition (a button fading on focus, Material's header title sliding in)
        # are not what anyone reads: settle them so the check measures the real state.
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    result = page.evaluate("(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_passes_axe(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = {}
    urls = pages(site.root)
    assert len(urls) >= 9, urls
    for url in urls:
        page.goto(site.url + url)
        page.wait_for_load_state("load")
        found = violations(page)
        if found:
            problems[url] = found
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
