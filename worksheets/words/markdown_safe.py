"""Markdown that typed text cannot break out of: escaping going in, a safe tree coming out.

Safety rests on two independent layers, so that a slip in one is not a hole:

1. :func:`escape_markdown` (here) runs over **every** piece of user text *before* it is
   placed into Markdown source. HTML-significant characters become entities and
   Markdown-significant ones are backslash-escaped, so user text can only ever be text:
   never a tag, link, image, emphasis, code span, heading or list. Only the publisher's
   wording is read as Markdown.
2. :func:`worksheets.words.markdown_tree.render_markdown` uses a Python-Markdown instance with
   raw HTML, links, images and autolinks switched off, and then re-serialises the result
   through an allow-list of a dozen attribute-free tags. Even Markdown that was never escaped
   cannot produce a script, an event handler, a link or an image.
   :func:`~worksheets.words.markdown_tree.markdown_tree` turns that into the nested lists the
   browser builds with createElement and textContent only.

This half imports nothing of the standard library's ``html`` package at the top: the
worksheets that never render Markdown import this module too, and a page without Markdown
does not download that package (build/python/stdlib.py).
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------- escaping

# Backslash escapes work only for the characters Python-Markdown lists in ESCAPED_CHARS
# (elsewhere the backslash stays visible), and CommonMark accepts the same escapes, so the
# source reads the same in the user's own Markdown tools.
_INLINE_SIGNIFICANT = re.compile(r"([\\`*_\[\]#])")
# What can start a block once inline escaping is done: list markers (- + and "1." or
# "1)"), setext underlines (= and -), fenced code (~). "*", "#", ">", "`" are escaped
# everywhere already; leading whitespace (indented code) is stripped by the caller.
_LINE_START = re.compile(r"^(?:([-+])|(=)|(~)|(\d+)([.)]))")


def _escape_line_start(match: re.Match[str]) -> str:
    marker, equals, tilde, digits, closer = match.groups()
    if marker:
        return "\\" + marker
    if equals:
        return "&#61;"  # "=" has no backslash escape in Python-Markdown; an entity is text
    if tilde:
        return "&#126;"
    return f"{digits}\\{closer}"


#: What ``html.escape`` makes of ``& < > "`` (the quote too: it could close an attribute).
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def escape_markdown(text: str) -> str:
    """User text as Markdown that renders to exactly that text, on one line.

    First the HTML characters ``& < > "`` become entities: no tag, autolink (``<http:…>``),
    entity or attribute can start. Then ``\\ ` * _ [ ] #`` are backslash-escaped wherever
    they appear: no emphasis, code span, link, image or reference (all need ``[``, ``*``,
    ``_`` or a backtick) and no heading or closing hashes. ``( ) ! . + -`` only matter
    after a ``[`` or at the start of a line, so they are escaped only at a line start,
    which keeps ordinary prose readable in the source. Line breaks become spaces; use
    :func:`escape_markdown_lines` to keep them.
    """
    text = " ".join(str(text).split()).translate(_ENTITIES)
    text = _INLINE_SIGNIFICANT.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def as_text(source: str) -> str:
    """Markdown made by :func:`escape_markdown`, as the text a file or a copy carries: the
    characters typed ("Hallam & Pryce"), not the entities that kept them from being markup on
    the page. Backslash escapes stay (they keep the text plain in any Markdown tool); a
    line-start "=" or "~" keeps a backslash instead of its entity."""
    import html  # here: only the pages that render Markdown download the html package

    return html.unescape(source.replace("&#61;", "\\=").replace("&#126;", "\\~"))


def escape_markdown_lines(text: str) -> str:
    """Multi-line user text, each line escaped as if it started a line of the source.

    Lines are joined with a Markdown hard break (two spaces, newline) so the user's own line
    breaks survive; blank lines are dropped, because in the source they would end the list
    item or section the text belongs to. Leading spaces are dropped too: four of them would
    start a code block.
    """
    lines = [escape_markdown(line) for line in str(text).splitlines() if line.strip()]
    return "  \n".join(lines)
