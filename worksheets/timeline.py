"""Read what the employer said about when they will decide ("by Friday", "in a couple of
weeks") as a date, so the follow-up clock can start from it.

The reading is deliberately simple and explainable: a handful of patterns, tried in a fixed
order (most specific first: a written date beats a weekday, "end of next week" beats "next
week"), each giving one date and a sentence that says how it was read, so the person can
see at once whether we understood, and correct it if not. Words we do not recognise give
``None`` rather than a guess: the follow-up worksheet then uses its no-date rule.

Rules worth knowing:

- Vague spans are read at their latest ("next week" is that week's Friday, "2-3 weeks" is
  three weeks, "mid-January" the 20th): the one mistake the guide warns against is
  following up too soon.
- A named day keeps its date even on a weekend or holiday ("by Friday" when Friday is Good
  Friday stays Friday; so do written dates). A computed one ("end of the week", "in two
  weeks", "end of the month") moves back to the last business day on or before it, since
  that is the last day anyone is in the office to decide; if that would be before the day
  it was said, it moves forward instead.
- Numeric dates are day/month ("05/12" is 5 December), as in the UK and most of the world;
  only when that is impossible ("12/13") is month/day used, and the explanation says so.
  When both are possible ("05/12"), the reading is flagged and month/day is offered.
  Dashes are only read in ISO dates ("2026-12-12"): "2-3 weeks" is a range, not a date.
- A day and month without a year that has already passed is next year's.
- An ordinal day ("the 9th", "Wednesday 9th") is the next 9th on or after the day it was
  said; "the 9th of next month" is next month's. A weekday given with a date or an ordinal
  that does not match it keeps the date, and is flagged, with the nearest such weekday
  offered. An ordinal that counts something ("the 2nd round") is not a day.
- Weeks run Monday to Sunday. Said at a weekend, "this week" is the week ahead, and so is
  "next week": both mean the coming Monday to Friday.
  "Friday" is the next Friday after the day it was said (said on a Friday, next week's;
  "this Friday" said on a Friday is that day, flagged below). "next Friday" is the Friday of next week,
  the later of its two common meanings, and is flagged as not exact.
- "in 3 days", with no "working" or "calendar", counts business days: hiring teams count
  working days, and it is the later reading.
- A reading that falls on the day it was said, or before it, is a guess ("end of the
  month" said on its last day, "this Friday" said on a Friday, a written year that has
  passed), and offers the later reading it may have meant: the end of next month, Friday
  next week, the same date next year. Words that name that day ("today", "by the end of
  the day") are the exception: they mean it.
- Date words the reading did not use ("by Friday, or end of next week", "Friday 12") make
  it not exact; ``Reading.unread`` quotes them, and what the first of them reads as on
  its own is offered. Words that read as the same day ("4 December, a Friday") are used,
  not left out; "may", numbers that count something ("3 candidates", "2 of 3", "5pm") and
  "next" without a date word ("next steps") are not date words.

``Reading.exact`` is True when the words name one day with nothing left to choose, and
False when we picked one reading among several (a vague span, "in 3 days", an ambiguous
numeric date, a weekday that does not match the date given, a day that is the one it was
said or before it, date words left out). The page can ask the person to check the inexact ones, and offer
``Reading.alternative`` when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable, Collection, NamedTuple, Optional

from .business_days import add_business_days, is_business_day, on_or_after, on_or_before
from .dates import long_date

_EMPTY: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class Reading:
    """One reading of a timeline phrase, in pieces a caller can put in its own sentence.

    - ``date``: the day we read.
    - ``matched``: the words that were read, as the person typed them (spaces tidied), so a
      page quotes their words rather than ours: "(their words: 'by the end of next week')".
    - ``exact``: True when the words name one day with nothing left to choose; False when
      the page should ask the person to check (see the module's rules).
    - ``note``: how the date was chosen, as a plain phrase with no leading punctuation, or
      "" when there is nothing to add: "the end of that week", "the day they said it".
      Several are joined with "; ".
    - ``alternative``: the likely other reading, when there is one, else None; it is never
      the same day as ``date``.
    - ``alternative_reason``: what they may have meant instead, as words that complete
      "If they meant ...": "the end of next month", "month/day", "'end of the month'".
      "" when there is no alternative.
    - ``unread``: date words in the phrase that the reading did not use, as typed, or "":
      "9th" if "by Wednesday 9th" were read as "by Wednesday". Several are joined with
      ", ". A reading that leaves some out is not exact, and the note says so.
    - ``explanation``: all of the above in one line, for callers that show a single
      sentence: "'next week' read as Friday 11 December 2026, the end of that week, so you
      don't follow up too soon".
    """

    date: dt.date
    explanation: str
    exact: bool
    matched: str
    note: str = ""
    alternative: dt.date | None = None
    alternative_reason: str = ""
    unread: str = ""


# --- vocabulary -------------------------------------------------------------------------

_WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "weds": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5,
    "sunday": 6,
}
# "sat" and "sun" are left out on purpose: "we sat down", "the sun".
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|(?:tues|tue|weds|wed|thurs|thur|thu|mon|fri)\b\.?)")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH_SHORT = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")


def _month_regex(names: tuple[str, ...]) -> str:
    return rf"(?:(?:{'|'.join(names)})\b|(?:{'|'.join(_MONTH_SHORT)})\b\.?)"


_MONTH = _month_regex(_MONTH_NAMES)

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}
#: Vague quantities, read as this many and flagged as not exact.
_VAGUE = {"couple": 2, "few": 3, "several": 3}
_NUMBER = (r"(?:\d{1,3}|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several|an?|one|two|three|four"
           r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)")
_UNIT = r"(?:(?P<kind>business|working|work|calendar)\s+)?(?P<unit>days?|weeks?|fortnights?|months?)\b"

# Words that may introduce a deadline; kept in the match so the explanation quotes them.
_BY_WORD = r"(?:by|on|before|until|till|til|for|no\s+later\s+than|not\s+later\s+than)"
_BY = rf"(?:\b{_BY_WORD}\s+)?"
#: Words that hedge a day without changing it: "next week, probably Friday".
_HEDGE = r"(?:probably|maybe|perhaps|likely|possibly|hopefully|most\s+likely)"
_ORD = r"(?:st|nd|rd|th)?"
_ON_WEEKDAY = rf"(?:(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?)?"

#: What an ordinal may count instead of naming a day: "the 2nd round" is not the 2nd.
_COUNTED = ("round", "interview", "stage", "step", "time", "call", "meeting", "candidate", "person",
            "people", "applicant", "choice", "place", "floor", "one", "day", "week", "month", "year")
_NOT_COUNTED = rf"(?![\s-]+(?:{'|'.join(_COUNTED)})s?\b)"
#: A day of the month as an ordinal, "9th"; and the same with the suffix left off, "9".
_NTH = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
_DAY_OF_MONTH = r"(?:[1-9]|[12]\d|3[01])\b"
#: "30th February", "Feb 30th": the day of a month, read (or refused) as a written date.
_NOT_BEFORE_A_MONTH = rf"(?!(?:\s+of)?\s+{_MONTH})"
_AFTER_A_MONTH = re.compile(rf"\b{_MONTH}\s*(?:the\s+)?$", re.IGNORECASE)

#: Straight quotes and hyphens for curly quotes and dashes: same length, so positions in the
#: tidied text are positions in what the person typed.
_TIDY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})

#: The day an "early ..." or "mid ..." month is read as: the end of the span, as ever.
_PART_OF_MONTH = {"early": 10, "start": 10, "beginning": 10, "mid": 20, "middle": 20}

#: Words that say when, to find the ones a reading left out: "by Wednesday 9th" read as
#: "by Wednesday" would leave out "9th". "may" is not one ("they may take 2 weeks"), nor a
#: number that counts something else ("3 candidates", "5pm", "interview 2 of 3").
_DATE_WORDS = (
    _WEEKDAY,
    _month_regex(tuple(name for name in _MONTH_NAMES if name != "may")),
    r"(?:today|tomorrow|tonight|weekends?|fortnights?|weeks?|months?|years?)\b",
    r"20\d\d\b",  # a year
    r"\d{1,4}(?:[/.-]\d{1,4}){1,2}\b",  # a written date, a range
    rf"{_NTH}{_NOT_COUNTED}",
    rf"(?:\d{{1,3}}|{'|'.join(n for n, v in _NUMBERS.items() if v > 1)}|{'|'.join(_VAGUE)})[\s-]+(?:of\s+)?"
    r"(?:(?:business|working|calendar)\s+)?(?:days?|hours?)\b",
    # a day of the month on its own, "Friday 12", "by the 12 or so": not "at 12", "2 of 3"
    rf"(?<![\d/.:,])(?<!\bat\s)(?<!\bof\s){_DAY_OF_MONTH}(?![/.:]?\d)"
    rf"(?=\s*(?:$|[,;!?)]|\.(?!\d)|(?:or|and|to|at)\b|(?:of\s+)?{_MONTH}))",
)
#: Words that belong with a date word that follows them: "end of" in "end of the month".
_WHEN_WORDS = r"(?:the|this|next|last|coming|end\s+of|start\s+of|beginning\s+of|middle\s+of|mid|early|late)"
_UNREAD = re.compile(rf"\b(?:{_WHEN_WORDS}[\s-]+){{0,3}}(?:{'|'.join(_DATE_WORDS)})", re.IGNORECASE)
#: What may stand between two left-out date words and keep them one run: "9th or 10th".
_BETWEEN = re.compile(r"[\s,/-]*(?:(?:or|to|and|of|the)\b[\s,]*){0,2}", re.IGNORECASE)
#: How many more readings of the same day a phrase may hold ("Friday 4 December, a
#: Friday"): they are read, not left out.
_AGREEING = 2


# --- small date helpers -----------------------------------------------------------------

def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _this_week(day: dt.date, weekday: int) -> dt.date:
    """``weekday`` of the working week ``day`` is in; at a weekend, of the week ahead."""
    monday = _monday(day) + dt.timedelta(days=7 if day.weekday() >= 5 else 0)
    return monday + dt.timedelta(days=weekday)


def _next_week(day: dt.date, weekday: int) -> dt.date:
    """``weekday`` of the Monday-to-Sunday week after the one ``day`` is in."""
    return _monday(day) + dt.timedelta(days=7 + weekday)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day when it is shorter."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, index + 1, min(day.day, _month_end(year, index + 1).day))


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday_number(word: str) -> int:
    return _WEEKDAYS[word.rstrip(".").lower()]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _quantity(word: str) -> tuple[int, bool]:
    """The number a quantity word stands for, and whether it was vague."""
    word = " ".join(word.lower().split())
    for vague, value in _VAGUE.items():
        if vague in word:
            return value, True
    return (int(word), False) if word.isdigit() else (_NUMBERS[word], False)


# --- what a matcher returns -------------------------------------------------------------

@dataclass(frozen=True)
class _Alt:
    """Another reading worth offering: its day, and what they would have meant by it."""

    day: dt.date
    reason: str  # completes "If they meant ...", see Reading.alternative_reason
    named: bool = True  # as _Found.named


@dataclass(frozen=True)
class _Found:
    """A matcher's answer, before the common finishing (moving off days off, explaining)."""

    day: dt.date
    exact: bool = True
    named: bool = True  # a named day keeps its date; a computed one moves to a business day
    notes: tuple[str, ...] = ()  # plain phrases, see Reading.note
    alternative: _Alt | None = None  # offered whenever it is another day
    later: _Alt | None = None  # offered instead when the day is the one it was said, or before it
    means_today: bool = False  # the words name the day it was said ("today"): no guess


Matcher = Callable[["re.Match[str]", dt.date, Collection[dt.date]], Optional[_Found]]


def _day_month(said_on: dt.date, day: int, month: int, year: int | None) -> tuple[dt.date | None, tuple[str, ...]]:
    """A day and month in the year given or, without one, the next time it comes round."""
    if year is not None:
        return _valid(year, month, day), ()
    this_year = _valid(said_on.year, month, day)
    if this_year is not None and this_year >= said_on:
        return this_year, ()
    next_year = _valid(said_on.year + 1, month, day)
    return next_year, ("next year's, as this year's has passed",)


def _year_after(day: dt.date, said_on: dt.date) -> _Alt | None:
    """A written date whose year had passed: the same day and month, the next time round."""
    again = _day_month(said_on, day.day, day.month, None)[0]
    return None if again is None else _Alt(again, f"{again.year}")


def _nearest_weekday(day: dt.date, weekday: int, said_on: dt.date) -> dt.date:
    """The ``weekday`` nearest ``day``, but not before the day it was said."""
    before = day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    nearest = before if (day - before).days <= 3 else before + dt.timedelta(days=7)
    return nearest if nearest >= said_on else before + dt.timedelta(days=7)


def _check_weekday(m: re.Match[str], found: _Found, said_on: dt.date) -> _Found:
    """They wrote 'Friday 12 December' but the 12th is a Saturday: keep the date, say so,
    and offer the Friday nearest it."""
    named = m.groupdict().get("wd")
    if not named or _weekday_number(named) == found.day.weekday():
        return found
    nearest = _nearest_weekday(found.day, _weekday_number(named), said_on)
    return replace(found, exact=False, notes=found.notes + (f"that is a {found.day:%A}, not a {nearest:%A}",),
                   alternative=found.alternative or _Alt(nearest, f"{nearest:%A}"))


# --- matchers, in the order they are tried ----------------------------------------------

def _iso(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found | None:
    day = _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    return None if day is None else _Found(day, later=_year_after(day, said_on))


def _numeric(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found | None:
    """Day/month; month/day only when day/month is impossible. When both are possible,
    month/day is offered."""
    first, second, year = int(m["a"]), int(m["b"]), _year(m["y"])
    day, notes = _day_month(said_on, first, second, year)
    other, other_notes = _day_month(said_on, second, first, year) if first != second else (None, ())
    if day is None and other is None:
        return None
    if day is None:
        found = _Found(other, exact=False, notes=(f"taken as month/day, as {second} cannot be a month",) + other_notes)
    elif other is None:
        found = _Found(day, notes=notes)
    else:
        found = _Found(day, exact=False, notes=("taken as day/month",) + notes, alternative=_Alt(other, "month/day"))
    return _check_weekday(m, replace(found, later=_year_after(found.day, said_on)), said_on)


def _named_month(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found | None:
    day, notes = _day_month(said_on, int(m["d"]), _MONTHS[m["mon"].lower()[:3]], _year(m["y"]))
    if day is None:
        return None
    return _check_weekday(m, _Found(day, notes=notes, later=_year_after(day, said_on)), said_on)


def _month_span_end(said_on: dt.date, month: int, words: str, year: int | None) -> dt.date:
    """The last day of a part of a month in the year given or, without one, the next such
    part that has not yet passed."""
    for candidate in ((year,) if year else (said_on.year, said_on.year + 1)):
        end = _month_end(candidate, month)
        day = end.replace(day=_PART_OF_MONTH[words]) if words else end
        if year or day >= said_on:
            break
    return day


def _part_of_month(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    """'end of December', 'mid-January', 'in March': that month, read at the span's end."""
    month = _MONTHS[m["mon"].lower()[:3]]
    part = (m.groupdict().get("part") or "").lower()
    words = next((w for w in _PART_OF_MONTH if w in part), "")
    year = _year(m["y"])
    day = _month_span_end(said_on, month, words, year)
    again = _month_span_end(said_on, month, words, None)
    later = _Alt(again, f"{again.year}", named=False) if year else None
    if words:
        return _Found(day, exact=False, named=False, notes=(f"{words} {day:%B} at its latest",), later=later)
    if "end" in part:
        return _Found(day, named=False, later=later)
    return _Found(day, exact=False, named=False, notes=("the end of that month",), later=later)


def _nth(day: int) -> str:
    """'1st', '2nd', '11th', '23rd'."""
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _next_nth(start: dt.date, wanted: int) -> dt.date | None:
    """The first day numbered ``wanted`` on or after ``start``, skipping months too short."""
    for months in range(13):
        first = _add_months(start.replace(day=1), months)
        day = _valid(first.year, first.month, wanted)
        if day is not None and day >= start:
            return day
    return None


def _ordinal(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found | None:
    """'by the 12th', 'Wednesday 9th': the next 12th on or after the day it was said,
    skipping short months; 'the 9th of next month' is next month's. 'The 9th or 10th' is
    the later of the two. A weekday that does not match is kept and flagged."""
    groups = m.groupdict()
    if _AFTER_A_MONTH.search(m.string, max(0, m.start("d") - 20), m.start("d")):
        return None  # "Feb 30th": no such day
    wanted = [int(re.match(r"\d+", g)[0]) for g in (groups["d"], groups.get("d2")) if g]
    which = (groups.get("which") or "").lower()
    if which in ("this", "next"):
        first = _add_months(said_on.replace(day=1), 1 if which == "next" else 0)
        days = [_valid(first.year, first.month, n) for n in wanted]
    else:  # the second of two counts from the first: "the 30th or 1st" is the 1st after it
        days = [_next_nth(said_on, wanted[0])]
        days += [_next_nth(days[0], n) for n in wanted[1:] if days[0]]
    if None in days or len(days) < len(wanted):
        return None
    day = max(days)
    again = _next_nth(max(day, said_on) + dt.timedelta(days=1), day.day)
    later = again and _Alt(again, f"the {_nth(again.day)} of {again:%B}")
    if len(days) == 2:
        return _Found(day, exact=False, notes=("the later of the two",),
                      alternative=_Alt(min(days), f"the {_nth(min(days).day)}"), later=later)
    return _check_weekday(m, _Found(day, later=later), said_on)


def _week_after_next(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    return _Found(_next_week(said_on, 4) + dt.timedelta(days=7), exact=False, named=False,
                  notes=("the end of that week",))


def _weekday_of_next_week(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    return _Found(_next_week(said_on, _weekday_number(m["wd"] or m["wd2"])))


def _part_of_next_week(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    part = m["part"].lower()
    if "end" in part:
        return _Found(_next_week(said_on, 4), named=False)
    if part.startswith("late"):
        return _Found(_next_week(said_on, 4), exact=False, named=False, notes=("the end of that week",))
    if "mid" in part:
        return _Found(_next_week(said_on, 2), exact=False, named=False, notes=("the middle of that week",))
    return _Found(_next_week(said_on, 1), exact=False, named=False, notes=("the start of that week at its latest",))


def _next_week_plain(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    return _Found(_next_week(said_on, 4), exact=False, named=False,
                  notes=("the end of that week, so you don't follow up too soon",))


def _this_week_end(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    exact = bool(m["end"])
    return _Found(_this_week(said_on, 4), exact=exact, named=False, notes=() if exact else ("the end of the week",),
                  later=_Alt(_next_week(said_on, 4), "the end of next week", named=False))


def _month_phrase(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    which = (m["which"] or m["which2"] or m["which3"]).lower()
    first = _add_months(said_on.replace(day=1), 1 if which == "next" else 0)
    exact = bool(m["end"])
    after = _add_months(first, 1)
    return _Found(_month_end(first.year, first.month), exact=exact, named=False,
                  notes=() if exact else ("the end of that month",),
                  later=_Alt(_month_end(after.year, after.month), "the end of next month", named=False))


def _coming(said_on: dt.date, weekday: int, today_counts: bool = False) -> dt.date:
    """The next ``weekday`` after the day it was said (or that day, if ``today_counts``)."""
    ahead = (weekday - said_on.weekday()) % 7
    return said_on + dt.timedelta(days=7 if ahead == 0 and not today_counts else ahead)


def _next_weekday(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    weekday = _weekday_number(m["wd"])
    coming = _coming(said_on, weekday)
    return _Found(_next_week(said_on, weekday), exact=False, notes=("the one next week",),
                  alternative=_Alt(coming, f"the coming {coming:%A}"))


def _weekday(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    """'Monday or Tuesday' is the later of the two."""
    found = [_coming(said_on, _weekday_number(word), bool(m["this"])) for word in filter(None, (m["wd"], m["wd2"]))]
    if len(found) == 2:
        return _Found(max(found), exact=False, notes=("the later of the two",),
                      alternative=_Alt(min(found), f"{min(found):%A}"))
    return _Found(found[0], later=_Alt(found[0] + dt.timedelta(days=7), f"{found[0]:%A} next week"))


def _span(said_on: dt.date, closed: Collection[dt.date], count: int, unit: str, kind: str,
          vague: bool) -> _Found:
    if unit.startswith("fortnight"):
        count, unit = count * 2, "week"
    if unit.startswith("week"):
        return _Found(said_on + dt.timedelta(weeks=count), exact=not vague, named=False)
    if unit.startswith("month"):
        return _Found(_add_months(said_on, count), exact=not vague, named=False)
    calendar = said_on + dt.timedelta(days=count)
    if kind == "calendar":
        return _Found(calendar, exact=not vague, named=False)
    day = add_business_days(said_on, count, closed)
    if kind:
        return _Found(day, exact=not vague)
    days = f"{count} {'day' if count == 1 else 'days'}"
    return _Found(day, exact=False, notes=(f"counting {days.replace(' ', ' business ')}",),
                  alternative=_Alt(calendar, f"{days.replace(' ', ' calendar ')}", named=False))


def _a_unit_or_two(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    return _span(said_on, closed, 2, m["unit"].lower(), "", vague=True)


def _duration(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found | None:
    count, vague = _quantity(m["n"])
    if m["n2"]:
        count, vague = max(count, _quantity(m["n2"])[0]), True
    if not 0 < count <= 366:
        return None
    return _span(said_on, closed, count, m["unit"].lower(), (m["kind"] or "").lower(), vague)


def _relative_day(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> _Found:
    word = " ".join(m["word"].lower().split())
    ahead = 2 if word.endswith("after tomorrow") else 1 if word == "tomorrow" else 0
    return _Found(said_on + dt.timedelta(days=ahead), means_today=ahead == 0)

#: "March 2 weeks", "March 2-3 weeks": the number starts a span, it is not a day of March.
_NOT_A_SPAN = (rf"(?![\s-]+(?:(?:-|to|or)[\s-]*)?(?:{_NUMBER}[\s-]+)?"
               r"(?:business|working|calendar|days?|weeks?|months?)\b)")

_PATTERNS: tuple[tuple[str, Matcher], ...] = (
    (_BY + r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", _iso),
    (_BY + _ON_WEEKDAY + r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])", _numeric),
    (_BY + _ON_WEEKDAY + r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})\b", _numeric),
    (_BY + _ON_WEEKDAY + rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?\s+(?P<mon>{_MONTH})"
     r"(?:,?\s+(?P<y>\d{4})\b)?", _named_month),
    (_BY + _ON_WEEKDAY + rf"\b(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\b"
     + _NOT_A_SPAN + r"(?:,?\s+(?P<y>\d{4})\b)?", _named_month),
    (_BY + rf"\b(?P<part>(?:the\s+)?end\s+of|(?:the\s+)?(?:start|beginning|middle)\s+of|early|mid-?|late)\s*"
     rf"(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?", _part_of_month),
    (_BY + rf"\b(?:the\s+)?(?P<d>{_NTH}|{_DAY_OF_MONTH})\s+of\s+(?P<which>this|next|the)\s+month\b", _ordinal),
    (_BY + rf"\b(?:the\s+)?(?P<d>{_NTH}|{_DAY_OF_MONTH})\s*(?:or|to|-|and)\s*(?:the\s+)?(?P<d2>{_NTH})"
     + _NOT_COUNTED + _NOT_BEFORE_A_MONTH, _ordinal),
    (_BY + _ON_WEEKDAY + rf"\b(?:the\s+)?(?P<d>{_NTH}){_NOT_COUNTED}{_NOT_BEFORE_A_MONTH}", _ordinal),
    (_BY + rf"\b(?P<wd>{_WEEKDAY}),?\s+the\s+(?P<d>{_DAY_OF_MONTH})(?![/.:]?\d)"
     + _NOT_A_SPAN + _NOT_COUNTED + _NOT_BEFORE_A_MONTH, _ordinal),
    (_BY + r"\b(?:the\s+)?(?:end\s+of\s+)?the\s+week\s+after\s+next\b", _week_after_next),
    (_BY + rf"\b(?:(?P<wd>{_WEEKDAY})\s+(?:of\s+)?next\s+week\b"
     rf"|next\s+week[\s,]*(?:{_HEDGE}\s+)?(?:on\s+)?(?P<wd2>{_WEEKDAY}))", _weekday_of_next_week),
    (_BY + r"\b(?P<part>(?:the\s+)?end\s+of|(?:the\s+)?(?:start|beginning|middle)\s+of|early|mid|late)"
     r"[\s-]+next\s+week\b", _part_of_next_week),
    (_BY + r"\bnext\s+week\b", _next_week_plain),
    (_BY + r"\b(?:(?P<end>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:working\s+|work\s+)?week)"
     r"|(?:later\s+)?this\s+week|within\s+the\s+week|(?:the|this)\s+weekend)\b", _this_week_end),
    (_BY + r"\b(?:(?P<end>(?:the\s+)?end\s+of\s+)(?P<which>the|this|next)\s+month"
     r"|(?:later\s+)?(?P<which2>this)\s+month|(?:in\s+)?(?:the\s+)?(?P<which3>next)\s+month)\b", _month_phrase),
    (_BY + rf"\bnext\s+(?P<wd>{_WEEKDAY})", _next_weekday),
    (_BY + rf"\b(?:(?P<this>this)\s+)?(?:coming\s+)?(?:the\s+)?(?P<wd>{_WEEKDAY})"
     rf"(?:\s*(?:or|to|/|-)\s*(?P<wd2>{_WEEKDAY}))?", _weekday),
    (r"\b(?:(?:in|within|after|over)\s+)?(?:the\s+)?(?:next\s+)?(?:a|one)\s+(?P<unit>day|week|month)\s+or\s+two\b",
     _a_unit_or_two),
    (rf"\b(?:(?:in|within|after|over)\s+)?(?:the\s+)?(?:next\s+)?(?P<n>{_NUMBER})"
     rf"(?:\s*(?:-|to|or)\s*(?P<n2>{_NUMBER}))?[\s-]+{_UNIT}(?!\s+ago)", _duration),
    (rf"\b(?:in|during)\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?", _part_of_month),
    (_BY + r"\b(?P<word>(?:the\s+)?day\s+after\s+tomorrow|tomorrow|today|tonight"
     r"|(?:the\s+)?end\s+of\s+(?:the\s+)?day)\b", _relative_day),
)

_COMPILED = tuple((re.compile(pattern, re.IGNORECASE), matcher) for pattern, matcher in _PATTERNS)


def _settle(day: dt.date, named: bool, said_on: dt.date, closed: Collection[dt.date]) -> tuple[dt.date, str]:
    """Move a computed date that falls on a day off to the last business day before it, or,
    when that would be before the day it was said, to the next one after it; say so."""
    if day < said_on or named or is_business_day(day, closed):
        return day, ""
    earlier = on_or_before(day, closed)
    if earlier >= said_on:
        return earlier, f"the last working day before {long_date(day)}"
    return on_or_after(day, closed), f"the first working day after {long_date(day)}"


def _finish(found: _Found, said_on: dt.date, closed: Collection[dt.date]) -> tuple[dt.date, _Found]:
    """The date to give, and the found reading with every note and alternative settled.
    A day that is the one they said it, or before it, is a guess: offer the later one."""
    day, moved = _settle(found.day, found.named, said_on, closed)
    notes, exact, alternative = found.notes, found.exact, found.alternative
    if found.day < said_on:
        notes, exact, alternative = notes + ("already passed when they said it",), False, found.later or alternative
    elif said_on in (found.day, day) and not found.means_today:
        forward = on_or_after(found.day, closed) if day < found.day else None  # moved back onto it
        exact = False
        alternative = found.later or (forward and _Alt(forward, f"the first working day after {long_date(found.day)}"))
        alternative = alternative or found.alternative
        if not moved:
            notes = ("the day they said it",) + notes
        else:
            moved += ", the day they said it" if found.day == said_on else ", and the day they said it"
    notes += (moved,) if moved else ()
    if alternative is not None:  # another day, and one still to come
        other = _settle(alternative.day, alternative.named, said_on, closed)[0]
        alternative = _Alt(other, alternative.reason) if other != day and other >= said_on else None
    return day, replace(found, exact=exact, notes=notes, alternative=alternative)


def _explain(matched: str, day: dt.date, note: str, alternative: _Alt | None) -> str:
    text = f"'{matched}' read as {long_date(day)}" + (f", {note}" if note else "")
    if alternative is not None:
        text += f"; if they meant {alternative.reason}, that is {long_date(alternative.day)}"
    return text


class _Hit(NamedTuple):
    row: int  # in _COMPILED
    m: re.Match[str]
    day: dt.date
    found: _Found


def _read(text: str, said_on: dt.date, closed: Collection[dt.date], first_row: int = 0) -> _Hit | None:
    """The first row, from ``first_row`` on, that reads the text."""
    for row in range(first_row, len(_COMPILED)):
        pattern, matcher = _COMPILED[row]
        for m in pattern.finditer(text):
            try:
                found = matcher(m, said_on, closed)
                if found is not None:
                    return _Hit(row, m, *_finish(found, said_on, closed))
            except OverflowError:  # a date past the year 9999: no reading
                continue
    return None


def _blank(text: str, m: re.Match[str]) -> str:
    """The text with a match's words blotted out, so positions still match the phrase. Not
    with spaces: what was read stays between its neighbours ("2" in "Round 2 next week" is
    not a number at the end of the phrase)."""
    return text[:m.start()] + "\x00" * (m.end() - m.start()) + text[m.end():]


def _left_out(text: str, said_on: dt.date, hit: _Hit,
              closed: Collection[dt.date]) -> tuple[list[tuple[int, int]], _Alt | None]:
    """Where the date words the reading did not use are, and what the first of them reads
    as on its own, when that is another day. More readings of the same day are not left out.
    The rows before the one that read the phrase read nothing in it, so they are not tried."""
    spans: list[tuple[int, int]] = []
    other = None
    for _ in range(_AGREEING):
        again = _read(text, said_on, closed, hit.row)
        if again is None:
            break
        if again.day != hit.day:
            spans.append(again.m.span())
            other = _Alt(again.day, f"'{' '.join(again.m[0].split())}'") if again.day >= said_on else None
            break
        text = _blank(text, again.m)
    spans += [m.span() for m in _UNREAD.finditer(text)]
    runs: list[list[int]] = []
    for start, end in sorted(spans):
        if runs and (start <= runs[-1][1] or _BETWEEN.fullmatch(text, runs[-1][1], start)):
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(start, end) for start, end in runs], other


def parse_timeline(phrase: str, said_on: dt.date, closed: Collection[dt.date] = _EMPTY) -> Reading | None:
    """The decision date the words point to, or ``None`` when we cannot tell.

    ``said_on`` is the day they said it (usually the interview day): "Friday" and "in two
    weeks" count from it. ``closed`` holds the days off (public holidays, say) that
    business-day counts skip and computed dates avoid.
    """
    text = phrase.translate(_TIDY)
    hit = _read(text, said_on, closed)
    if hit is None:
        return None
    m, day, found = hit.m, hit.day, hit.found
    matched = " ".join(phrase[m.start():m.end()].split())
    runs, other = _left_out(_blank(text, m), said_on, hit, closed)
    unread = [" ".join(phrase[start:end].split()) for start, end in runs]
    notes, exact, alternative = found.notes, found.exact, found.alternative
    if unread:
        notes += ("ignoring " + " and ".join(f"'{words}'" for words in unread),)
        exact, alternative = False, alternative or other
    note = "; ".join(notes)
    return Reading(date=day, explanation=_explain(matched, day, note, alternative), exact=exact, matched=matched,
                   note=note, alternative=alternative and alternative.day,
                   alternative_reason=alternative.reason if alternative else "", unread=", ".join(unread))
