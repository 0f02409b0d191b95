"""The days nobody is in the office to read a message: a country's public holidays and the
person's own days off (as they typed them), besides weekends.

Every date the worksheets suggest (a thank-you deadline, a follow-up, a feedback window)
skips these, so nothing is ever due on a day the reader is away.

Days off are read the way the person writes dates: "24/12/2026" is day first in the UK and
"12/24/2026" month first in the US (:func:`~worksheets.days.written.month_first`); names of
months ("24 Dec 2026", "Dec 24"), ISO dates ("2026-12-24") and ranges ("22/12/2026 to
2/1/2027", "24-26 Dec") too. A date without a year is the next one from the interview.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .holidays import COUNTRIES, code_of, covers, holidays_for, named_days
from .written import MONTHS, WEEKDAYS, month_first as writes_month_first, orders

#: The longest range of days off read from one piece of text: longer is surely a typo.
LONGEST_RANGE = 62

_MONTH = r"(?P<{}>[a-z]{{3,9}})\.?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*(?P<y>\d{4}))?"
_WEEKDAY = rf"(?:(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})[a-z]*\.?,?\s+)?"
_ONE = [  # one day, or a run of days in one month
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})(?:[/.-](?P<y>\d{4}|\d{2}))?$"),
    re.compile(rf"^{_WEEKDAY}(?P<d>\d{{1,2}}){_ORD}(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORD})?\s*(?:of\s+)?{_MONTH.format('mon')}{_YEAR}$"),
    re.compile(rf"^{_WEEKDAY}{_MONTH.format('mon')}\s*(?P<d>\d{{1,2}}){_ORD}(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORD})?{_YEAR}$"),
    re.compile(rf"^(?P<d>\d{{1,2}}){_ORD}$"),  # the first day of a range whose end names the month
]
_FOUR_DIGITS = re.compile(r"\d{4}")
#: Where one day or range ends and the next begins: a semicolon, a line, a comma (not the one before a year).
_BETWEEN = re.compile(r"[;\n]+|,(?!\s*\d{4}(?![\d/.-]))")
_FIGURES = re.compile(r"[\d/.\-]+(?:\s+[\d/.\-]+)+")
_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:\s(?:to|until|till|through|thru)\s|–|—|\s-\s)\s*(?P<b>.+)$")


def _year_for(month: int, day: int, around: dt.date | None) -> int | None:
    """The year of a day typed without one: the next time it comes round from about a month
    before ``around`` (days off are about the weeks after an interview)."""
    if around is None:
        return None
    start = around - dt.timedelta(days=31)
    for year in (start.year, start.year + 1):
        try:
            if dt.date(year, month, day) >= start:
                return year
        except ValueError:
            continue
    return None


def _date(year: int | None, month: int, day: int, around: dt.date | None) -> dt.date | None:
    year = year if year is not None else _year_for(month, day, around)
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) + 2000 if len(text) == 2 else int(text)


def _one(text: str, month_first: bool, around: dt.date | None, month: int | None = None,
         year: int | None = None) -> list[dt.date] | None:
    """The days one piece of text names (one, or a run "24-26 Dec"), or None."""
    text = " ".join(text.lower().split())
    for pattern in _ONE:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        found_year = _full_year(groups.get("y")) or year
        if "a" in groups:
            for mon, day in orders(int(m["a"]), int(m["b"]), month_first):
                found = _date(found_year, mon, day, around)
                if found:
                    return [found]
            return None
        if "m" in groups:
            found = _date(found_year, int(m["m"]), int(m["d"]), around)
            return [found] if found else None
        mon = MONTHS.get(groups["mon"]) if groups.get("mon") else month
        if mon is None:
            return None
        first = _date(found_year, mon, int(m["d"]), around)
        last = _date(first.year if first else found_year, mon, int(groups["d2"]), around) if groups.get("d2") else first
        if first is None or last is None:
            return None
        return _run(first, last)
    return None


def _run(first: dt.date, last: dt.date) -> list[dt.date] | None:
    if not first <= last <= first + dt.timedelta(days=LONGEST_RANGE):
        return None
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _piece(text: str, month_first: bool, around: dt.date | None) -> list[dt.date] | None:
    """A date, a run of days, or a range "22/12/2026 to 2/1/2027"; None when unreadable."""
    one = _one(text, month_first, around)
    if one is not None:
        return one
    m = _RANGE.match(text.strip())
    if not m:
        return None
    end = _one(m["b"], month_first, around)
    if not end:
        return None
    last = end[-1]
    start = _one(m["a"], month_first, around, month=last.month, year=last.year)
    if not start:
        return None
    first = start[0]
    if first > last and first.year == last.year and not _FOUR_DIGITS.search(m["a"]):
        first = first.replace(year=first.year - 1)  # "28 Dec to 2 Jan 2027": December of 2026
    return _run(first, last)


def blackout_days(text: str | None, *, month_first: bool = False,
                  around: dt.date | None = None) -> tuple[set[dt.date], list[str]]:
    """The person's own days off from free text: (dates, the pieces that are not dates).

    Pieces are separated by commas, semicolons or new lines (or spaces between numeric dates).
    ``month_first``: the person writes "12/24" for 24 December. ``around``: the interview
    day, which gives a year to dates typed without one (without it they are not read).
    """
    days: set[dt.date] = set()
    bad: list[str] = []
    for chunk in _BETWEEN.split(text or ""):
        chunk = chunk.strip()
        if not chunk:
            continue
        found = _piece(chunk, month_first, around)
        if found is None and _FIGURES.fullmatch(chunk):
            parts = [_piece(part, month_first, around) for part in chunk.split()]
            if all(parts):
                found = [day for part in parts for day in part or ()]
            else:
                bad += [part for part, read in zip(chunk.split(), parts) if not read]
                days.update(day for part in parts for day in part or ())
                continue
        if found is None:
            bad.append(chunk)
        else:
            days.update(found)
    return days, bad


def blackout_problem(bad: list[str], month_first: bool = False) -> str:
    """What to say about the first piece that could not be read, with examples in the
    person's own order of day and month; "" when all were read."""
    if not bad:
        return ""
    example = "12/24/2026" if month_first else "24/12/2026"
    span = "12/22/2026 to 1/2/2027" if month_first else "22/12/2026 to 2/1/2027"
    return (f"“{bad[0]}” isn't a date we can read. Write each day as a date such as {example} or "
            f"24 Dec 2026, or a range such as {span}, separated by commas.")


def own_days(values: dict[str, Any], around: dt.date | None) -> frozenset[dt.date]:
    """The person's own days off (``blackout``), read in their order from ``around``."""
    return frozenset(blackout_days(values.get("blackout"), month_first=writes_month_first(values), around=around)[0])


def closed_days(values: dict[str, Any], around: dt.date) -> frozenset[dt.date]:
    """Public holidays of the chosen country (a few years either side of ``around``), plus
    the person's own days off."""
    country = values.get("country") or ""
    public = holidays_for(country, range(around.year - 1, around.year + 3)) if country else frozenset()
    return public | own_days(values, around)


#: What a reason calls a named day when it is the day off itself (the reader's name for
#: "after Christmas" is the season's word).
DAY_OFF_NAMES = {"christmas": "Christmas Day"}
#: Named days that are never the holiday itself: a holiday kept on one of them is another
#: day's, moved off a weekend (US Christmas on Friday 24 December 2027), and is dated instead.
NOT_THE_HOLIDAY = frozenset({"christmas_eve", "new_years_eve"})


def holiday_names(values: dict[str, Any], around: dt.date) -> dict[dt.date, str]:
    """The names people use for the chosen country's public holidays near ``around`` (this
    year and the next), for reasons that pass over them: "not counting Christmas Day and
    Boxing Day". A holiday with no everyday name (a substitute day) is left out: it is dated."""
    country = code_of(str(values.get("country") or ""))
    if not country:
        return {}
    years = (around.year, around.year + 1)
    public = holidays_for(country, years) if country in COUNTRIES else frozenset()
    found: dict[dt.date, str] = {}
    for day in named_days():
        if day.number("length", country) != 1 or day.key in NOT_THE_HOLIDAY:
            continue
        for year in years:
            on = day.on(country, year)
            if on in public and on not in found:
                found[on] = DAY_OFF_NAMES.get(day.key, day.name)
    return found


def days_off_problem(values: dict[str, Any]) -> str:
    """What to say about the days-off box of an answer (``blackout``), read in the person's
    order from the interview day; "" when every piece was read."""
    around = values.get("date") if isinstance(values.get("date"), dt.date) else None
    bad = blackout_days(values.get("blackout"), month_first=writes_month_first(values), around=around)[1]
    return blackout_problem(bad, writes_month_first(values))


def holiday_gap(values: dict[str, Any], *days: dt.date) -> str:
    """A sentence when the chosen country's public holidays are not known for the years of
    ``days`` (a site built long ago): only weekends are skipped there. "" otherwise."""
    if not values.get("country"):
        return ""
    missing = sorted({day.year for day in days if not covers(day.year)})
    if not missing:
        return ""
    years = " and ".join(str(year) for year in missing)
    return f"Public holidays in {years} are not known to this copy of the site, so only weekends are skipped then."
