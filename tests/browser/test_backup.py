"""The backup panel on Your data, as a person uses it: export, delete, import, undo, and
files that must be refused with the saved answers left exactly as they were."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import expect

from .conftest import NOW, PREFIX
from .test_accessibility import violations
from .test_thank_you_page import STEP2, fill

pytestmark = pytest.mark.browser

DATA = "your-data/"
SITE_KEY = f"ati:{PREFIX}:"
FILE_LABEL = "Choose a backup file to import"

SITE_ITEMS = """(prefix) => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith(prefix)).sort()
    .map(k => [k.slice(prefix.length), localStorage.getItem(k)]))"""
FILL_QUOTA = """() => { let chunk = 'x'.repeat(512 * 1024); let i = 0;
    while (chunk.length > 8) { try { localStorage.setItem('filler' + i++, chunk); } catch (e) { chunk = chunk.slice(0, chunk.length / 2); } } }"""


def record(company: str, **extra) -> dict:
    return {"format": "after-the-interview", "v": 1, "savedAt": "2026-01-05T10:00:00.000Z",
            "data": {"company": company, "role": "Data Analyst", **extra}, "output": None, "outputFor": ""}


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


def choose(page, content: bytes, name: str = "backup.json") -> None:
    page.get_by_label(FILE_LABEL).set_input_files({"name": name, "mimeType": "application/json", "buffer": content})


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
    page.wait_for_timeout(600)  # the debounced autosave

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
    expect(panel.get_by_role("status")).to_contain_text(f"Exported {count} to after-the-interview-backup-2026-11-25.json")
    expect(note).to_be_hidden()  # just exported: no reminder

    saved = site_items(page)
    assert {name: json.loads(raw) for name, raw in saved.items()} == items

    panel.get_by_role("button", name="Delete everything").click()
    confirm = panel.get_by_role("group", name=re.compile(rf"Delete everything .* \({count}\)"))
    expect(confirm).to_be_visible()
    confirm.get_by_role("button", name="Yes, delete everything").click()
    expect(panel.get_by_role("status")).to_contain_text(f"Deleted {count}")
    assert site_items(page) == {}

    page.goto(site.url + STEP2)
    expect(page.get_by_label("Company")).to_have_value("")
    expect(page.locator(".ati-message")).to_have_count(0)
    expect(page.get_by_label("Full name")).to_have_count(1)

    page.goto(site.url + DATA)
    panel.get_by_label(FILE_LABEL).set_input_files(download.path())
    preview = panel.get_by_role("region", name="What this file holds")
    expect(preview).to_be_visible()
    expect(preview).to_contain_text("Worksheets")
    expect(preview).to_contain_text("Thank-you emails: Acme Ltd")
    expect(preview).to_contain_text("Nothing is saved in this browser yet")
    assert site_items(page) == {}  # nothing is written before Import
    preview.get_by_role("button", name="Import").click()
    expect(panel.get_by_role("status")).to_contain_text(f"Imported {count}")
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
        backup_file({"worksheet:thank-you": record("Future Co")}, schema=2),
        "This backup was made by a newer version of this site. Update the site, or use a newer copy, to import it.",
    ),
    "no items": (backup_file([]), "This backup is damaged: its list of saved items is missing."),
    "bad record": (
        backup_file({"worksheet:thank-you": record("Fine Co"), "worksheet:<img src=x onerror=alert(1)>": {"format": "other"}}),
        "This backup is damaged: the item “worksheet:<img src=x onerror=alert(1)>” is not something this site saves.",
    ),
    "record as text": (
        backup_file({"worksheet:thank-you": json.dumps(record("Text Co"))}),
        "This backup is damaged: the item “worksheet:thank-you” is not something this site saves.",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_file_is_refused_and_nothing_changes(page, site, case):
    content, message = BAD_FILES[case]
    seed(page, site, {"worksheet:thank-you": record("Kept Ltd"), "worksheet:thank-you:unreadable:2026-01-01T00:00:00.000Z": "{half"})
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

    choose(page, backup_file({"worksheet:thank-you": record("Good Co")}))  # a good file clears the message
    expect(error).to_be_hidden()
    expect(field).not_to_have_attribute("aria-invalid", "true")
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("status")).to_have_text("Import cancelled. Nothing was changed.")
    expect(field).to_be_focused()
    assert site_items(page) == before


def test_a_schema_0_export_is_migrated_on_import(page, site):
    items = {"worksheet:thank-you": record("Old Format Ltd"), "worksheet:thank-you:unreadable:2025-12-01T09:00:00.000Z": "{not json"}
    old = json.dumps({"type": "after-the-interview-export", "schema": 0, "exportedAt": "2025-12-02T09:00:00.000Z", "items": items}).encode()
    seed(page, site, {"worksheet:thank-you": record("Replaced Ltd"), "meta:something": {"format": "after-the-interview", "v": 1}})
    choose(page, old, name="old-export.json")
    preview = page.get_by_role("region", name="What this file holds")
    expect(preview).to_contain_text("an older backup")
    expect(preview).to_contain_text("Kept aside (unreadable)")
    expect(preview).to_contain_text("Importing replaces what is saved in this browser (your answers on 1 worksheet) "
                                    "with what is in this file (your answers on 1 worksheet and 1 other saved value).")
    preview.get_by_role("button", name="Import").click()
    expect(page.get_by_role("status")).to_contain_text("Imported your answers on 1 worksheet and 1 other saved value.")
    saved = site_items(page)
    assert set(saved) == set(items)
    assert json.loads(saved["worksheet:thank-you"]) == items["worksheet:thank-you"]
    assert saved["worksheet:thank-you:unreadable:2025-12-01T09:00:00.000Z"] == "{not json"  # raw text stays raw

    choose(page, b"not a backup")  # a later message doesn't take the Undo away
    expect(page.locator("#ati-backup-file-error")).to_be_visible()
    page.get_by_role("button", name="Undo import").click()  # until the page changes, the import can be undone
    expect(page.get_by_role("status")).to_contain_text("Import undone")
    assert json.loads(site_items(page)["worksheet:thank-you"])["data"]["company"] == "Replaced Ltd"
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
    page.wait_for_timeout(600)
    page.goto(site.url + DATA)
    before = site_items(page)
    assert "Saved Co" in json.dumps(before)
    page.evaluate(FILL_QUOTA)  # outside the site's prefix: not part of what an import replaces
    choose(page, backup_file({"worksheet:thank-you": record("Big Co", notes="z" * 400_000)}))
    page.get_by_role("button", name="Import", exact=True).click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Nothing was imported: this browser's storage for the site is full.")
    expect(status).to_contain_text("Your saved answers have not changed.")
    assert site_items(page) == before
    page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('filler')).forEach(k => localStorage.removeItem(k))")
    page.goto(site.url + STEP2)
    expect(page.get_by_label("Company")).to_have_value("Saved Co")


def test_delete_confirmation_works_from_the_keyboard(page, site):
    seed(page, site, {"worksheet:thank-you": record("Keyboard Ltd")})
    before = site_items(page)
    page.get_by_role("button", name="Export everything").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_label(FILE_LABEL)).to_be_focused()
    page.keyboard.press("Tab")
    delete = page.get_by_role("button", name="Delete everything", exact=True)
    expect(delete).to_be_focused()
    expect(delete).to_have_attribute("aria-expanded", "false")

    page.keyboard.press("Enter")
    confirm = page.get_by_role("group", name=re.compile(r"this site has saved in this browser \(your answers on 1 worksheet\)"))
    expect(confirm).to_be_visible()
    expect(delete).to_have_attribute("aria-expanded", "true")
    expect(confirm.get_by_role("button", name="Keep my data")).to_be_focused()  # the safe choice first
    page.keyboard.press("Enter")
    expect(confirm).to_be_hidden()
    expect(delete).to_be_focused()
    expect(page.get_by_role("status")).to_have_text("Nothing was deleted.")
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
    expect(page.get_by_role("status")).to_contain_text("Deleted your answers on 1 worksheet")
    assert site_items(page) == {}
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Undo delete")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Deletion undone")
    assert site_items(page) == before


def test_the_reminder_counts_the_days_since_the_last_export(page, site):
    old = (NOW - timedelta(days=20, hours=1)).isoformat()
    seed(page, site, {"worksheet:thank-you": record("Reminded Ltd"), "meta:last-export": {"format": "after-the-interview", "v": 1, "at": old}})
    expect(page.locator("[data-ati-backup-note]")).to_have_text(
        "You haven't backed up your answers for 20 days. Browsers can clear saved data: export a copy with the button below."
    )
    reminder = page.evaluate(f"async () => (await import('{site.url}assets/ati/backup.js')).exportReminder()")
    assert reminder == "You haven't backed up your answers for 20 days. Browsers can clear saved data: export a copy on Your data."
    recent = (NOW - timedelta(days=3)).isoformat()
    seed(page, site, {"meta:last-export": {"format": "after-the-interview", "v": 1, "at": recent}})
    expect(page.locator("[data-ati-backup-note]")).to_be_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_panel_in_every_state_passes_axe(browser, site, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seed(page, site, {"worksheet:thank-you": record("Axe Ltd")})
    assert not violations(page)  # with the reminder showing
    choose(page, b"garbage")
    expect(page.locator("#ati-backup-file-error")).to_be_visible()
    assert not violations(page)
    choose(page, backup_file({"worksheet:thank-you": record("Preview Ltd")}))
    expect(page.get_by_role("region", name="What this file holds")).to_be_visible()
    page.get_by_role("button", name="Delete everything").click()
    expect(page.get_by_role("button", name="Yes, delete everything")).to_be_visible()
    assert not violations(page)
    page.get_by_role("button", name="Yes, delete everything").click()
    expect(page.get_by_role("button", name="Undo delete")).to_be_visible()
    assert not violations(page)
    context.close()
