"""Start the panels that draw what the browser remembers from the head of their page.

Your interviews draws each interview's next action and dates from what Python worked out on
the last visit (``storage/remembered.js``), so nothing waits for Python. Bound by ``main.js``,
it would still wait for the whole page to be parsed and the theme's script to run, half a
second and more on a slow phone. So a page with the panel gets, in its head, after Python's
start (:mod:`build.pages.boot`), ``<script type="module" async src="…/dashboard/early.js">``:
an async module runs as soon as it is fetched (the preload links have it on its way), and it
draws the panel the moment the parser has passed it. ``main.js`` adopts the binding.

Applied to the finished pages by :func:`build.site.finish`, so every engine gets it.
"""

from __future__ import annotations

import posixpath
from html import escape
from pathlib import Path

from build.pages import boot, into_head, preload, rewrite

#: A panel's module (``data-module`` on its block), and the module that starts it from the head.
EARLY = {"dashboard/index.js": "assets/ati/dashboard/early.js"}


def add_early(html: str, folder: str) -> str:
    """The page with an early start for each panel it has that draws from memory (a link
    relative to ``folder``, the page's own); unchanged when it has none, or has them already."""
    for module in preload.panel_modules(html):
        script = EARLY.get(module)
        if not script:
            continue
        url = escape(posixpath.relpath(script, folder), quote=True)
        tag = f'<script type="module" async src="{url}"></script>'
        if tag not in html:
            html = into_head(html, tag, after=(boot.SCRIPT.rsplit("/", 1)[-1],))
    return html


def apply(site: Path) -> None:
    """Add the early start to every built page with a panel that draws from memory."""
    rewrite(site, add_early)
