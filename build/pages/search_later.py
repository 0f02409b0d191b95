"""On a page with a worksheet, the theme's search index is built once Python is ready.

Material for MkDocs asks for its search index (``search/search_index.json``) as its script
runs, and builds it in a worker of its own: a few hundred milliseconds of work on a phone,
at the very moment Python starts, on a device with two cores or fewer. On a page with a
worksheet (one that starts Python from its head, :mod:`build.pages.boot`),
``assets/ati/page/search-later.js``, put just before the theme's script, holds that request
until Python is ready or has failed, or until the person goes to the search box, whichever
comes first. Other pages, and engines whose theme asks for no such file, are unaffected.

Applied to the finished pages by :func:`build.site.finish`, after :mod:`build.pages.boot`.
"""

from __future__ import annotations

import posixpath
import re
from html import escape
from pathlib import Path

from build.pages import rewrite
from build.pages.boot import MARK

SCRIPT = "assets/ati/page/search-later.js"
_THEME = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js"></script>')


def add_script(html: str, script_url: str) -> str:
    """The page with the script just before the theme's; unchanged when the page starts no
    Python, has no such theme script, or has the script already."""
    theme = _THEME.search(html)
    if MARK not in html or not theme or SCRIPT.rsplit("/", 1)[-1] in html:
        return html
    tag = f'<script src="{escape(script_url, quote=True)}"></script>'
    return html[:theme.start()] + tag + html[theme.start():]


def apply(site: Path) -> None:
    """Hold the search index on every built page that starts Python."""
    rewrite(site, lambda html, folder: add_script(html, posixpath.relpath(SCRIPT, folder)))
