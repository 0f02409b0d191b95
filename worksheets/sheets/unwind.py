"""The closing page: one thing to do for yourself today, and a note to learn, log, let go.

Light on purpose: two fields, saved for this browser (not per interview), and an output that
points back to the reflection log, where the lessons are already written down.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.context import Context
from ..core.fields import Field, Worksheet
from ..words import wording
from ..words.output import Link, Notice, Output, Paragraph

ENTRIES = (
    Field("treat", "One thing you will do for yourself today", required=True, max_length=120, autocomplete="off",
          hint="Something you enjoy, e.g. 'a long walk by the river' or 'pizza and a film with Sam'.",
          missing="Write one thing you will do for yourself today: anything you enjoy counts."),
    Field("let_go", "The moment you keep replaying", kind="textarea", max_length=500, autocomplete="off",
          hint="Write it down once, then let it go: the lesson is in your reflection log."),
)


def _clause(raw: str) -> str:
    text = " ".join(raw.split()).rstrip(".!;, ")
    return text[0].lower() + text[1:] if len(text) > 1 and text[0].isupper() and not text[1].isupper() else text


def compose(values: dict[str, Any], context: Context) -> Output:
    text = wording.load("unwind")
    out = Output()
    out.add(Notice(wording.fill(text["today"], {"treat": _clause(values["treat"])}), tone="info"))
    if values.get("let_go"):
        out.add(Paragraph(wording.fill(text["let_go"], {"moment": " ".join(values["let_go"].split())})))
    out.add(Paragraph(text["learn_log_let_go"]))
    out.add(Link(text["link"], "steps/3-reflect/"))
    return out


WORKSHEET = Worksheet(
    id="unwind",
    saved_as="Unwind note",
    title="Before you switch off",
    intro="Optional, and it takes a minute. What you write stays in this browser.",
    entries=ENTRIES,
    compose=compose,
    submit_label="Done for today",
)
