"""Several interviews in one place: the dashboard, the details reused by every step,
reminders as a calendar file."""

from __future__ import annotations

import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from .conftest import wait_ready, wait_saved
from .test_thank_you_page import interview_ids

pytestmark = pytest.mark.browser

PAGE = "interviews/"


def add(page, company, role, date, time, who="", timing="", stage=None):
    sheet = page.locator('[data-worksheet="interview"]')
    page.get_by_role("button", name="Add an interview").click()
    expect(sheet.get_by_label("Company")).to_have_value("")
    sheet.get_by_label("Company").fill(company)
    sheet.get_by_label("Job title you applied for").fill(role)
    sheet.get_by_label("Interview date").fill(date)
    sheet.get_by_label("Start time").fill(time)
    if who:
        sheet.get_by_label("Full name").first.fill(who)
    if timing:
        sheet.get_by_label("When they said you would hear").fill(timing)
    if stage:
        sheet.get_by_label("Stage").select_option(label=stage)
    wait_saved(page)


def test_three_interviews_one_page_each_with_its_next_action(page, site):
    page.goto(site.url + PAGE)
    wait_ready(page)
    add(page, "Acme", "Data Analyst", "2026-11-24", "14:00", who="Priya Shah", timing="by Friday")
    # The first saved interview asks the browser to keep the data, and says what it answered
    # (headless Chromium says no).
    persist = page.locator('[data-worksheet="interview"] [data-ati-persist]')
    expect(persist).to_contain_text("Your browser may clear this site's data")
    reminder = page.locator("[data-ati-reminder]")
    expect(reminder).to_contain_text("You haven't backed up your answers yet.")
    expect(reminder.get_by_role("link", name="Back up now")).to_have_attribute("href", site.url + "your-data/#ati-backup-title")
    add(page, "Globex", "Analyst", "2026-11-02", "10:00", stage="No reply (moved on)")
    add(page, "Initech", "BI Developer", "2026-11-10", "09:30", timing="end of next week")
    dashboard = page.locator('[data-panel="interviews"]')
    items = dashboard.locator(".ati-dashboard-item")
    expect(items).to_have_count(3)
    acme = items.filter(has_text="Acme: Data Analyst")
    expect(acme).to_contain_text("Send thank-you to Priya Shah")
    expect(items.filter(has_text="Globex")).to_contain_text("Nothing to do: this one is closed.")
    expect(items.filter(has_text="Initech")).to_contain_text("Follow up with Initech on")
    assert len(interview_ids(page)) == 3

    # Edit one: the form below follows, and a change shows in the list.
    acme.get_by_role("button", name="Edit details").click()
    sheet = page.locator('[data-worksheet="interview"]')
    expect(sheet.get_by_label("Company")).to_have_value("Acme")
    sheet.get_by_label("I have sent my thank-you notes").check()
    expect(acme).to_contain_text("Follow up with Acme on Tue 1 Dec")

    # The details are typed once: the thank-you worksheet already has them.
    page.get_by_role("link", name="2. Send a thank-you note").first.click()
    thanks = page.locator('[data-worksheet="thank-you"]')
    expect(thanks.get_by_label("Company")).to_have_value("Acme")
    expect(thanks.get_by_label("Full name").first).to_have_value("Priya Shah")
    thanks.get_by_label("Interview", exact=True).select_option(label="Initech: BI Developer")
    expect(thanks.get_by_label("Company")).to_have_value("Initech")
    expect(thanks.get_by_label("Start time")).to_have_value("09:30")


def test_delete_with_undo(page, site):
    page.goto(site.url + PAGE)
    add(page, "Umbrella", "Analyst", "2026-11-20", "11:00")
    items = page.locator(".ati-dashboard-item")
    expect(items).to_have_count(1)
    items.first.get_by_role("button", name="Delete").click()
    items.first.get_by_role("button", name="Delete it").click()  # Delete asks first
    expect(items).to_have_count(0)
    expect(page.locator("[data-ati-dashboard-status]")).to_contain_text("Deleted “Umbrella: Analyst”")
    page.locator("[data-ati-dashboard-status]").get_by_role("button", name="Undo").click()
    expect(items).to_have_count(1)
    expect(page.locator('[data-worksheet="interview"]').get_by_label("Company")).to_have_value("Umbrella")


def test_calendar_file_has_the_reminders(page, site):
    page.goto(site.url + PAGE)
    wait_ready(page)
    # An interview that has happened: a round still to come has only the steps to get ready for it.
    add(page, "Acme; Ltd, \"quoted\"", "Analyst", "2026-11-24", "15:00", who="Priya", timing="by 4 December")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download all reminders (.ics)").click()
    text = open(info.value.path(), encoding="utf-8").read()
    assert "\r\n" in open(info.value.path(), "rb").read().decode()
    events = list(Calendar.from_ical(text).walk("VEVENT"))
    summaries = [str(e["SUMMARY"]) for e in events]
    assert any(s.startswith('Follow up with Acme; Ltd, "quoted" on') for s in summaries), summaries
    assert len(events) >= 3 and all(e.walk("VALARM") for e in events)
    expect(page.locator("[data-ati-dashboard-status]")).to_contain_text("Downloaded")


def test_follow_up_page_reads_their_words_and_writes_the_email(page, site):
    page.goto(site.url + "steps/5-follow-up/")
    sheet = page.locator('[data-worksheet="follow-up"]')
    sheet.get_by_label("Company").fill("Acme")
    sheet.get_by_label("Job title you applied for").fill("Analyst")
    sheet.get_by_label("Interview date").fill("2026-11-24")
    sheet.get_by_label("When they said you would hear").fill("by Friday")
    note = sheet.locator('[data-ati-note-for="timing"]')
    expect(note).to_have_text("We read 'by Friday' as Friday 27 November 2026. If that's wrong, put the right date in “Decision expected by”.")
    assert "ati-follow-up-timing-note" in sheet.get_by_label("When they said you would hear").get_attribute("aria-describedby")
    sheet.get_by_label("Your name").fill("Sam Jones")
    sheet.get_by_role("button", name="Plan my follow-ups").click()
    email = sheet.locator(".ati-message")
    expect(email).to_contain_text("Your first follow-up, to send on Tuesday 1 December 2026")
    expect(email).to_contain_text("Hello,")
    expect(sheet.get_by_role("button", name="Add these dates to my calendar (.ics)")).to_be_visible()
    # The same interview now shows on the dashboard, with the same date.
    page.get_by_role("link", name="Your interviews").first.click()
    expect(page.locator(".ati-dashboard-item")).to_contain_text("Acme: Analyst")


def test_step_one_reads_the_date_and_prepares_referees(page, site):
    page.goto(site.url + "steps/1-recruitment-process/")
    sheet = page.locator('[data-worksheet="process"]')
    sheet.get_by_label("Company").fill("Acme")
    sheet.get_by_label("Job title you applied for").fill("Analyst")
    sheet.get_by_label("Interview date").fill("2026-11-24")
    sheet.get_by_label("When they said you would hear").fill("in a couple of weeks")
    expect(sheet.locator('[data-ati-note-for="timing"]')).to_contain_text("as Tuesday 8 December 2026: a guess")
    sheet.get_by_label("Decision expected by").fill("2026-12-04")  # the correction wins
    sheet.get_by_label(re.compile(r"^Round\b")).fill("Final round")  # near the end: referees and salary, no box to tick
    sheet.get_by_label("Referee's name").fill("Ann Lee")
    sheet.get_by_label("Your name").fill("Sam Jones")
    sheet.get_by_role("button", name="Make my plan").click()
    expect(sheet.locator(".ati-notice--deadline")).to_contain_text("They expect to decide by Friday 4 December 2026 (your reading of their words: 'in a couple of weeks')")
    expect(sheet.locator(".ati-message").first).to_contain_text("Dear Ann,")
    # The follow-up page uses the same interview and the corrected date.
    page.get_by_role("link", name="5. Follow up professionally").first.click()
    follow = page.locator('[data-worksheet="follow-up"]')
    expect(follow.get_by_label("Decision expected by")).to_have_value("2026-12-04")


def test_each_interviews_calendar_file_has_its_own_event_ids(page, site):
    """Re-importing one interview's reminders must update its own events, not another's."""
    page.goto(site.url + "steps/5-follow-up/")
    sheet = page.locator('[data-worksheet="follow-up"]')
    uids = []
    for company in ("Acme", "Globex"):
        if uids:
            sheet.get_by_label("Interview", exact=True).select_option(label="Start a new interview")
        sheet.get_by_label("Company").fill(company)
        sheet.get_by_label("Job title you applied for").fill("Analyst")
        sheet.get_by_label("Interview date").fill("2026-11-24")
        sheet.get_by_label("Your name").fill("Sam Jones")
        sheet.get_by_role("button", name="Plan my follow-ups").click()
        with page.expect_download() as info:
            sheet.get_by_role("button", name="Add these dates to my calendar (.ics)").click()
        text = open(info.value.path(), encoding="utf-8").read()
        uids.append({str(e["UID"]) for e in Calendar.from_ical(text).walk("VEVENT")})
    assert len(uids[0]) == 3 and not uids[0] & uids[1]
