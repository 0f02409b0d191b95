"""When they say yes: from the call with an offer to an accepted offer, and a withdrawal sent to
the other company still interviewing.

The person types the offer once, on step 5. Each answer writes its message (thanks and a
request for it in writing, a counter-offer built on step 1's research, the acceptance) and
becomes the application's stage when the button is pressed; Your interviews follows: the
other application is told about the offer in time, then withdrawn from, and step 5 writes that
note with the accepted offer as its reason.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import wait_answered, wait_ready, wait_saved
from .test_interviews import add

pytestmark = pytest.mark.browser

STEP5 = "steps/5-follow-up/"


def cards(page):
    return page.locator('[data-panel="interviews"] .ati-dashboard-item')


def offer_sheet(page, which: str):
    sheet = page.locator('[data-worksheet="offer"]')
    sheet.get_by_label("Interview", exact=True).select_option(label=which)
    expect(sheet.get_by_label("Company")).to_have_value(which.split(":")[0])
    return sheet


def test_from_the_call_to_an_accepted_offer_and_a_withdrawal(page, site):
    page.goto(site.url + "interviews/")
    wait_ready(page)
    add(page, "Acme", "Analyst", "2026-11-18", "10:00", who="Priya Shah", timing="within a week")
    add(page, "Globex", "Data Analyst", "2026-11-23", "14:00", who="Tom Lee", timing="by mid-December")
    page.locator('[data-worksheet="interview"]').get_by_label("I have sent my thank-you notes").check()
    wait_saved(page)

    # Acme calls with an offer: £31,000, an answer by Wednesday 2 December.
    page.goto(site.url + STEP5)
    wait_ready(page)
    sheet = offer_sheet(page, "Acme: Analyst")
    sheet.get_by_label("Who made the offer").select_option(label="The interviewer, or the panel")
    sheet.get_by_label("How the offer came").select_option(label="By phone or video call")
    sheet.get_by_label("Salary offered").fill("£31,000")
    sheet.get_by_label("The date to give your answer by").fill("2026-12-02")
    sheet.get_by_label("Your researched range: to").fill("£34k")
    sheet.get_by_label("Your walk-away figure").fill("£29,000")
    sheet.get_by_label("Your name").fill("Sam Jones")
    sheet.get_by_label("Thank them, and take a few days to decide").check()
    sheet.get_by_role("button", name="Write my message").click()
    message = sheet.locator(".ati-message")
    expect(message).to_contain_text("Thank you for calling today to offer me the Analyst role.")
    expect(message).to_contain_text("Could you send me the offer in writing")
    expect(message).to_contain_text("I'll give you my answer by Wednesday 2 December 2026.")
    expect(sheet.locator("[data-ati-status-text]")).to_contain_text("Your interviews now shows this interview as “Offer”.")

    # Your interviews: the offer's dates, and Globex told before Acme's answer is due.
    page.goto(site.url + "interviews/")
    wait_answered(page)
    acme, globex = cards(page).filter(has_text="Acme: Analyst"), cards(page).filter(has_text="Globex: Data Analyst")
    expect(acme).to_contain_text("Offer")
    expect(acme).to_contain_text("Thank Acme and ask for the offer in writing")
    expect(globex).to_contain_text("Tell Globex about your offer from Acme")

    # Thanked; then a counter-offer at the top of the research.
    page.goto(site.url + STEP5)
    sheet = offer_sheet(page, "Acme: Analyst")
    sheet.get_by_label("I have thanked them for the offer").check()
    sheet.get_by_label("Ask for a better offer").check()
    sheet.get_by_label("Why you are worth it, in a few words").fill("my two years of client reporting")
    sheet.get_by_role("button", name="Write my message").click()
    expect(message).to_contain_text("and given my two years of client reporting, I was hoping for a salary of £34,000.")
    expect(sheet.locator(".ati-output")).to_contain_text("against your walk-away figure, £29,000")
    sheet.get_by_label("The salary you will ask for").fill("£30,000")  # below their offer: never asked
    sheet.get_by_role("button", name="Write my message").click()
    expect(sheet.locator("[data-ati-error-for='ask_for']")).to_contain_text("not more than their offer of £31,000")

    # They meet it: the new figure, and a yes in writing.
    sheet.get_by_label("Salary offered").fill("£34,000")
    sheet.get_by_label("Start date offered").fill("2027-01-04")
    sheet.get_by_label("Accept the offer").check()
    sheet.get_by_role("button", name="Write my message").click()
    expect(message).to_contain_text("I'm delighted to accept your offer of the Analyst role, at a salary of £34,000, "
                                    "starting on Monday 4 January 2027.")
    wait_saved(page)

    # Globex: withdraw, with the accepted offer as the reason, unasked.
    page.goto(site.url + "interviews/")
    wait_answered(page)
    expect(cards(page).filter(has_text="Acme: Analyst")).to_contain_text("Offer accepted")
    expect(cards(page).filter(has_text="Globex: Data Analyst")).to_contain_text("Withdraw from Globex")
    page.goto(site.url + STEP5)
    outcome = page.locator('[data-worksheet="outcomes"]')
    outcome.get_by_label("Interview", exact=True).select_option(label="Globex: Data Analyst")
    expect(outcome.get_by_label("Company")).to_have_value("Globex")
    outcome.get_by_label("I want to withdraw my application").check()
    outcome.get_by_role("button", name="Write my message").click()
    withdrawal = outcome.locator(".ati-message")
    expect(withdrawal).to_contain_text("I have accepted another offer. I would therefore like to withdraw my application.")
    expect(withdrawal).to_contain_text("Dear Tom,")
    page.goto(site.url + "interviews/")
    wait_answered(page)
    globex = cards(page).filter(has_text="Globex: Data Analyst")
    expect(globex).to_contain_text("Withdrawn")
    expect(globex).to_contain_text("Nothing to do: this one is closed.")
