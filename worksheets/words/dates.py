"""Dates and times written the way the reader writes them, in their own English.

British English (the UK, Ireland, Australia, New Zealand, India; Canada by default) writes
"Tuesday 9 December", "Tue 9 Dec", "14:30" and 9/12/2026; American English writes "Tuesday,
December 9", "Tue, Dec 9", "2:30 PM" and 12/9/2026. Every function takes the English
(``"gb"`` or ``"us"``); British is the default only so that code that does not yet know the
person still writes a whole date.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

English = Literal["gb", "us"]
ENGLISHES: tuple[English, ...] = ("gb", "us")


def day_month(day: dt.date, english: English = "gb") -> str:
    """'Tuesday 9 December' / 'Tuesday, December 9': a date this year, in running text."""
    return f"{day:%A}, {day:%B} {day.day}" if english == "us" else f"{day:%A} {day.day} {day:%B}"


def long_date(day: dt.date, english: English = "gb") -> str:
    """'Tuesday 9 December 2026' / 'Tuesday, December 9, 2026'."""
    return f"{day_month(day, english)}, {day.year}" if english == "us" else f"{day_month(day, english)} {day.year}"


def short_date(day: dt.date, english: English = "gb") -> str:
    """'Tue 9 Dec' / 'Tue, Dec 9'."""
    return f"{day:%a}, {day:%b} {day.day}" if english == "us" else f"{day:%a} {day.day} {day:%b}"


def numeric_date(day: dt.date, english: English = "gb") -> str:
    """'9/12/2026' / '12/9/2026': the order the reader types dates in."""
    return f"{day.month}/{day.day}/{day.year}" if english == "us" else f"{day.day}/{day.month}/{day.year}"


def clock(time: dt.time, english: English = "gb") -> str:
    """'14:30' (and '09:30') / '2:30 PM' (and '9:30 AM'); noon is '12:00 PM'."""
    if english == "us":
        hour = time.hour % 12 or 12
        return f"{hour}:{time.minute:02d} {'AM' if time.hour < 12 else 'PM'}"
    return f"{time:%H:%M}"


def on_day(day: dt.date, today: dt.date | None, english: English = "gb") -> str:
    """'today (…)', 'tomorrow (…)', or 'on Monday 7 December 2026': to follow a verb."""
    words = relative(day, today, english)
    return words if words.startswith(("today", "tomorrow")) else f"on {words}"


def relative(day: dt.date, today: dt.date | None, english: English = "gb") -> str:
    """'today', 'tomorrow', or the long date."""
    if today is not None:
        if day == today:
            return f"today ({long_date(day, english)})"
        if day == today + dt.timedelta(days=1):
            return f"tomorrow ({long_date(day, english)})"
    return long_date(day, english)
