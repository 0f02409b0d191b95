"""Links from the top of a page straight to its worksheets.

A step page holds several screens of guidance before its worksheet. Each page whose worksheet
comes after guidance gets two ways there, both plain links (no script, nothing for the
Content-Security-Policy to allow):

* "Skip to the worksheet", next to the theme's own "Skip to content": among the first stops
  of the Tab key, shown when it has focus;
* a visible line under the page's title, one tap on a phone: "Go to the worksheet: <its title>".

Both point at the worksheet's title, which takes focus, so Tab continues into the form.
Applied to the finished pages by :func:`build.site.finish`, so every engine gets them.
"""

from __future__ import annotations

import re

_WORKSHEET = re.compile(r'<section class="ati-worksheet" id="(?P<id>ati-[a-z0-9-]+)"')
_BLOCK = re.compile(r'<section class="ati-(?:worksheet|panel)\b')  # a worksheet, or a panel (the dashboard)
_TITLE = '<h2 class="ati-title" id="{id}-title" tabindex="-1">'
_SKIP = re.compile(r'<a href="[^"]*" class="md-skip">[^<]*</a>')
_H1_END = "</h1>"
_H2 = re.compile(r"<h2[\s>]")
MARK = "ati-jump"


def worksheets(html: str) -> list[tuple[str, str]]:
    """``(section id, title HTML)`` of each worksheet in the page, in order."""
    found = []
    for match in _WORKSHEET.finditer(html):
        start = html.find(_TITLE.format(id=match.group("id")), match.end())
        end = html.find("</h2>", start)
        if start != -1 and end != -1:
            found.append((match.group("id"), html[start + len(_TITLE.format(id=match.group("id"))):end]))
    return found


def add_links(html: str) -> str:
    """The page with its links to its worksheets; unchanged when there is no worksheet, when the
    first block (worksheet or panel) comes before any guidance (no heading between the title and
    it: Your interviews), or when done."""
    sheets = worksheets(html)
    if not sheets or MARK in html:
        return html
    title_end = html.find(_H1_END)
    first = _BLOCK.search(html).start()
    if title_end == -1 or not _H2.search(html, title_end, first):
        return html
    target = f"#{sheets[0][0]}-title"
    skip = _SKIP.search(html)
    if skip:
        html = html[:skip.end()] + f'<a href="{target}" class="md-skip">Skip to the worksheet</a>' + html[skip.end():]
    links = " · ".join(f'<a href="#{sid}-title">{title}</a>' for sid, title in sheets)
    words = "Go to the worksheet" if len(sheets) == 1 else "Go to a worksheet"
    line = f'<p class="{MARK} ati-no-print">{words}: {links}</p>'
    at = html.find(_H1_END) + len(_H1_END)
    return html[:at] + line + html[at:]
