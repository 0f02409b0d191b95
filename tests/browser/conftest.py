"""Browser-test fixtures: build the site once, serve it under a subpath, drive Chromium.

Debian's chromium is driven through Playwright's ``executable_path``: no browser is
downloaded. A missing browser is an error, never a skip.

Every browser context runs at a fixed moment in a fixed time zone (:data:`NOW`, London), so
no test depends on the day the suite runs or on the machine's zone. A test about another
moment says so next to its assertions: ``@pytest.mark.now("2026-11-27T16:30")`` for the whole
test, or ``page.clock.set_system_time(at("2026-11-27T18:01"))`` before the page is loaded
again. The page passes its local date and time to Python, so the worker needs no clock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.support.siteserver import SiteServer, free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PREFIX = "/after-the-interview/"

#: Where and when every browser test happens unless it says otherwise: a Wednesday morning.
TIMEZONE = "Europe/London"
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo(TIMEZONE))


def at(moment: str) -> datetime:
    """A local moment in the tests' time zone: ``at("2026-11-27T16:30")``."""
    return datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo(TIMEZONE))

# Python takes a few seconds to start on a 2-core machine; results can arrive after that.
expect.set_options(timeout=30_000)


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Debian's chromium is not installed: run the tests through ./dev test, which installs it.")
    return path


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The built site, served at http://127.0.0.1:PORT/after-the-interview/."""
    port = free_port()
    out = tmp_path_factory.mktemp("site")
    env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}{PREFIX}", NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(out)], cwd=ROOT, env=env, check=True)
    server = SiteServer(out, prefix=PREFIX, port=port).start()
    yield server
    server.stop()


def serve_build(tmp_path_factory, build) -> SiteServer:
    """Build into a fresh folder with ``build(out, site_url)``, then serve it like ``site``."""
    port = free_port()
    out = tmp_path_factory.mktemp("built") / "site"
    build(out, f"http://127.0.0.1:{port}{PREFIX}")
    return SiteServer(out, prefix=PREFIX, port=port).start()


@pytest.fixture(scope="session")
def zensical_site(tmp_path_factory):
    """The same site built with Zensical (``./dev build --engine zensical``), served like ``site``."""

    def build(out: Path, site_url: str) -> None:
        subprocess.run(["./dev", "build", "--engine", "zensical", "-d", str(out)], cwd=ROOT,
                       env=dict(os.environ, SITE_URL=site_url), check=True, capture_output=True,
                       timeout=600)  # a hung build fails here, well inside CI's time

    server = serve_build(tmp_path_factory, build)
    yield server
    server.stop()


class ClockedBrowser:
    """The browser, except that every context it opens lives at a fixed moment in a fixed
    time zone (and locale): ``new_context(now=…)`` picks another moment. Time then runs on
    from there as usual, so timers and debounces behave as in real use."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, *, now: datetime = NOW, **options):
        options.setdefault("timezone_id", TIMEZONE)
        options.setdefault("locale", "en-GB")
        context = self._browser.new_context(**options)
        context.clock.install(time=now)
        return context

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield ClockedBrowser(browser)
        browser.close()


class Watch:
    """What a page did that a user would notice: dialogs, errors, requests elsewhere."""

    def __init__(self, origin: str):
        self.origin = origin
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.expected_errors: set[str] = set()  # errors a test causes on purpose
        self.csp: list[str] = []  # what the site's Content-Security-Policy refused

    def attach(self, context):
        def on_request(request):
            url = request.url
            # A mail link hands the message to the mail app on this device: nothing goes over the network.
            if not (url.startswith(self.origin) or url.startswith(("data:", "blob:", "about:", "mailto:"))):
                self.foreign.append(url)

        context.on("request", on_request)

    def page(self, page: Page) -> Page:
        def on_dialog(dialog):
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: "Content Security Policy" in message.text and self.csp.append(message.text))
        return page


@pytest.fixture
def context(browser, site, request):
    marker = request.node.get_closest_marker("now")
    now = at(marker.args[0]) if marker else NOW
    context = browser.new_context(viewport={"width": 1280, "height": 900}, now=now)
    watch = Watch(f"http://127.0.0.1:{site.port}/")
    watch.attach(context)
    context.watch = watch
    yield context
    context.close()
    assert not watch.foreign, f"requests left the site's origin: {watch.foreign}"
    assert not watch.csp, f"the Content-Security-Policy refused something: {watch.csp}"
    assert not watch.dialogs, f"a dialog opened: {watch.dialogs}"
    errors = [e for e in watch.errors if e not in watch.expected_errors]
    assert not errors, f"the page threw: {errors}"


@pytest.fixture
def page(context):
    return context.watch.page(context.new_page())


def wait_until(page: Page, script: str, timeout: float = 45.0, arg=None):
    """Poll a JS expression with page.evaluate (works under a strict CSP, unlike wait_for_function)."""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(script, arg)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {script}")
        time.sleep(0.1)


def wait_saved(page: Page, timeout: float = 45.0):
    """Until nothing typed waits to be saved: no form has a save pending (the autosave marks the
    worksheet while it waits for the typing to pause). A state, not a time: it holds however
    busy the machine is."""
    wait_until(page, "() => !document.querySelector('[data-ati-waits-save]')", timeout)


def wait_answered(page: Page, timeout: float = 60.0):
    """Until no part of the page waits for Python's answer (the dashboard's rows, a checklist's
    ticks: each marks itself while it waits)."""
    wait_until(page, "() => !document.querySelector('[data-ati-waits-python]')", timeout)


def next_frames(page: Page) -> None:
    """Until the page has drawn twice: what a resize or a click set going in this frame (the
    pictures redrawn at a new width, a fetch the theme starts) has happened by then."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")


def wait_ready(page: Page, timeout: float = 60.0):
    status = page.locator("[data-ati-status-text]").first  # one Python per tab: any worksheet's line says
    deadline = time.monotonic() + timeout
    while True:
        text = status.inner_text()
        if text.startswith("Ready") or text.startswith("Done"):
            return
        if "could not start" in text:
            raise AssertionError(text)
        if time.monotonic() > deadline:
            raise AssertionError(f"Python not ready: {text}")
        time.sleep(0.1)
