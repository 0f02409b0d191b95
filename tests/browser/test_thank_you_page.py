"""The thank-you worksheet as a person uses it, in Chromium, under /after-the-interview/."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from .conftest import wait_ready, wait_saved, wait_until

pytestmark = pytest.mark.browser

PREFIX = "ati:/after-the-interview/:"


def saved(page) -> dict:
    """This site's saved values by name (parsed where they are JSON)."""
    raw = page.evaluate("(p) => Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith(p)).map(k => [k.slice(p.length), localStorage.getItem(k)]))", PREFIX)
    out = {}
    for name, value in raw.items():
        try:
            out[name] = json.loads(value)
        except ValueError:
            out[name] = value
    return out


def records(page) -> dict[str, dict]:
    """Each saved interview (one round) by id, with its application's facts, as the forms see it."""
    found = saved(page)
    out = {}
    for name, value in found.items():
        if name.startswith("interview:") and name.count(":") == 1:
            data = value["data"]
            application = found.get(f"application:{data.get('application')}", {}).get("data", {})
            out[name.split(":")[1]] = {**data, **application}
    return out


def interview_ids_by_company(page) -> dict[str, str]:
    return {data["company"]: interview for interview, data in records(page).items()}


def interview_ids(page) -> list[str]:
    return [name.split(":")[1] for name in saved(page) if name.startswith("interview:") and name.count(":") == 1]
STEP2 = "steps/2-thank-you/"
XSS = '<img src=x onerror=alert(1)>"><script>alert(2)</script>'


def fill(page, company="Acme Ltd", second=True):
    page.get_by_label("Company").fill(company)
    page.get_by_label("Job title you applied for").fill("Data Analyst")
    page.get_by_label("Interview date").fill("2026-11-27")
    page.get_by_label("Start time").fill("15:30")
    page.get_by_label("Video call").check()
    page.get_by_label("Full name").first.fill("Priya Shah")
    page.get_by_label("Email address").first.fill("priya@acme.example")
    page.locator(".ati-form").get_by_label("One thing you talked about").first.fill("the plan to move reporting to one warehouse")
    if second:
        page.get_by_role("button", name="Add another interviewer").click()
        page.get_by_label("Full name").nth(1).fill("Tom Lee")
        page.locator(".ati-form").get_by_label("One thing you talked about").nth(1).fill("how the team runs its weekly reviews")
    page.get_by_label("Your name").fill("Sam Jones")


def test_fill_get_emails_reload_and_find_everything(page, site):
    page.goto(site.url + STEP2)
    fill(page)  # typing starts before Python is ready: the form is usable at once
    wait_ready(page)
    page.get_by_role("button", name="Write my emails").click()
    cards = page.locator(".ati-message")
    expect(cards).to_have_count(2)
    expect(page.locator("[data-ati-status-text]")).to_contain_text("2 messages are ready")
    expect(page.locator(".ati-notice--deadline")).to_contain_text("Send by")
    first, second = cards.nth(0), cards.nth(1)
    expect(first).to_contain_text("Dear Priya,")
    expect(first).to_contain_text("the plan to move reporting to one warehouse")
    expect(second).to_contain_text("Dear Tom,")
    assert first.locator(".ati-body").inner_text() != second.locator(".ati-body").inner_text()
    href = first.get_by_role("link", name="Open in mail app").get_attribute("href")
    assert href.startswith("mailto:priya@acme.example?subject=") and "%0D%0A" in href
    expect(first.get_by_role("button", name="Copy text")).to_be_visible()

    wait_saved(page)
    page.reload()
    expect(page.get_by_label("Company")).to_have_value("Acme Ltd")
    expect(page.get_by_label("Full name").nth(1)).to_have_value("Tom Lee")
    expect(page.get_by_label("Video call")).to_be_checked()
    expect(page.locator(".ati-message")).to_have_count(2)  # the output is back too, before Python
    expect(page.locator(".ati-stale-note")).to_have_count(0)


def test_copy_puts_the_email_on_the_clipboard(context, site):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.watch.page(context.new_page())
    page.goto(site.url + STEP2)
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    card = page.locator(".ati-message").first
    card.get_by_role("button", name="Copy text").click()
    expect(card.locator(".ati-copy-status")).to_have_text("Text copied.")
    assert page.evaluate("navigator.clipboard.readText()").startswith("Dear Priya,")


def test_errors_are_shown_next_to_their_fields(page, site):
    page.goto(site.url + STEP2)
    wait_ready(page)
    page.get_by_label("Company").fill("Acme")
    page.get_by_label("Email address").first.fill("not an email")
    page.get_by_role("button", name="Write my emails").click()
    summary = page.locator("[data-ati-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    role = page.get_by_label("Job title you applied for")
    expect(role).to_have_attribute("aria-invalid", "true")
    error = page.locator("#ati-thank-you-role-error")
    expect(error).to_have_text("Enter the job title you applied for.")
    assert "ati-thank-you-role-error" in role.get_attribute("aria-describedby")
    expect(page.locator("#ati-thank-you-interviewers-0-email-error")).to_contain_text("doesn't look like an email address")
    expect(page.get_by_label("Company")).not_to_have_attribute("aria-invalid", "true")
    summary.get_by_role("link", name="Enter the job title you applied for.").click()
    expect(role).to_be_focused()
    role.fill("Analyst")  # typing clears that field's message
    expect(error).to_be_hidden()
    expect(page.locator(".ati-message")).to_have_count(0)


def test_xss_payloads_are_shown_as_text(page, site):
    page.goto(site.url + STEP2)
    fill(page, company=XSS, second=False)
    page.locator(".ati-form").get_by_label("One thing you talked about").first.fill(XSS)
    page.get_by_role("button", name="Write my emails").click()
    card = page.locator(".ati-message").first
    expect(card).to_contain_text(XSS)
    assert page.locator(".ati-output img, .ati-output script").count() == 0
    wait_saved(page)
    page.reload()  # and again when restored from storage
    expect(page.locator(".ati-message").first).to_contain_text(XSS)
    assert page.locator(".ati-output img, .ati-output script").count() == 0
    expect(page.get_by_label("Company")).to_have_value(XSS)
    # the context fixture asserts no dialog opened and nothing was requested elsewhere


def test_instant_navigation_keeps_python_running(page, site):
    site.requests.clear()
    page.goto(site.url + STEP2)
    wait_ready(page)
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("link", name="Unwind", exact=True).first.click()
    expect(page).to_have_url(site.url + "unwind/")
    page.get_by_role("link", name="2. Send a thank-you note").first.click()
    expect(page).to_have_url(site.url + STEP2)
    assert page.evaluate("window.__sameDocument === true"), "instant navigation fell back to a full load"
    wait_ready(page, timeout=2)  # no restart: ready at once
    wasm = [r for r in site.requests if "pyodide.asm.wasm" in r]  # named by its hash: …wasm?v=…
    assert len(wasm) == 1
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    expect(page.locator(".ati-message")).to_have_count(1)


@pytest.mark.parametrize("path", [STEP2, "steps/5-follow-up/"])
def test_python_starts_from_the_head_with_what_the_worksheets_need(page, site, path):
    # The head starts Python before the page has loaded (python/boot.js); what it was given must be
    # what the page's worksheets ask for, or a worksheet would find its code missing.
    # Who started each Python worker: python/boot.js early, or python/runtime.js later (the theme's search
    # has a worker of its own).
    page.add_init_script("""{
      const Plain = window.Worker;
      window.__pythonStarts = [];
      window.Worker = function (url, options) {
        if (/assets\\/ati\\/python\\/worker\\.js/.test(String(url))) {
          window.__pythonStarts.push(/runtime\\.js/.test(new Error().stack) ? "later" : "page head");
        }
        return new Plain(url, options);
      };
    }""")
    page.goto(site.url + path)
    wait_ready(page)
    given, asked = page.evaluate("""async () => {
      const main = document.querySelector('script[src*="assets/ati/main.js"]');
      const runtime = await import(new URL("python/runtime.js", main.src).href);
      const given = JSON.parse(document.querySelector('meta[name="ati-python"]').content);
      return [given, runtime.needs(...document.querySelectorAll(".ati-worksheet[data-worksheet]"))];
    }""")
    assert given == asked and given["worksheets"]
    # One start, from the head: main.js found Python starting and started no second worker.
    assert page.evaluate("window.__pythonStarts") == ["page head"]


def test_pages_without_a_worksheet_load_no_python(page, site):
    site.requests.clear()
    page.goto(site.url)
    page.wait_for_load_state("networkidle")
    assert not [r for r in site.requests if "pyodide" in r or r.endswith(".whl")]


def test_remove_interviewer_can_be_undone(page, site):
    page.goto(site.url + STEP2)
    fill(page)
    page.get_by_role("button", name="Remove Interviewer 2").click()
    expect(page.get_by_label("Full name")).to_have_count(1)
    page.get_by_role("button", name="Undo").click()
    expect(page.get_by_label("Full name").nth(1)).to_have_value("Tom Lee")


def test_choosing_another_interview_right_after_typing_switches_and_saves_the_typing(page, site):
    page.goto(site.url + STEP2)
    page.get_by_label("Company").fill("First Co")
    wait_saved(page)
    picker = page.get_by_label("Interview", exact=True)
    picker.select_option(label="Start a new interview")
    expect(page.get_by_label("Company")).to_have_value("")
    page.get_by_label("Company").fill("Second Co")
    picker.select_option(label="First Co")  # at once: the save after typing is still waiting
    expect(page.get_by_label("Company")).to_have_value("First Co")
    expect(picker).to_have_value(interview_ids_by_company(page)["First Co"])
    assert sorted(interview_ids_by_company(page)) == ["First Co", "Second Co"]


def test_keyboard_only(page, site):
    page.goto(site.url + STEP2)
    page.get_by_label("Company").focus()
    page.keyboard.type("Acme")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Job title you applied for")).to_be_focused()
    page.get_by_role("button", name="Add another interviewer").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Full name").nth(1)).to_be_focused()  # focus moves into the new block
    page.keyboard.type("Tom Lee")
    expect(page.get_by_label("Full name").nth(1)).to_have_value("Tom Lee")


# ---------- nothing is lost ----------

def test_corrupt_saved_values_are_kept_aside(page, site):
    page.goto(site.url + STEP2)
    fill(page, second=False)
    wait_saved(page)
    [interview] = interview_ids(page)
    page.evaluate("([k]) => localStorage.setItem(k, '{not json at all')", [f"{PREFIX}worksheet:thank-you:{interview}"])
    page.reload()
    banner = page.locator("[data-ati-banner]")
    expect(banner).to_contain_text("could not be read, so we kept them aside, unchanged")
    expect(banner.get_by_role("button", name="Download the saved data")).to_be_visible()
    aside = [v for k, v in saved(page).items() if k.startswith(f"worksheet:thank-you:{interview}:unreadable:")]
    assert aside == ["{not json at all"]
    expect(page.get_by_label("Company")).to_have_value("Acme Ltd")  # the interview record was fine
    page.locator(".ati-form").get_by_label("One thing you talked about").first.fill("a fresh detail")
    wait_saved(page)
    assert saved(page)[f"interview:{interview}"]["data"]["interviewers"][0]["detail"] == "a fresh detail"  # its one home
    assert saved(page)[f"worksheet:thank-you:{interview}"]["format"] == "after-the-interview"  # saving goes on

    # A corrupt interview record: kept aside, reported, the rest of the page still works.
    page.evaluate("([k]) => localStorage.setItem(k, '[1, 2')", [f"{PREFIX}interview:{interview}"])
    page.reload()
    expect(banner).to_contain_text("One saved interview could not be read, so it was kept aside, unchanged.")
    assert [v for k, v in saved(page).items() if k.startswith(f"interview:{interview}:unreadable:")] == ["[1, 2"]


def test_newer_schema_is_not_overwritten(page, site):
    page.goto(site.url + STEP2)
    page.get_by_label("Company").fill("Present Co")
    wait_saved(page)
    [interview] = interview_ids(page)
    newer = json.dumps({"format": "after-the-interview", "v": 99, "data": {"company": "From the future"}})
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [f"{PREFIX}interview:{interview}", newer])
    page.reload()
    expect(page.locator("[data-ati-banner]")).to_contain_text("could not be read, so it was kept aside")
    assert json.loads(newer) in [v for k, v in saved(page).items() if ":unreadable:" in k]


def test_full_quota_warns_and_keeps_the_text(page, site):
    page.goto(site.url + STEP2)
    page.get_by_label("Company").fill("Saved Co")
    wait_saved(page)
    [interview] = interview_ids(page)
    # Fill the rest of this origin's quota with a filler value.
    page.evaluate(
        """() => { let chunk = 'x'.repeat(512 * 1024); let i = 0;
        while (chunk.length > 8) { try { localStorage.setItem('filler' + i++, chunk); } catch (e) { chunk = chunk.slice(0, chunk.length / 2); } } }"""
    )
    page.get_by_label("Company").fill("Changed Co " + "z" * 100)
    page.get_by_label("Company").blur()
    banner = page.locator("[data-ati-banner]")
    expect(banner).to_contain_text("storage for the site is full")
    expect(page.get_by_label("Company")).to_have_value("Changed Co " + "z" * 100)
    assert records(page)[interview]["company"] == "Saved Co"  # the old value is intact
    page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('filler')).forEach(k => localStorage.removeItem(k))")
    page.get_by_label("Company").fill("Changed Co")
    expect(banner).to_be_hidden()
    wait_saved(page)
    assert records(page)[interview]["company"] == "Changed Co"


def test_storage_switched_off_gives_an_in_memory_session(context, site):
    # Material's own scripts read localStorage outside a try block and throw; ours must not.
    context.watch.expected_errors.add("denied")
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });"
    )
    page = context.watch.page(context.new_page())
    page.goto(site.url + STEP2)
    expect(page.locator("[data-ati-banner]")).to_contain_text("Saving is switched off in this browser")
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    expect(page.locator(".ati-message")).to_have_count(1)


def test_python_failure_is_explained_and_typing_is_kept(context, site):
    # Pyodide's own fetch of the aborted file rejects unhandled: the failure this test causes.
    context.watch.expected_errors.add("Failed to fetch")
    context.route("**/pyodide.asm.wasm*", lambda route: route.abort())  # compiled on the page (?v=…), else in the worker
    page = context.watch.page(context.new_page())
    page.on("console", lambda message: None)
    page.goto(site.url + STEP2)
    page.get_by_label("Company").fill("Still Here Ltd")
    status = page.locator("[data-ati-status-text]")
    expect(status).to_contain_text("could not start", timeout=15000)
    expect(status).to_contain_text("Everything you typed is saved")
    wait_saved(page)
    page.reload()
    expect(page.get_by_label("Company")).to_have_value("Still Here Ltd")


def test_two_tabs_see_each_others_changes_and_lose_nothing(context, site):
    one = context.watch.page(context.new_page())
    one.goto(site.url + STEP2)
    one.get_by_label("Company").fill("Shared Co")
    wait_saved(one)
    two = context.watch.page(context.new_page())
    two.goto(site.url + STEP2)
    expect(two.get_by_label("Company")).to_have_value("Shared Co")  # the same interview opens
    one.get_by_label("Job title you applied for").fill("Edited in tab one")
    expect(two.get_by_label("Job title you applied for")).to_have_value("Edited in tab one")

    # Tab two starts another interview; both tabs keep typing; neither loses anything.
    two.get_by_label("Interview", exact=True).select_option(label="Start a new interview")
    expect(two.get_by_label("Company")).to_have_value("")
    two.get_by_label("Company").fill("Tab Two Co")
    one.get_by_label("Company").fill("Shared Co Ltd")
    wait_saved(one)
    wait_saved(two)
    companies = sorted(data["company"] for data in records(one).values())
    assert companies == ["Shared Co Ltd", "Tab Two Co"]
    expect(one.get_by_label("Company")).to_have_value("Shared Co Ltd")
    expect(two.get_by_label("Company")).to_have_value("Tab Two Co")


def test_phone_layout_has_no_sideways_scroll(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site.url + STEP2)
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    expect(page.locator(".ati-message")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    context.close()


# ---------- the moment is the reader's own ----------

def morning_interview(page):
    page.get_by_label("Company").fill("Acme Ltd")
    page.get_by_label("Job title you applied for").fill("Data Analyst")
    page.get_by_label("Interview date").fill("2026-11-25")
    page.get_by_label("Start time").fill("09:00")
    page.get_by_label("Full name").first.fill("Priya Shah")
    page.locator(".ati-form").get_by_label("One thing you talked about").first.fill("the plan to move reporting to one warehouse")
    page.get_by_label("Your name").fill("Sam Jones")
    page.get_by_role("button", name="Write my emails").click()


@pytest.mark.parametrize("late", [
    pytest.param(False, marks=pytest.mark.now("2026-11-25T17:58")),
    pytest.param(True, marks=pytest.mark.now("2026-11-25T18:01")),
])
def test_a_thank_you_due_by_six_says_send_it_anyway_after_six(page, site, late):
    page.goto(site.url + STEP2)
    morning_interview(page)
    deadline = page.locator(".ati-notice--deadline")
    expect(deadline).to_contain_text("Send by today (Wednesday 25 November 2026), 18:00.")
    warning = page.locator(".ati-notice--warning", has_text="Send your notes now anyway")
    expect(warning).to_have_count(1 if late else 0)


def test_today_is_the_readers_local_date_not_utc(browser, site):
    # 23:30 on Wednesday in Los Angeles is already Thursday in UTC (and in London).
    los_angeles = datetime(2026, 11, 25, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    context = browser.new_context(timezone_id="America/Los_Angeles", now=los_angeles)
    page = context.new_page()
    page.goto(site.url + STEP2)
    morning_interview(page)
    # Los Angeles: the person's English is American until they choose (utilities/locale.js).
    expect(page.locator(".ati-notice--deadline")).to_contain_text("Send by today (Wednesday, November 25, 2026), 6:00 PM.")
    expect(page.locator(".ati-notice--warning")).to_contain_text("Send your notes now anyway")
    context.close()
