"""A Markdown extension: a fenced block ```` ```worksheet thank-you ```` becomes that form.

Publishers drop the fence into any page; what it renders is decided by the ``worksheets``
declaration, never by the page. An unknown worksheet name fails the build with a message
that lists the known ones, so a typo cannot ship as a broken block.

Listed as ``build.extensions.fence`` under ``markdown_extensions`` in ``mkdocs.yml``, so every engine that
runs Python-Markdown extensions renders the fences (MkDocs, and Zensical, which runs no hooks).
The HTML comes from :func:`build.site.current`, looked up when a fence is met, so the
extension always renders with the build that is in progress.
"""

from __future__ import annotations

import re
from typing import Callable

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

_OPEN = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*worksheet\s+(?P<name>[a-z0-9-]+)\s*$")


class WorksheetPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, render: Callable[[str], str]):
        super().__init__(md)
        self.render = render

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            match = _OPEN.match(lines[index])
            if not match:
                out.append(lines[index])
                index += 1
                continue
            fence = match.group("fence")
            end = index + 1
            while end < len(lines) and lines[end].strip() != fence:
                end += 1
            if end == len(lines):
                raise ValueError(f"worksheet block {match.group('name')!r} is not closed with {fence}")
            placeholder = self.md.htmlStash.store(self.render(match.group("name")))
            out.extend(["", placeholder, ""])
            index = end + 1
        return out


def _render_with_current_build(name: str) -> str:
    from build import site

    return site.current().render(name)


class WorksheetExtension(Extension):
    """``render(name) -> html``; by default the build in progress (:mod:`build.site`) renders."""

    def __init__(self, render: Callable[[str], str] | None = None, **kwargs):
        self.render = render or _render_with_current_build
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # After whitespace normalisation (30), before fenced code (25) claims the block.
        md.preprocessors.register(WorksheetPreprocessor(md, self.render), "ati_worksheet", 28)


def makeExtension(**kwargs) -> WorksheetExtension:  # noqa: N802 (the name Python-Markdown looks for)
    return WorksheetExtension(**kwargs)
