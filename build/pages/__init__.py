"""What :func:`build.site.finish` does to the built pages, each a plain function of HTML:
Python's start from the head (``boot``), the theme's search index after it
(``search_later``), preload links for the browser modules
(``preload``), links to the worksheet (``skip``), the Content-Security-Policy (``csp``), and
the offline copy's file list and web app manifest (``offline``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable


def rewrite(site: Path, change: Callable[[str, str], str]) -> None:
    """``change(html, folder)`` on every built page, ``folder`` the page's own folder from the
    site's root ("." at the root), for a link relative to it; a page is written only when it
    changed."""
    for page in sorted(site.rglob("*.html")):
        html = page.read_text("utf-8")
        changed = change(html, page.parent.relative_to(site).as_posix() or ".")
        if changed != html:
            page.write_text(changed, "utf-8")
