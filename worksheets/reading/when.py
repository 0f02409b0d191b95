"""What the grammar makes of the words before a relation ("by", "before", "after") applies to
them: a stretch of days (:class:`When`: "next week", "Thanksgiving", "Friday") or a count of
them (:class:`Count`: "two weeks", "48 hours"), and the context both are read in; then what a
mention found (:class:`Found`: the deadline, how sure, what else it could have meant), and the
checks every written date gets (the year it falls in, a weekday that does not match it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Collection

from ..words.dates import English, long_date
from .arithmetic import valid_date


@dataclass(frozen=True)
class Alt:
    """Another reading worth offering: its day, and what they would have meant by it."""

    day: dt.date
    reason: str  # completes "If they meant ...", see Reading.alternative_reason
    named: bool = True  # as Found.named


@dataclass(frozen=True)
class Found:
    """A deadline read from a mention, before the common finishing (moving off days off,
    explaining)."""

    day: dt.date
    exact: bool = True
    named: bool = True  # a named day keeps its date; a computed one moves to a working day
    notes: tuple[str, ...] = ()  # plain phrases, see Reading.note
    alternative: Alt | None = None  # offered whenever it is another day
    later: Alt | None = None  # offered instead when the day is the one it was said, or before it
    means_today: bool = False  # the words name the day it was said ("today"): no guess


def guess(found: Found, note: str = "", alternative: Alt | None = None) -> Found:
    """The same reading, flagged as a guess, with how it was made and another reading."""
    return replace(found, exact=False, notes=found.notes + ((note,) if note else ()),
                   alternative=found.alternative or alternative)


def day_month(said_on: dt.date, day: int, month: int, year: int | None) -> tuple[dt.date | None, tuple[str, ...]]:
    """A day and month in the year given or, without one, the next time it comes round."""
    if year is not None:
        return valid_date(year, month, day), ()
    this_year = valid_date(said_on.year, month, day)
    if this_year is not None and this_year >= said_on:
        return this_year, ()
    next_year = valid_date(said_on.year + 1, month, day)
    return next_year, ("next year's, as this year's has passed",) if next_year else ()


def year_after(day: dt.date, said_on: dt.date) -> Alt | None:
    """A written date whose year had passed: the same day and month, the next time round."""
    again = day_month(said_on, day.day, day.month, None)[0]
    return None if again is None else Alt(again, f"{again.year}")


def nearest_weekday(day: dt.date, weekday: int, said_on: dt.date) -> dt.date:
    """The ``weekday`` nearest ``day``, but not before the day it was said."""
    before = day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    nearest = before if (day - before).days <= 3 else before + dt.timedelta(days=7)
    return nearest if nearest >= said_on else before + dt.timedelta(days=7)


@dataclass(frozen=True)
class Context:
    """The day it was said, the days off to skip, and the person's country and English."""

    said_on: dt.date
    closed: Collection[dt.date] = frozenset()
    country: str = ""
    month_first: bool = False

    @property
    def working(self) -> str:
        """"business" in the US, "working" elsewhere: "5 business days", "5 working days"."""
        return "business" if self.month_first else "working"

    @property
    def english(self) -> English:
        """The person's English: month first is how American English writes a date
        (:func:`worksheets.days.written.month_first` is the one rule for both)."""
        return "us" if self.month_first else "gb"

    def long(self, day: dt.date) -> str:
        """A date in a note, in the person's English: "Thursday, November 26, 2026"."""
        return long_date(day, self.english)


@dataclass(frozen=True)
class When:
    """A stretch of days the words point to.

    ``first`` is where it begins ("before" counts back from it), ``end`` where it ends
    ("after" counts on from it), and ``last`` the day the words mean when read at their latest
    ("by" gives it): for "next week", Monday, Sunday and Friday. ``named``: ``last`` is a day
    the words name, kept even on a day off; otherwise it is computed and moves to a working
    day. ``exact``: the words leave no doubt about ``last``.
    """

    first: dt.date
    last: dt.date
    end: dt.date
    kind: str = "day"  # day, week, weekend, month, quarter, year, season, holiday, period, range
    named: bool = True
    exact: bool = True
    notes: tuple[str, ...] = ()
    alt: Alt | None = None  # another reading of ``last``
    later: Alt | None = None  # offered when ``last`` is the day it was said, or before it
    label: str = ""  # what to call it in a note: "Thanksgiving (Thursday 26 November 2026)"
    through: int = 0  # a holiday: days after it offices often close too
    eve: dt.date | None = None  # a holiday: a break may start on this day
    early: dt.date | None = None  # a holiday: "in" it means up to this day ("in the new year")
    means_today: bool = False
    past: bool = False  # "last week", "yesterday": not when anyone will decide
    rolled: bool = False  # a day and month that had passed this year, read as next year's
    ends: bool = False  # "the end of" a stretch: "before" it means by it
    impossible: bool = False  # "30 February": no such day, so no reading of its words at all

    @staticmethod
    def day(day: dt.date, **options) -> When:
        return When(day, day, day, **options)


@dataclass(frozen=True)
class Count:
    """A number of units: "two weeks", "5-7 business days", "48 hours", "two Fridays".

    ``unit`` is day, week, fortnight, month, quarter, year, hour, or "weekday:N" (Monday 0).
    ``kind`` says how days are counted: "business", "calendar" or "" (not said). ``low`` is
    the start of a range ("2-3 weeks": 2).
    """

    n: float
    unit: str
    kind: str = ""
    vague: bool = False
    low: float | None = None
    words: str = ""  # "3 days", for notes

    @property
    def whole(self) -> int:
        return int(self.n) if self.n == int(self.n) else int(self.n) + 1


@dataclass(frozen=True)
class Range:
    """Two readings joined: "Monday or Tuesday" (``either``), "the 4th to the 8th" (a span)."""

    start: object  # When or Count
    stop: object
    either: bool
    start_words: str = ""


@dataclass(frozen=True)
class Offset:
    """A count from a day other than the day it was said: "three weeks from tomorrow",
    "2 weeks before Christmas"."""

    count: Count
    anchor: When
    before: bool = False


@dataclass
class Mention:
    """One mention of a date in what they said: where its words are (token positions), what
    they read as, and what it refers to (for "the end of that week" later on)."""

    start: int
    end: int
    found: object = None  # Found, or None for a mention of the past
    ref: When | None = None
    refines: bool = False  # it names a day inside the mention before it ("next week, probably Friday")
    past: bool = False
    role: str = ""  # "decision", "next step", "" (see choose)
    impossible: bool = False  # its words name no day ("30 February"): quoted as unread
