"""What a worksheet produces, as plain data the browser renders as text.

Every composer returns an :class:`Output`: a list of blocks. The browser has one small
renderer per block type and sets ``textContent`` only, so nothing a user typed can become
markup, whatever it contains.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Union


@dataclass(frozen=True)
class Heading:
    text: str
    type: Literal["heading"] = "heading"


@dataclass(frozen=True)
class Paragraph:
    text: str
    type: Literal["paragraph"] = "paragraph"


@dataclass(frozen=True)
class Notice:
    """A highlighted line: ``tone`` is ``info``, ``deadline`` or ``warning``."""

    text: str
    tone: Literal["info", "deadline", "warning"] = "info"
    type: Literal["notice"] = "notice"


@dataclass(frozen=True)
class Message:
    """A ready-to-send message. ``mailto`` is empty when the message is too long for a
    mailto link to open reliably; the browser then offers Copy only and says why."""

    heading: str
    body: str
    subject: str = ""
    to: str = ""
    mailto: str = ""
    cc: str = ""
    note: str = ""
    #: When above 0, the body is a draft the user may edit in the page, with a live counter
    #: against this many characters (LinkedIn's way of counting); ``key`` names the draft, so
    #: the edited text is saved and restored for the same person.
    limit: int = 0
    key: str = ""
    type: Literal["message"] = "message"


@dataclass(frozen=True)
class Download:
    """A file the browser offers to save (a calendar, a Markdown log)."""

    label: str
    filename: str
    mime: str
    content: str
    note: str = ""
    type: Literal["download"] = "download"


#: Tags a rendered Markdown tree may contain. None takes attributes. Kept here, with the tree,
#: rather than in :mod:`worksheets.words.markdown_tree`, so that what checks saved records can name
#: them without importing the renderer (and the standard library's html parser with it).
ALLOWED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
                          "strong", "em", "code", "pre", "blockquote"})

#: One node of a rendered Markdown tree: text, or ``[tag, [children…]]`` with a tag from
#: :data:`ALLOWED_TAGS` and no attributes. The browser builds it with createElement and
#: textContent only.
TreeNode = Union[str, list]


@dataclass(frozen=True)
class Markdown:
    """Markdown shown formatted: ``tree`` is the safe rendering of ``source``, which the
    browser also offers to copy. ``label`` names the block for assistive technology."""

    source: str
    tree: list[TreeNode]
    label: str = ""
    type: Literal["markdown"] = "markdown"


@dataclass(frozen=True)
class Table:
    """A small table of text: the first cell of each row is that row's header."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    type: Literal["table"] = "table"


@dataclass(frozen=True)
class Link:
    """A link to another page of this site: ``page`` is relative to the site root, such as
    ``"steps/3-reflect/"``; the browser refuses anything else."""

    text: str
    page: str
    type: Literal["link"] = "link"


Block = Union[Heading, Paragraph, Notice, Message, Download, Markdown, Table, Link]


@dataclass
class Output:
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> "Output":
        self.blocks.append(block)
        return self

    def to_dict(self) -> dict:
        return {"blocks": [asdict(block) for block in self.blocks]}
