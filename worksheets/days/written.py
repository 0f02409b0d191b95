"""How a person writes dates: which number comes first in "12/4" (the month, in the US), and
the names of months and weekdays. Shared by the reader of what they said (``reading/``) and
the box of days off, so both read a date the same way.
"""

from __future__ import annotations

from typing import Any, Mapping

#: Month names and the abbreviations people type, lower case.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: Weekday names and abbreviations, lower case. "sat" and "sun" are left out on purpose
#: ("we sat down", "the sun").
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "thr": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sunday": 6,
}


def month_first(values: Mapping[str, Any]) -> bool:
    """Whether the person writes numeric dates month first ("12/4" is 4 December): their
    English when they chose one ("us" or "gb"), else whether their country is the US.

    The one rule for every reader of a typed date (what they said, the days off)."""
    english = str(values.get("english") or "").lower()
    if english in ("us", "gb"):
        return english == "us"
    return str(values.get("country") or "").upper() == "US"


def orders(first: int, second: int, month_first: bool) -> list[tuple[int, int]]:
    """The (month, day) readings of "first/second": the person's order first, then the other
    when it differs; readings that cannot be a date (a 13th month) are left out."""
    readings = [(first, second), (second, first)] if month_first else [(second, first), (first, second)]
    found = []
    for month, day in readings:
        if 1 <= month <= 12 and 1 <= day <= 31 and (month, day) not in found:
            found.append((month, day))
    return found
