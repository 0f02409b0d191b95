"""The backup panel on Your data, as a person uses it: export, delete, import, undo, files
that must be refused with the saved answers left exactly as they were, and hostile files of
which only the valid items are imported."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from .conftest import NOW, PREFIX, wait_saved
from .test_accessibility import violations
from .test_thank_you_page import STEP2, fill

pytestmark = pytest.mark.browser

DATA = "your-data/"
SITE_KEY = f"ati:{PREFIX}:"
FILE_LABEL = "Choose a backup file to import"


def said(page, part: str):
    """What the panel said under one of its parts ("export", "import", "delete"): each part's
    line is right under its buttons, where it was pressed."""
    return page.locator(f'[data-ati-backup-result="{part}"]').get_by_role("status")

SITE_ITEMS = """(prefix) => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith(prefix)).sort()
    .map(k => [k.slice(prefix.length), localStorage.getItem(k)]))"""
FILL_QUOTA = """() => { let chunk = 'x'.repeat(512 * 1024); let i = 0;
    while (chunk.length > 8) { try { localStorage.setItem('filler' + i++, chunk); } catch (e) { chunk = chunk.slice(0, chunk.length / 2); } } }"""


IID = "0a1b2c3d4e5f6071"  # an interview's id, as the site makes them
INTERVIEW = f"interview:{IID}"


def record(company: str, v: int = 2, **extra) -> dict:
    """An interview record, as the site saves it."""
    return {"format": "after-the-interview", "v": v, "savedAt": "2026-01-05T10:00:00.000Z",
            "data": {"company": company, "role": "Data Analyst", **extra}}


def worksheet(v: int = 2, **data) -> dict:
    """A worksheet's own answers, as the site saves them."""
    return {"format": "after-the-interview", "v": v, "savedAt": "2026-01-05T10:00:00.000Z", "data": data,
            "output": None, "outputFor": "", "edits": {}}


def site_items(page) -> dict[str, str]:
    """This site's saved values, raw, by name."""
    return page.evaluate(SITE_ITEMS, SITE_KEY)


def seed(page, site, items: dict[str, object]) -> None:
    """Save values as the site would (records as JSON, raw strings as they are), then open Your data."""
    page.goto(site.url + DATA)
    page.evaluate(
        "([prefix, items]) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(prefix + k, typeof v === 'string' ? v : JSON.stringify(v)); }",
        [SITE_KEY, items],
    )
    page.reload()


#: Every item of a file is checked in Python, which starts the first time a page needs it: on
#: a busy 2-core machine that can take longer than the usual wait.
CHECKED_WITHIN_MS = 90_000


def checked(page) -> None:
    """Wait until the chosen file is refused or previewed."""
    outcome = page.locator("#ati-backup-file-error:visible, #ati-backup-preview:visible")
    expect(outcome).not_to_have_count(0, timeout=CHECKED_WITHIN_MS)


def choose(page, content: bytes, name: str = "backup.json", wait: bool = True) -> None:
    page.get_by_label(FILE_LABEL).set_input_files({"name": name, "mimeType": "application/json", "buffer": content})
    if wait:
        checked(page)


def backup_file(items: dict, **fields) -> bytes:
    data = {"type": "after-the-interview-backup", "schema": 1, "exportedAt": "2026-01-05T10:30:00.000Z",
            "site": PREFIX, "items": items}
    data.update(fields)
    return json.dumps(data).encode()


def test_export_delete_and_import_round_trip(page, site):
    page.goto(site.url + STEP2)
    fill(page)
    page.get_by_role("button", name="Write my emails").click()
    expect(page.locator(".ati-message")).to_have_count(2)
    wait_saved(page)

    page.goto(site.url + DATA)
    panel = page.locator('[data-panel="backup"]')
    expect(panel.get_by_role("heading", name="Back up your answers")).to_be_visible()
    note = panel.locator("[data-ati-backup-note]")
    expect(note).to_contain_text("You haven't backed up your answers yet.")  # never exported: reminded

    with page.expect_download() as info:
        panel.get_by_role("button", name="Export everything").click()
    download = info.value
    assert re.fullmatch(r"after-the-interview-backup-\d{4}-\d{2}-\d{2}\.json", download.suggested_filename)
    backup = json.loads(open(download.path(), encoding="utf-8").read())
    assert backup["type"] == "after-the-interview-backup"
    assert backup["schema"] == 1
    assert backup["site"] == PREFIX
    exported = datetime.fromisoformat(backup["exportedAt"].replace("Z", "+00:00"))
    assert timedelta(0) <= exported - NOW < timedelta(minutes=5)  # the page's clock starts at NOW
    items = backup["items"]
    assert any(name.startswith("worksheet:thank-you") for name in items)
    assert all(value["format"] == "after-the-interview" for value in items.values())
    everything = json.dumps(items)
    assert "Acme Ltd" in everything and "Tom Lee" in everything and "Dear Priya," in everything  # answers and emails
    assert items["meta:last-export"]["at"] == backup["exportedAt"]
    count = "1 interview, your answers on 1 worksheet and your details"  # what a person recognises, not a count of keys
    expect(said(page, "export")).to_contain_text(f"Exported {count} to after-the-interview-backup-2026-11-25.json")
    # Said where it was pressed: under Export, above the import and Delete everything.
    line = said(page, "export").bounding_box()
    assert panel.get_by_role("button", name="Export everything").bounding_box()["y"] < line["y"]
    assert line["y"] < panel.get_by_label(FILE_LABEL).bounding_box()["y"]
    expect(said(page, "delete")).to_be_empty()
    expect(note).to_be_hidden()  # just exported: no reminder

    saved = site_items(page)
    assert {name: json.loads(raw) for name, raw in saved.items()} == items

    panel.get_by_role("button", name="Delete everything").click()
    confirm = panel.get_by_role("group", name=re.compile(rf"Delete everything .* \({count}\)"))
    expect(confirm).to_be_visible()
    confirm.get_by_role("button", name="Yes, delete everything").click()
    expect(said(page, "delete")).to_contain_text(f"Deleted {count}")
    assert site_items(page) == {}

    page.goto(site.url + STEP2)
    expect(page.get_by_label("Company")).to_have_value("")
    expect(page.locator(".ati-message")).to_have_count(0)
    expect(page.get_by_label("Full name")).to_have_count(1)

    page.goto(site.url + DATA)
    panel.get_by_label(FILE_LABEL).set_input_files(download.path())
    checked(page)
    preview = panel.get_by_role("region", name="What this file holds")
    expect(preview).to_be_visible()
    expect(preview).to_contain_text("Worksheets")
    names = preview.get_by_role("list", name="What will be imported")
    expect(names).to_contain_text("Interview details for Acme Ltd, Data Analyst")
    expect(names).to_contain_text("Thank-you emails for Acme Ltd, Data Analyst")
    expect(names).to_contain_text("Your own details")
    expect(preview).not_to_contain_text("Skipped")  # everything the site exported imports
    expect(preview).to_contain_text("Nothing is saved in this browser yet")
    assert site_items(page) == {}  # nothing is written before Import
    preview.get_by_role("button", name="Import").click()
    expect(said(page, "import")).to_contain_text(f"Imported {count}")
    expect(preview).to_be_hidden()
    assert site_items(page) == saved  # byte for byte

    page.goto(site.url + STEP2)
    expect(page.get_by_label("Company")).to_have_value("Acme Ltd")
    expect(page.get_by_label("Full name").nth(1)).to_have_value("Tom Lee")
    expect(page.get_by_label("Video call")).to_be_checked()
    expect(page.locator(".ati-message")).to_have_count(2)


BAD_FILES = {
    "garbage": (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe not a backup", "This file isn't a backup from this site: it isn't readable JSON."),
    "empty": (b"", "This file isn't a backup from this site: it isn't readable JSON."),
    "another type": (json.dumps({"type": "calendar", "items": {}}).encode(), "This file is not an After the Interview backup."),
    "a list": (b"[1, 2, 3]", "This file is not an After the Interview backup."),
    "newer schema": (
        backup_file({INTERVIEW: record("Future Co")}, schema=2),
        "This backup was made by a newer version of this site. Update the site, or use a newer copy, to import it.",
    ),
    "no items": (backup_file([]), "This backup is damaged: its list of saved items is missing."),
    "too many items": (
        backup_file({f"interview:{i:08x}": {} for i in range(5001)}),
        "This file holds more than 5,000 saved items: no backup from this site is that large.",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_file_is_refused_and_nothing_changes(page, site, case):
    content, message = BAD_FILES[case]
    seed(page, site, {INTERVIEW: record("Kept Ltd"), f"worksheet:thank-you:{IID}:unreadable:2026-01-01T00:00:00.000Z": "{half"})
    before = site_items(page)
    choose(page, content)
    field = page.get_by_label(FILE_LABEL)
    error = page.locator("#ati-backup-file-error")
    expect(error).to_have_text(f"{message} Your saved answers have not changed.")
    expect(error).to_have_attribute("role", "alert")
    assert "ati-backup-file-error" in field.get_attribute("aria-describedby").split()
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("region", name="What this file holds")).to_be_hidden()
    expect(page.get_by_role("button", name="Import", exact=True)).to_be_hidden()
    assert page.locator('[data-panel="backup"] img').count() == 0  # a name in the file is text, never markup
    assert site_items(page) == before

    choose(page, backup_file({INTERVIEW: record("Good Co")}))  # a good file clears the message
    expect(error).to_be_hidden()
    expect(field).not_to_have_attribute("aria-invalid", "true")
    page.get_by_role("button", name="Cancel").click()
    expect(said(page, "import")).to_have_text("Import cancelled. Nothing was changed.")
    expect(field).to_be_focused()
    assert site_items(page) == before


def test_a_schema_0_export_is_migrated_on_import(page, site):
    items = {INTERVIEW: record("Old Format Ltd"), f"worksheet:thank-you:{IID}:unreadable:2025-12-01T09:00:00.000Z": "{not json"}
    old = json.dumps({"type": "after-the-interview-export", "schema": 0, "exportedAt": "2025-12-02T09:00:00.000Z", "items": items}).encode()
    seed(page, site, {INTERVIEW: record("Replaced Ltd"), "meta:something": {"format": "after-the-interview", "v": 1}})
    choose(page, old, name="old-export.json")
    preview = page.get_by_role("region", name="What this file holds")
    expect(preview).to_contain_text("an older backup")
    expect(preview).to_contain_text("Kept aside (unreadable)")
    expect(preview).to_contain_text("Importing replaces what is saved in this browser (1 interview) "
                                    "with what is in this file (1 interview and 1 other saved value).")
    preview.get_by_role("button", name="Import").click()
    expect(said(page, "import")).to_contain_text("Imported 1 interview and 1 other saved value.")
    saved = site_items(page)
    assert set(saved) == set(items) | {f"application:{IID}"}  # brought up to date: the job's facts apart
    assert json.loads(saved[INTERVIEW])["data"] == {"application": IID}
    assert json.loads(saved[f"application:{IID}"])["data"] == items[INTERVIEW]["data"]
    assert saved[f"worksheet:thank-you:{IID}:unreadable:2025-12-01T09:00:00.000Z"] == "{not json"  # raw text stays raw

    choose(page, b"not a backup")  # a later message doesn't take the Undo away
    expect(page.locator("#ati-backup-file-error")).to_be_visible()
    page.get_by_role("button", name="Undo import").click()  # until the page changes, the import can be undone
    expect(said(page, "import")).to_contain_text("Import undone")
    assert json.loads(site_items(page)[f"application:{IID}"])["data"]["company"] == "Replaced Ltd"
    assert "meta:something" in site_items(page)
    expect(page.get_by_role("button", name="Undo import")).to_have_count(0)

    choose(page, old)
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_role("button", name="Undo import")).to_be_visible()
    page.get_by_role("link", name="Sources").first.click()  # instant navigation: the page changes
    page.get_by_role("link", name="Your data").first.click()
    expect(page.get_by_role("heading", name="Back up your answers")).to_be_visible()
    expect(page.get_by_role("button", name="Undo import")).to_have_count(0)


def test_an_import_that_hits_the_quota_restores_the_previous_data(page, site):
    page.goto(site.url + STEP2)
    page.get_by_label("Company").fill("Saved Co")
    wait_saved(page)
    page.goto(site.url + DATA)
    before = site_items(page)
    assert "Saved Co" in json.dumps(before)
    page.evaluate(FILL_QUOTA)  # outside the site's prefix: not part of what an import replaces
    choose(page, backup_file({INTERVIEW: record("Big Co", notes="z" * 3000)}))
    page.get_by_role("button", name="Import", exact=True).click()
    status = said(page, "import")
    expect(status).to_contain_text("Nothing was imported: this browser's storage for the site is full.")
    expect(status).to_contain_text("Your saved answers have not changed.")
    assert site_items(page) == before
    page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('filler')).forEach(k => localStorage.removeItem(k))")
    page.goto(site.url + STEP2)
    expect(page.get_by_label("Company")).to_have_value("Saved Co")


def test_delete_confirmation_works_from_the_keyboard(page, site):
    seed(page, site, {INTERVIEW: record("Keyboard Ltd")})
    before = site_items(page)
    page.get_by_role("button", name="Export everything").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_label(FILE_LABEL)).to_be_focused()
    page.keyboard.press("Tab")
    delete = page.get_by_role("button", name="Delete everything", exact=True)
    expect(delete).to_be_focused()
    expect(delete).to_have_attribute("aria-expanded", "false")

    page.keyboard.press("Enter")
    confirm = page.get_by_role("group", name=re.compile(r"this site has saved in this browser \(1 interview\)"))
    expect(confirm).to_be_visible()
    expect(delete).to_have_attribute("aria-expanded", "true")
    expect(confirm.get_by_role("button", name="Keep my data")).to_be_focused()  # the safe choice first
    page.keyboard.press("Enter")
    expect(confirm).to_be_hidden()
    expect(delete).to_be_focused()
    expect(said(page, "delete")).to_have_text("Nothing was deleted.")
    assert site_items(page) == before

    page.keyboard.press("Enter")
    expect(confirm).to_be_visible()
    page.keyboard.press("Escape")  # Escape cancels too
    expect(confirm).to_be_hidden()
    expect(delete).to_be_focused()
    assert site_items(page) == before

    page.keyboard.press("Enter")
    page.keyboard.press("Shift+Tab")
    expect(confirm.get_by_role("button", name="Yes, delete everything")).to_be_focused()
    page.keyboard.press("Enter")
    expect(said(page, "delete")).to_contain_text("Deleted 1 interview")
    assert site_items(page) == {}
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Undo delete")).to_be_focused()
    page.keyboard.press("Enter")
    expect(said(page, "delete")).to_contain_text("Deletion undone")
    assert site_items(page) == before


def test_the_reminder_counts_the_days_since_the_last_export(page, site):
    old = (NOW - timedelta(days=20, hours=1)).isoformat()
    seed(page, site, {INTERVIEW: record("Reminded Ltd"), "meta:last-export": {"format": "after-the-interview", "v": 1, "at": old}})
    expect(page.locator("[data-ati-backup-note]")).to_have_text(
        "You haven't backed up your answers for 20 days. Browsers can clear saved data: export a copy with the button below."
    )
    reminder = page.evaluate(f"async () => (await import('{site.url}assets/ati/backup/index.js')).exportReminder()")
    assert reminder == "You haven't backed up your answers for 20 days. Browsers can clear saved data: export a copy on Your data."
    recent = (NOW - timedelta(days=3)).isoformat()
    seed(page, site, {"meta:last-export": {"format": "after-the-interview", "v": 1, "at": recent}})
    expect(page.locator("[data-ati-backup-note]")).to_be_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_panel_in_every_state_passes_axe(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seed(page, site, {INTERVIEW: record("Axe Ltd")})
    assert not violations(page)  # with the reminder showing
    choose(page, b"garbage")
    expect(page.locator("#ati-backup-file-error")).to_be_visible()
    assert not violations(page)
    choose(page, backup_file({INTERVIEW: record("Preview Ltd"), "../../evil": record("Evil")}))
    expect(page.get_by_role("region", name="What this file holds")).to_be_visible()
    expect(page.get_by_role("list", name=re.compile("Not imported"))).to_be_visible()  # the skipped list too
    assert not violations(page)
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("button", name="Yes, delete everything")).to_be_visible()
    assert not violations(page)
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page.get_by_role("button", name="Undo delete")).to_be_visible()
    assert not violations(page)
    context.close()


# ---------- a backup is untrusted input: only what the site's declarations describe is imported

ALL_ITEMS = """() => Object.keys(localStorage).sort()"""
NOT_POLLUTED = """() => ({}).polluted === undefined && Object.prototype.polluted === undefined
    && typeof ({}).toString === 'function' && Object.getPrototypeOf({}) === Object.prototype"""
XSS = "<img src=x onerror=alert(1)>"


def hostile_backup() -> bytes:
    """A file with the valid parts of one interview among every kind of hostile item."""
    linkedin = worksheet(coordinator_noted=f"the offsite {XSS}")
    linkedin["output"] = {"blocks": [{"type": "link", "text": "Click me", "page": "javascript:alert(1)"}]}
    items = {
        "__proto__": record("Prototype Co", polluted=True),
        "constructor": record("Constructor Co"),
        "interview:__proto__": record("Prototype Co"),
        "../../evil": record("Traversal Co"),
        "ati:/other-site/:profile": {"format": "after-the-interview", "v": 2, "data": {"your_name": "Mallory"}},
        "interview:" + "a" * 100_000: record("Quota Co"),
        "interview:00000000000000aa": record("Long Co", notes="n" * 100_000),
        "interview:00000000000000bb": record("Typed Co", interviewers="Priya Shah"),
        "interview:00000000000000cc": "DEEP",
        INTERVIEW: record(f"Acme {XSS}", stage="hacked", evil="<script>alert(1)</script>",
                          interviewers=[{"name": "Priya Shah", "detail": "your plans for the warehouse", "__proto__": {"polluted": True}}]),
        f"worksheet:linkedin:{IID}": linkedin,
        "profile": {"format": "after-the-interview", "v": 2, "data": {"your_name": "Sam Jones", "constructor": {"prototype": {}}}},
        "meta:current-interview": {"format": "after-the-interview", "v": 1, "data": {"id": IID}},
    }
    return backup_file(items).replace(b'"DEEP"', b"[" * 10_000 + b"]" * 10_000)


def test_a_hostile_backup_imports_only_the_valid_items(page, site):
    page.goto(site.url + DATA)
    choose(page, hostile_backup(), wait=False)
    # No worksheet on this page has started Python: the panel does, and says what the wait is.
    expect(said(page, "import")).to_contain_text("Checking the file. The part of this site that checks it is starting")
    checked(page)
    preview = page.get_by_role("region", name="What this file holds")
    expect(preview).to_be_visible()
    names = preview.get_by_role("list", name="What will be imported")
    expect(names).to_contain_text(f"Interview details for Acme {XSS}, Data Analyst. Left out: “Stage”, which is not one "
                                  "of its options; 2 parts this site does not use.")
    expect(names).to_contain_text(f"LinkedIn notes for Acme {XSS}, Data Analyst. Left out: its last results")
    skipped = preview.get_by_role("list", name=re.compile("Not imported: 9 items"))
    for line in (
        "Something this site does not save (named “__proto__”): skipped, because this site never saves anything by that name.",
        "Something this site does not save (named “constructor”): skipped",
        "Something this site does not save (named “interview:__proto__”): skipped",
        "Something this site does not save (named “../../evil”): skipped",
        "Something this site does not save (named “ati:/other-site/:profile”): skipped",
        "skipped, because its name is longer than any this site uses.",
        "Interview details for Long Co, Data Analyst: skipped, because “Notes” is longer than this site allows.",
        "Interview details for Typed Co, Data Analyst: skipped, because “Interviewers” holds the wrong kind of value.",
        "skipped, because it is nested more deeply than anything this site saves.",
    ):
        expect(skipped).to_contain_text(line)
    expect(preview).to_contain_text("Skipped")
    assert page.locator('[data-panel="backup"] img, [data-panel="backup"] script').count() == 0  # names are text
    assert site_items(page) == {}  # nothing is stored until the person confirms

    preview.get_by_role("button", name="Import").click()
    expect(said(page, "import")).to_contain_text("Imported 1 interview, your answers on 1 worksheet and your details.")
    saved = site_items(page)
    assert sorted(saved) == sorted([INTERVIEW, f"application:{IID}", f"worksheet:linkedin:{IID}", "profile", "meta:current-interview"])
    everything = page.evaluate(ALL_ITEMS)  # this site's keys and the theme's own (".__tabs"): nothing else
    assert not [k for k in everything if re.search(r"other-site|evil|__proto__|constructor|aaaaaaaaaa|Quota|Long Co", k)], everything
    interview = json.loads(saved[INTERVIEW])["data"]  # the round, and its application's facts apart
    assert interview == {"application": IID, "interviewers": [{"name": "Priya Shah", "detail": "your plans for the warehouse"}]}
    assert json.loads(saved[f"application:{IID}"])["data"] == {"company": f"Acme {XSS}", "role": "Data Analyst"}
    assert "output" not in json.loads(saved[f"worksheet:linkedin:{IID}"])
    assert json.loads(saved["profile"])["data"] == {"your_name": "Sam Jones"}
    assert page.evaluate(NOT_POLLUTED)

    # Every page reads what was imported: the valid interview shows, as text, and nothing throws.
    page.goto(site.url + "interviews/")
    dashboard = page.locator('[data-panel="interviews"]')
    expect(dashboard.locator(".ati-dashboard-item")).to_have_count(1)
    expect(dashboard.get_by_role("heading", name=f"Acme {XSS}: Data Analyst")).to_be_visible()
    expect(page.locator('[data-worksheet="interview"]').get_by_label("Company")).to_have_value(f"Acme {XSS}")
    for step in ("steps/1-recruitment-process/", "steps/2-thank-you/", "steps/3-reflect/", "steps/4-linkedin/", "steps/5-follow-up/"):
        page.goto(site.url + step)
        expect(page.locator(".ati-form").get_by_label("Company", exact=True).first).to_have_value(f"Acme {XSS}")
        assert page.locator("main img").count() == 0
        assert page.evaluate(NOT_POLLUTED)
    page.goto(site.url + "steps/4-linkedin/")
    expect(page.get_by_label("What you talked about with the recruiter")).to_have_value(f"the offsite {XSS}")
    expect(page.get_by_role("link", name="Click me")).to_have_count(0)  # the output it never wrote is not shown
    assert page.locator("[data-ati-banner]:visible").count() == 0  # nothing imported is unreadable


def test_a_file_with_nothing_valid_imports_nothing(page, site):
    seed(page, site, {INTERVIEW: record("Kept Ltd")})
    before = site_items(page)
    choose(page, backup_file({"__proto__": record("A"), "../../evil": record("B")}))
    preview = page.get_by_role("region", name="What this file holds")
    expect(preview).to_contain_text("Nothing in this file can be imported, so nothing will change.")
    expect(preview.get_by_role("list", name=re.compile("Not imported: 2 items"))).to_be_visible()
    expect(page.get_by_role("button", name="Import", exact=True)).to_be_hidden()
    expect(said(page, "import")).to_contain_text("Nothing in this file can be imported")
    page.get_by_role("button", name="Cancel").click()
    assert site_items(page) == before


def test_a_schema_1_file_from_today_s_site_imports_and_migrates(page, site):
    """Saved before people had roles (interview records of version 1): the facts move to their
    new homes as the file is imported, as they do at start-up."""
    items = {
        INTERVIEW: record("Acme Ltd", v=1, date="2026-11-24", time="10:00", contact_name="Mia Clarke",
                          contact_email="mia.clarke@acme.example",
                          interviewers=[{"name": "Priya Shah", "title": "Head of Data", "email": "priya@acme.example"}]),
        f"worksheet:thank-you:{IID}": worksheet(v=1, interviewers=[{"detail": "your plans for the warehouse", "__key": "priya shah"}],
                                                next_steps="a final round next week"),
        f"worksheet:process:{IID}": worksheet(v=1, next_stage="another_round", final_round=False),
        f"worksheet:linkedin:{IID}": worksheet(v=1, contact_noted="the team offsite",
                                               interviewers=[{"noted": "dashboards", "invited": True, "__key": "priya shah"}]),
        f"worksheet:outcomes:{IID}": worksheet(v=1, outcome="", heard_on="", deadline=""),
        "profile": {"format": "after-the-interview", "v": 1, "savedAt": "2026-01-05T10:00:00.000Z", "data": {"your_name": "Sam Jones"}},
        "meta:current-interview": {"format": "after-the-interview", "v": 1, "data": {"id": IID}},
    }
    page.goto(site.url + DATA)
    choose(page, backup_file(items))
    preview = page.get_by_role("region", name="What this file holds")
    expect(preview.get_by_role("list", name="What will be imported")).to_contain_text("Interview details for Acme Ltd, Data Analyst")
    expect(preview).not_to_contain_text("Left out")  # what older versions saved is still known
    expect(preview).not_to_contain_text("Skipped")
    preview.get_by_role("button", name="Import").click()
    expect(said(page, "import")).to_contain_text("Imported 1 interview, your answers on 4 worksheets and your details.")
    interview = json.loads(site_items(page)[INTERVIEW])
    assert interview["v"] == 3
    application = json.loads(site_items(page)[f"application:{IID}"])["data"]
    assert application["coordinator_name"] == "Mia Clarke" and "contact_name" not in interview["data"]
    assert interview["data"]["interviewers"][0]["detail"] == "your plans for the warehouse"
    assert interview["data"]["interviewers"][0]["invited"] is True
    assert interview["data"]["next_stage"] == "another_round"
    assert "What happens next, as they told me: a final round next week" in interview["data"]["notes"]

    page.goto(site.url + STEP2)
    form = page.locator(".ati-form")  # not the step's checklist, whose items name the same things
    expect(form.get_by_label("Company", exact=True)).to_have_value("Acme Ltd")
    expect(form.get_by_label("One thing you talked about").first).to_have_value("your plans for the warehouse")
    assert page.locator("[data-ati-banner]:visible").count() == 0
