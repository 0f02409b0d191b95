"""Dates written the way people read them, in plain English."""

from __future__ import annotations

import datetime as dt


def long_date(day: dt.date) -> str:
    """'Tuesday 9 December 2026'."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: dt.date) -> str:
    """'Tue 9 Dec'."""
    return f"{day:%a} {day.day} {day:%b}"


def clock(time: dt.time) -> str:
    """24-hour clock, '09:30': unambiguous wherever the reader lives."""
    return f"{time:%H:%M}"


def on_day(day: dt.date, today: dt.date | None) -> str:
    """'today (…)', 'tomorrow (…)', or 'on Monday 7 December 2026': to follow a verb."""
    words = relative(day, today)
    return words if words.startswith(("today", "tomorrow")) else f"on {words}"


def relative(day: dt.date, today: dt.date | None) -> str:
    """'today', 'tomorrow', or the long date."""
    if today is not None:
        if day == today:
            return f"today ({long_date(day)})"
        if day == today + dt.timedelta(days=1):
            return f"tomorrow ({long_date(day)})"
    return long_date(day)
