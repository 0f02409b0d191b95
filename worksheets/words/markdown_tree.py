"""Markdown rendered safely, as a tree the browser builds with createElement and textContent.

The second of the two layers :mod:`worksheets.words.markdown_safe` describes: the source
(user text in it escaped by that module) is parsed with raw HTML, links, images and
autolinks switched off, and the HTML is filtered through :data:`~worksheets.words.output.ALLOWED_TAGS`.
Only the worksheets that show Markdown import this module, with Python-Markdown, whose pages
download the standard library's ``html`` package with it (build/python/stdlib.py).
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from .output import ALLOWED_TAGS, TreeNode

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
