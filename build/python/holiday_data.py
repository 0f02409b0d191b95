"""The holiday data the browser's Python reads: each offered country's public holidays, and
the days people name ("after Thanksgiving", "before the bank holiday") with the words they
use, for the years around the build. Written into the worksheets wheel as
``worksheets/days/holidays.json`` (read by :mod:`worksheets.days.holidays`).

The browser cannot carry the ``holidays`` package (hundreds of country modules), and the
worksheets need only a few countries and a few years, so the build computes them here, every
time it runs: a site built in any year ships that year's data, and never runs out. The same
file, for the fixed years :data:`SOURCE_YEARS`, is kept in the source tree for CPython (the
tests, a checkout without a build); ``scripts/generate_holiday_table.py`` rewrites it and a
unit test fails when it is stale.

The output depends only on the ``holidays`` version, ``holiday_names.toml`` and the years:
countries and days are written in a fixed order, so the same inputs give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
import warnings
from pathlib import Path
from typing import Any, Iterable

import holidays
from dateutil.easter import easter

#: Country code: (name shown to people, arguments for holidays.country_holidays for its days off).
#: Keep the codes and names in step with worksheets/days/holidays.py COUNTRIES (a test checks).
COUNTRIES: dict[str, tuple[str, dict[str, Any]]] = {
    "AU": ("Australia (national holidays)", {}),
    "CA": ("Canada (national holidays)", {}),
    "DE": ("Germany (national holidays)", {}),
    "FR": ("France", {}),
    "GB": ("United Kingdom: England and Wales", {"subdiv": "ENG"}),
    "IE": ("Ireland", {}),
    "IN": ("India (national holidays)", {}),
    "NL": ("Netherlands", {}),
    "NZ": ("New Zealand (national holidays)", {}),
    "US": ("United States (federal holidays)", {}),
}

#: Where the names of days people mention but offices may not close for are found: Canada's
#: Thanksgiving and Victoria Day are Ontario's, not national.
NAMED_OPTIONS: dict[str, dict[str, Any]] = {"CA": {"subdiv": "ON"}}

NAMES = Path(__file__).with_name("holiday_names.toml")
#: Where the file goes, inside the worksheets package.
FILE = "days/holidays.json"
#: The years of the copy kept in the source tree, for CPython and the tests.
SOURCE_YEARS = range(2024, 2033)

_RULE = re.compile(r"^(?P<base>\d\d-\d\d|.+?)(?:(?P<sign>[+-])(?P<days>\d+))?$")
_NUMBERS = ("length", "through", "eve", "early")


def years_around(today: dt.date) -> range:
    """The years a build ships: the last one (for an interview just before New Year), this
    one and the three after it (a decision "after Easter" said in December)."""
    return range(today.year - 1, today.year + 4)


def _package(code: str, years: Iterable[int], named: bool = False) -> holidays.HolidayBase:
    options = dict(COUNTRIES[code][1])
    if named:
        options.update(NAMED_OPTIONS.get(code, {}))
    with warnings.catch_warnings():  # "available only from 2001 to 2035": those years give what they can
        warnings.simplefilter("ignore")
        return holidays.country_holidays(code, years=list(years), **options)


def _names(day_names: str) -> list[str]:
    """"Independence Day; Prophet's Birthday (estimated)" -> both names, without notes;
    observed (substitute) days are not the day itself, so they are left out."""
    return [re.sub(r"\s*\([^)]*\)$", "", name).strip() for name in day_names.split("; ") if "(observed)" not in name]


def _dates(rule: str, code: str, years: range) -> list[dt.date] | str:
    """The dates a rule gives in ``years``, or "MMDD" for a fixed day of every year."""
    m = _RULE.match(rule)
    assert m, rule
    base, shift = m["base"].strip(), int(m["days"] or 0) * (-1 if m["sign"] == "-" else 1)
    if re.fullmatch(r"\d\d-\d\d", base) and not shift:
        return base.replace("-", "")
    if re.fullmatch(r"\d\d-\d\d", base):
        found = [dt.date(year, int(base[:2]), int(base[3:])) for year in years]
    elif base == "easter":
        found = [easter(year) for year in years]
    else:  # years the package does not know (India's lunar days end in 2035) are left out
        package = _package(code, years, named=True)
        found = sorted(day for day, names in package.items() if base in _names(names) and day.year in years)
    return [day + dt.timedelta(days=shift) for day in found]


def _packed(days: list[dt.date] | str) -> str:
    return days if isinstance(days, str) else " ".join(f"{day:%Y%m%d}" for day in days)


def named_days(years: range) -> list[dict[str, Any]]:
    """Every named day of holiday_names.toml with its dates in ``years``, by country ("*": all)."""
    table = tomllib.loads(NAMES.read_text("utf-8"))
    found = []
    for key, spec in table.items():
        rules = {"*": spec["all"]} if "all" in spec else {code: spec[code] for code in COUNTRIES if code in spec}
        unknown = set(spec) - {"name", "words", "all", "break", *_NUMBERS, *COUNTRIES}
        if unknown or not rules:
            raise ValueError(f"holiday_names.toml [{key}]: unknown {sorted(unknown)} or no date")
        days = {code: _packed(_dates(rule, "US" if code == "*" else code, years)) for code, rule in rules.items()}
        entry: dict[str, Any] = {"key": key, "name": spec["name"], "words": spec["words"],
                                 "days": {c: d for c, d in days.items() if d}}
        for number in _NUMBERS:
            if number in spec:
                entry[number] = spec[number] if isinstance(spec[number], dict) else {"*": spec[number]}
        if "break" in spec:
            if spec["break"] not in table:
                raise ValueError(f"holiday_names.toml [{key}]: break {spec['break']!r} is not a named day")
            entry["break"] = spec["break"]
        found.append(entry)
    return found


def closed_days(years: range) -> dict[str, str]:
    """Each country's public holidays in ``years``, observed substitute days included (offices
    close on those), as "YYYYMMDD" words."""
    return {code: _packed(sorted(day for day in _package(code, years) if day.year in years)) for code in COUNTRIES}


def generate(years: range) -> dict[str, Any]:
    return {
        "about": f"Generated from the holidays package {holidays.__version__} and build/python/holiday_names.toml "
                 f"for {years.start}-{years.stop - 1}. Do not edit: see build/python/holiday_data.py.",
        "holidays_version": holidays.__version__,
        "first_year": years.start,
        "last_year": years.stop - 1,
        "closed": closed_days(years),
        "named": named_days(years),
    }


def render(years: range) -> bytes:
    """The file's bytes: one line a country and a named day, so a diff shows what changed."""
    data = generate(years)
    compact = {"separators": (",", ":"), "ensure_ascii": False}
    head = [f"{json.dumps(k)}:{json.dumps(data[k], **compact)}" for k in ("about", "holidays_version", "first_year", "last_year")]
    closed = ",\n".join(f"  {json.dumps(code)}:{json.dumps(days)}" for code, days in data["closed"].items())
    named = ",\n".join(f"  {json.dumps(entry, **compact)}" for entry in data["named"])
    return ("{\n" + ",\n".join(head) + ',\n"closed":{\n' + closed + '\n},\n"named":[\n' + named + "\n]\n}\n").encode("utf-8")


def wheel_files(today: dt.date) -> dict[str, bytes]:
    """The generated file for the worksheets wheel, for the years around ``today`` (the build's day)."""
    return {FILE: render(years_around(today))}
