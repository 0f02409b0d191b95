"""Settling a reading: a computed date moves off a day off, a day that is the one it was said
(or before it) is a guess with the later reading offered, and the whole is said in one line."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Collection

from ..days.business import is_business_day, on_or_after, on_or_before
from ..words.dates import long_date
from .found import Alt, Found


def settle(day: dt.date, named: bool, said_on: dt.date, closed: Collection[dt.date]) -> tuple[dt.date, str]:
    """Move a computed date that falls on a day off to the last business day before it, or,
    when that would be before the day it was said, to the next one after it; say so."""
    if day < said_on or named or is_business_day(day, closed):
        return day, ""
    earlier = on_or_before(day, closed)
    if earlier >= said_on:
        return earlier, f"the last working day before {long_date(day)}"
    return on_or_after(day, closed), f"the first working day after {long_date(day)}"


def finish(found: Found, said_on: dt.date, closed: Collection[dt.date]) -> tuple[dt.date, Found]:
    """The date to give, and the found reading with every note and alternative settled.
    A day that is the one they said it, or before it, is a guess: offer the later one."""
    day, moved = settle(found.day, found.named, said_on, closed)
    notes, exact, alternative = found.notes, found.exact, found.alternative
    if found.day < said_on:
        notes, exact, alternative = notes + ("already passed when they said it",), False, found.later or alternative
    elif said_on in (found.day, day) and not found.means_today:
        forward = on_or_after(found.day, closed) if day < found.day else None  # moved back onto it
        exact = False
        alternative = found.later or (forward and Alt(forward, f"the first working day after {long_date(found.day)}"))
        alternative = alternative or found.alternative
        if not moved:
            notes = ("the day they said it",) + notes
        else:
            moved += ", the day they said it" if found.day == said_on else ", and the day they said it"
    notes += (moved,) if moved else ()
    if alternative is not None:  # another day, and one still to come
        other = settle(alternative.day, alternative.named, said_on, closed)[0]
        alternative = Alt(other, alternative.reason) if other != day and other >= said_on else None
    return day, replace(found, exact=exact, notes=notes, alternative=alternative)


def explain(matched: str, day: dt.date, note: str, alternative: Alt | None) -> str:
    text = f"'{matched}' read as {long_date(day)}" + (f", {note}" if note else "")
    if alternative is not None:
        text += f"; if they meant {alternative.reason}, that is {long_date(alternative.day)}"
    return text
