"""The guide read as a sequence, and printed."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from .conftest import wait_ready
from .test_thank_you_page import fill

pytestmark = pytest.mark.browser

STEPS = [
    ("steps/1-recruitment-process/", "Know the recruitment process"),
    ("steps/2-thank-you/", "Send a thank-you note"),
    ("steps/3-reflect/", "Reflect"),
    ("steps/4-linkedin/", "Connect on LinkedIn"),
    ("steps/5-follow-up/", "Follow up professionally"),
]


def test_walk_the_five_steps_with_next_and_previous(page, site):
    page.goto(site.url + STEPS[0][0])
    for index, (url, title) in enumerate(STEPS):
        expect(page).to_have_url(site.url + url)
        expect(page.get_by_role("heading", level=1)).to_contain_text(title)
        if index + 1 < len(STEPS):
            page.locator("a.md-footer__link--next").click()
    for url, title in reversed(STEPS[:-1]):
        page.locator("a.md-footer__link--prev").click()
        expect(page).to_have_url(site.url + url)
        expect(page.get_by_role("heading", level=1)).to_contain_text(title)


def test_print_keeps_checklists_and_drops_navigation(page, site):
    page.goto(site.url + "steps/5-follow-up/")
    page.emulate_media(media="print")
    expect(page.locator(".task-list-item").first).to_be_visible()
    expect(page.get_by_role("checkbox", name="Until then, wait.")).to_be_visible()  # a box to tick by hand
    expect(page.locator(".ati-checklist-note").first).to_be_hidden()  # "choose an interview" is for the screen
    expect(page.locator("h2").first).to_be_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer"):
        expect(page.locator(chrome).first).to_be_hidden()
    expect(page.locator(".ati-form").first).to_be_hidden()  # the form is for the screen...
    pdf = page.pdf(format="A4")  # ...and the page still prints
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000


def test_printed_worksheet_keeps_the_users_output(page, site):
    page.goto(site.url + "steps/2-thank-you/")
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    expect(page.locator(".ati-message")).to_have_count(1)
    page.emulate_media(media="print")
    expect(page.locator(".ati-message .ati-body")).to_be_visible()
    expect(page.locator(".ati-message-actions")).to_be_hidden()


def test_search_finds_a_step_by_the_words_people_use(page, site):
    page.goto(site.url)
    page.keyboard.press("s")  # Material's search shortcut
    page.locator(".md-search__input").press_sequentially("thank you email", delay=30)
    result = page.locator(".md-search-result__link").first
    expect(result).to_be_visible()
    hrefs = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    assert any("steps/2-thank-you/" in h for h in hrefs), hrefs


def index_asked(site, since: int) -> bool:
    return any("search/search_index.json" in r for r in site.requests[since:])


def test_on_a_worksheet_page_the_search_index_waits_for_python(context, site):
    # Building the theme's index would compete with Python's start: it is asked for once Python is
    # ready (page/search-later.js), or as soon as the person goes to the search box.
    release = []
    context.route("**/pyodide.asm.wasm*", lambda route: release.append(route))  # held: Python stays loading
    page = context.watch.page(context.new_page())
    since = len(site.requests)
    page.goto(site.url + "steps/2-thank-you/")
    expect(page.locator("[data-ati-status-text]").first).to_contain_text("Loading the worksheet")
    page.wait_for_load_state("load")  # the theme's script has run: unheld, it would have asked by now,
    wait_asked(site, since, "python_stdlib.zip")  # well before the worker asks for the standard library
    assert release and not index_asked(site, since)
    for route in release:
        route.continue_()
    wait_ready(page)
    wait_asked(site, since, "search/search_index.json")
    page.keyboard.press("s")
    page.locator(".md-search__input").press_sequentially("thank you email", delay=30)
    expect(page.locator(".md-search-result__link").first).to_be_visible()


def wait_asked(site, since: int, name: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not any(name in r for r in site.requests[since:]):
        assert time.monotonic() < deadline, f"{name} was never asked for"
        time.sleep(0.05)


def test_going_to_the_search_box_does_not_wait_for_python(context, site):
    context.route("**/pyodide.asm.wasm*", lambda route: None)  # never answered: Python stays loading
    page = context.watch.page(context.new_page())
    since = len(site.requests)
    page.goto(site.url + "steps/2-thank-you/")
    expect(page.locator("[data-ati-status-text]").first).to_contain_text("Loading the worksheet")
    page.keyboard.press("s")
    page.locator(".md-search__input").press_sequentially("thank you email", delay=30)
    expect(page.locator(".md-search-result__link").first).to_be_visible()
    assert index_asked(site, since)
    expect(page.locator("[data-ati-status-text]").first).to_contain_text("Loading the worksheet")
