"""What a matcher found, before the common finishing: the day, how sure, what else it could
have meant; and the checks every written date gets (the year it falls in, a weekday that
does not match it)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable, Collection, Optional

from .arithmetic import valid_date, weekday_number


@dataclass(frozen=True)
class Alt:
    """Another reading worth offering: its day, and what they would have meant by it."""

    day: dt.date
    reason: str  # completes "If they meant ...", see Reading.alternative_reason
    named: bool = True  # as Found.named


@dataclass(frozen=True)
class Found:
    """A matcher's answer, before the common finishing (moving off days off, explaining)."""

    day: dt.date
    exact: bool = True
    named: bool = True  # a named day keeps its date; a computed one moves to a business day
    notes: tuple[str, ...] = ()  # plain phrases, see Reading.note
    alternative: Alt | None = None  # offered whenever it is another day
    later: Alt | None = None  # offered instead when the day is the one it was said, or before it
    means_today: bool = False  # the words name the day it was said ("today"): no guess


Matcher = Callable[["re.Match[str]", dt.date, Collection[dt.date]], Optional[Found]]


def day_month(said_on: dt.date, day: int, month: int, year: int | None) -> tuple[dt.date | None, tuple[str, ...]]:
    """A day and month in the year given or, without one, the next time it comes round."""
    if year is not None:
        return valid_date(year, month, day), ()
    this_year = valid_date(said_on.year, month, day)
    if this_year is not None and this_year >= said_on:
        return this_year, ()
    next_year = valid_date(said_on.year + 1, month, day)
    return next_year, ("next year's, as this year's has passed",)


def year_after(day: dt.date, said_on: dt.date) -> Alt | None:
    """A written date whose year had passed: the same day and month, the next time round."""
    again = day_month(said_on, day.day, day.month, None)[0]
    return None if again is None else Alt(again, f"{again.year}")


def nearest_weekday(day: dt.date, weekday: int, said_on: dt.date) -> dt.date:
    """The ``weekday`` nearest ``day``, but not before the day it was said."""
    before = day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    nearest = before if (day - before).days <= 3 else before + dt.timedelta(days=7)
    return nearest if nearest >= said_on else before + dt.timedelta(days=7)


def check_weekday(m: re.Match[str], found: Found, said_on: dt.date) -> Found:
    """They wrote 'Friday 12 December' but the 12th is a Saturday: keep the date, say so,
    and offer the Friday nearest it."""
    named = m.groupdict().get("wd")
    if not named or weekday_number(named) == found.day.weekday():
        return found
    nearest = nearest_weekday(found.day, weekday_number(named), said_on)
    return replace(found, exact=False, notes=found.notes + (f"that is a {found.day:%A}, not a {nearest:%A}",),
                   alternative=found.alternative or Alt(nearest, f"{nearest:%A}"))
