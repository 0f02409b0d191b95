"""When they said they would decide, and who said it: one answer for every step.

The person's own date ("Decision expected by") wins; otherwise their words ("by the end of
next week") are read as a date by :mod:`worksheets.reading.reader`. Every message that repeats the
date back names its source correctly ("you mentioned" only to the person who said it), so the
source travels with the date.

What they said is kept apart from what the person estimates: a date typed beside their words
corrects our reading of them (they still said it); a date typed with no words of theirs is the
person's own estimate (:attr:`Expected.said` is False), and no message ever quotes it as theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Collection

from ..reading import reader
from ..words.dates import long_date

#: Who can have said it (the values of the interview's "timeline_from" field).
SOURCES = ("interviewers", "coordinator", "consultant")


@dataclass(frozen=True)
class Expected:
    """The date they expect to decide by.

    ``words`` are their words as the person typed them (empty when the date is the person's
    own estimate); ``guessed`` is True when the words allowed more than one reading and we
    chose one; ``corrected`` when the person typed the date for their words themselves;
    ``source`` says who said it.
    """

    day: dt.date
    words: str = ""
    guessed: bool = False
    source: str = "interviewers"
    #: How a guessed date was chosen ("the end of that week"), and the likely other reading.
    note: str = ""
    alternative: dt.date | None = None
    alternative_reason: str = ""
    corrected: bool = False

    @property
    def said(self) -> bool:
        """Whether they said it (a message may repeat it to them), or the person estimates it."""
        return bool(self.words)

    @property
    def how(self) -> str:
        """Where the date comes from, in a few words for a bracket: "your own estimate",
        "their words: 'by Friday'", "your reading of their words: 'by Friday'"."""
        if not self.words:
            return "your own estimate"
        return f"your reading of their words: '{self.words}'" if self.corrected else f"their words: '{self.words}'"

    def caveat(self, today: dt.date | None = None, english: str = "gb") -> str:
        """What to check about the date, in full sentences, or "" when there is nothing to
        check: a guess and how it was made, the likely other reading, a date now past."""
        parts = []
        if self.guessed:
            parts.append(f"That is a guess: {self.note}." if self.note else "That is our best guess.")
        if self.alternative is not None and self.alternative_reason:
            parts.append(f"If they meant {self.alternative_reason}, that is {long_date(self.alternative, english)}: "
                         "put it in “Decision expected by”.")
        if today is not None and self.day < today and self.words:
            parts.append("That date has passed: if they gave you a new one, put it in “Decision expected by”.")
        return " ".join(parts)


def source_of(values: dict[str, Any]) -> str:
    """Who gave the timeline: as recorded, or the interviewers (who usually say it)."""
    source = values.get("timeline_from") or "interviewers"
    if source == "consultant" and not values.get("agency"):
        return "interviewers"
    return source if source in SOURCES else "interviewers"


def expected_decision(values: dict[str, Any], closed: Collection[dt.date] = frozenset()) -> Expected | None:
    """Their date: the person's own correction first, else our reading of their words."""
    day = values.get("date")
    if not isinstance(day, dt.date):
        return None
    source = source_of(values)
    words = " ".join(str(values.get("timing") or "").split())
    if isinstance(values.get("expected"), dt.date) and values["expected"] >= day:
        return Expected(values["expected"], words=words, source=source, corrected=bool(words))
    if values.get("timing"):
        reading = reader.parse_timeline(values["timing"], day, closed)
        if reading:
            return Expected(reading.date, words=" ".join(values["timing"].split()), guessed=not reading.exact,
                            source=source, note=reading.note, alternative=reading.alternative,
                            alternative_reason=reading.alternative_reason)
    return None
