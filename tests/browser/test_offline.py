"""Offline use, as a person notices it: after one visit to a worksheet page every page opens and
every worksheet runs with the network gone, in a new tab too; a new version of the site is
offered, and taken at the next page without losing anything typed; a publisher can switch it
off; pages without a worksheet download no Python; Python-Markdown only where it is needed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.support.siteserver import SiteServer, free_port

from .conftest import PREFIX, ROOT, wait_ready, wait_until
from .test_accessibility import violations
from .test_reflection_linkedin_outcomes import STEP3, STEP5, reflect
from .test_thank_you_page import STEP2, fill, saved

pytestmark = pytest.mark.browser

UPDATE_CHECKS = ("sw.js", "sw-files.js")  # the browser asks for these itself, online or not
NOTICE = "A new version of this site is ready"


def pages(root: Path) -> list[str]:
    """Every page of the built site, as the URL a person opens."""
    return sorted(p.parent.relative_to(root).as_posix() + "/" if p.parent != root else ""
                  for p in root.rglob("index.html") if "assets" not in p.parts)


def offline_copy_ready(page):
    """Poll until the service worker answers for this page (its copy of the site is complete)."""
    wait_until(page, "navigator.serviceWorker.controller !== null")


def check_for_update(context, page):
    """What a browser does some minutes after a new version is published: ask for the worker
    again (the HTTP cache's copy of it has expired)."""
    context.new_cdp_session(page).send("Network.clearBrowserCache")
    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")


def build(out: Path, port: int, config: Path | None = None) -> None:
    env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}{PREFIX}", NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)] + (["-f", str(config)] if config else [])
    subprocess.run(command, cwd=ROOT, env=env, check=True)


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """A server of its own (the update tests change what it serves) and three builds for it:
    the site, a next version with one page's wording changed, and the site built with
    ``offline: false`` as a publisher would."""
    port = free_port()
    one = tmp_path_factory.mktemp("one")
    build(one, port)
    two = tmp_path_factory.mktemp("two") / "site"
    shutil.copytree(one, two)
    step1 = two / "steps" / "1-recruitment-process" / "index.html"
    step1.write_text(step1.read_text("utf-8").replace("</h1>", "</h1><p>Now with a clearer first step.</p>", 1), "utf-8")
    from build.pages import offline

    (two / offline.FILE_LIST).write_text(offline.file_list_script(offline.files(two)), "utf-8")
    off = tmp_path_factory.mktemp("off")
    config = off / "mkdocs.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {ROOT / 'docs'}\nhooks:\n  - {ROOT / 'build' / 'hooks.py'}\n"
                      "extra:\n  offline: false\n", "utf-8")
    build(off / "site", port, config)
    server = SiteServer(one, prefix=PREFIX, port=port).start()
    yield server, {"one": one, "two": two, "off": off / "site"}
    server.stop()


@pytest.fixture
def site(versions):
    """This module's own server (the watched context and page fixtures use it), serving the site."""
    server, builds = versions
    server.root = builds["one"]
    return server


def test_after_one_worksheet_visit_every_page_and_worksheet_works_offline(context, page, site):
    page.goto(site.url + STEP2)
    wait_ready(page)
    offline_copy_ready(page)
    context.set_offline(True)
    since = len(site.requests)

    for url in pages(site.root):
        page.goto(site.url + url)
        expect(page.locator("h1").first).to_be_visible()
        if page.locator(".ati-worksheet").count():
            wait_ready(page)  # Python starts from the copy
    page.goto(site.url + STEP2)
    fill(page, second=False)
    page.get_by_role("button", name="Write my emails").click()
    expect(page.locator(".ati-message")).to_have_count(1)

    page.goto(site.url + STEP3)  # Python-Markdown too
    wait_ready(page)
    sheet = reflect(page, "Offline Co", "Analyst", "2026-03-03", "Why this role?", "Struggled")
    expect(sheet.locator(".ati-markdown").get_by_role("heading", level=3)).to_contain_text("Analyst at Offline Co")

    tab = context.watch.page(context.new_page())  # a new tab, still without a network
    tab.goto(site.url + STEP5)
    wait_ready(tab)
    expect(tab.locator('[data-worksheet="follow-up"]').get_by_label("Company", exact=True)).to_have_value("Offline Co")

    asked = [r for r in site.requests[since:] if not r.endswith(UPDATE_CHECKS)]
    assert asked == [], f"went to the network while offline: {asked}"


def test_a_new_version_waits_for_the_next_page_and_nothing_typed_is_lost(context, site, versions):
    server, builds = versions
    one = context.watch.page(context.new_page())
    one.goto(server.url + STEP2)
    wait_ready(one)
    offline_copy_ready(one)
    two = context.watch.page(context.new_page())  # a second tab, on another worksheet
    two.goto(server.url + STEP5)
    wait_ready(two)
    one.get_by_label("Company", exact=True).fill("Kept Ltd")
    two.locator('[data-worksheet="follow-up"]').get_by_label("Job title you applied for").fill("Kept Role")
    for text in ("Kept Ltd", "Kept Role"):
        wait_until(one, "(text) => Object.values(localStorage).some((v) => v.includes(text))", arg=text)
    for tab in (one, two):
        tab.evaluate("window.__samePage = true")

    server.root = builds["two"]  # the publisher updates the site
    since = len(server.requests)
    check_for_update(context, one)
    notice = one.get_by_role("status").filter(has_text=NOTICE)
    expect(notice).to_be_visible()
    fetched = server.requests[since:]
    assert any("1-recruitment-process" in r for r in fetched)  # the changed page is downloaded,
    assert not [r for r in fetched if "/pyodide/" in r or ".whl" in r]  # what did not change is not
    assert violations(one) == []  # the note passes axe like the rest of the page
    assert one.evaluate("window.__samePage") is True  # nothing reloaded under the person's hands
    expect(one.get_by_label("Company", exact=True)).to_have_value("Kept Ltd")
    one.get_by_label("Company", exact=True).press_sequentially(" and Sons")  # typing goes on as before
    expect(one.get_by_label("Company", exact=True)).to_have_value("Kept Ltd and Sons")

    # The next page opened in this tab is the new version: a full page load, not a swap.
    one.get_by_role("link", name="1. Know the recruitment process").first.click()
    expect(one.get_by_text("Now with a clearer first step.")).to_be_visible()
    assert one.evaluate("window.__samePage") is None
    one.get_by_role("link", name="2. Send a thank-you note").first.click()
    wait_ready(one)
    expect(one.get_by_label("Company", exact=True)).to_have_value("Kept Ltd and Sons")

    # The other tab was left alone, is told, and keeps what was typed; a reload takes the new version.
    expect(two.get_by_role("status").filter(has_text=NOTICE)).to_be_visible()
    assert two.evaluate("window.__samePage") is True
    expect(two.locator('[data-worksheet="follow-up"]').get_by_label("Job title you applied for")).to_have_value("Kept Role")
    two.reload()
    wait_ready(two)
    expect(two.locator('[data-worksheet="follow-up"]').get_by_label("Job title you applied for")).to_have_value("Kept Role")
    expect(two.get_by_role("status").filter(has_text=NOTICE)).to_have_count(0)

    names = one.evaluate("caches.keys()")
    version = (builds["two"] / "sw-files.js").read_text().split('"version":"')[1].split('"')[0]
    assert names == [f"ati-offline:{PREFIX}:{version}"]  # the old copy is gone; one version, never two
    assert saved(one)  # and the saved answers are all there


def test_a_publisher_can_switch_offline_use_off(context, site, versions):
    server, builds = versions
    page = context.watch.page(context.new_page())
    page.goto(server.url + STEP2)
    wait_ready(page)
    offline_copy_ready(page)

    server.root = builds["off"]
    check_for_update(context, page)
    wait_until(page, "navigator.serviceWorker.getRegistrations().then((r) => r.length === 0)")
    wait_until(page, "caches.keys().then((names) => !names.some((n) => n.startsWith('ati-offline:')))")


def test_pages_without_a_worksheet_download_no_python_and_keep_no_copy(page, site):
    since = len(site.requests)
    page.goto(site.url)
    page.get_by_role("link", name="Sources").first.click()
    expect(page.locator("h1")).to_contain_text("Sources")
    page.get_by_role("link", name="Your data").first.click()
    expect(page.locator("h1").first).to_be_visible()
    page.wait_for_load_state("networkidle")
    python = [r for r in site.requests[since:] if "/pyodide/" in r or r.endswith(".whl") or ".whl?" in r]
    assert python == []
    assert page.evaluate("navigator.serviceWorker.getRegistrations().then((r) => r.length)") == 0


def test_python_markdown_is_downloaded_only_for_the_page_that_needs_it(browser, site):
    context = browser.new_context(service_workers="block")  # only the page's own requests
    try:
        page = context.new_page()
        since = len(site.requests)
        page.goto(site.url + STEP2)
        wait_ready(page)
        wheel = re.compile(r"/markdown-[^/]*\.whl")  # Python-Markdown's wheel (output/markdown.js is ours)
        assert not [r for r in site.requests[since:] if wheel.search(r)]
        page.get_by_role("link", name="3. Reflect").first.click()  # the theme swaps the page in
        wait_ready(page)
        sheet = reflect(page, "Later Co", "Analyst", "2026-03-03", "Why this role?", "Struggled")
        expect(sheet.locator(".ati-markdown").get_by_role("heading", level=3)).to_contain_text("Analyst at Later Co")
        assert [r for r in site.requests[since:] if wheel.search(r)]
    finally:
        context.close()
