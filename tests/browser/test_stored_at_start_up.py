"""Saved values read at start-up get the same check as an import (docs/assets/ati/storage/check.js,
from the description the build derives from the Python declarations): a value edited by hand
into a shape the site does not save is set aside like a damaged one, said so in the banner,
offered as a file, and never put into a form; what the site merely does not use is ignored."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .test_backup import IID, INTERVIEW, record, worksheet
from .test_thank_you_page import PREFIX, STEP2, saved
from .conftest import wait_saved

pytestmark = pytest.mark.browser


def seed(page, site, items: dict[str, object]) -> None:
    """Save values under this site's names (as a hand edit would), then load step 2 again."""
    page.goto(site.url + STEP2)
    page.evaluate(
        "([prefix, items]) => { for (const [k, v] of Object.entries(items)) localStorage.setItem(prefix + k, JSON.stringify(v)); }",
        [PREFIX, {**items, "meta:current-interview": {"format": "after-the-interview", "v": 1, "data": {"id": IID}}}],
    )
    page.reload()


def aside(page, name: str) -> list:
    return [v for k, v in saved(page).items() if k.startswith(f"{name}:unreadable:")]


@pytest.mark.parametrize("data", [
    {"company": "A" * 100_000, "role": "Analyst"},
    {"company": "Acme", "interviewers": "Priya Shah"},
    {"company": {"toString": "Acme"}},
], ids=["over-long", "wrong-type-group", "object-for-text"])
def test_a_hand_edited_interview_is_set_aside_not_shown(page, site, data):
    value = {**record("x"), "data": data}
    seed(page, site, {INTERVIEW: value})
    banner = page.locator("[data-ati-banner]")
    expect(banner).to_contain_text("One saved interview could not be read, so it was kept aside, unchanged.")
    expect(banner.get_by_role("button", name="Download the saved data")).to_be_visible()
    assert aside(page, INTERVIEW) == [value]
    assert INTERVIEW not in saved(page)
    expect(page.get_by_label("Company")).to_have_value("")  # never trusted into the form


def test_a_hand_edited_profile_is_set_aside_before_it_can_be_overwritten(page, site):
    profile = {"format": "after-the-interview", "v": 2, "data": {"your_name": 42, "your_email": "sam@example.com"}}
    seed(page, site, {INTERVIEW: record("Acme Ltd"), "profile": profile})
    expect(page.locator("[data-ati-banner]")).to_contain_text("Your saved details (name, email, phone) could not be read, so they were kept aside")
    assert aside(page, "profile") == [profile]
    expect(page.get_by_label("Company")).to_have_value("Acme Ltd")  # the interview was fine
    expect(page.get_by_label("Your name")).to_have_value("")
    page.get_by_label("Your name").fill("Sam Jones")
    wait_saved(page)
    assert saved(page)["profile"]["data"]["your_name"] == "Sam Jones"
    assert aside(page, "profile") == [profile]  # still there, unchanged


def test_a_hand_edited_worksheet_is_set_aside_and_a_fresh_form_started(page, site):
    value = worksheet(interviewers=[{"detail": "x" * 5000, "__key": "priya shah"}])
    seed(page, site, {INTERVIEW: record("Acme Ltd"), f"worksheet:thank-you:{IID}": value})
    expect(page.locator("[data-ati-banner]")).to_contain_text(
        "Your saved answers for this worksheet could not be read, so we kept them aside, unchanged, and started a fresh form.")
    assert aside(page, f"worksheet:thank-you:{IID}") == [value]
    expect(page.get_by_label("Company")).to_have_value("Acme Ltd")


def test_what_the_site_does_not_use_is_ignored_and_the_rest_restored(page, site):
    interview = record("Acme Ltd", stage="hacked", date="tomorrow", evil="<img src=x onerror=alert(1)>",
                       interviewers=[{"name": "Priya Shah", "__proto__": {"polluted": True}}])
    sheet = worksheet()
    sheet["output"] = {"blocks": [{"type": "paragraph", "text": "Shown"},
                                  {"type": "link", "text": "Click me", "page": "javascript:alert(1)"}]}
    seed(page, site, {INTERVIEW: interview, f"worksheet:thank-you:{IID}": sheet})
    expect(page.get_by_label("Company")).to_have_value("Acme Ltd")
    expect(page.get_by_label("Full name").first).to_have_value("Priya Shah")
    expect(page.get_by_label("Interview date")).to_have_value("")
    expect(page.get_by_text("Shown")).to_have_count(0)  # an output the site did not write is not shown
    expect(page.get_by_role("link", name="Click me")).to_have_count(0)
    assert page.locator("[data-ati-banner]:visible").count() == 0  # nothing was unreadable
    assert not [k for k in saved(page) if ":unreadable:" in k]
    assert page.evaluate("() => ({}).polluted === undefined")
    page.goto(site.url + "interviews/")
    expect(page.locator('[data-panel="interviews"]').get_by_role("heading", name="Acme Ltd: Data Analyst")).to_be_visible()
