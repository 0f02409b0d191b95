"""The key browser tests again, against the site built with Zensical instead of MkDocs.

Zensical runs the site's Markdown extensions but no MkDocs hooks; ``./dev build --engine
zensical`` runs the build's steps before and after it. These tests check that the result
works as the MkDocs build does: the thank-you worksheet end to end, instant navigation keeping
Python, axe on the worksheet pages, the links from the top of a page to its worksheet (a tap,
and the keyboard's skip link; a heading's anchor), folded guidance on a phone, colours that follow the device, and
(through the ``context`` fixture, for every test) no request off the origin and no
Content-Security-Policy violation.

The tests are the same functions as for MkDocs, collected here a second time: this module's
``site`` fixture is the Zensical build, so each of them runs against it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .test_accessibility import test_worksheet_with_errors_and_output_passes_axe, violations  # noqa: F401
from .test_phone_and_keyboard import (  # noqa: F401
    test_a_link_within_the_page_moves_focus_there_and_leaves_the_worksheet_as_it_was,
    test_colours_follow_the_device_until_the_person_chooses,
    test_on_a_phone_the_guidance_folds_and_the_worksheet_is_one_tap_away,
)
from .test_thank_you_page import (  # noqa: F401
    test_fill_get_emails_reload_and_find_everything,
    test_instant_navigation_keeps_python_running,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def site(zensical_site):
    return zensical_site


def test_the_build_came_from_zensical(site):
    html = (site.root / "index.html").read_text("utf-8")
    assert 'name="generator" content="zensical' in html.lower()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_worksheet_pages_pass_axe(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    worksheet_pages = sorted(
        p.parent.relative_to(site.root).as_posix() + "/"
        for p in site.root.rglob("index.html")
        if "data-worksheet=" in p.read_text("utf-8") or "data-panel=" in p.read_text("utf-8")
    )
    assert len(worksheet_pages) >= 7, worksheet_pages
    problems = {}
    for url in worksheet_pages:
        page.goto(site.url + url)
        page.wait_for_load_state("load")
        found = violations(page)
        if found:
            problems[url] = found
    context.close()
    assert not problems, problems


def test_the_skip_link_takes_the_keyboard_to_the_worksheet(page, site):
    page.goto(site.url + "steps/5-follow-up/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to the worksheet")
    page.keyboard.press("Enter")
    expect(page.locator("#ati-follow-up-title")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator('[data-worksheet="follow-up"] :focus')).to_have_count(1)
