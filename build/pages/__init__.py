"""What :func:`build.site.finish` does to the built pages, each a plain function of HTML:
Python's start from the head (``boot``), the panels that draw what the browser remembers
from the head too (``early``), the theme's search index after Python (``search_later``), preload links for the browser modules
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


def into_head(html: str, tags: str, after: tuple[str, ...] = ()) -> str:
    """``html`` with ``tags`` early in its head: after the character set, the security policy
    (which governs only what comes after it) and the tag holding each of ``after`` found there
    (a script's closing tag too); unchanged without a head."""
    head, end = html.find("<head>"), html.find("</head>")
    if head == -1 or end == -1:
        return html
    at = head + len("<head>")
    for mark in ('<meta charset="utf-8">', '<meta http-equiv="Content-Security-Policy"', *after):
        found = html.find(mark, at, end)
        if found != -1:
            at = html.find(">", found) + 1
            if html.startswith("</script>", at):
                at += len("</script>")
    return html[:at] + tags + html[at:]

