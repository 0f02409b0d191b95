"""Your interviews draws what it knows at once: each application's stage, next action and
timeline as worked out on the last visit, said to be so, while Python starts; then Python
confirms it, and nothing on the page moves."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from .conftest import NOW, PREFIX, Watch, next_frames, wait_ready, wait_until
from .test_interviews import PAGE, add
from .test_thank_you_page import interview_ids

pytestmark = pytest.mark.browser

REMEMBERED = f"ati:{PREFIX}:meta:dashboard"
LAST_VISIT = "Shown as worked out on your last visit, and being checked now."
CHECKED = "Next actions and dates are worked out afresh on every visit."
#: Sums every layout shift a person did not cause (the browser's own measure, as Web Vitals does).
SHIFTS = """
window.__shift = 0;
window.__moved = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__shift += entry.value;
    const what = (entry.sources || []).map((s) => s.node && s.node.nodeType === 1
      ? `${s.node.tagName.toLowerCase()}.${s.node.className} ${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)}` : "text");
    window.__moved.push(`${entry.value.toFixed(3)} at ${Math.round(entry.startTime)} ms: ${what.join(", ")}`);
  }
}).observe({ type: "layout-shift", buffered: true });
"""


def first_visit(page, site) -> dict:
    """Two applications typed in, worked out by Python: what the browser keeps afterwards."""
    page.goto(site.url + PAGE)
    wait_ready(page)
    add(page, "Acme", "Data Analyst", "2026-11-24", "14:00", who="Priya Shah", timing="by Friday")
    add(page, "Initech", "BI Developer", "2026-11-10", "09:30", timing="end of next week")
    dashboard = page.locator('[data-panel="interviews"]')
    expect(dashboard.locator("[data-ati-dashboard-note]")).to_contain_text(CHECKED)
    wait_until(page, f"() => (localStorage.getItem({json.dumps(REMEMBERED)}) || '').includes('Initech')")
    return page.context.storage_state()


def reopen(browser, site, state: dict, **options):
    context = browser.new_context(storage_state=state, now=NOW, **options)
    watch = Watch(f"http://127.0.0.1:{site.port}/")
    watch.attach(context)
    context.watch = watch
    return context


def test_the_next_actions_show_before_python_is_ready(browser, page, site):
    state = first_visit(page, site)
    # Python held back for good: what shows is what the browser remembered.
    context = reopen(browser, site, state, viewport={"width": 1280, "height": 900}, service_workers="block")
    try:
        context.route("**/pyodide.asm.wasm*", lambda route: None)
        again = context.watch.page(context.new_page())
        again.goto(site.url + PAGE)
        dashboard = again.locator('[data-panel="interviews"]')
        expect(dashboard.locator("[data-ati-dashboard-note]")).to_have_text(f"Saved in this browser only. {LAST_VISIT}")
        acme = dashboard.locator(".ati-dashboard-item").filter(has_text="Acme: Data Analyst")
        expect(acme.locator(".ati-next")).to_contain_text("Send thank-you to Priya Shah")
        expect(acme.get_by_role("list", name="Timeline of Acme: Data Analyst")).to_be_attached()
        assert acme.locator(".ati-timeline-picture svg").bounding_box()["height"] > 20  # drawn, not waiting
        expect(dashboard.locator(".ati-dashboard-item").filter(has_text="Initech")).to_contain_text("Follow up with Initech")
        expect(again.locator("[data-ati-status-text]").first).to_contain_text("Loading")  # Python still starting
    finally:
        context.close()


def test_the_next_actions_show_before_the_pages_own_scripts_have_run(browser, page, site):
    """Drawn from the page's head (dashboard/early.js): with the theme's script and main.js
    held back, the next actions are on screen already; let go, Python confirms them."""
    state = first_visit(page, site)
    context = reopen(browser, site, state, viewport={"width": 1280, "height": 900}, service_workers="block")
    held, released = [], []
    try:
        for script in ("**/assets/ati/main.js*", "**/assets/javascripts/bundle.*.js*"):
            context.route(script, lambda route: route.continue_() if released else held.append(route))
        again = context.watch.page(context.new_page())
        again.goto(site.url + PAGE, wait_until="commit")
        dashboard = again.locator('[data-panel="interviews"]')
        acme = dashboard.locator(".ati-dashboard-item").filter(has_text="Acme: Data Analyst")
        expect(acme.locator(".ati-next")).to_contain_text("Send thank-you to Priya Shah")
        expect(dashboard.locator("[data-ati-dashboard-note]")).to_have_text(f"Saved in this browser only. {LAST_VISIT}")
        # The theme's script is held whenever the page asks for it, and main.js comes after it:
        # neither has run.
        assert again.evaluate("() => window.document$ === undefined")
        released.append(True)
        for route in held:
            route.continue_()
        expect(dashboard.locator("[data-ati-dashboard-note]")).to_contain_text(CHECKED)
        expect(dashboard.locator(".ati-dashboard-item")).to_have_count(2)
        # main.js adopted the binding: after the theme's instant navigation away and back, one
        # list, bound once, still answers.
        again.get_by_role("link", name="Your data").first.click()
        expect(again).to_have_url(site.url + "your-data/")
        again.go_back()
        expect(again.locator('[data-panel="interviews"] [data-ati-dashboard-note]')).to_contain_text(CHECKED)
        expect(again.locator(".ati-dashboard-item")).to_have_count(2)
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["laptop", "phone"])
def test_once_python_confirms_nothing_on_the_page_moves(browser, page, site, viewport):
    state = first_visit(page, site)
    context = reopen(browser, site, state, viewport=viewport, service_workers="block")
    try:
        context.add_init_script(SHIFTS)
        again = context.watch.page(context.new_page())
        again.goto(site.url + PAGE)
        note = again.locator("[data-ati-dashboard-note]")
        expect(note).to_contain_text(CHECKED)  # Python has answered and the list is drawn again
        next_frames(again)
        expect(again.locator(".ati-dashboard-item")).to_have_count(2)
        shift, moved = again.evaluate("() => [window.__shift, window.__moved]")
        assert shift <= 0.02, f"the page moved as Python answered: layout shift {shift:.3f}: {moved}"
    finally:
        context.close()


def test_what_is_worked_out_again_is_not_backed_up(page, site):
    first_visit(page, site)
    page.goto(site.url + "your-data/")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export everything").click()
    backup = json.loads(open(download.value.path(), encoding="utf-8").read())
    assert "meta:dashboard" not in backup["items"] and any(name.startswith("application:") for name in backup["items"])


def test_what_an_older_version_remembered_never_breaks_the_list(page, site):
    page.goto(site.url + PAGE)
    wait_ready(page)
    add(page, "Acme", "Data Analyst", "2026-11-24", "14:00", who="Priya Shah", timing="by Friday")
    [interview] = interview_ids(page)
    odd = {"rows": [{"id": interview, "rounds": [{"title": 3}], "progress": 7, "timeline": {"marks": 3}, "next": {}}],
           "agenda": {"weeks": 7, "days": "x"}}  # not the shape this version writes
    page.evaluate("([key, value]) => localStorage.setItem(key, value)",
                  [REMEMBERED, json.dumps({"format": "after-the-interview", "v": 1, "on": "2026-11-24", "result": json.dumps(odd)})])
    page.reload()
    dashboard = page.locator('[data-panel="interviews"]')
    expect(dashboard.locator(".ati-dashboard-item")).to_have_count(1)  # drawn, bare if need be, never missing
    expect(dashboard.locator("[data-ati-dashboard-note]")).to_contain_text(CHECKED)
    expect(dashboard.locator(".ati-next")).to_contain_text("Send thank-you to Priya Shah")
