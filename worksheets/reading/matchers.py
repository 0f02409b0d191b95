"""The matchers, one per kind of phrase: each turns a regular-expression match into what it
found (:class:`~worksheets.reading.found.Found`), or ``None`` when the words are not a date
after all. :mod:`~worksheets.reading.patterns` says which matcher reads which words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Collection

from ..days.business import add_business_days
from .arithmetic import add_months, month_end, next_week, quantity, this_week, valid_date, weekday_number, year_of
from .found import Alt, Found, check_weekday, day_month, year_after
from .vocabulary import AFTER_A_MONTH, MONTHS, PART_OF_MONTH


def read_iso(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found | None:
    day = valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return None if day is None else Found(day, later=year_after(day, said_on))


def read_numeric(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found | None:
    """Day/month; month/day only when day/month is impossible. When both are possible,
    month/day is offered."""
    first, second, year = int(m["a"]), int(m["b"]), year_of(m["y"])
    day, notes = day_month(said_on, first, second, year)
    other, other_notes = day_month(said_on, second, first, year) if first != second else (None, ())
    if day is None and other is None:
        return None
    if day is None:
        found = Found(other, exact=False, notes=(f"taken as month/day, as {second} cannot be a month",) + other_notes)
    elif other is None:
        found = Found(day, notes=notes)
    else:
        found = Found(day, exact=False, notes=("taken as day/month",) + notes, alternative=Alt(other, "month/day"))
    return check_weekday(m, replace(found, later=year_after(found.day, said_on)), said_on)


def read_named_month(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found | None:
    day, notes = day_month(said_on, int(m["d"]), MONTHS[m["mon"].lower()[:3]], year_of(m["y"]))
    if day is None:
        return None
    return check_weekday(m, Found(day, notes=notes, later=year_after(day, said_on)), said_on)


def _month_span_end(said_on: dt.date, month: int, words: str, year: int | None) -> dt.date:
    """The last day of a part of a month in the year given or, without one, the next such
    part that has not yet passed."""
    for candidate in ((year,) if year else (said_on.year, said_on.year + 1)):
        end = month_end(candidate, month)
        day = end.replace(day=PART_OF_MONTH[words]) if words else end
        if year or day >= said_on:
            break
    return day


def read_part_of_month(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    """'end of December', 'mid-January', 'in March': that month, read at the span's end."""
    month = MONTHS[m["mon"].lower()[:3]]
    part = (m.groupdict().get("part") or "").lower()
    words = next((w for w in PART_OF_MONTH if w in part), "")
    year = year_of(m["y"])
    day = _month_span_end(said_on, month, words, year)
    again = _month_span_end(said_on, month, words, None)
    later = Alt(again, f"{again.year}", named=False) if year else None
    if words:
        return Found(day, exact=False, named=False, notes=(f"{words} {day:%B} at its latest",), later=later)
    if "end" in part:
        return Found(day, named=False, later=later)
    return Found(day, exact=False, named=False, notes=("the end of that month",), later=later)


def nth(day: int) -> str:
    """'1st', '2nd', '11th', '23rd'."""
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def next_nth(start: dt.date, wanted: int) -> dt.date | None:
    """The first day numbered ``wanted`` on or after ``start``, skipping months too short."""
    for months in range(13):
        first = add_months(start.replace(day=1), months)
        day = valid_date(first.year, first.month, wanted)
        if day is not None and day >= start:
            return day
    return None


def read_ordinal(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found | None:
    """'by the 12th', 'Wednesday 9th': the next 12th on or after the day it was said,
    skipping short months; 'the 9th of next month' is next month's. 'The 9th or 10th' is
    the later of the two. A weekday that does not match is kept and flagged."""
    groups = m.groupdict()
    if AFTER_A_MONTH.search(m.string, max(0, m.start("d") - 20), m.start("d")):
        return None  # "Feb 30th": no such day
    wanted = [int(re.match(r"\d+", g)[0]) for g in (groups["d"], groups.get("d2")) if g]
    which = (groups.get("which") or "").lower()
    if which in ("this", "next"):
        first = add_months(said_on.replace(day=1), 1 if which == "next" else 0)
        days = [valid_date(first.year, first.month, n) for n in wanted]
    else:  # the second of two counts from the first: "the 30th or 1st" is the 1st after it
        days = [next_nth(said_on, wanted[0])]
        days += [next_nth(days[0], n) for n in wanted[1:] if days[0]]
    if None in days or len(days) < len(wanted):
        return None
    day = max(days)
    again = next_nth(max(day, said_on) + dt.timedelta(days=1), day.day)
    later = again and Alt(again, f"the {nth(again.day)} of {again:%B}")
    if len(days) == 2:
        return Found(day, exact=False, notes=("the later of the two",),
                      alternative=Alt(min(days), f"the {nth(min(days).day)}"), later=later)
    return check_weekday(m, Found(day, later=later), said_on)


def read_week_after_next(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    return Found(next_week(said_on, 4) + dt.timedelta(days=7), exact=False, named=False,
                  notes=("the end of that week",))


def read_weekday_of_next_week(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    return Found(next_week(said_on, weekday_number(m["wd"] or m["wd2"])))


def read_part_of_next_week(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    part = m["part"].lower()
    if "end" in part:
        return Found(next_week(said_on, 4), named=False)
    if part.startswith("late"):
        return Found(next_week(said_on, 4), exact=False, named=False, notes=("the end of that week",))
    if "mid" in part:
        return Found(next_week(said_on, 2), exact=False, named=False, notes=("the middle of that week",))
    return Found(next_week(said_on, 1), exact=False, named=False, notes=("the start of that week at its latest",))


def read_next_week_plain(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    return Found(next_week(said_on, 4), exact=False, named=False,
                  notes=("the end of that week, so you don't follow up too soon",))


def read_this_week_end(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    exact = bool(m["end"])
    return Found(this_week(said_on, 4), exact=exact, named=False, notes=() if exact else ("the end of the week",),
                  later=Alt(next_week(said_on, 4), "the end of next week", named=False))


def read_month_phrase(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    which = (m["which"] or m["which2"] or m["which3"]).lower()
    first = add_months(said_on.replace(day=1), 1 if which == "next" else 0)
    exact = bool(m["end"])
    after = add_months(first, 1)
    return Found(month_end(first.year, first.month), exact=exact, named=False,
                  notes=() if exact else ("the end of that month",),
                  later=Alt(month_end(after.year, after.month), "the end of next month", named=False))


def _coming(said_on: dt.date, weekday: int, today_counts: bool = False) -> dt.date:
    """The next ``weekday`` after the day it was said (or that day, if ``today_counts``)."""
    ahead = (weekday - said_on.weekday()) % 7
    return said_on + dt.timedelta(days=7 if ahead == 0 and not today_counts else ahead)


def read_next_weekday(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    weekday = weekday_number(m["wd"])
    coming = _coming(said_on, weekday)
    return Found(next_week(said_on, weekday), exact=False, notes=("the one next week",),
                  alternative=Alt(coming, f"the coming {coming:%A}"))


def read_weekday(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    """'Monday or Tuesday' is the later of the two."""
    found = [_coming(said_on, weekday_number(word), bool(m["this"])) for word in filter(None, (m["wd"], m["wd2"]))]
    if len(found) == 2:
        return Found(max(found), exact=False, notes=("the later of the two",),
                      alternative=Alt(min(found), f"{min(found):%A}"))
    return Found(found[0], later=Alt(found[0] + dt.timedelta(days=7), f"{found[0]:%A} next week"))


def span_from(said_on: dt.date, closed: Collection[dt.date], count: int, unit: str, kind: str,
          vague: bool) -> Found:
    if unit.startswith("fortnight"):
        count, unit = count * 2, "week"
    if unit.startswith("week"):
        return Found(said_on + dt.timedelta(weeks=count), exact=not vague, named=False)
    if unit.startswith("month"):
        return Found(add_months(said_on, count), exact=not vague, named=False)
    calendar = said_on + dt.timedelta(days=count)
    if kind == "calendar":
        return Found(calendar, exact=not vague, named=False)
    day = add_business_days(said_on, count, closed)
    if kind:
        return Found(day, exact=not vague)
    days = f"{count} {'day' if count == 1 else 'days'}"
    return Found(day, exact=False, notes=(f"counting {days.replace(' ', ' business ')}",),
                  alternative=Alt(calendar, f"{days.replace(' ', ' calendar ')}", named=False))


def read_a_unit_or_two(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    return span_from(said_on, closed, 2, m["unit"].lower(), "", vague=True)


def read_duration(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found | None:
    count, vague = quantity(m["n"])
    if m["n2"]:
        count, vague = max(count, quantity(m["n2"])[0]), True
    if not 0 < count <= 366:
        return None
    return span_from(said_on, closed, count, m["unit"].lower(), (m["kind"] or "").lower(), vague)


def read_relative_day(m: re.Match[str], said_on: dt.date, closed: Collection[dt.date]) -> Found:
    word = " ".join(m["word"].lower().split())
    ahead = 2 if word.endswith("after tomorrow") else 1 if word == "tomorrow" else 0
    return Found(said_on + dt.timedelta(days=ahead), means_today=ahead == 0)
