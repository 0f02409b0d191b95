"""Public holidays for the countries the worksheets offer, and the days people name when they
say when they will decide ("after Thanksgiving", "before the bank holiday"), read from
``holidays.json`` beside this module.

The build writes that file into the wheel for the years around the day it runs
(``build/python/holiday_data.py``), so a site built in any year has that year's holidays; the
copy in the source tree covers fixed years for CPython and the tests. Years the file does not
cover contribute no public holidays: :func:`covers` tells a caller so, and the pages say that
only weekends are skipped there. Named days on a fixed date (Christmas, New Year) are known in
every year.

Pure: reads only this package's own data file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Iterable, Mapping

FILE = "holidays.json"

#: Country code: name to show. GB means England and Wales; US means federal holidays.
#: The build's generator (build/python/holiday_data.py) holds the same codes.
COUNTRIES: dict[str, str] = {
    "AU": "Australia (national holidays)",
    "CA": "Canada (national holidays)",
    "DE": "Germany (national holidays)",
    "FR": "France",
    "GB": "United Kingdom: England and Wales",
    "IE": "Ireland",
    "IN": "India (national holidays)",
    "NL": "Netherlands",
    "NZ": "New Zealand (national holidays)",
    "US": "United States (federal holidays)",
}

_ALIASES = {"UK": "GB"}
ANY = "*"  # a named day's dates that hold in every country


def _day(packed: str) -> dt.date:
    return dt.date(int(packed[:4]), int(packed[4:6]), int(packed[6:8]))


@dataclass(frozen=True)
class NamedDay:
    """A day people name, with the words they use and its date by country and year.

    ``length`` days it lasts; ``through`` days after it offices often close too (the US
    Friday after Thanksgiving); ``eve`` days before it a break may start (Christmas Eve);
    ``early`` days from it that "in the new year" covers; ``brk`` the named period its
    "break" means. Each number may differ by country.
    """

    key: str
    name: str  # what a page calls it: "Thanksgiving", "the Christmas break"
    words: tuple[str, ...]
    fixed: Mapping[str, tuple[int, int]]  # country or ANY: (month, day) every year
    dated: Mapping[str, Mapping[int, dt.date]]  # country or ANY: year: date
    numbers: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    brk: str = ""

    def holds_in(self, country: str) -> bool:
        return any(code in self.fixed or code in self.dated for code in (ANY, country))

    def on(self, country: str, year: int) -> dt.date | None:
        """Its date in ``year`` where ``country``'s people mean it, or None when unknown."""
        for code in (country, ANY):
            if code in self.fixed:
                month, day = self.fixed[code]
                return dt.date(year, month, day)
            if code in self.dated:
                return self.dated[code].get(year)
        return None

    def number(self, name: str, country: str) -> int:
        """``length``, ``through``, ``eve`` or ``early`` where ``country``'s people mean it."""
        values = self.numbers.get(name, {})
        return values.get(country, values.get(ANY, 1 if name == "length" else 0))


@dataclass(frozen=True)
class Table:
    first_year: int
    last_year: int
    closed: Mapping[str, frozenset[dt.date]]
    named: tuple[NamedDay, ...]
    version: str = ""


def _named(entry: dict[str, Any]) -> NamedDay:
    fixed, dated = {}, {}
    for code, packed in entry["days"].items():
        if len(packed) == 4:
            fixed[code] = (int(packed[:2]), int(packed[2:]))
        else:
            days = [_day(word) for word in packed.split()]
            dated[code] = {day.year: day for day in reversed(days)}  # the first of a year wins
    numbers = {name: dict(entry[name]) for name in ("length", "through", "eve", "early") if name in entry}
    return NamedDay(entry["key"], entry.get("name", entry["key"]), tuple(entry["words"]), fixed, dated, numbers,
                    entry.get("break", ""))


def parse(data: dict[str, Any]) -> Table:
    closed = {code: frozenset(_day(word) for word in packed.split()) for code, packed in data["closed"].items()}
    return Table(int(data["first_year"]), int(data["last_year"]), closed,
                 tuple(_named(entry) for entry in data["named"]), data.get("holidays_version", ""))


@cache
def table() -> Table:
    """The data this package carries, or an empty table (weekends only) when it has none."""
    path = resources.files(__package__).joinpath(FILE)
    if not path.is_file():
        return Table(0, -1, {}, ())
    return parse(json.loads(path.read_text("utf-8")))


def code_of(country: str) -> str:
    return _ALIASES.get(country.upper(), country.upper())


def years() -> range:
    """The years whose public holidays are known."""
    found = table()
    return range(found.first_year, found.last_year + 1)


def covers(year: int) -> bool:
    return year in years()


def holidays_for(country: str, years: Iterable[int]) -> frozenset[dt.date]:
    """The public holidays of ``country`` (a code from :data:`COUNTRIES`) in ``years``.

    Years outside :func:`years` contribute nothing: check :func:`covers` and say that only
    weekends are skipped there, rather than failing the day the data runs out.
    """
    code = code_of(country)
    if code not in COUNTRIES:
        raise KeyError(f"no holidays for {country!r}; known: {', '.join(sorted(COUNTRIES))}")
    wanted = set(years)
    return frozenset(day for day in table().closed.get(code, frozenset()) if day.year in wanted)


def named_days() -> tuple[NamedDay, ...]:
    return table().named


def named(key: str) -> NamedDay | None:
    return next((day for day in table().named if day.key == key), None)
