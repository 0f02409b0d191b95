"""Business-day arithmetic: weekends, and any dates the caller says are not working days.

Holidays are passed in as a set of dates (a country's public holidays, the user's own
blackout dates) rather than looked up here, so this module stays tiny and testable.
"""

from __future__ import annotations

import datetime as dt
from typing import Collection

_EMPTY: frozenset[dt.date] = frozenset()


def is_business_day(day: dt.date, closed: Collection[dt.date] = _EMPTY) -> bool:
    return day.weekday() < 5 and day not in closed


def next_business_day(day: dt.date, closed: Collection[dt.date] = _EMPTY) -> dt.date:
    """The first business day strictly after ``day``."""
    day += dt.timedelta(days=1)
    while not is_business_day(day, closed):
        day += dt.timedelta(days=1)
    return day


def add_business_days(day: dt.date, count: int, closed: Collection[dt.date] = _EMPTY) -> dt.date:
    """``count`` business days after ``day`` (``day`` itself never counts)."""
    if count < 0:
        raise ValueError("count must be zero or more")
    for _ in range(count):
        day = next_business_day(day, closed)
    return day


def on_or_after(day: dt.date, closed: Collection[dt.date] = _EMPTY) -> dt.date:
    """``day`` if it is a business day, else the next one."""
    return day if is_business_day(day, closed) else next_business_day(day, closed)


def previous_business_day(day: dt.date, closed: Collection[dt.date] = _EMPTY) -> dt.date:
    """The last business day strictly before ``day``."""
    day -= dt.timedelta(days=1)
    while not is_business_day(day, closed):
        day -= dt.timedelta(days=1)
    return day


def on_or_before(day: dt.date, closed: Collection[dt.date] = _EMPTY) -> dt.date:
    """``day`` if it is a business day, else the last one before it: "by the end of the
    week" means the last day the office is open, not the Saturday."""
    return day if is_business_day(day, closed) else previous_business_day(day, closed)
