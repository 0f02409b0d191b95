"""Typed once, used everywhere: a panel interview through an agency, entered on Your
interviews, gives every step messages to send as they are; and what an older version of
the site saved moves to the new homes of its facts."""

from __future__ import annotations

import json

import re

import pytest
from playwright.sync_api import expect

from .conftest import PREFIX, wait_ready, wait_saved
from .test_thank_you_page import interview_ids, records, saved

pytestmark = pytest.mark.browser


def type_the_interview_once(page, site):
    page.goto(site.url + "interviews/")
    sheet = page.locator('[data-worksheet="interview"]')
    page.get_by_role("button", name="Add an interview").click()
    sheet.get_by_label("Company").fill("Acme Analytics")
    sheet.get_by_label("Job title you applied for").fill("Data Analyst")
    sheet.get_by_label(re.compile(r"^Round\b")).fill("Final round")
    sheet.get_by_label("Interview date").fill("2026-11-24")
    sheet.get_by_label("Start time").fill("14:00")
    sheet.get_by_label("Video call").check()
    sheet.get_by_label("Full name").first.fill("Priya Shah")
    sheet.get_by_label("Email address").first.fill("priya@acme.example")
    sheet.get_by_label("One thing you talked about (optional)").first.fill("your plans to move reporting onto one warehouse")
    sheet.get_by_role("button", name="Add another interviewer").click()
    sheet.get_by_label("Full name").nth(1).fill("Tom Lee")
    sheet.get_by_label("One thing you talked about (optional)").nth(1).fill("how the team runs its weekly reviews")
    sheet.get_by_label("They invited me to connect on LinkedIn").nth(1).check()
    sheet.get_by_label("I applied through a recruitment agency").check()
    sheet.get_by_label("Your consultant's name").fill("Jo Bloggs")
    sheet.get_by_label("Your consultant's email").fill("jo@hartley.example")
    sheet.get_by_label("What happens next").select_option(label="A decision or an offer")
    sheet.get_by_label("When they said you would hear").fill("we'll let you know by the end of next week")
    sheet.get_by_label("Your name").fill("Sam Jones")
    wait_saved(page)


def test_a_panel_through_an_agency_typed_once_gives_every_step_its_messages(page, site):
    type_the_interview_once(page, site)

    # Step 2: nothing more to type.
    page.get_by_role("link", name="2. Send a thank-you note").first.click()
    thanks = page.locator('[data-worksheet="thank-you"]')
    expect(thanks.get_by_label("Full name").nth(1)).to_have_value("Tom Lee")
    wait_ready(page)
    thanks.get_by_role("button", name="Write my emails").click()
    cards = thanks.locator(".ati-message")
    expect(cards).to_have_count(3)
    priya, tom, consultant = cards.nth(0), cards.nth(1), cards.nth(2)
    expect(priya).to_contain_text("Dear Priya,")
    expect(priya).to_contain_text("your plans to move reporting onto one warehouse")
    expect(priya).to_contain_text("I understand the next step is a decision, and that I should hear by Friday 4 December.")
    expect(priya.locator(".ati-message-meta")).to_contain_text("Cc")
    expect(priya.locator(".ati-message-meta")).to_contain_text("jo@hartley.example")
    href = priya.get_by_role("link", name="Open in mail app").get_attribute("href")
    assert href.startswith("mailto:priya@acme.example?cc=jo@hartley.example&subject=")
    expect(tom).to_contain_text("Dear Tom,")
    expect(tom).not_to_contain_text("next step")
    expect(tom.locator(".ati-note")).to_have_text(  # no address typed for Tom: the card says where it goes
        "There is no email address for Tom yet: add it above and press the button again, or type it in your mail app.")
    expect(consultant).to_contain_text("Dear Jo,")
    expect(consultant).to_contain_text("I have sent a short thank-you note to Priya and Tom, with you in copy.")
    thanks.get_by_label("One thing you talked about").first.fill("your plans for one warehouse")  # an edit here...
    thanks.get_by_label("I have sent my thank-you notes").check()
    wait_saved(page)
    page.get_by_role("link", name="4. Connect on LinkedIn").first.click()
    linkedin = page.locator('[data-worksheet="linkedin"]')
    expect(linkedin.get_by_label("They invited me to connect on LinkedIn").nth(1)).to_be_checked()
    expect(linkedin.get_by_label("One thing you talked about (optional)").first).to_have_value("your plans for one warehouse")
    wait_ready(page)
    linkedin.get_by_role("button", name="Write my notes").click()
    expect(linkedin.locator(".ati-draft")).to_have_count(3)
    expect(linkedin.get_by_role("textbox", name="Note to Jo Bloggs, agency consultant")).to_be_visible()
    expect(linkedin.locator(".ati-notice").filter(has_text="Send now: Tom invited you to connect.")).to_have_count(1)

    # Step 5: the follow-up goes through the consultant, and says who gave the date.
    page.get_by_role("link", name="5. Follow up professionally").first.click()
    follow = page.locator('[data-worksheet="follow-up"]')
    wait_ready(page)
    follow.get_by_role("button", name="Plan my follow-ups").click()
    email = follow.locator(".ati-message")
    expect(email).to_contain_text("to Jo Bloggs, your consultant")
    expect(email).to_contain_text("Dear Jo,")
    expect(email).to_contain_text("At the interview, the panel said they hoped to decide by Friday 4 December.")
    expect(email).not_to_contain_text("You mentioned")

    # Your interviews: the thank-you ticked on step 2 moved the plan on.
    page.get_by_role("link", name="Your interviews").first.click()
    expect(page.locator(".ati-dashboard-item")).to_contain_text("Follow up with Acme Analytics through Jo Bloggs on Tue 8 Dec")


V1 = "after-the-interview"


def record(data: dict, v: int = 1) -> str:
    return json.dumps({"format": V1, "v": v, "savedAt": "2026-11-20T10:00:00.000Z", "data": data})


def test_what_an_older_version_saved_moves_to_its_new_home(page, site):
    interview = "0123abcd"
    items = {
        f"interview:{interview}": record({
            "company": "Acme", "role": "Analyst", "date": "2026-11-24", "time": "10:00", "stage": "interviewing",
            "interviewers": [{"name": "Priya Shah", "title": "", "email": ""}, {"name": "Tom Lee", "title": "", "email": ""}],
            "agency": False, "contact_name": "Mia Clarke", "contact_email": "mia@acme.example"}),
        f"worksheet:thank-you:{interview}": record({
            "interviewers": [{"detail": "the warehouse plans", "__key": "priya shah"}, {"detail": "weekly reviews", "__key": "tom lee"}],
            "next_steps": "a call with the director"}),
        f"worksheet:linkedin:{interview}": json.dumps({"format": V1, "v": 1, "data": {
            "contact_noted": "cycling to work", "interviewers": [{"noted": "", "invited": False, "__key": "priya shah"},
                                                                 {"noted": "jazz", "invited": True, "__key": "tom lee"}]},
            "edits": {"recruiter:mia clarke": "Hi Mia, my own words."}}),
        f"worksheet:process:{interview}": record({"next_stage": "references", "final_round": True}),
        f"worksheet:outcomes:{interview}": record({"outcome": "rejected", "heard_on": "2026-12-02"}),
        "meta:current-interview": json.dumps({"format": V1, "v": 1, "data": {"id": interview}}),
    }
    page.goto(site.url)
    page.evaluate("([prefix, items]) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(prefix + k, v); }",
                  [f"ati:{PREFIX}:", items])
    page.goto(site.url + "steps/2-thank-you/")
    thanks = page.locator('[data-worksheet="thank-you"]')
    expect(thanks.get_by_label("One thing you talked about").first).to_have_value("the warehouse plans")
    expect(thanks.get_by_label("One thing you talked about").nth(1)).to_have_value("weekly reviews")
    assert saved(page)[f"interview:{interview}"]["v"] == 3
    moved = records(page)[interview]  # the round and its application, each fact in its home
    assert (moved["coordinator_name"], moved["coordinator_email"]) == ("Mia Clarke", "mia@acme.example")
    assert "contact_name" not in moved and not moved.get("consultant_name")
    assert [p["detail"] for p in moved["interviewers"]] == ["the warehouse plans", "weekly reviews"]
    assert [p["invited"] for p in moved["interviewers"]] == [False, True]
    assert moved["next_stage"] == "references" and moved["stage"] == "rejected" and moved["last_reply"] == "2026-12-02"
    assert "a call with the director" in moved["notes"]
    linkedin = saved(page)[f"worksheet:linkedin:{interview}"]
    assert linkedin["data"]["coordinator_noted"] == "cycling to work"
    assert linkedin["edits"] == {"recruiter:mia clarke": "Hi Mia, my own words."}  # the recruiter is still the recruiter
    assert interview_ids(page) == [interview]

    page.get_by_role("link", name="4. Connect on LinkedIn").first.click()
    sheet = page.locator('[data-worksheet="linkedin"]')
    expect(sheet.get_by_label("What you talked about with the recruiter")).to_have_value("cycling to work")
    expect(sheet.get_by_label("They invited me to connect on LinkedIn").nth(1)).to_be_checked()
    page.reload()  # once moved, a second load changes nothing
    assert records(page)[interview] == moved
