"""Every build step, as plain functions that any site engine can call.

Two steps, one before the engine turns Markdown into pages and one after:

* :func:`prepare` reads the publisher's settings, builds the ``worksheets`` wheel (the
  settings inside, and the holidays of the years around the day it runs), loads the pinned
  browser wheels and checks the pinned Pyodide runtime.
  The ``worksheet`` fences are then rendered by the Markdown extension :mod:`build.extensions.fence`,
  which any engine that runs Python-Markdown extensions runs.
  Python for the browser is precompiled here (:mod:`build.python.stdlib`: the worksheets wheel, the
  pinned wheels and a trimmed standard library, as ``.pyc``), except for a dev server.
* :func:`finish` puts the wheels and the runtime into the built site, writes the description
  of what the site stores (``assets/ati/storage/shapes.js``, derived from the declarations),
  checks the pages, links the top of each page to its worksheets (:mod:`build.pages.skip`), adds
  the Content-Security-Policy (it hashes the inline scripts of the
  final pages), and last writes what offline use needs (:mod:`build.pages.offline`: the web app
  manifest and the service worker's list of files with their hashes, so it comes after every
  other change to the files).

A new step is one line in one of the two. The adapters stay thin: ``build/hooks.py`` for
MkDocs, and this module's command line for another engine (``./dev build --engine zensical``)::

    python -m build.site prepare           # before: fail early, with a sentence, if anything is missing
    python -m build.site finish SITE_DIR   # after: complete the built site
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build import publisher
from build.extensions import forms, panels
from build.pages import boot, csp, early, offline, rewrite, search_later, skip
from build.python import browser_wheels, holiday_data, runtime, stdlib
from build.python.wheel import Wheel, build_wheel
from worksheets import registry
from worksheets.stored import shapes as stored
from worksheets.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
WHEEL_DIR = "assets/ati/wheels"
PYODIDE_DIR = "assets/pyodide"
#: The description of what the site stores, for the page's start-up check (storage/check.js).
STORED_SHAPES = "assets/ati/storage/shapes.js"


class BuildError(RuntimeError):
    """What stops the build, said so that the person building knows what to do."""


@dataclass(frozen=True)
class Build:
    """What the pages need while they are rendered, and what :func:`finish` writes."""

    root: Path
    settings: Settings
    wheel: Wheel
    extra_wheels: tuple[Wheel, ...]
    #: Python's standard library zip the site serves (precompiled and trimmed, or Pyodide's own).
    python_stdlib: Wheel
    #: Whether this is a dev server's build (no service worker, Pyodide's own library).
    serving: bool = False
    #: The sha256 of Python's WebAssembly (``pyodide.asm.wasm``, copied as it is).
    wasm_sha256: str = ""
    #: What of the standard library only the third-party wheels need (build/python/stdlib.py):
    #: a page gets it with them.
    stdlib_for_wheels: Wheel | None = None

    @staticmethod
    def url(wheel: Wheel) -> str:
        """Relative to the site root; ``?v=`` makes a new wheel a new URL for every cache."""
        return f"{WHEEL_DIR}/{wheel.filename}?v={wheel.sha256[:12]}"

    @property
    def defaults(self) -> dict[str, str]:
        """Form defaults that come from the publisher's settings, by field name."""
        return {"country": self.settings.country, "premium": "true" if self.settings.linkedin_premium else ""}

    @property
    def stdlib(self) -> tuple[str, str]:
        """The standard library's URL (relative to the site root) and sha256."""
        wheel = self.python_stdlib
        return f"{PYODIDE_DIR}/{wheel.filename}?v={wheel.sha256[:12]}", wheel.sha256

    @property
    def wasm(self) -> str:
        """The URL of Python's WebAssembly, relative to the site root, named by its hash: the
        page compiles it (python/boot.js), and the service worker may hand the browser's
        HTTP-cached copy through unread, because the name says which bytes it holds."""
        return f"{PYODIDE_DIR}/{runtime.WASM}?v={self.wasm_sha256[:12]}" if self.wasm_sha256 else ""

    def extras_for(self, name: str) -> tuple[tuple[str, str], ...]:
        """The pinned third-party wheels the block ``name`` imports (registry.NEEDS): a page
        downloads Python-Markdown only when its worksheet uses it."""
        needed = browser_wheels.needed(list(self.extra_wheels), registry.NEEDS.get(name, ()))
        if needed and self.stdlib_for_wheels:
            needed.append(self.stdlib_for_wheels)
        return tuple((self.url(w), w.sha256) for w in needed)

    def python(self, name: str = "") -> str:
        """The HTML attributes that let the block ``name`` start Python: its wheels, the
        standard library, and their hashes."""
        return forms.python_attributes(self.url(self.wheel), self.wheel.sha256, self.extras_for(name), self.stdlib, self.wasm)

    def render(self, name: str) -> str:
        """The HTML of the fence ```` ```worksheet NAME ````: a panel or a worksheet's form."""
        known = panels.panels()
        if name in known:
            return known[name](self.python(name))
        return forms.render(registry.get(name), wheel_url=self.url(self.wheel), wheel_sha256=self.wheel.sha256,
                            extra_wheels=self.extras_for(name), defaults=self.defaults, stdlib=self.stdlib, wasm=self.wasm)


_current: Build | None = None


def prepare(root: Path = ROOT, config: dict[str, Any] | None = None, *, serving: bool = False) -> Build:
    """Everything the pages need, checked before any page is rendered.

    ``config`` is the engine's parsed configuration when it has one (MkDocs); otherwise the
    publisher's settings are read from ``root/mkdocs.yml``. ``serving``: a dev server's
    build, which skips precompiling (it would run on every edit).
    """
    global _current
    import worksheets

    try:
        found = publisher.load(root, config)
        extras = tuple(browser_wheels.load(root))
        wasm_sha256 = runtime.sha256(root, runtime.WASM)
    except (publisher.PublisherSettingsError, browser_wheels.BrowserWheelMissing, runtime.RuntimeMissing) as error:
        raise BuildError(str(error)) from None
    generated = {**publisher.wheel_files(found), **holiday_data.wheel_files(dt.date.today())}  # the build's own day
    wheel = build_wheel(root / "worksheets", "worksheets", worksheets.__version__, extra=generated)
    try:
        python = stdlib.for_site(root, wheel, list(extras), stock=serving)
    except stdlib.PrecompileFailed as error:
        raise BuildError(str(error)) from None
    _current = Build(root, found, python.wheel, tuple(python.extras), python.stdlib, serving, wasm_sha256, python.for_wheels)
    return _current


def current() -> Build:
    """The build :func:`prepare` made in this process, or a new one (an engine without hooks)."""
    return _current or prepare()


def finish(site: Path, build: Build | None = None, *, policy: bool = True, about: offline.Site | None = None) -> None:
    """Complete a built site. ``policy=False`` for a live-reloading dev server, whose
    injected inline script the Content-Security-Policy would block. ``about`` describes
    the site for its web app manifest (read from mkdocs.yml when not given)."""
    build = build or current()
    write_wheels(site, build)
    write_stored_shapes(site)
    runtime.copy_runtime(build.root, site / PYODIDE_DIR, stdlib=(build.python_stdlib.filename, build.python_stdlib.data))
    check_pages(site, build)
    link_worksheets(site)
    boot.apply(site)  # Python starts from the head of each page with a worksheet
    early.apply(site)  # and Your interviews draws what it remembers from there too
    search_later.apply(site)  # and the theme's search index waits for it there
    if policy:
        csp.apply(site)  # it hashes the inline scripts of the finished pages
    about = about or offline.from_config(publisher.read_config(build.root / publisher.CONFIG))
    offline.apply(site, about, serving=build.serving)  # last: it hashes every file's final bytes


def write_wheels(site: Path, build: Build) -> None:
    target = site / WHEEL_DIR
    target.mkdir(parents=True, exist_ok=True)
    for wheel in (build.wheel, *build.extra_wheels, *filter(None, [build.stdlib_for_wheels])):
        (target / wheel.filename).write_bytes(wheel.data)


def write_stored_shapes(site: Path) -> None:
    """What every stored value may look like, as a module the page imports (no inline
    script: the policy allows none), derived now from the declarations, so a new field is
    covered the moment it is declared."""
    target = site / STORED_SHAPES
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        "/* Written by the build (build/site.py, from worksheets/stored/shapes.py): what this site stores. Do not edit. */\n"
        f"export default {json.dumps(stored.describe(), ensure_ascii=True, separators=(',', ':'))};\n", "utf-8")


def link_worksheets(site: Path) -> None:
    """Links from the top of each page to the worksheets further down (:mod:`build.pages.skip`)."""
    rewrite(site, lambda html, _folder: skip.add_links(html))


_UNRENDERED = re.compile(r"language-worksheet|```\s*worksheet\s")
_WHEEL_HASH = re.compile(r'data-wheel-sha256="([0-9a-f]*)"')


def check_pages(site: Path, build: Build) -> None:
    """Fail rather than publish pages whose worksheets cannot work: a fence the engine left
    as code (the Markdown extension did not run), or a page built with another wheel."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text("utf-8")
        name = page.relative_to(site).as_posix()
        if _UNRENDERED.search(html):
            problems.append(f"{name}: a worksheet fence was not rendered (is build.extensions.fence under markdown_extensions?)")
        stale = {h for h in _WHEEL_HASH.findall(html) if h != build.wheel.sha256}
        if stale:
            problems.append(f"{name}: its worksheets expect another worksheets wheel; build again")
    if problems:
        raise BuildError("The built pages are not usable:\n  " + "\n  ".join(problems))


def main(argv: list[str]) -> int:
    """``prepare`` or ``finish SITE_DIR [--no-policy]``: the steps around another engine's build."""
    try:
        if argv[:1] == ["prepare"] and len(argv) == 1:
            prepare()
        elif argv[:1] == ["finish"] and len(argv) in (2, 3) and argv[2:] in ([], ["--no-policy"]):
            finish(Path(argv[1]), prepare(), policy="--no-policy" not in argv)
        else:
            print("usage: python -m build.site prepare | finish SITE_DIR [--no-policy]", file=sys.stderr)
            return 2
    except BuildError as error:
        print(f"Build failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
