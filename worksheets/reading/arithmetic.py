"""Small date arithmetic the matchers share (weeks run Monday to Sunday, months end on their
last day), and the few words that become numbers."""

from __future__ import annotations

import datetime as dt

from .vocabulary import NUMBERS, VAGUE, WEEKDAYS


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def this_week(day: dt.date, weekday: int) -> dt.date:
    """``weekday`` of the working week ``day`` is in; at a weekend, of the week ahead."""
    monday = monday_of(day) + dt.timedelta(days=7 if day.weekday() >= 5 else 0)
    return monday + dt.timedelta(days=weekday)


def next_week(day: dt.date, weekday: int) -> dt.date:
    """``weekday`` of the Monday-to-Sunday week after the one ``day`` is in."""
    return monday_of(day) + dt.timedelta(days=7 + weekday)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day when it is shorter."""
    year, index = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, index + 1, min(day.day, month_end(year, index + 1).day))


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.rstrip(".").lower()]


def year_of(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def quantity(word: str) -> tuple[int, bool]:
    """The number a quantity word stands for, and whether it was vague."""
    word = " ".join(word.lower().split())
    for vague, value in VAGUE.items():
        if vague in word:
            return value, True
    return (int(word), False) if word.isdigit() else (NUMBERS[word], False)
