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
    note: str = ""
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


Block = Union[Heading, Paragraph, Notice, Message, Download]


@dataclass
class Output:
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> "Output":
        self.blocks.append(block)
        return self

    def to_dict(self) -> dict:
        return {"blocks": [asdict(block) for block in self.blocks]}
