"""The corpus of things recruiters say about when you will hear (tests/corpus/timelines.txt),
read by the reader and scored: exact, near (within three days, or a guess that offers the
right date as its other reading), wrong, unread.

    .venv/bin/python -m tests.support.corpus     # print the table and the misses

The file is data, not code: see its header for the five fields of a case.
"""

from __future__ import annotations

import datetime as dt
import inspect
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from tests.support.repo import ROOT

FILE = ROOT / "tests" / "corpus" / "timelines.txt"
OUTCOMES = ("exact", "near", "wrong", "unread")
NEAR_DAYS = 3


@dataclass(frozen=True)
class Case:
    group: str
    said_on: dt.date
    country: str
    phrase: str
    expected: dt.date | None  # None: the words give no date
    guess_ok: bool
    line: int


@dataclass(frozen=True)
class Scored:
    case: Case
    outcome: str  # one of OUTCOMES
    confident_wrong: bool
    got: Any  # the reading, or None


def load(path: Path = FILE) -> list[Case]:
    cases, group = [], ""
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        line = raw.strip()
        if line.startswith("## "):
            group = line[3:].strip()
            continue
        if not line or line.startswith("#"):
            continue
        fields = [part.strip() for part in line.split(" | ")]
        if len(fields) != 5:
            raise ValueError(f"{path.name}:{number}: expected 5 fields split by ' | ', got {len(fields)}")
        said, country, phrase, expected, sure = fields
        if sure not in ("sure", "guess"):
            raise ValueError(f"{path.name}:{number}: the last field is 'sure' or 'guess', not {sure!r}")
        cases.append(Case(group, dt.date.fromisoformat(said), country, phrase,
                          None if expected == "none" else dt.date.fromisoformat(expected), sure == "guess", number))
    return cases


def _reader() -> Callable[[Case], Any]:
    """parse_timeline with the case's country and English, when it takes them."""
    from worksheets.days.holidays import holidays_for
    from worksheets.reading.reader import parse_timeline

    takes = inspect.signature(parse_timeline).parameters

    def read(case: Case) -> Any:
        years = range(case.said_on.year - 1, case.said_on.year + 3)
        closed = holidays_for(case.country, years) if case.country else frozenset()
        options = {}
        if "country" in takes:
            options["country"] = case.country
        if "month_first" in takes:
            options["month_first"] = case.country == "US"
        return parse_timeline(case.phrase, case.said_on, closed, **options)

    return read


def score(case: Case, reading: Any) -> Scored:
    if case.expected is None:
        return Scored(case, "exact" if reading is None else "wrong", bool(reading and reading.exact), reading)
    if reading is None:
        return Scored(case, "unread", False, None)
    if reading.date == case.expected:
        return Scored(case, "exact" if reading.exact or case.guess_ok else "near", False, reading)
    near = abs((reading.date - case.expected).days) <= NEAR_DAYS or (
        not reading.exact and reading.alternative == case.expected)
    return Scored(case, "near" if near else "wrong", bool(reading.exact), reading)


def run(cases: Iterable[Case] | None = None) -> list[Scored]:
    read = _reader()
    return [score(case, read(case)) for case in (load() if cases is None else cases)]


def table(results: list[Scored]) -> str:
    """Counts by group and in all, with percentages in the last line."""
    groups: dict[str, list[Scored]] = {}
    for result in results:
        groups.setdefault(result.case.group, []).append(result)
    width = max(len(name) for name in [*groups, "all"]) + 2
    head = f"{'group':<{width}}" + "".join(f"{o:>8}" for o in OUTCOMES) + f"{'cases':>8}{'sure-wrong':>12}"
    lines = [head, "-" * len(head)]
    for name, rows in [*groups.items(), ("all", results)]:
        counts = [sum(r.outcome == o for r in rows) for o in OUTCOMES]
        lines.append(f"{name:<{width}}" + "".join(f"{c:>8}" for c in counts) + f"{len(rows):>8}"
                     + f"{sum(r.confident_wrong for r in rows):>12}")
    total = len(results) or 1
    lines.append(f"{'share':<{width}}" + "".join(
        f"{100 * sum(r.outcome == o for r in results) / total:>7.1f}%" for o in OUTCOMES))
    return "\n".join(lines)


def misses(results: list[Scored]) -> str:
    """Every case not read exactly, with what it got."""
    lines = []
    for r in results:
        if r.outcome == "exact":
            continue
        got = "nothing" if r.got is None else f"{r.got.date} {'sure' if r.got.exact else 'guess'}"
        if r.got is not None and r.got.alternative:
            got += f" (or {r.got.alternative})"
        flag = " CONFIDENT" if r.confident_wrong else ""
        lines.append(f"{r.outcome:>6}{flag}: [{r.case.said_on} {r.case.country}] {r.case.phrase!r} "
                     f"wants {r.case.expected or 'none'}, got {got}")
    return "\n".join(lines)


def main() -> int:
    results = run()
    print(table(results))
    print()
    print(misses(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
