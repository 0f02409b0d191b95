"""The guide read as a sequence, and printed."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

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
