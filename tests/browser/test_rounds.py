"""One application, three rounds: a phone screen, an assessment centre, a final round.

The person types the company, the role and the recruiter once; each round adds its own date
and kind. Your interviews keeps one card for the application, its rounds listed in order; the
earlier round's chasers close when the next round is added (no "follow up" about a round that
is over); the plan gets the person ready for each round by its kind; the calendar file says
the same as the card.
"""

from __future__ import annotations

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from .conftest import at, wait_answered, wait_ready, wait_saved

pytestmark = pytest.mark.browser

PAGE = "interviews/"


def details(page):
    return page.locator('[data-worksheet="interview"]')


def card(page):
    cards = page.locator('[data-panel="interviews"] .ati-dashboard-item')
    expect(cards).to_have_count(1)  # one application, however many rounds
    return cards.first


def round_details(page, name, kind, date, time):
    sheet = details(page)
    expect(sheet.get_by_label("Company")).to_have_value("Northwind Traders")  # typed once, already there
    expect(sheet.get_by_label("Interview date")).to_have_value("")  # a new round: its own date
    sheet.get_by_label(re.compile(r"^Round\b")).fill(name)
    sheet.get_by_label("What kind of round").select_option(label=kind)
    sheet.get_by_label("Interview date").fill(date)
    sheet.get_by_label("Start time").fill(time)
    wait_saved(page)
    wait_answered(page)


def summaries(page) -> list[str]:
    with page.expect_download() as info:
        page.get_by_role("button", name="Download all reminders (.ics)").click()
    text = open(info.value.path(), encoding="utf-8").read()
    return [str(event["SUMMARY"]) for event in Calendar.from_ical(text).walk("VEVENT")]


def test_an_application_through_three_rounds_keeps_one_card_and_a_true_plan(page, site):
    page.goto(site.url + PAGE)
    wait_ready(page)
    sheet = details(page)
    page.get_by_role("button", name="Add an interview").click()
    sheet.get_by_label("Company").fill("Northwind Traders")
    sheet.get_by_label("Job title you applied for").fill("Graduate Analyst")
    sheet.get_by_label(re.compile(r"^Round\b")).fill("Phone screen")
    sheet.get_by_label("What kind of round").select_option(label="A phone or video screen")
    sheet.get_by_label("Interview date").fill("2026-11-16")
    sheet.get_by_label("Start time").fill("10:00")
    sheet.get_by_label("When they said you would hear").fill("by the end of next week")
    sheet.get_by_label("I have sent my thank-you notes").check()
    wait_saved(page)
    wait_answered(page)
    northwind = card(page)
    expect(northwind).to_contain_text("Northwind Traders: Graduate Analyst")
    expect(northwind).to_contain_text("Follow up with Northwind Traders")

    # They call: through to the next round. The stage alone closes the chaser and says what is next.
    sheet.get_by_label("Stage").select_option(label="Through to the next round")
    wait_saved(page)
    wait_answered(page)
    expect(northwind).to_contain_text("Add your next round on Your interviews")
    expect(northwind).not_to_contain_text("Follow up with")

    # The button starts the round from what the application knows.
    northwind.get_by_role("button", name="Through to the next round").click()
    status = page.locator("[data-ati-dashboard-status]")
    expect(status).to_contain_text("Added the next round of “Northwind Traders: Graduate Analyst”")
    expect(sheet.get_by_label(re.compile(r"^Round\b"))).to_be_focused()
    expect(card(page)).to_contain_text("Add the date of your next round")
    round_details(page, "Assessment centre", "An assessment centre", "2026-12-02", "09:00")
    northwind = card(page)
    rounds = northwind.get_by_role("list", name="Rounds").get_by_role("listitem")
    expect(rounds).to_have_text(["Phone screen, Mon 16 Nov", "Assessment centre, Wed 2 Dec"])
    expect(sheet.get_by_label("Stage")).to_have_value("interviewing")  # no longer "through": they are in it
    # Getting ready by the kind of round: tests a week before (today), what to bring the day before.
    expect(northwind.locator(".ati-next")).to_contain_text("Practise aptitude tests")
    expect(northwind).not_to_contain_text("Follow up with")
    events = summaries(page)
    assert not any(s.startswith("Follow up") for s in events), events
    assert any(s.startswith("Practise aptitude tests") for s in events), events
    assert any(s.startswith("Check what to bring") for s in events), events

    # The day after the assessment centre, the final round is booked.
    page.clock.set_system_time(at("2026-12-03T10:00"))
    page.reload()
    wait_ready(page)
    wait_answered(page)
    northwind = card(page)
    northwind.get_by_role("button", name="Through to the next round").click()
    round_details(page, "Final round", "A final interview", "2026-12-10", "14:00")
    northwind = card(page)
    expect(northwind.get_by_role("list", name="Rounds").get_by_role("listitem")).to_have_text(
        ["Phone screen, Mon 16 Nov", "Assessment centre, Wed 2 Dec", "Final round, Thu 10 Dec"])
    # Near the end: referees briefed first, the salary figure ready before the round.
    expect(northwind.locator(".ati-next")).to_contain_text("Brief your referees")
    events = summaries(page)
    assert not any(s.startswith(("Follow up", "Practise aptitude tests", "Check what to bring")) for s in events), events
    for step in ("Brief your referees", "Have your salary figure ready", "Prepare your questions for the final round"):
        assert any(s.startswith(step) for s in events), (step, events)

    # The earlier rounds are kept: each is still there to open in the picker.
    page.goto(site.url + "steps/3-reflect/")
    picker = page.locator('[data-worksheet="reflection"]').get_by_label("Interview", exact=True)
    expect(picker.locator("option")).to_contain_text(["Phone screen", "Assessment centre", "Final round"])
