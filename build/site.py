"""Every build step, as plain functions that any site engine can call.

Two steps, one before the engine turns Markdown into pages and one after:

* :func:`prepare` reads the publisher's settings, builds the ``worksheets`` wheel (the
  settings inside), loads the pinned browser wheels and checks the pinned Pyodide runtime.
  The ``worksheet`` fences are then rendered by the Markdown extension :mod:`build.fence`,
  which any engine that runs Python-Markdown extensions runs.
* :func:`finish` puts the wheels and the runtime into the built site, checks the pages, links
  the top of each page to its worksheets (:mod:`build.skip`), and adds the
  Content-Security-Policy last (it hashes the inline scripts of the final pages).

A new step is one line in one of the two. The adapters stay thin: ``build/hooks.py`` for
MkDocs, and this module's command line for another engine (``./dev build --engine zensical``)::

    python -m build.site prepare           # before: fail early, with a sentence, if anything is missing
    python -m build.site finish SITE_DIR   # after: complete the built site
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from build import browser_wheels, csp, forms, panels, publisher, runtime, skip
from build.wheel import Wheel, build_wheel
from worksheets import registry
from worksheets.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
WHEEL_DIR = "assets/ati/wheels"
PYODIDE_DIR = "assets/pyodide"


class BuildError(RuntimeError):
    """What stops the build, said so that the person building knows what to do."""


@dataclass(frozen=True)
class Build:
    """What the pages need while they are rendered, and what :func:`finish` writes."""

    root: Path
    settings: Settings
    wheel: Wheel
    extra_wheels: tuple[Wheel, ...]

    @staticmethod
    def url(wheel: Wheel) -> str:
        """Relative to the site root; ``?v=`` makes a new wheel a new URL for every cache."""
        return f"{WHEEL_DIR}/{wheel.filename}?v={wheel.sha256[:12]}"

    @property
    def defaults(self) -> dict[str, str]:
        """Form defaults that come from the publisher's settings, by field name."""
        return {"country": self.settings.country, "premium": "true" if self.settings.linkedin_premium else ""}

    def render(self, name: str) -> str:
        """The HTML of the fence ```` ```worksheet NAME ````: a panel or a worksheet's form."""
        known = panels.panels()
        if name in known:
            return known[name]()
        return forms.render(registry.get(name), wheel_url=self.url(self.wheel), wheel_sha256=self.wheel.sha256,
                            extra_wheels=tuple((self.url(w), w.sha256) for w in self.extra_wheels),
                            defaults=self.defaults)


_current: Build | None = None


def prepare(root: Path = ROOT, config: dict[str, Any] | None = None) -> Build:
    """Everything the pages need, checked before any page is rendered.

    ``config`` is the engine's parsed configuration when it has one (MkDocs); otherwise the
    publisher's settings are read from ``root/mkdocs.yml``.
    """
    global _current
    import worksheets

    try:
        found = publisher.load(root, config)
        extras = tuple(browser_wheels.load(root))
        runtime.check(root)
    except (publisher.PublisherSettingsError, browser_wheels.BrowserWheelMissing, runtime.RuntimeMissing) as error:
        raise BuildError(str(error)) from None
    wheel = build_wheel(root / "worksheets", "worksheets", worksheets.__version__, extra=publisher.wheel_files(found))
    _current = Build(root, found, wheel, extras)
    return _current


def current() -> Build:
    """The build :func:`prepare` made in this process, or a new one (an engine without hooks)."""
    return _current or prepare()


def finish(site: Path, build: Build | None = None, *, policy: bool = True) -> None:
    """Complete a built site. ``policy=False`` for a live-reloading dev server, whose
    injected inline script the Content-Security-Policy would block."""
    build = build or current()
    write_wheels(site, build)
    runtime.copy_runtime(build.root, site / PYODIDE_DIR)
    check_pages(site, build)
    link_worksheets(site)
    if policy:
        csp.apply(site)  # last: it hashes the inline scripts of the finished pages


def write_wheels(site: Path, build: Build) -> None:
    target = site / WHEEL_DIR
    target.mkdir(parents=True, exist_ok=True)
    for wheel in (build.wheel, *build.extra_wheels):
        (target / wheel.filename).write_bytes(wheel.data)


def link_worksheets(site: Path) -> None:
    """Links from the top of each page to the worksheets further down (:mod:`build.skip`)."""
    for page in sorted(site.rglob("*.html")):
        html = page.read_text("utf-8")
        linked = skip.add_links(html)
        if linked != html:
            page.write_text(linked, "utf-8")


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
            problems.append(f"{name}: a worksheet fence was not rendered (is build.fence under markdown_extensions?)")
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
