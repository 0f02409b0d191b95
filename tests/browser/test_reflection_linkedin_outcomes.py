"""Steps 3, 4 and 5 and the unwind page as a person uses them: a reflection log across two
interviews with its question bank, LinkedIn notes with a live counter that warns and keeps
the edited note, a message for every outcome, and payloads that stay text everywhere."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from worksheets.sheets.linkedin import linkedin_length

from .conftest import wait_ready, wait_saved, wait_until
from .test_accessibility import violations
from .test_thank_you_page import interview_ids, records, saved

pytestmark = pytest.mark.browser

STEP3, STEP4, STEP5 = "steps/3-reflect/", "steps/4-linkedin/", "steps/5-follow-up/"
PAYLOADS = ("<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[x](javascript:alert(1))")
XSS = " ".join(PAYLOADS)


def reflect(page, company, role, date, question, rating, situation="", went_well=""):
    sheet = page.locator('[data-worksheet="reflection"]')
    sheet.get_by_label("Company").fill(company)
    sheet.get_by_label("Job title you applied for").fill(role)
    sheet.get_by_label("Interview date").fill(date)
    sheet.get_by_label("The question").first.fill(question)
    sheet.get_by_label(rating, exact=True).first.check()
    if situation:
        sheet.get_by_label("Situation").first.fill(situation)
    if went_well:
        sheet.get_by_label("What went well").fill(went_well)
    sheet.get_by_role("combobox", name="The work itself").select_option(label="Good fit")
    sheet.get_by_role("button", name="Write my log entry").click()
    return sheet


def no_markup_from_payloads(scope):
    """No element that a payload could have produced, inside `scope`."""
    assert scope.locator("img, script, iframe").count() == 0
    hrefs = scope.locator("a").evaluate_all("(links) => links.map((a) => a.getAttribute('href'))")
    assert all(h.startswith(("mailto:", "http://127.0.0.1")) for h in hrefs), hrefs
    assert not [h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))]


# ---------- step 3: the reflection log


def test_two_reflections_fill_the_question_bank(page, site):
    page.goto(site.url + STEP3)
    wait_ready(page)
    sheet = reflect(page, "Acme", "Designer", "2026-03-03", "Tell me about a time you failed", "Struggled",
                    situation="The booking app launch", went_well="My portfolio\nThe small talk")
    entry = sheet.locator(".ati-markdown")
    expect(entry.get_by_role("heading", name="2026-03-03: Designer at Acme", level=3)).to_be_visible()
    expect(entry).to_contain_text("How I answered: Struggled (1 of 4)")
    expect(entry.locator("strong").first).to_have_text("Struggled")
    assert entry.locator("br").count() >= 1  # the line break in "What went well" survives
    with page.expect_download() as info:
        sheet.get_by_role("button", name="Download this entry (.md)").click()
    assert info.value.suggested_filename == "reflection-2026-03-03-acme.md"
    text = open(info.value.path(), encoding="utf-8").read()
    assert text.startswith("## 2026-03-03: Designer at Acme") and "#### 1. Tell me about a time you failed" in text

    # The second interview, started from the picker: the details are blank, then its own.
    sheet.get_by_label("Interview", exact=True).select_option(label="Start a new interview")
    expect(sheet.get_by_label("Company")).to_have_value("")
    reflect(page, "Globex", "Analyst", "2026-03-10", "Why should we hire you?", "OK")
    expect(sheet.locator(".ati-markdown")).to_contain_text("Analyst at Globex")
    assert len(interview_ids(page)) == 2

    log = page.locator('[data-panel="reflection-log"]')
    expect(log.locator("[data-ati-log-status]")).to_have_text("Your log has 2 entries.")
    bank = log.locator(".ati-markdown").first
    expect(bank).to_contain_text("Why should we hire you?")
    expect(bank).to_contain_text("Tell me about a time you failed")
    expect(bank).to_contain_text("The booking app launch")
    bank_text = bank.inner_text()
    assert bank_text.index("Why should we hire you?") < bank_text.index("Tell me about a time you failed")  # newest first
    table = log.get_by_role("table", name="How well each role fits you")
    expect(table.get_by_role("columnheader")).to_have_text(["What matters", "Analyst at Globex", "Designer at Acme"])
    expect(log.get_by_role("heading", name="All 2 entries, newest first")).to_be_visible()
    expect(log.locator(".ati-markdown")).to_have_count(3)  # the bank and two entries
    with page.expect_download() as info:
        log.get_by_role("button", name="Download your question bank (.md)").click()
    assert "Why should we hire you?" in open(info.value.path(), encoding="utf-8").read()

    # Print shows one entry only: the page is marked while the print dialog is open.
    page.evaluate("() => { window.print = () => { window.__printed = [document.body.className, document.querySelector('.ati-print-target').innerText]; }; }")
    sheet.get_by_role("button", name="Print: Your log entry: Analyst at Globex").click()
    printed = page.evaluate("window.__printed")
    assert "ati-printing-one" in printed[0] and "Why should we hire you?" in printed[1]
    assert not violations(page)

    wait_saved(page)
    page.reload()  # both are kept, and the log is rebuilt from what is saved
    expect(page.locator('[data-panel="reflection-log"] [data-ati-log-status]')).to_have_text("Your log has 2 entries.")
    expect(page.locator('[data-worksheet="reflection"] .ati-markdown')).to_contain_text("Analyst at Globex")


# ---------- step 4: LinkedIn notes


def linkedin(page, premium=False):
    sheet = page.locator('[data-worksheet="linkedin"]')
    sheet.get_by_label("Company").fill("Acme")
    sheet.get_by_label("Job title you applied for").fill("Designer")
    sheet.get_by_label("Recruiter or HR contact").fill("Priya Shah")
    sheet.get_by_label("What you talked about with the recruiter").fill("the move to a four-day week")
    sheet.get_by_label("Full name").first.fill("Tom Lee")
    sheet.get_by_label("One thing you talked about (optional)").first.fill("the new booking app")
    sheet.get_by_label("Your name").fill("Sam Jones")
    if premium:
        sheet.get_by_label("I have LinkedIn Premium").check()
    sheet.get_by_role("button", name="Write my notes").click()
    return sheet


def test_linkedin_counter_warns_and_the_edited_note_is_kept(page, site):
    page.goto(site.url + STEP4)
    wait_ready(page)
    sheet = linkedin(page)
    expect(sheet.locator(".ati-draft")).to_have_count(2)
    note = sheet.get_by_role("textbox", name="Note to Tom Lee, interviewer")
    counter = sheet.locator(f"#{note.get_attribute('id').removesuffix('-text')}-count")
    assert counter.get_attribute("id") in note.get_attribute("aria-describedby")
    # Not a live region itself (it changes on every keystroke): one beside it speaks once typing pauses.
    assert counter.get_attribute("aria-live") is None
    expect(counter.locator("xpath=following-sibling::*[@data-ati-calm]")).to_have_attribute("role", "status")
    expect(counter).to_have_text(f"{linkedin_length(note.input_value())} of 200 characters")
    # Timing per person, and no mail link for a LinkedIn note.
    expect(sheet.locator(".ati-notice").filter(has_text="Send now: recruiters")).to_have_count(1)
    expect(sheet.locator(".ati-notice").filter(has_text="Wait until you have heard the outcome")).to_have_count(1)
    expect(sheet.get_by_role("link", name="Open in mail app")).to_have_count(0)
    expect(sheet.locator(".ati-output")).not_to_contain_text("mail link")

    long = "Hi Tom, " + "thank you for the interview 👍 " * 8
    note.fill(long)
    over = linkedin_length(long)
    assert over > 200
    expect(counter).to_have_text(f"{over} of 200 characters: {over - 200} too many. LinkedIn will not send a note over the limit, so shorten it.")
    expect(note).to_have_attribute("aria-invalid", "true")
    expect(counter).to_have_class(re.compile("ati-counter--over"))
    assert not violations(page)

    short = "Hi Tom, thanks for Thursday 👍\nSam"
    note.fill(short)
    expect(counter).to_have_text(f"{linkedin_length(short)} of 200 characters")
    assert linkedin_length(short) == len(short) + 2  # the emoji counts 2, the line break 2
    expect(note).not_to_have_attribute("aria-invalid", "true")
    expect(counter).not_to_have_class(re.compile("ati-counter--over"))

    # The suggested note is one click away, and so is the user's own version.
    card = sheet.locator(".ati-draft").filter(has=page.get_by_role("textbox", name="Note to Tom Lee, interviewer"))
    card.get_by_role("button", name="Use the suggested note").click()
    expect(note).not_to_have_value(short)
    card.get_by_role("button", name="Back to my version").click()
    expect(note).to_have_value(short)

    wait_saved(page)
    [interview] = interview_ids(page)
    assert saved(page)[f"worksheet:linkedin:{interview}"]["edits"] == {"interviewer:tom lee": short}
    page.reload()
    note = page.get_by_role("textbox", name="Note to Tom Lee, interviewer")
    expect(note).to_have_value(short)
    expect(page.get_by_role("textbox", name="Note to Priya Shah, who arranged your interview")).to_have_value(re.compile("^Hi Priya"))

    # Written again (Premium now), the edit is kept and counted against 300.
    wait_ready(page)
    linkedin(page, premium=True)
    expect(note).to_have_value(short)
    expect(page.locator(".ati-counter").nth(1)).to_have_text(f"{linkedin_length(short)} of 300 characters")


def test_counter_in_the_browser_counts_like_python(page, site):
    cases = ["", "abc", "👍", "👩\u200d💻", "e\u0301", "é", "\u0958", "a\nb", "a\r\nb", "🇬🇧", "mixed 👍\nline e\u0301"]
    page.goto(site.url + STEP4)
    counts = page.evaluate(
        "async (cases) => { const m = await import(new URL('assets/ati/output/counter.js', document.baseURI.replace(/steps\\/.*$/, '')).href);"
        " return cases.map((c) => m.linkedinLength(c)); }",
        cases,
    )
    assert counts == [linkedin_length(c) for c in cases]


def test_copy_puts_the_edited_note_on_the_clipboard(context, site):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.watch.page(context.new_page())
    page.goto(site.url + STEP4)
    sheet = linkedin(page)
    note = sheet.get_by_role("textbox", name="Note to Priya Shah, who arranged your interview")
    note.fill("Hi Priya, thank you!")
    card = sheet.locator(".ati-draft").first
    card.get_by_role("button", name="Copy note").click()
    expect(card.locator(".ati-copy-status")).to_have_text("Note copied.")
    assert page.evaluate("navigator.clipboard.readText()") == "Hi Priya, thank you!"


# ---------- step 5: a message for every outcome


def outcomes_sheet(page):
    sheet = page.locator('[data-worksheet="outcomes"]')
    sheet.get_by_label("Company").fill("Acme")
    sheet.get_by_label("Job title you applied for").fill("Product Designer")
    sheet.get_by_label("Recruiter or HR contact").fill("Jo Bloggs")
    sheet.get_by_label("Recruiter's email").fill("jo@acme.example")
    sheet.get_by_label("Your name").fill("Sam Lee")
    sheet.get_by_label("What you valued about the process").fill("meeting the design team")
    return sheet


def test_each_outcome_message_carries_the_interview(page, site):
    page.goto(site.url + STEP5)
    wait_ready(page)
    sheet = outcomes_sheet(page)
    deadline = sheet.get_by_label("Your deadline for the other offer")
    question = sheet.get_by_label("The one thing you would like feedback on")
    expect(deadline).to_be_hidden()
    expect(question).to_be_hidden()

    sheet.get_by_label("I was not offered the job").check()
    expect(question).to_be_visible()
    expect(deadline).to_be_hidden()
    question.fill("How could my portfolio talk be stronger?")
    sheet.get_by_role("button", name="Write my message").click()
    cards = sheet.locator(".ati-message")
    expect(cards).to_have_count(2)
    reply, feedback = cards.nth(0), cards.nth(1)
    for card in (reply, feedback):
        expect(card).to_contain_text("Dear Jo,")
        expect(card).to_contain_text("Product Designer")
        expect(card.get_by_role("button", name="Copy text")).to_be_visible()
        assert card.get_by_role("link", name="Open in mail app").get_attribute("href").startswith("mailto:jo@acme.example?subject=")
    expect(reply.locator(".ati-subject")).to_have_text("Re: Product Designer at Acme")
    expect(reply).to_contain_text("meeting the design team")
    expect(feedback).to_contain_text("may I ask one thing: how could my portfolio talk be stronger?")
    expect(sheet.locator(".ati-notice").first).to_contain_text("Keep it short and warm")  # the tone, above it
    expect(reply).to_contain_text("Send this as a reply to their email, so it stays in the same thread.")  # how, on it

    sheet.get_by_label("I want to withdraw my application").check()
    expect(question).to_be_hidden()
    sheet.get_by_label("I have accepted another offer").check()
    sheet.get_by_role("button", name="Write my message").click()
    expect(cards).to_have_count(1)
    expect(cards.first.locator(".ati-subject")).to_have_text("Withdrawing my application: Product Designer")
    expect(cards.first).to_contain_text("I have accepted another offer.")
    expect(cards.first).to_contain_text("Acme")

    sheet.get_by_label("I have an offer elsewhere and need their decision").check()
    expect(deadline).to_be_visible()
    sheet.get_by_role("button", name="Write my message").click()
    expect(page.locator("#ati-outcomes-offer_deadline-error")).to_contain_text("Enter the date you have to answer the other offer by")
    expect(deadline).to_have_attribute("aria-invalid", "true")
    deadline.fill("2026-12-18")
    sheet.get_by_role("button", name="Write my message").click()
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("Friday 18 December 2026")
    expect(cards.first).to_contain_text("Product Designer role at Acme")
    expect(sheet.locator(".ati-output")).not_to_have_class(re.compile("ati-stale"))  # fresh output is not dimmed
    assert not violations(page)

    # Hidden fields keep what was typed; everything is saved for this interview.
    sheet.get_by_label("I was not offered the job").check()
    expect(question).to_have_value("How could my portfolio talk be stronger?")
    sheet.get_by_label("I have an offer elsewhere and need their decision").check()
    wait_saved(page)
    [interview] = interview_ids(page)
    record = saved(page)
    assert records(page)[interview]["coordinator_name"] == "Jo Bloggs"
    assert records(page)[interview]["stage"] == "offer_elsewhere"  # what happened is the application's stage
    assert record[f"worksheet:outcomes:{interview}"]["data"]["feedback_question"] == "How could my portfolio talk be stronger?"
    page.reload()
    sheet = page.locator('[data-worksheet="outcomes"]')
    expect(sheet.get_by_label("Your deadline for the other offer")).to_have_value("2026-12-18")
    expect(sheet.get_by_label("The one thing you would like feedback on")).to_be_hidden()
    expect(sheet.locator(".ati-message")).to_contain_text("Friday 18 December 2026")


def test_two_worksheets_on_one_page_share_the_interview(page, site):
    """Step 5 holds the follow-up planner and the outcome messages: what is typed in one
    shows in the other, and neither overwrites the other's changes."""
    page.goto(site.url + STEP5)
    follow, outcome = page.locator('[data-worksheet="follow-up"]'), page.locator('[data-worksheet="outcomes"]')
    follow.get_by_label("Company").fill("Initech")
    follow.get_by_label("Your name").fill("Sam Lee")
    expect(outcome.get_by_label("Company")).to_have_value("Initech")
    expect(outcome.get_by_label("Your name")).to_have_value("Sam Lee")
    outcome.get_by_label("Job title you applied for").fill("Analyst")
    outcome.get_by_label("Recruiter or HR contact").fill("Jo Bloggs")
    expect(follow.get_by_label("Job title you applied for")).to_have_value("Analyst")
    follow.get_by_label("Interview date").fill("2026-11-24")
    wait_saved(page)
    [interview] = interview_ids(page)
    data = records(page)[interview]
    assert (data["company"], data["role"], data["coordinator_name"], data["date"]) == ("Initech", "Analyst", "Jo Bloggs", "2026-11-24")
    expect(follow.get_by_label("Recruiter or HR contact")).to_have_value("Jo Bloggs")  # one fact, one home
    assert saved(page)["profile"]["data"]["your_name"] == "Sam Lee"


# ---------- unwind


def test_unwind_is_saved_and_links_to_the_log(page, site):
    page.goto(site.url + "unwind/")
    sheet = page.locator('[data-worksheet="unwind"]')
    sheet.get_by_label("One thing you will do for yourself today").fill("A long walk by the river")
    sheet.get_by_label("The moment you keep replaying").fill("The salary question")
    sheet.get_by_role("button", name="Done for today").click()
    expect(sheet.locator(".ati-notice")).to_have_text("Today: a long walk by the river. Enjoy it, you have earned it.")
    expect(sheet.locator(".ati-output")).to_contain_text("Learn, log, let go.")
    wait_saved(page)
    page.reload()
    sheet = page.locator('[data-worksheet="unwind"]')
    expect(sheet.get_by_label("One thing you will do for yourself today")).to_have_value("A long walk by the river")
    sheet.locator(".ati-output").get_by_role("link", name="Open your reflection log").click()
    expect(page).to_have_url(site.url + STEP3)


# ---------- payloads stay text, everywhere, including through Markdown


def test_payloads_stay_inert_in_every_field(page, site):
    page.goto(site.url + STEP3)
    wait_ready(page)
    sheet = page.locator('[data-worksheet="reflection"]')
    sheet.get_by_label(re.compile(r"^Round\b")).fill(PAYLOADS[0])
    for label in ("Situation", "Task", "Action", "Result"):
        sheet.get_by_label(label).first.fill(XSS)
    sheet.get_by_label("What you would do differently").fill(XSS)
    sheet.get_by_label("What you still want to know").fill("\n".join(PAYLOADS))
    sheet.get_by_label("The work itself: note").fill(PAYLOADS[2])
    reflect(page, PAYLOADS[0], PAYLOADS[1], "2026-03-03", XSS, "Struggled", went_well=XSS)
    entry = sheet.locator(".ati-markdown")
    expect(entry).to_contain_text(f"{PAYLOADS[1]} at {PAYLOADS[0]}")
    expect(entry).to_contain_text(XSS)
    log = page.locator('[data-panel="reflection-log"]')
    expect(log.locator(".ati-markdown").first).to_contain_text(XSS)  # the question bank
    expect(log.get_by_role("columnheader", name=f"{PAYLOADS[1]} at {PAYLOADS[0]}")).to_be_visible()
    expect(log.get_by_role("cell").first).to_contain_text(PAYLOADS[2])
    for scope in (sheet.locator(".ati-output"), log):
        no_markup_from_payloads(scope)
    assert not entry.locator("a, img, script").count()

    page.get_by_role("link", name="4. Connect on LinkedIn").first.click()  # same interview, next step
    sheet = page.locator('[data-worksheet="linkedin"]')
    expect(sheet.get_by_label("Company")).to_have_value(PAYLOADS[0])
    sheet.get_by_label("Recruiter or HR contact").fill(PAYLOADS[1])
    sheet.get_by_label("What you talked about with the recruiter").fill(XSS)
    sheet.get_by_label("Full name").first.fill(PAYLOADS[2])
    sheet.get_by_label("One thing you talked about (optional)").first.fill(XSS)
    sheet.get_by_label("Your name").fill(PAYLOADS[0])
    wait_ready(page)
    sheet.get_by_role("button", name="Write my notes").click()
    expect(sheet.locator(".ati-draft")).to_have_count(2)
    expect(sheet.locator(".ati-message-heading").first).to_have_text(f"Note to {PAYLOADS[1]}, who arranged your interview")
    assert "<img" in sheet.locator(".ati-draft-text").first.input_value()
    no_markup_from_payloads(sheet.locator(".ati-output"))

    page.get_by_role("link", name="5. Follow up professionally").first.click()
    sheet = page.locator('[data-worksheet="outcomes"]')
    expect(sheet.get_by_label("Recruiter or HR contact")).to_have_value(PAYLOADS[1])
    sheet.get_by_label("I was not offered the job").check()
    sheet.get_by_label("What you valued about the process").fill(PAYLOADS[2])
    sheet.get_by_label("The one thing you would like feedback on").fill(PAYLOADS[1])
    wait_ready(page)
    sheet.get_by_role("button", name="Write my message").click()
    expect(sheet.locator(".ati-message")).to_have_count(2)
    expect(sheet.locator(".ati-message").first).to_contain_text(PAYLOADS[2])
    no_markup_from_payloads(sheet.locator(".ati-output"))

    page.get_by_role("link", name="Unwind", exact=True).first.click()
    sheet = page.locator('[data-worksheet="unwind"]')
    sheet.get_by_label("One thing you will do for yourself today").fill(XSS)
    sheet.get_by_label("The moment you keep replaying").fill(XSS)
    wait_ready(page)
    sheet.get_by_role("button", name="Done for today").click()
    expect(sheet.locator(".ati-notice")).to_contain_text(XSS)
    no_markup_from_payloads(sheet.locator(".ati-output"))

    wait_saved(page)
    page.goto(site.url + STEP3)  # and again, rebuilt from what was saved
    wait_until(page, "() => document.querySelectorAll('[data-panel=\"reflection-log\"] .ati-markdown').length >= 2")
    no_markup_from_payloads(page.locator(".ati-output"))
    assert page.locator(":is([data-worksheet], [data-panel]) :is(img, script, iframe)").count() == 0
    # the context fixture asserts that no dialog opened and nothing left the origin


def test_new_output_passes_axe_in_dark_mode(browser, site):
    """The log with its table, drafts over the limit, and outcome emails, in the dark scheme."""
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(site.url + STEP3)
        wait_ready(page)
        reflect(page, "Acme", "Designer", "2026-03-03", "Why us?", "Struggled")
        expect(page.get_by_role("table", name="How well each role fits you")).to_be_visible()
        assert not violations(page)
        page.goto(site.url + STEP4)
        wait_ready(page)
        sheet = linkedin(page)
        sheet.get_by_role("textbox", name="Note to Tom Lee, interviewer").fill("x" * 230)
        expect(sheet.locator(".ati-counter--over")).to_have_count(1)
        assert not violations(page)
        page.goto(site.url + STEP5)
        wait_ready(page)
        sheet = outcomes_sheet(page)
        sheet.get_by_label("I was not offered the job").check()
        sheet.get_by_role("button", name="Write my message").click()
        expect(sheet.locator(".ati-message")).to_have_count(2)
        assert not violations(page)
    finally:
        context.close()
