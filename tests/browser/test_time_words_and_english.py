"""Messages true when they are sent, in the person's own English.

A thank-you written on the day of the interview says "today"; copied the next morning, the
page writes it again, so what lands on the clipboard (and on the screen) says "yesterday".
A visitor whose browser is set to the US gets American English without choosing it: their
dates, times, spelling and sign-off, and the choice shown at the top of their details.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import at, wait_ready, wait_saved

pytestmark = pytest.mark.browser

STEP2 = "steps/2-thank-you/"


def fill_a_morning_interview(page, date: str = "2026-11-25"):
    page.get_by_label("Company").fill("Hallam & Pryce")
    page.get_by_label("Job title you applied for").fill("Graduate Consultant")
    page.get_by_label("Interview date").fill(date)
    page.get_by_label("Start time").fill("09:00")
    page.get_by_label("Video call").check()
    page.get_by_label("Full name").first.fill("Oliver Grant")
    page.get_by_label("Email address").first.fill("oliver@hallam-pryce.example")
    page.locator(".ati-form").get_by_label("One thing you talked about").first.fill("the client work in Manchester")
    page.get_by_label("Your name").fill("Amara Okafor")


@pytest.mark.now("2026-11-25T14:00")
def test_a_note_copied_the_next_morning_says_yesterday(context, site):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.watch.page(context.new_page())
    page.goto(site.url + STEP2)
    fill_a_morning_interview(page)
    wait_ready(page)
    page.get_by_role("button", name="Write my emails").click()
    card = page.locator(".ati-message").first
    expect(card).to_contain_text("Thank you for the video call this morning")
    wait_saved(page)

    page.clock.fast_forward("19:00:00")  # 09:00 the next morning
    card.get_by_role("button", name="Copy text").click()
    expect(page.locator(".ati-message").first.locator(".ati-copy-status")).to_have_text("Text copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Thank you for the video call yesterday" in copied and "this morning" not in copied
    expect(page.locator(".ati-message").first).to_contain_text("Thank you for the video call yesterday")  # on screen too
    expect(page.locator(".ati-message").first.get_by_role("button", name="Copy text")).to_be_focused()

    page.reload()  # and what is kept is what was copied
    expect(page.locator(".ati-message").first).to_contain_text("the video call yesterday")


@pytest.mark.now("2026-11-25T14:00")
def test_the_mail_link_is_written_for_the_moment_it_is_opened(context, site):
    page = context.watch.page(context.new_page())
    page.goto(site.url + STEP2)
    fill_a_morning_interview(page)
    wait_ready(page)
    page.get_by_role("button", name="Write my emails").click()
    link = page.locator(".ati-message").first.get_by_role("link", name="Open in mail app")
    expect(link).to_have_attribute("href", re.compile(r"video%20call%20this%20morning"))
    page.clock.fast_forward("19:00:00")
    link.click()
    expect(page.locator(".ati-message").first.get_by_role("link", name="Open in mail app")).to_have_attribute(
        "href", re.compile(r"video%20call%20yesterday"))


def test_an_american_browser_gets_american_english(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, timezone_id="America/Chicago", locale="en-US",
                                  now=at("2026-11-24T16:00"))
    page = context.new_page()
    page.goto(site.url + STEP2)
    about = page.locator('[data-worksheet="thank-you"]')
    expect(about.get_by_label("Your country")).to_have_value("US")  # guessed from the browser, not saved as theirs
    expect(about.get_by_role("radio", name="American", exact=False)).to_be_checked()
    page.get_by_label("Company").fill("Brightline Health")
    page.get_by_label("Job title you applied for").fill("Data Engineer")
    page.get_by_label("Interview date").fill("2026-11-24")
    page.get_by_label("Start time").fill("14:00")
    page.get_by_label("Full name").first.fill("Marcus Oyelaran")
    page.locator(".ati-form").get_by_label("One thing you talked about").first.fill("the plan to move claims onto one platform")
    page.get_by_label("Your name").fill("Taylor Brooks")
    wait_ready(page)
    page.get_by_role("button", name="Write my emails").click()
    output = about.locator("[data-ati-output]")
    expect(output).to_contain_text("Send by tomorrow (Wednesday, November 25, 2026), 10:00 AM.")
    expect(output).to_contain_text("Best regards,")
    expect(output).to_contain_text("Dates skip weekends and US federal holidays.")
    context.close()
