"""Start Python from the head of each page that has a worksheet, before the page has loaded.

The browser side's entry point (``main.js``) is a module script: it runs only once the whole
page is parsed and the theme's own script has run, a third of a second into a warm visit, and
Python's start, the longest wait on the page, waited for it. So each page with a worksheet
gets, in its head:

* ``<meta name="ati-python" content="{…}">``: what Python needs for the page, the same values
  :func:`python/runtime.js needs()` reads from the worksheets' own attributes (``data-wheel`` …),
  taken from them here, so the two cannot disagree;
* ``<script type="module" async src="…/assets/ati/python/boot.js">``: an async module runs as soon
  as it is fetched, while the page is still being parsed; it starts the worker with those
  values. ``main.js`` later finds Python already starting and hands it nothing new.

Applied to the finished pages by :func:`build.site.finish`, so every engine gets it; pages
without a worksheet are left as they are (they load no Python at all).
"""

from __future__ import annotations

import json
import posixpath
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from build.pages import into_head, rewrite

SCRIPT = "assets/ati/python/boot.js"
MARK = 'name="ati-python"'


class _Worksheets(HTMLParser):
    """The attributes of each ``.ati-worksheet[data-worksheet]`` element, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "ati-worksheet" in values.get("class", "").split() and values.get("data-worksheet"):
            self.found.append(values)


def needs(html: str) -> dict | None:
    """What Python needs for this page, shaped as ``python/runtime.js`` ``needs()`` returns it, or
    None for a page without a worksheet."""
    parser = _Worksheets()
    parser.feed(html)
    sheets = parser.found
    if not sheets:
        return None
    first = sheets[0]
    extra: dict[str, dict] = {}
    for sheet in sheets:
        for wheel in json.loads(sheet.get("data-extra-wheels") or "[]"):
            extra.setdefault(wheel["url"], wheel)
    return {
        "wheelUrl": first.get("data-wheel", ""),
        "sha256": first.get("data-wheel-sha256", ""),
        "extraWheels": list(extra.values()),
        "stdlibUrl": first.get("data-stdlib", ""),
        "stdlibSha256": first.get("data-stdlib-sha256", ""),
        "wasmUrl": first.get("data-wasm", ""),
        "worksheets": [sheet["data-worksheet"] for sheet in sheets],
    }


def add_boot(html: str, script_url: str) -> str:
    """The page with the meta and the script at the start of its head, after the character
    set and the security policy (which governs only what comes after it); unchanged when the
    page has no worksheet, or has them already."""
    wanted = needs(html)
    head, end = html.find("<head>"), html.find("</head>")
    if wanted is None or head == -1 or MARK in html[head:end]:
        return html
    content = escape(json.dumps(wanted, separators=(",", ":")), quote=True)
    tags = (f'<meta {MARK} content="{content}">'
            f'<script type="module" async src="{escape(script_url, quote=True)}"></script>')
    return into_head(html, tags)


def apply(site: Path) -> None:
    """Add the early start to every built page that has a worksheet."""
    rewrite(site, lambda html, folder: add_boot(html, posixpath.relpath(SCRIPT, folder)))
