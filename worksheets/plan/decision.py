"""When they said they would decide, and who said it: one answer for every step.

The person's own date ("Decision expected by") wins; otherwise their words ("by the end of
next week", a pasted paragraph) are read as a date by :mod:`worksheets.reading.reader`, with
the person's country (for holidays by name) and English (for "12/4"). Every message that
repeats the date back names its source correctly ("you mentioned" only to the person who
said it), so the source travels with the date. When their words hold no date we can read,
:func:`unread_timing` gives them back to quote: a page never says they gave no date when the
person typed something.

What they said is kept apart from what the person estimates: a date typed beside their words
corrects our reading of them (they still said it); a date typed with no words of theirs is the
person's own estimate (:attr:`Expected.said` is False), and no message ever quotes it as theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Collection

from ..days.written import month_first
from ..reading import reader
from ..reading.reader import OtherDate
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
    #: Other dates their words gave (a next round's, a start date), each with its words: the
    #: page asks which one is the decision.
    others: tuple[OtherDate, ...] = ()

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
        if self.others:
            listed = " and ".join(f"{long_date(other.date, english)} (‘{other.words}’)" for other in self.others)
            parts.append(f"They also mentioned {listed}: if that is when they will decide, put it in “Decision expected by”.")
        elif self.alternative is not None and self.alternative_reason:
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
        return Expected(values["expected"], words=_quoted(words, values, closed), source=source, corrected=bool(words))
    reading = read_timing(values, closed)
    if reading:
        return Expected(reading.date, words=words if len(words) <= QUOTED else reading.matched, guessed=not reading.exact,
                        source=source, note=reading.note, alternative=reading.alternative,
                        alternative_reason=reading.alternative_reason, others=reading.others)
    return None


#: Their words are quoted whole up to this length; a longer paste is quoted by the words read.
QUOTED = 80


def _quoted(words: str, values: dict[str, Any], closed: Collection[dt.date]) -> str:
    """Their words to quote beside a date the person typed: whole when short, else the part read."""
    if len(words) <= QUOTED:
        return words
    reading = read_timing(values, closed)
    return reading.matched if reading else reader.date_words(words)


def read_timing(values: dict[str, Any], closed: Collection[dt.date] = frozenset()) -> reader.Reading | None:
    """Their words about when, read in the person's country and English, or None."""
    day, words = values.get("date"), values.get("timing")
    if not isinstance(day, dt.date) or not words or not str(words).strip():
        return None
    return reader.parse_timeline(str(words), day, closed, country=values.get("country") or "",
                                 month_first=month_first(values))


def unread_timing(values: dict[str, Any]) -> str:
    """Their words about when, to quote back, when they typed some and no date could be read
    in them (nor entered by the person); "" otherwise. ("They gave no date" would be wrong:
    they said something.)"""
    if isinstance(values.get("expected"), dt.date) or not str(values.get("timing") or "").strip():
        return ""
    return "" if read_timing(values) else reader.date_words(str(values["timing"]))
