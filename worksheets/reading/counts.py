"""Counts the grammar reads: "two weeks", "5-7 business days", "48 hours", "a week or two",
"two Fridays", "one and a half weeks"; how long "from now" they run ("in the next 2-4 weeks",
"in a fortnight's time"), or from which day ("three weeks from tomorrow", "2 weeks before
Christmas", "a week on Friday", "within 5 business days of your interview on Thursday").
"""

from __future__ import annotations

from dataclasses import replace

from .cursor import Cursor
from .vocabulary import DAY_KINDS, UNITS
from .when import Count, Offset

#: Words between a count and the day it counts from, and whether they count back.
_CONNECTORS: dict[tuple[str, ...], bool] = {
    ("from",): False, ("after",): False, ("following",): False, ("past",): False, ("on",): False,
    ("on", "from"): False, ("of",): False, ("since",): False, ("beyond",): False,
    ("before",): True, ("prior", "to"): True, ("ahead", "of"): True, ("earlier", "than"): True,
}
#: Words after a count that keep it counted from the day it was said.
_TIME_WORDS: dict[tuple[str, ...], bool] = {
    ("time",): False, ("'", "time"): False, ("from", "now"): False, ("from", "today"): False, ("later",): False,
    ("out",): False, ("hence",): False, ("or", "so"): True, ("or", "thereabouts"): True, ("ish",): True,
    ("'",): False, ("max",): False, ("tops",): False, ("from", "the", "interview"): False,
    ("from", "today's", "interview"): False, ("from", "the", "date", "of", "the", "interview"): False,
}
MARKS = frozenset({",", "-", "(", ")", ":", "'", '"', "...", "."})
#: Words after a count that make it something other than a wait: "4 weeks' notice".
NOT_WAITS = frozenset({"notice", "experience", "old", "long", "leave", "annual", "contract", "probation", "probationary",
                       "trial", "course", "programme", "program", "placement", "internship", "ago", "sabbatical",
                       "maternity", "paternity", "training", "secondment", "commute", "holiday", "holidays"})
_STARTERS_STRICT = frozenset({".", ",", ";", "and", "but", "or", "so", "then"})


class CountReader(Cursor):
    """Counts, and counts from a day (whose reader, ``anchor``, is the grammar's)."""

    # --- counts ----------------------------------------------------------------------------

    def quantity(self, i: int) -> tuple[float, float | None, bool, int] | None:
        t = self.tok(i)
        if t is None:
            return None
        if t.kind == "numdate" and len(t.parts) == 2 and t.sep == "-" and all(len(p) <= 3 for p in t.parts):
            low, high = int(t.parts[0]), int(t.parts[1])
            return (high, low, False, i + 1) if 0 < low < high <= 400 else None
        if t.kind == "numdate" and len(t.parts) == 2 and t.sep == "." and len(t.parts[1]) == 1:
            return float(t.w), None, False, i + 1
        if t.kind == "num" and 0 < t.n <= 400:
            n, low, vague, j = float(t.n), None, t.vague, i + 1
            if self.w(j) in ("-", "to", "or") and self.tok(j + 1) is not None and self.tok(j + 1).kind == "num" \
                    and t.n < self.tok(j + 1).n <= 400:
                low, n, j = n, float(self.tok(j + 1).n), j + 2
            if (k := self.seq(j, "and", "a", "half")) is not None:
                n, j = n + 0.5, k
            return n, low, vague, j
        if self.w(i) in ("a", "an"):
            if self.w(i + 1) == "half":
                return 0.5, None, False, i + 2
            return 1.0, None, False, i + 1
        if self.w(i) == "half" and self.w(i + 1) in ("a", "an"):
            return 0.5, None, False, i + 2
        return None

    def unit(self, i: int) -> tuple[str, str, int] | None:
        kind, j = "", i
        if self.w(j) in DAY_KINDS:
            kind, j = DAY_KINDS[self.w(j)], j + 1
        if self.w(j) in UNITS:
            unit = UNITS[self.w(j)]
            if kind and unit != "day":
                return None
            return unit, kind, j + 1
        weekday = self.weekday(j, plural=True) or (self.weekday(j) if self.w(j - 1) in ("1", "a", "one") else None)
        if weekday is not None and not kind:
            return f"weekday:{weekday[0]}", "", weekday[1]
        return None

    def count(self, i: int) -> tuple[Count, int] | None:
        found = self.quantity(i)
        if found is None:
            return None
        n, low, vague, j = found
        unit = self.unit(j)
        if unit is None:
            return None
        name, kind, k = unit
        if self.w(k) == "or" and self.tok(k + 1) is not None and self.tok(k + 1).kind == "num" and self.tok(k + 1).n > n:
            low, n, vague = n, float(self.tok(k + 1).n), True  # "a week or two"
            k += 2
            if self.w(k) in UNITS:
                k += 1
        if (m := self.seq(k, "and", "a", "half")) is not None:
            n, k = n + 0.5, m
        if self._not_a_wait(name, n, k) is not None:
            return None
        return Count(n, name, kind, vague, low, self.typed(i, k)), k

    def measure(self, i: int) -> int | None:
        """Where a count that measures something else ends ("5 days a week", "4 weeks' notice"),
        so the grammar passes over it; None when there is none here."""
        found = self.quantity(i)
        unit = self.unit(found[3]) if found is not None else None
        return None if unit is None else self._not_a_wait(unit[0], found[0], unit[2])

    def _not_a_wait(self, unit: str, n: float, k: int) -> int | None:
        """Counts that measure something else: "5 days a week", "4 weeks' notice", "10 years of
        experience", "a 2-week course"; and years, which no hiring decision waits for. Where
        the words end, or None."""
        k += self.w(k) == "'"
        if self.w(k) in NOT_WAITS:
            return k + 1
        if unit == "year" and n >= 2:
            return k
        if self.w(k) in ("a", "an", "per", "each", "every") and self.w(k + 1) in UNITS:
            return k + 2
        return None

    def count_of_one(self, j: int) -> tuple[Count, int] | None:
        """"week or two" after "the next": one unit, or two when "or two" follows."""
        more = self.tok(j + 2)
        if self.w(j + 1) != "or" or more is None or more.kind != "num" or not 1 < more.n <= 12:
            return None
        return Count(float(more.n), UNITS[self.w(j)], "", True, 1.0, self.typed(j, j + 3)), j + 3

    def duration(self, i: int) -> tuple[Count, int] | None:
        j = self.opt(i, "the")
        j = self.opt(j, "next") if self.w(j) == "next" else self.opt(j, "coming") if self.w(j) == "coming" else \
            self.opt(j, "following") if self.w(j) == "following" else self.opt(j, "upcoming")
        found = self.count(j)
        if found is None and j > i and self.w(j - 1) in ("next", "coming", "following") and self.w(j) in UNITS:
            found = self.count_of_one(j)  # "in the next week or two", "within the next fortnight"
            if found is None and (self.w(j) in ("fortnight", "day", "hour", "minute")
                                  or (self.w(j - 1) == "next" and self.w(i - 1) in ("in", "within", "over"))):
                found = Count(1.0, UNITS[self.w(j)], "", False, None, self.typed(j, j + 1)), j + 1
        if found is None and j > i and self.w(j - 1) in ("next", "coming", "following") \
                and self.w(j) in ("days", "weeks", "months"):  # "in the coming weeks": a few
            found = Count(3.0, UNITS[self.w(j)], "", True, None, self.typed(j - 1, j + 1)), j + 1
        if found is None and j == i + 1 and self.w(i) == "the" and self.w(j) in ("hour", "day") \
                and self.w(i - 1) in ("within", "in", "by", "during"):  # "within the hour", "within the day"
            found = Count(1.0 if self.w(j) == "hour" else 0.0, UNITS[self.w(j)], "calendar", False, None,
                          self.typed(i, j + 1)), j + 1
        if found is None:
            return None
        count, k = found
        if count.unit.startswith("weekday:") and (self.seq(k, "from", "now") or self.seq(k, "time")) is None:
            return None
        words = self.longest(self.skip(k, ("'",)) if self.w(k) == "'" else k, _TIME_WORDS)
        if words is not None:
            vague, k = words
            count = replace(count, vague=count.vague or vague)
        return count, k

    def offset(self, i: int) -> tuple[Offset, int] | None:
        found = self.count(i)
        if found is None:
            return None
        count, j = found
        connector = self.longest(j, _CONNECTORS)
        if connector is None:  # "a week Friday", "a week today", "a month tomorrow" (British)
            if count.unit in ("week", "fortnight", "month") and not count.low and not count.vague:
                anchor = self.weekday_phrase(j) if self.weekday(j) is not None else \
                    self.relative_day(j) if self.w(j) in ("today", "tomorrow") else None
                if anchor is not None:
                    return Offset(count, anchor[0]), anchor[1]
            return None
        back, k = connector
        for skip in range(0, 5):  # "within 5 business days of your final interview on Thursday"
            if skip and not all(self.w(x) not in MARKS and self.w(x) not in _STARTERS_STRICT for x in range(k, k + skip)):
                break
            anchor = self.anchor(k + skip)
            if anchor is not None and anchor[0] is not None and not anchor[0].past:
                return Offset(count, anchor[0], back), anchor[1]
            if self.w(k) in ("now", "today"):
                break
        return None
