"""The worksheets on a phone, by keyboard alone, and with a screen reader in mind: as easy as on
a laptop with a mouse.

One whole worksheet journey per step with the keyboard only (Tab, Shift+Tab, Space, Enter, the
arrow keys in radio groups), from the top of the page, asserting where focus goes after the
press, after an error, after Undo; a phone on a slow connection that sees, next to the button
it pressed, what happens while Python loads, then its results brought into view; the phone
layout's known traps; the colours following the device; live regions that wait for a pause.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from .conftest import next_frames, wait_answered, wait_ready, wait_until
from .test_accessibility import go
from .test_interviews import add
from .test_thank_you_page import fill

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}

# What has focus, in the words a screen reader would use for it.
FOCUSED = """() => {
  const a = document.activeElement;
  if (!a || a === document.body) return {name: "", id: "", tag: "BODY"};
  const label = a.getAttribute("aria-label") || (a.labels && a.labels.length ? a.labels[0].textContent : a.textContent);
  return {name: (label || "").replace(/\\s+/g, " ").trim(), id: a.id, tag: a.tagName,
          output: a.matches("[data-ati-output]"), sheet: a.closest("[data-worksheet]")?.dataset.worksheet || ""};
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def named(found: str, name: str) -> bool:
    return found == name or found.startswith(name + " (")  # "Round (optional)"


def tab_to(page, name: str, *, back: bool = False, limit: int = 80) -> None:
    """Press Tab (Shift+Tab with `back`) until what has focus is called `name`."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if back else "Tab")
        now = focused(page)["name"]
        if named(now, name):
            return
        seen.append(now)
    raise AssertionError(f"Tab never reached {name!r}; it went through {seen}")


# A date typed into a date field, in the order the browser lays its parts out: Debian's
# chromium ships the en-US layout only (month, day, year), whatever the page's language.
DATE = "11272026"


@dataclass
class Journey:
    """A worksheet filled from the top of its page by keyboard: `steps` as (key, label, text),
    where key is "type" (Tab to the field, type), "here" (focus is on it already: type),
    "arrow" (Tab to the radio group's checked or first choice, press the arrow `text` times),
    "space" (Tab to a box, Space) or "enter" (Tab to a button, Enter). `missing` is left empty,
    to be fixed from the error summary."""

    url: str
    sheet: str
    submit: str
    steps: list[tuple[str, str, str]]
    missing: tuple[str, str]
    undo: tuple[str, str, str]  # ("clear", field that empties, its value) or ("remove", button, field then focused)


JOURNEYS = {
    "step 1": Journey(
        "steps/1-recruitment-process/", "process", "Make my plan",
        [("type", "Company", "Acme Ltd"), ("type", "Interview date", DATE),
         ("type", "Referee's name", "Dr Helen Marsh"), ("type", "Who will contact your referees", "Sam Lee from HR")],
        ("Job title you applied for", "Data Analyst"),
        ("clear", "Who will contact your referees", "Sam Lee from HR")),
    "step 2": Journey(
        "steps/2-thank-you/", "thank-you", "Write my emails",
        [("type", "Company", "Acme Ltd"), ("type", "Job title you applied for", "Data Analyst"),
         ("type", "Interview date", DATE), ("type", "Start time", "1530"), ("arrow", "In person", "1"),
         ("type", "Full name", "Priya Shah"), ("type", "One thing you talked about", "the plan to move reporting"),
         ("enter", "Add another interviewer", ""), ("here", "Full name", "Tom Lee"),
         ("type", "One thing you talked about", "how the team runs its weekly reviews")],
        ("Your name", "Sam Jones"),
        ("remove", "Remove Interviewer 2", "Tom Lee")),
    "step 3": Journey(
        "steps/3-reflect/", "reflection", "Write my log entry",
        [("type", "Company", "Acme Ltd"), ("type", "Interview date", DATE),
         ("type", "The question", "Tell me about a time you failed"), ("arrow", "Struggled", "2")],
        ("Job title you applied for", "Data Analyst"),
        ("clear", "The question", "Tell me about a time you failed")),
    "step 4": Journey(
        "steps/4-linkedin/", "linkedin", "Write my notes",
        [("type", "Company", "Acme Ltd"), ("type", "Job title you applied for", "Data Analyst"),
         ("type", "Recruiter or HR contact", "Dana Fox"),
         ("type", "What you talked about with the recruiter", "her move from teaching"),
         ("space", "I have LinkedIn Premium", "")],
        ("Your name", "Sam Jones"),
        ("clear", "What you talked about with the recruiter", "her move from teaching")),
    "step 5": Journey(
        "steps/5-follow-up/", "follow-up", "Plan my follow-ups",
        [("type", "Company", "Acme Ltd"), ("type", "Job title you applied for", "Data Analyst"),
         ("type", "Interview date", DATE), ("space", "I applied through a recruitment agency", ""),
         ("type", "Your consultant's name", "Jo Bloggs")],
        ("Your name", "Sam Jones"),
        ("clear", "", "")),
}


@pytest.mark.parametrize("step", list(JOURNEYS))
def test_a_whole_worksheet_by_keyboard_alone(page, site, step):
    journey = JOURNEYS[step]
    sheet = page.locator(f'[data-worksheet="{journey.sheet}"]')
    page.goto(site.url + journey.url)
    wait_ready(page)

    # From the top of the page, the second Tab stop skips the guidance.
    tab_to(page, "Skip to the worksheet", limit=2)
    page.keyboard.press("Enter")
    expect(page.locator(f"#ati-{journey.sheet}-title")).to_be_focused()
    page.keyboard.press("Tab")
    assert focused(page)["sheet"] == journey.sheet  # Tab goes on into the worksheet

    for key, label, text in journey.steps:
        if key == "here":
            assert named(focused(page)["name"], label), focused(page)
        else:
            tab_to(page, label)
        if key in ("type", "here"):
            page.keyboard.type(text)
            if text == DATE:
                assert page.evaluate("document.activeElement.value") == "2026-11-27"
        elif key == "arrow":
            for _ in range(int(text)):
                page.keyboard.press("ArrowDown")
        elif key == "space":
            page.keyboard.press("Space")
            expect(sheet.get_by_label(label)).to_be_checked()
        elif key == "enter":
            page.keyboard.press("Enter")
    if step == "step 2":
        expect(sheet.get_by_label("Video call")).to_be_checked()  # one ArrowDown from "In person"
        expect(sheet.get_by_label("Start time")).to_have_value("15:30")
    if step == "step 3":
        expect(sheet.get_by_label("Good", exact=True)).to_be_checked()  # two ArrowDowns from "Struggled"

    # The press with an answer missing: focus on the list of what to fix, right above the button.
    tab_to(page, journey.submit)
    page.keyboard.press("Enter")
    summary = sheet.locator("[data-ati-summary]")
    expect(summary).to_be_focused()
    page.keyboard.press("Tab")
    assert focused(page)["tag"] == "A"  # the first thing to fix, as a link
    page.keyboard.press("Enter")
    missing, value = journey.missing
    expect(sheet.get_by_label(missing, exact=True)).to_be_focused()
    page.keyboard.type(value)

    # The press that works: the output gets focus and comes into view.
    tab_to(page, journey.submit)
    page.keyboard.press("Enter")
    output = f'[data-worksheet="{journey.sheet}"] [data-ati-output]'
    expect(sheet.locator("[data-ati-status-text]")).to_contain_text("Done")
    expect(page.locator(output)).to_be_focused()
    wait_until(page, "(s) => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }", arg=output)

    # Back from the output by Shift+Tab: the last button of the form, then Undo where it happened.
    kind, what, kept = journey.undo
    page.keyboard.press("Shift+Tab")
    assert focused(page)["name"] == "Clear this form"
    if kind == "remove":
        tab_to(page, what, back=True)
        page.keyboard.press("Enter")
        expect(sheet.get_by_role("button", name="Undo")).to_be_focused()
        expect(sheet.get_by_label("Full name")).to_have_count(1)
        page.keyboard.press("Enter")
        restored = sheet.get_by_label("Full name").nth(1)
        expect(restored).to_have_value(kept)
        expect(restored).to_be_focused()  # focus goes back to what was put back
    else:
        page.keyboard.press("Enter")
        expect(sheet.get_by_role("button", name="Undo")).to_be_focused()
        if what:
            expect(sheet.get_by_label(what)).to_have_value("")
        page.keyboard.press("Enter")
        if what:
            expect(sheet.get_by_label(what)).to_have_value(kept)
        expect(sheet.get_by_label("Company")).to_be_focused()  # the form's first field, put back
    expect(sheet.get_by_role("button", name="Undo")).to_have_count(0)


def test_on_a_slow_phone_the_button_says_what_happens_then_the_results_come_into_view(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    network = context.new_cdp_session(page)
    network.send("Network.enable")
    # Slow enough that Python (a few MB) is still on its way after the form is filled; the
    # page itself arrives in a second or two.
    slow = {"offline": False, "latency": 150, "downloadThroughput": 150_000, "uploadThroughput": 50_000}
    network.send("Network.emulateNetworkConditions", slow)
    page.goto(site.url + "steps/2-thank-you/")
    fill(page, second=False)
    button = page.get_by_role("button", name="Write my emails")
    status = page.locator('[data-worksheet="thank-you"] [data-ati-status]')
    expect(status).to_contain_text("step 1 of 3")  # still loading
    button.tap()
    expect(status).to_contain_text("Your results will appear below as soon as the worksheet has loaded (step")
    pressed, said = button.bounding_box(), status.bounding_box()
    assert 0 <= said["y"] and said["y"] + said["height"] <= 844, said  # on screen, where the thumb was
    assert 0 <= said["y"] - (pressed["y"] + pressed["height"]) < 120, (pressed, said)  # right under the button

    network.send("Network.emulateNetworkConditions", {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    expect(page.locator(".ati-message")).to_have_count(1, timeout=60_000)  # nothing else was pressed
    expect(status).to_contain_text("Done: 1 message is ready below.")
    output = '[data-worksheet="thank-you"] [data-ati-output]'
    expect(page.locator(output)).to_be_focused()
    wait_until(page, "(s) => { const r = document.querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }", arg=output)
    context.close()


def test_on_a_phone_the_guidance_folds_and_the_worksheet_is_one_tap_away(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url + "steps/2-thank-you/")
    example = page.get_by_role("button", name="Example")
    expect(example).to_have_attribute("aria-expanded", "false")
    detail = page.get_by_text("Mia has a panel interview on Thursday")
    expect(detail).to_be_hidden()
    example.tap()
    expect(detail).to_be_visible()
    expect(example).to_have_attribute("aria-expanded", "true")
    example.tap()
    expect(detail).to_be_hidden()
    page.emulate_media(media="print")
    expect(detail).to_be_visible()  # folding is for the screen: a printout has it all
    page.emulate_media(media="screen")

    page.evaluate("scrollTo(0, 0)")
    page.get_by_role("link", name="Write your thank-you emails").tap()  # under the page title
    title = page.locator("#ati-thank-you-title")
    expect(title).to_be_focused()
    wait_until(page, "() => { const r = document.querySelector('#ati-thank-you-title').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }")
    context.close()


def test_a_link_within_the_page_moves_focus_there_and_leaves_the_worksheet_as_it_was(page, site):
    page.goto(site.url + "steps/2-thank-you/")
    wait_ready(page)
    sheet = page.locator('[data-worksheet="thank-you"]')
    sheet.get_by_label("Company").fill("Acme Ltd")
    page.evaluate("document.querySelector('.ati-form').dataset.seen = 'yes'")  # gone if the page were rebuilt

    page.get_by_role("link", name="Write your thank-you emails").click()  # "Go to the worksheet"
    expect(page.locator("#ati-thank-you-title")).to_be_focused()
    assert page.evaluate("location.hash") == "#ati-thank-you-title"
    page.keyboard.press("Tab")
    assert focused(page)["sheet"] == "thank-you"

    page.evaluate("scrollTo(0, 0)")
    fetched = []
    page.on("request", lambda request: fetched.append(request.url) if request.resource_type in ("document", "fetch", "xhr") else None)
    page.locator("#when-to-send-it .headerlink").click()  # a heading's own anchor
    expect(page.locator("#when-to-send-it")).to_be_focused()  # Tab goes on from the heading
    wait_until(page, "() => { const r = document.querySelector('#when-to-send-it').getBoundingClientRect(); return r.top > 40 && r.top < 200; }")  # below the header
    next_frames(page)  # the theme's instant navigation would have asked for the page by now
    assert not [url for url in fetched if "2-thank-you" in url], fetched
    expect(page.locator(".ati-form[data-seen=yes]")).to_have_count(1)
    expect(sheet.get_by_label("Company")).to_have_value("Acme Ltd")


def test_on_a_laptop_the_guidance_starts_open(page, site):
    page.goto(site.url + "steps/5-follow-up/")
    toggles = page.locator(".guide-fold-toggle")
    expect(toggles).to_have_count(2)
    for index in range(2):
        expect(toggles.nth(index)).to_have_attribute("aria-expanded", "true")
    # The content tabs wrap: no sideways scroll area that a keyboard could not reach.
    widths = page.locator(".tabbed-labels").evaluate_all("(rows) => rows.map((r) => r.scrollWidth - r.clientWidth)")
    assert widths and max(widths) <= 1, widths
    tabs = page.locator(".tabbed-set").first
    tabs.locator("input").first.focus()
    page.keyboard.press("ArrowRight")  # the tabs are radio buttons: the arrow keys choose
    expect(tabs.locator(".tabbed-block").nth(1)).to_be_visible()


def test_on_a_phone_the_layout_keeps_addresses_whole_and_notes_with_their_cards(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url + "steps/2-thank-you/")
    fill(page, second=False)
    page.get_by_label("I applied through a recruitment agency").check()
    page.get_by_label("Your consultant's name").fill("Jo Bloggs")
    page.get_by_label("Your consultant's email").fill("jo.bloggs@hartleyrecruitment.example")
    page.get_by_role("button", name="Write my emails").tap()
    expect(page.locator(".ati-message")).to_have_count(2)
    # An address breaks after "@" or before a dot if it must, never inside a word.
    split = page.locator(".ati-message-meta dd").evaluate_all("""(dds) => dds.flatMap((dd) => [...dd.childNodes]
        .filter((n) => n.nodeType === 3 && !/\\s/.test(n.textContent))  // a part of an address: no spaces
        .filter((n) => { const r = document.createRange(); r.selectNodeContents(n); return r.getClientRects().length > 1; })
        .map((n) => n.textContent))""")
    assert split == [], split
    assert page.evaluate("document.documentElement.scrollWidth <= innerWidth")

    # Step 4: each note's "Send now" or "Wait until…" is the end of its own card.
    go(page, site.url + "steps/4-linkedin/")  # by a link: Python keeps running
    sheet = page.locator('[data-worksheet="linkedin"]')
    sheet.get_by_role("button", name="Write my notes").tap()
    expect(sheet.locator(".ati-draft")).to_have_count(2)
    gaps = sheet.locator(".ati-draft").evaluate_all("""(cards) => cards.map((card) => {
        const next = card.nextElementSibling;
        return next && next.matches(".ati-notice") ? next.getBoundingClientRect().top - card.getBoundingClientRect().bottom : null; })""")
    assert gaps and all(g is not None and abs(g) <= 1 for g in gaps), gaps

    # The counter is spoken once the typing pauses, not on every keystroke.
    note = sheet.locator(".ati-draft-text").first
    calm = sheet.locator(".ati-draft [data-ati-calm]").first
    expect(calm).to_have_attribute("role", "status")
    counter = sheet.locator(".ati-counter").first
    assert counter.get_attribute("aria-live") is None and counter.get_attribute("role") is None
    calm.evaluate("(region) => { window.__spoken = []; new MutationObserver(() => window.__spoken.push(region.textContent)).observe(region, {childList: true, characterData: true, subtree: true}); }")
    note.press("End")
    note.press_sequentially(" Thanks again!", delay=40)
    expect(calm).to_have_text(counter.inner_text())
    assert page.evaluate("window.__spoken") == [counter.inner_text()]
    context.close()


def test_on_a_phone_delete_asks_first_and_undo_brings_focus_back(browser, site):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(site.url + "interviews/")
    add(page, "Umbrella", "Analyst", "2026-11-20", "11:00")
    wait_answered(page)  # the list drawn with Python's rows: nothing above moves the page any more
    panel = page.locator('[data-panel="interviews"]')
    heading = panel.get_by_role("heading", name="Where each interview stands")
    assert heading.bounding_box()["y"] - panel.bounding_box()["y"] < 24  # no empty band above it
    card = panel.locator(".ati-dashboard-item")
    edit, delete = card.get_by_role("button", name="Edit details"), card.get_by_role("button", name="Delete")
    width = card.bounding_box()["width"]
    assert edit.bounding_box()["width"] < width / 2 and delete.bounding_box()["width"] < width / 2
    near, far = edit.bounding_box(), delete.bounding_box()  # apart: a slip of the finger on Edit never lands on Delete
    assert far["x"] >= near["x"] + near["width"] + 8 or far["y"] >= near["y"] + near["height"] + 8

    delete.tap()
    keep = card.get_by_role("button", name="Keep it")
    expect(keep).to_be_focused()  # the safe answer first
    page.keyboard.press("Escape")
    expect(card.get_by_role("button", name="Delete")).to_be_focused()
    expect(card).to_have_count(1)
    card.get_by_role("button", name="Delete").tap()
    card.get_by_role("button", name="Delete it").tap()
    expect(card).to_have_count(0)
    undo = panel.locator("[data-ati-dashboard-status]").get_by_role("button", name="Undo")
    expect(undo).to_be_focused()
    page.keyboard.press("Enter")
    expect(card).to_have_count(1)
    expect(card.get_by_role("button", name="Edit details")).to_be_focused()
    wait_answered(page)  # the list is drawn again once Python has its next actions...
    expect(card.get_by_role("button", name="Edit details")).to_be_focused()  # ...and focus stays
    context.close()


def test_colours_follow_the_device_until_the_person_chooses(browser, site):
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    page.goto(site.url)
    assert page.evaluate(scheme) == "default"
    page.emulate_media(color_scheme="dark")  # the device switches: so does the site...
    wait_until(page, f"({scheme})() === 'slate'")
    page.reload()  # ...and a later visit still follows the device
    assert page.evaluate(scheme) == "slate"
    page.emulate_media(color_scheme="light")
    wait_until(page, f"({scheme})() === 'default'")

    toggle = page.locator('[data-md-component="palette"] label:not([hidden])')
    expect(toggle).to_have_attribute("title", "Colours follow your device: switch to light mode")
    toggle.click()
    expect(toggle).to_have_attribute("title", "Light mode: switch to dark mode")
    page.emulate_media(color_scheme="dark")
    page.reload()
    assert page.evaluate(scheme) == "default"  # chosen light stays light
    toggle.click()
    assert page.evaluate(scheme) == "slate"
    toggle.click()  # back to following the device
    expect(toggle).to_have_attribute("title", "Colours follow your device: switch to light mode")
    page.emulate_media(color_scheme="light")
    wait_until(page, f"({scheme})() === 'default'")
    context.close()
