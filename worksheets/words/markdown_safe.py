"""Markdown that typed text cannot break out of: escaping going in, a safe tree coming out.

Safety rests on two independent layers, so that a slip in one is not a hole:

1. :func:`escape_markdown` runs over **every** piece of user text *before* it is placed into
   Markdown source. HTML-significant characters become entities and Markdown-significant
   ones are backslash-escaped, so user text can only ever be text: never a tag, link, image,
   emphasis, code span, heading or list. Only the publisher's wording is read as Markdown.
2. :func:`render_markdown` uses a Python-Markdown instance with raw HTML, links, images and
   autolinks switched off, and then re-serialises the result through an allow-list of a dozen
   attribute-free tags. Even Markdown that was never escaped cannot produce a script, an
   event handler, a link or an image. :func:`markdown_tree` turns that into the nested lists
   the browser builds with createElement and textContent only.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .output import TreeNode

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
    text = " ".join(str(text).split())
    text = html.escape(text, quote=False).replace('"', "&quot;")
    text = _INLINE_SIGNIFICANT.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def as_text(source: str) -> str:
    """Markdown made by :func:`escape_markdown`, as the text a file or a copy carries: the
    characters typed ("Hallam & Pryce"), not the entities that kept them from being markup on
    the page. Backslash escapes stay (they keep the text plain in any Markdown tool); a
    line-start "=" or "~" keeps a backslash instead of its entity."""
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


# --------------------------------------------------------------------------- rendering

#: Tags a log entry may contain once rendered. None takes attributes.
ALLOWED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
                          "strong", "em", "code", "pre", "blockquote"})
_VOID = frozenset({"br", "hr"})

#: Python-Markdown parts that could turn text into markup we never produce on purpose.
_DISABLED_INLINE = ("html", "link", "image_link", "reference", "image_reference", "short_reference",
                    "short_image_ref", "autolink", "automail")


class _AllowList(HTMLParser):
    """Re-serialise HTML keeping only :data:`ALLOWED_TAGS`, with no attributes, and all
    text escaped. A disallowed tag is dropped but its text is kept, so nothing a user typed
    silently disappears."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ALLOWED_TAGS:
            self.parts.append(f"<{tag} />" if tag in _VOID else f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ALLOWED_TAGS:
            self.parts.append(f"<{tag} />" if tag in _VOID else f"<{tag}></{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in ALLOWED_TAGS and tag not in _VOID:
            self.parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.parts.append(html.escape(data, quote=False))


def _sanitise(markup: str) -> str:
    parser = _AllowList()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def render_markdown(md: str) -> str:
    """HTML for a log entry's Markdown source, safe to insert into the page.

    Raw HTML, links, images, autolinks and link definitions are switched off in the
    parser, and the result is filtered through :data:`ALLOWED_TAGS`; so even Markdown that
    was not escaped (edited by hand, imported) cannot inject markup. ``markdown`` is
    imported here rather than at the top so that the other worksheets keep working in the
    browser before, or without, the Markdown wheel.
    """
    import markdown  # Python-Markdown, shipped to the browser as a wheel

    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.parser.blockprocessors.deregister("reference")
    for name in _DISABLED_INLINE:
        converter.inlinePatterns.deregister(name, strict=False)
    return _sanitise(converter.convert(str(md)))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose whitespace-only text is layout, not content.
_CONTAINERS = frozenset({"", "ul", "ol", "blockquote"})


class _Tree(HTMLParser):
    """Allow-listed HTML (as :func:`render_markdown` returns) as nested lists."""

    def __init__(self, shift: int) -> None:
        super().__init__(convert_charrefs=True)
        self.shift = shift
        self.root: list[TreeNode] = []
        self.stack: list[tuple[str, list[TreeNode]]] = [("", self.root)]

    def _name(self, tag: str) -> str:
        return f"h{min(6, int(tag[1]) + self.shift)}" if tag in _HEADINGS else tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            return
        node: list = [self._name(tag), []]
        self.stack[-1][1].append(node)
        if tag not in _VOID:
            self.stack.append((tag, node[1]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ALLOWED_TAGS:
            self.stack[-1][1].append([self._name(tag), []])

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        tag, children = self.stack[-1]
        if tag in _CONTAINERS and not data.strip():
            return
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def markdown_tree(md: str, shift: int = 0) -> list[TreeNode]:
    """The log's Markdown as a tree the browser builds with createElement and textContent:
    ``["h2", ["2026-03-03: …"]]``, ``["p", ["text", ["strong", ["bold"]]]]``, … Only
    :data:`ALLOWED_TAGS`, no attributes, text unescaped (it is never parsed as markup
    again). ``shift`` moves headings down (``2`` makes ``##`` an ``h4``) to fit the page.
    """
    parser = _Tree(shift)
    parser.feed(render_markdown(md))
    parser.close()
    return parser.root
