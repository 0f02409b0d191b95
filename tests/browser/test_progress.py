"""Where each interview stands: the step pages' checklists ticked per interview, the progress
and timelines on Your interviews, Share on phones, and someone else met on step 4."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect

from tests.support.moment import at
from tests.support.scenarios import THREE
from worksheets.sheets import interview
from worksheets.plan import pictures as timeline_view
from worksheets.core.validation import validate

from .conftest import NOW, PREFIX, next_frames, wait_answered, wait_ready
from .test_accessibility import AXE, TAGS
from .test_backup import said
from .test_thank_you_page import STEP2, records, saved

pytestmark = pytest.mark.browser

SITE_KEY = f"ati:{PREFIX}:"
SEED = "([prefix, items]) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(prefix + k, JSON.stringify(v)); }"
def record(data: dict, **extra) -> dict:
    return {"format": "after-the-interview", "v": 2, "savedAt": "2026-11-20T10:00:00.000Z", "data": data, **extra}


def seed(page, site, items: dict, then: str) -> None:
    page.goto(site.url)
    page.evaluate(SEED, [SITE_KEY, items])
    page.goto(site.url + then)


def three(page, site) -> None:
    """The three interviews on Your interviews, Globex's reflection written, Acme being edited."""
    items = {f"interview:{k}": record(v) for k, v in THREE.items()}
    # The reflection worksheet's records are version 1 (a newer one would be set aside, unread).
    items["worksheet:reflection:b2b2b2b2"] = {**record({}, output={"blocks": [{"type": "paragraph", "text": "Written."}]}), "v": 1}
    items["meta:current-interview"] = {"format": "after-the-interview", "v": 1, "data": {"id": "a1a1a1a1"}}
    seed(page, site, items, "interviews/")
    expect(page.locator(".ati-dashboard-item .ati-steps")).to_have_count(3)


def box(page, words: str):
    return page.get_by_role("checkbox", name=words)


def test_ticks_belong_to_each_interview_and_the_persons_untick_wins(page, site):
    page.goto(site.url + STEP2)
    note = page.locator(".ati-checklist-note")
    time_box, short, sent = box(page, "Thank them for their time."), box(page, "Keep it short"), box(page, "Write one thank you email")
    expect(time_box).to_be_disabled()  # no interview yet: the boxes say how to get one
    expect(note).to_have_text("To tick these off, choose an interview in the worksheet below, or start one there: each interview keeps its own ticks.")
    assert note.get_attribute("id") in time_box.get_attribute("aria-describedby")

    sheet = page.locator('[data-worksheet="thank-you"]')
    sheet.get_by_label("Company").fill("Acme")
    sheet.get_by_label("Job title you applied for").fill("Analyst")
    expect(note).to_have_text("Your ticks for “Acme: Analyst”, saved with that interview in this browser.")
    time_box.check()
    short.check()
    short.uncheck()
    sheet.get_by_label("I have sent my thank-you notes").check()
    expect(sent).to_be_checked()  # the worksheet knows: ticked for the person, saying why
    why = page.locator(".ati-task-why")
    expect(why).to_have_text("Ticked for you: you marked your thank-you notes as sent.")
    assert why.get_attribute("id") == sent.get_attribute("aria-describedby")
    sent.uncheck()  # their own untick wins
    expect(why).to_have_count(0)

    page.reload()
    wait_ready(page)
    expect(time_box).to_be_checked()
    expect(short).not_to_be_checked()
    expect(sent).not_to_be_checked()
    wait_answered(page)  # Python has answered: the untick still wins
    expect(sent).not_to_be_checked()
    ids = {data["company"]: interview for interview, data in records(page).items()}
    assert saved(page)[f"interview:{ids['Acme']}"]["data"]["checklist"] == {
        "thank-them-for-their-time": True, "keep-it-short-about-100-to-180-words": False, "thank-you-sent": False}

    picker = sheet.get_by_label("Interview", exact=True)
    picker.select_option(label="Start a new interview")
    expect(time_box).to_be_disabled()
    sheet.get_by_label("Company").fill("Globex")
    sheet.get_by_label("Job title you applied for").fill("Analyst")
    expect(note).to_contain_text("“Globex: Analyst”")
    expect(time_box).not_to_be_checked()  # another interview, its own ticks
    box(page, "Name one thing you talked about").check()
    picker.select_option(label="Acme: Analyst")
    expect(note).to_contain_text("“Acme: Analyst”")
    expect(time_box).to_be_checked()
    expect(box(page, "Name one thing you talked about")).not_to_be_checked()
    picker.select_option(label="Globex: Analyst")
    expect(box(page, "Name one thing you talked about")).to_be_checked()
    expect(time_box).not_to_be_checked()


def test_ticks_come_back_with_an_import(page, site):
    seed(page, site, {"interview:d4d4d4d4": record({"company": "Umbrella", "role": "Analyst", "date": "2026-11-24"}),
                      "meta:current-interview": {"format": "after-the-interview", "v": 1, "data": {"id": "d4d4d4d4"}}},
         "steps/4-linkedin/")
    recruiter = box(page, "Connect with the recruiter now")
    recruiter.check()
    box(page, "Check your own profile first.").check()
    page.goto(site.url + "your-data/")
    panel = page.locator('[data-panel="backup"]')
    with page.expect_download() as info:
        panel.get_by_role("button", name="Export everything").click()
    assert json.loads(open(info.value.path(), encoding="utf-8").read())["items"]["interview:d4d4d4d4"]["data"]["checklist"] == {
        "connect-with-the-recruiter-this-week": True, "check-your-own-profile-first-your-job-title-and": True}
    panel.get_by_role("button", name="Delete everything").click()
    panel.get_by_role("button", name="Yes, delete everything").click()
    expect(said(page, "delete")).to_contain_text("Deleted")
    page.goto(site.url + "steps/4-linkedin/")
    expect(recruiter).to_be_disabled()
    expect(recruiter).not_to_be_checked()

    page.goto(site.url + "your-data/")
    panel.get_by_label("Choose a backup file to import").set_input_files(info.value.path())
    panel.get_by_role("region", name="What this file holds").get_by_role("button", name="Import").click()
    expect(said(page, "import")).to_contain_text("Imported")
    page.goto(site.url + "steps/4-linkedin/")
    expect(recruiter).to_be_checked()
    expect(box(page, "Check your own profile first.")).to_be_checked()
    expect(box(page, "Keep each note under 200 characters.")).not_to_be_checked()


def expected_timeline(record_id: str) -> list[str]:
    values = validate(interview.WORKSHEET, THREE[record_id]).values
    return [m["text"] for m in timeline_view.timeline(values, at(NOW.date(), NOW.strftime("%H:%M")))["marks"]]


def test_three_interviews_each_with_its_progress_and_timeline(page, site):
    three(page, site)
    cards = page.locator(".ati-dashboard-item")
    for record_id, data in THREE.items():
        card = cards.filter(has=page.get_by_role("heading", name=re.compile(f"^{data['company']}:")))
        expect(card.locator(".ati-timeline-list li")).to_have_text(expected_timeline(record_id))  # the plan's dates, as words
        expect(card.locator(".ati-timeline-picture svg text").first).to_be_visible()
        assert card.locator(".ati-timeline-picture").get_attribute("aria-hidden") == "true"
    globex = cards.filter(has_text="Globex: Analyst")
    steps = globex.get_by_role("list", name="Progress through the five steps").get_by_role("listitem")
    expect(steps).to_have_text([re.compile(r"Process.*Know the recruitment process: not started"),
                                re.compile(r"Thank-you.*Send a thank-you note: done"), re.compile(r"Reflect.*Reflect: done"),
                                re.compile(r"LinkedIn.*Connect on LinkedIn: not started"),
                                re.compile(r"Follow-up.*Follow up professionally: started")])
    expect(globex.locator(".ati-step--done .ati-step-mark")).to_have_text(["✓", "✓"])
    acme = cards.filter(has_text="Acme: Data Analyst")
    expect(acme.get_by_role("list", name="Timeline of Acme: Data Analyst (Final round)")).to_contain_text(
        "Friday 27 November 2026: Acme expects to decide, from their words: 'by Friday'")

    agenda = page.get_by_role("region", name="This week and next")
    expect(agenda.get_by_role("heading", name="This week, Monday 23 November 2026 to Sunday 29 November 2026")).to_be_attached()
    expect(agenda.locator(".ati-agenda-lists ul").first.get_by_role("listitem")).to_have_count(5)
    expect(agenda.locator(".ati-agenda-lists ul").nth(1)).to_contain_text("Tuesday 1 December 2026: move on from Globex (Globex: Analyst)")
    expect(agenda.locator("svg .ati-ag-title")).to_have_text(["Initech: BI Developer", "Acme: Data Analyst (Final round)", "Globex: Analyst"])

    # Phone width: the pictures fit, nothing scrolls sideways.
    page.set_viewport_size({"width": 360, "height": 740})
    next_frames(page)  # the pictures are drawn again at the new width
    widths = page.evaluate("() => [...document.querySelectorAll('.ati-timeline-picture svg, .ati-agenda-picture svg')].map(s => s.getBoundingClientRect().right)")
    assert widths and max(widths) <= 360, widths
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 360

    # Print: the lists instead of the pictures.
    page.emulate_media(media="print")
    expect(acme.locator(".ati-timeline-list")).to_be_visible()
    expect(acme.locator(".ati-timeline-picture")).to_be_hidden()
    expect(globex.locator(".ati-step-words").first).to_be_visible()


def violations(page, *within: str) -> list[str]:
    """axe (WCAG 2.2 A/AA) on the new parts only: every whole page is checked in test_accessibility."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))
        page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    result = page.evaluate("([within, tags]) => axe.run({include: within.map((s) => [s])}, {runOnly: {type: 'tag', values: tags}})",
                           [list(within), TAGS])
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}" for v in result["violations"]]


def switch_to(page, scheme: str) -> None:
    """Press Material's switch until the page shows ``scheme``: it goes from following the
    device (light here) to light, to dark, and back."""
    for _ in range(3):
        if page.evaluate("document.body.dataset.mdColorScheme") == scheme:
            return
        page.locator('label[title*="switch to" i]:visible').click()
    assert page.evaluate("document.body.dataset.mdColorScheme") == scheme


def check_both_schemes_and_widths(page, *within: str) -> None:
    """axe in the light scheme and the dark one (Material's own switch), each at laptop and phone width."""
    checked = []
    for scheme in ("default", "slate"):
        switch_to(page, scheme)
        for width, height in ((1280, 900), (360, 740)):
            page.set_viewport_size({"width": width, "height": height})
            next_frames(page)  # the pictures are drawn again at the new width
            checked.append((page.evaluate("document.body.dataset.mdColorScheme"), width))
            assert not violations(page, *within), checked[-1]
        page.set_viewport_size({"width": 1280, "height": 900})
    assert checked == [("default", 1280), ("default", 360), ("slate", 1280), ("slate", 360)]


def test_the_new_parts_pass_axe_in_both_schemes_on_a_laptop_and_a_phone(page, site):
    three(page, site)
    check_both_schemes_and_widths(page, '[data-panel="interviews"]', '[data-worksheet="interview"] fieldset.ati-section:nth-of-type(2)')
    page.goto(site.url + "steps/1-recruitment-process/")  # Acme: a box ticked for the person
    expect(page.locator(".ati-task-why")).to_have_count(1)
    check_both_schemes_and_widths(page, ".md-content [data-ati-checklist]", ".ati-checklist-note")


SHARE_STUB = """window.__shared = [];
Object.defineProperty(Navigator.prototype, "share", {configurable: true, value: async function (data) { window.__shared.push(data); }});
Object.defineProperty(Navigator.prototype, "canShare", {configurable: true, value: function () { return true; }});"""
NO_SHARE = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;"


def test_someone_else_met_gets_a_note_and_share_is_offered_only_where_it_works(context, site):
    context.add_init_script(SHARE_STUB)
    page = context.watch.page(context.new_page())
    page.goto(site.url + "steps/4-linkedin/")
    sheet = page.locator('[data-worksheet="linkedin"]')
    sheet.get_by_label("Company").fill("Acme")
    sheet.get_by_label("Job title you applied for").fill("Data Analyst")
    sheet.get_by_label("Their name").fill("Ana Ruiz")
    sheet.get_by_label("Where you met, or who they are").fill("on the office tour")
    sheet.get_by_label("One thing you talked about").last.fill("the new analytics hub")
    sheet.get_by_label("Your name").fill("Sam Jones")
    sheet.get_by_role("button", name="Write my notes").click()
    note = sheet.get_by_role("article", name="Note to Ana Ruiz, met on the office tour")
    expect(note.get_by_role("textbox")).to_have_value(re.compile(r"^Hi Ana, .*on the office tour.*the new analytics hub"))
    expect(sheet.locator(".ati-notice").nth(1)).to_contain_text("Send it when you like: Ana did not interview you.")
    note.get_by_role("button", name="Share").click()
    expect(note.locator(".ati-copy-status")).to_have_text("Shared.")
    assert page.evaluate("window.__shared") == [{"text": note.get_by_role("textbox").input_value()}]

    # Typed once: the interview's details show the same person.
    page.get_by_role("link", name="Your interviews").first.click()
    details = page.locator('[data-worksheet="interview"]')
    expect(details.get_by_label("Their name")).to_have_value("Ana Ruiz")
    expect(details.get_by_label("Where you met, or who they are")).to_have_value("on the office tour")

    # A browser that cannot share shows no Share button at all.
    other = context.watch.page(context.new_page())
    other.add_init_script(NO_SHARE)
    other.goto(site.url + "steps/4-linkedin/")
    other.locator('[data-worksheet="linkedin"]').get_by_role("button", name="Write my notes").click()
    expect(other.get_by_role("button", name="Copy note").first).to_be_visible()
    expect(other.get_by_role("button", name="Share")).to_have_count(0)
