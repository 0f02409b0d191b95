"""Small date arithmetic the reader shares: weeks run Monday to Sunday, months end on their
last day, quarters are calendar quarters, and the parts of a period ("early", "mid", "end
of") are read at their latest day."""

from __future__ import annotations

import datetime as dt

DAY = dt.timedelta(days=1)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday-to-Sunday week ``day`` is in."""
    monday = monday_of(day)
    return monday, monday + dt.timedelta(days=6)


def this_week(said_on: dt.date) -> tuple[dt.date, dt.date]:
    """The working week of the day it was said; at a weekend, the week ahead."""
    return week_of(said_on + dt.timedelta(days=2 if said_on.weekday() >= 5 else 0))


def next_week(said_on: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday-to-Sunday week after this one (at a weekend, the week ahead too)."""
    if said_on.weekday() >= 5:
        return this_week(said_on)
    return week_of(said_on + dt.timedelta(days=7))


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - DAY


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_end(year, month)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day when it is shorter."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, index + 1, min(day.day, month_end(year, index + 1).day))


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def next_on_weekday(after: dt.date, weekday: int, today_counts: bool = False) -> dt.date:
    """The first ``weekday`` after ``after`` (or ``after`` itself, if ``today_counts``)."""
    ahead = (weekday - after.weekday()) % 7
    return after + dt.timedelta(days=7 if ahead == 0 and not today_counts else ahead)


def next_nth(start: dt.date, wanted: int) -> dt.date | None:
    """The first day numbered ``wanted`` on or after ``start``, skipping months too short."""
    for months in range(13):
        first = add_months(start.replace(day=1), months)
        day = valid_date(first.year, first.month, wanted)
        if day is not None and day >= start:
            return day
    return None


def nth(day: int) -> str:
    """'1st', '2nd', '11th', '23rd'."""
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


#: Where in a period each part ends, as the day of a week (Monday 0), of a month, or the
#: fraction of a longer period: "early next week" is its Tuesday, "mid-January" the 20th.
PART_OF_WEEK = {"early": 1, "first half": 2, "mid": 2, "late": 4, "end": 4}
PART_OF_MONTH = {"early": 10, "first half": 15, "mid": 20}
PART_OF_LONG = {"early": 1 / 3, "first half": 1 / 2, "mid": 2 / 3}


def part_end(first: dt.date, last: dt.date, part: str, kind: str) -> dt.date:
    """The latest day of ``part`` ("early", "mid", "late", "end", "first half") of a period."""
    if part in ("end", "late"):
        return last if kind != "week" else first + dt.timedelta(days=4)
    if kind == "week":
        return first + dt.timedelta(days=PART_OF_WEEK[part])
    if kind == "month":
        return first.replace(day=PART_OF_MONTH[part])
    length = (last - first).days + 1
    months = round(PART_OF_LONG[part] * length / 30.4)
    if months >= 1 and first.day == 1:  # early in a quarter, a season, a year: the end of a month
        return add_months(first, months) - DAY
    return first + dt.timedelta(days=max(0, round(PART_OF_LONG[part] * length) - 1))
