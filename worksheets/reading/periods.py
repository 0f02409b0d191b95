"""Stretches the words name: weeks ("next week", "w/c 14th", "the first week of October",
"the rest of the week"), months ("February", "end of next month", "mid-January"), quarters
("Q1", "end of the quarter"), years ("year end", "early 2027") and seasons ("the summer").

A stretch is read at its latest working day, so no one follows up too soon: "next week" is its
Friday, "mid-January" the 20th, "in February" its last working day; only "the end of" one leaves
no doubt. A part of a stretch ("early", "mid", "late", "end of") may come first; "that week"
and "the following week" refer to the stretch the mention before them meant.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .arithmetic import DAY, add_months, month_span, part_end, quarter_of, quarter_span
from .cursor import Cursor
from .vocabulary import PARTS, PAST
from .when import Alt, When

_WHICH: dict[tuple[str, ...], str] = {
    ("this",): "this", ("the",): "this", ("this", "coming"): "coming", ("the", "coming"): "coming",
    ("coming",): "coming", ("upcoming",): "coming", ("the", "upcoming"): "coming", ("next",): "next",
    ("the", "next"): "next", ("following",): "following", ("the", "following"): "following", ("last",): "last",
    ("the", "last"): "last", ("that",): "that", ("the", "current"): "this", ("current",): "this",
    ("within", "the"): "this", ("this", "working"): "this", ("the", "working"): "this", ("this", "work"): "this",
    ("the", "previous"): "last", ("previous",): "last", ("past",): "last", ("the", "past"): "last",
}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_PART_NOTES = {"early": "the start of {} at its latest", "mid": "the middle of {}", "late": "the end of {}",
               "first half": "the first half of {} at its latest", "end": ""}
_SOUTHERN = {"AU", "NZ"}


class Stretches(Cursor):
    """What weeks and longer stretches share: a part of one ("early", "end of"), and a stretch
    read at the latest day of its part."""

    def part(self, i: int) -> tuple[tuple[str, bool] | None, int]:
        found = self.longest(i, PARTS)
        if found is None:
            return None, i
        (part, sure), j = found
        return (part, sure), self.skip(j, ("-",))

    def _stretch(self, first: dt.date, end: dt.date, kind: str, part: tuple[str, bool] | None, plain_note: str,
                 name: str, plain_sure: bool = False, **options) -> When:
        """A stretch read at the latest day of its part: "end of" leaves no doubt; the rest
        say how they were read."""
        if part is None:
            last = part_end(first, end, "end", kind)
            return When(first, last, end, kind=kind, named=False, exact=plain_sure,
                        notes=(plain_note,) if plain_note else (), **options)
        which, sure = part
        last = part_end(first, end, which, kind)
        options.setdefault("ends", which in ("end", "late"))
        note = _PART_NOTES[which].format(name) if not (which == "end" and sure) else ""
        if which == "late" and kind == "month":
            note = f"late {first:%B} at its latest"
        if which in ("early", "mid") and kind == "month":
            note = f"{which} {first:%B} at its latest"
        if which == "first half" and kind == "month":
            note = f"the first half of {first:%B} at its latest"
        return When(first, last, end, kind=kind, named=False, exact=sure and which == "end",
                    notes=(note,) if note else (), **options)



class PeriodReader(Stretches):
    """Months, quarters, years, seasons, and the Nth week, day or weekday of one."""

    def nth_week(self, i: int) -> tuple[When, int] | None:
        """"the first week of October", "2nd week in January", "the last week of the month"."""
        j = self.opt(i, "the")
        t = self.tok(j)
        if t is not None and t.kind == "ord" and 1 <= t.n <= 5:
            which = t.n
        elif self.w(j) in ("last", "final"):
            which = -1
        else:
            return None
        if self.w(j + 1) == "week" and self.w(j + 2) == "back" and which in (1, 2):
            return self.week_back(which, j + 3)  # the Christmas break's (named.py)
        if self.w(j + 1) != "week" or self.w(j + 2) not in ("of", "in"):
            return None
        span_found = self._period_of(j + 3)
        if span_found is None:
            return None
        span, end = span_found
        if which == -1:
            first, last = span.end - 6 * DAY, span.end
        else:
            first = span.first + dt.timedelta(days=7 * (which - 1))
            last = min(first + 6 * DAY, span.end)
        if first > span.end:
            return None
        return When(first, last, last, kind="week", named=False, exact=False,
                    notes=("the end of that week",)), end

    def _period_of(self, i: int) -> tuple[When, int] | None:
        """The month or year after "the first week of", "the last day of": "October", "the
        month", "next month", "the year", "2027"."""
        said = self.ctx.said_on
        month = self.month_phrase(i, plain=True)
        if month is not None:
            return month
        which, k = self.longest(i, _WHICH) or ("", i)
        if self.w(k) == "year" and which in ("this", "next", ""):
            year = said.year + (which == "next")
            first, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
            return When(first, end, end, kind="year", named=False), k + 1
        if self.w(k) == "quarter" and which in ("this", "next", ""):
            found = self.quarter_phrase(i)
            return found
        return None

    def day_of_period(self, i: int) -> tuple[When, int] | None:
        """"the last day of the month", "the first day of next month", "the third day of October",
        "the last working day of December"."""
        j = self.opt(i, "the")
        t = self.tok(j)
        nth = t.n if t is not None and t.kind == "ord" and 1 <= t.n <= 31 else -1 if self.w(j) in ("last", "final") else 0
        if not nth or self.w(j + 1) not in ("day", "working", "business"):
            return None
        k = j + 1 + (self.w(j + 1) in ("working", "business"))
        if self.w(k) != "day" or self.w(k + 1) != "of":
            return None
        found = self._period_of(k + 2)
        if found is None:
            return None
        span, end = found
        day = span.end if nth == -1 else span.first + dt.timedelta(days=nth - 1)
        if day > span.end:
            return None
        return When(day, day, day, kind="day", named=nth > 0 and self.w(j + 1) == "day", exact=True), end

    def nth_weekday(self, i: int) -> tuple[When, int] | None:
        """"the last Friday of the month", "the first Monday in January"."""
        j = self.opt(i, "the")
        t = self.tok(j)
        if t is not None and t.kind == "ord" and 1 <= t.n <= 5:
            which = t.n
        elif self.w(j) in ("last", "final"):
            which = -1
        else:
            return None
        weekday = self.weekday(j + 1)
        if weekday is None or self.w(weekday[1]) not in ("of", "in"):
            return None
        found = self._period_of(weekday[1] + 1)
        if found is None:
            return None
        span, end = found
        if which == -1:
            day = span.end - dt.timedelta(days=(span.end.weekday() - weekday[0]) % 7)
        else:
            day = span.first + dt.timedelta(days=(weekday[0] - span.first.weekday()) % 7 + 7 * (which - 1))
            if day > span.end:
                return None
        return When.day(day), end

    # --- months ----------------------------------------------------------------------------

    def month_phrase(self, i: int, plain: bool = False) -> tuple[When, int] | None:
        said = self.ctx.said_on
        part, j = (None, i) if plain else self.part(i)
        which, k = self.longest(j, _WHICH) or ("", j)
        if self.w(k) == "month" and self.w(k + 1) in ("end",) and which in ("", "this"):
            first, end = month_span(said.year, said.month)
            return self._month(first, end, ("end", True)), k + 2
        if which == "next" and self.w(k) != "month" and self.w(i - 1) in ("or", "and") \
                and "month" in {self.w(x) for x in range(i - 6, i)}:
            k -= 1  # "the end of this month or early next": next month
            nxt = add_months(said.replace(day=1), 1)
            return self._month(*month_span(nxt.year, nxt.month), part), k + 1
        if self.w(k) == "month":
            if which == "last" or self.w(i - 1) in PAST:
                return When.day(said, past=True), k + 1
            if which == "that" and self.prev is None:
                return None
            if (after := self.seq(k + 1, "after", "next")) is not None:
                start, end_at = add_months(said.replace(day=1), 2), after
            elif which in ("next", "following", "coming"):
                start, end_at = add_months((self.prev.end if which == "following" and self.prev else said).replace(day=1), 1), k + 1
            elif which == "that":
                start, end_at = self.prev.last.replace(day=1), k + 1
            elif which == "" and part is None:
                return None
            else:
                start, end_at = said.replace(day=1), k + 1
            first, end = month_span(start.year, start.month)
            when = self._month(first, end, part, this=which in ("this", "") and start.month == said.month)
            if part is not None and part[0] == "mid" and which in ("", "this") and when.last < said:
                when = self._month(*_month_after(first), part)
            return when, end_at
        month = self.month(k)
        if month is None:
            return None
        number, end_at = month
        year_found = self.year(end_at)
        year = year_found[0] if year_found else None
        end_at = year_found[1] if year_found else end_at
        if self.tok(end_at) is not None and self.tok(end_at).kind in ("num", "ord") and not year_found and \
                self.tok(end_at).n <= 31 and self.w(end_at + 1) not in ("week", "weeks", "day", "days", "month", "months"):
            return None  # "December 12": a date, not a month
        if which == "last" or self.w(i - 1) in PAST:
            return When.day(said, past=True), end_at
        if year is not None:
            first, end = month_span(year, number)
            when = self._month(first, end, part)
            if end < said:  # a year that had passed: the same month, the next time round
                again = self._month(*month_span(said.year + (number < said.month), number), part)
                when = replace(when, later=Alt(again.last, f"{again.last.year}", named=False))
            return when, end_at
        this_year = month_span(said.year, number)
        guessed = False
        if which == "next":
            first, end = month_span(said.year + (number <= said.month), number)
            guessed = True
        elif this_year[1] >= said:
            first, end = this_year
        else:
            first, end = month_span(said.year + 1, number)
        when = self._month(first, end, part)
        if guessed and when.exact:
            when = When(when.first, when.last, when.end, kind="month", named=False, exact=False, notes=when.notes)
        if guessed:
            other = month_span(first.year + 1, number)
            when = When(when.first, when.last, when.end, kind="month", named=False, exact=False, notes=when.notes,
                        alt=Alt(self._month(*other, part).last, f"{first:%B} {first.year + 1}", named=False))
        return when, end_at

    def _month(self, first: dt.date, end: dt.date, part: tuple[str, bool] | None, this: bool = False) -> When:
        later = None
        if this:
            after = _month_after(first)
            later = Alt(self._stretch(after[0], after[1], "month", part, "", "").last, "the end of next month", named=False)
        return self._stretch(first, end, "month", part, "the end of that month", f"{first:%B}", later=later)

    # --- quarters, halves, years, seasons ------------------------------------------------------

    def quarter_phrase(self, i: int) -> tuple[When, int] | None:
        said = self.ctx.said_on
        part, j = self.part(i)
        which, k = self.longest(j, _WHICH) or ("", j)
        word, quarter, half, end_at = self.w(k), None, None, None
        if len(word) == 2 and word[0] == "q" and word[1] in "1234":
            quarter, end_at = int(word[1]), k + 1
        elif len(word) == 2 and word[0] == "h" and word[1] in "12":
            half, end_at = int(word[1]), k + 1
        elif self.tok(k) is not None and self.tok(k).kind == "ord" and 1 <= self.tok(k).n <= 4 and self.w(k + 1) == "quarter":
            quarter, end_at = self.tok(k).n, k + 2
        elif word == "quarter" and which in ("this", "next", "that", "following", "coming"):
            current = quarter_of(said) + (1 if which in ("next", "following", "coming") else 0)
            year = said.year + (current - 1) // 4
            first, end = quarter_span(year, (current - 1) % 4 + 1)
            return self._quarter(first, end, part), k + 1
        elif word == "quarter" and self.w(k + 1) == "end":
            first, end = quarter_span(said.year, quarter_of(said))
            return self._quarter(first, end, ("end", True)), k + 2
        elif word in ("quarter",) and part is not None and which in ("", "this"):
            first, end = quarter_span(said.year, quarter_of(said))
            return self._quarter(first, end, part), k + 1
        else:
            return None
        year_found = self.year(self.opt(self.opt(end_at, "of"), "in")) if self.w(end_at) in ("of", "in") else self.year(end_at)
        if year_found is None and self.w(end_at) in ("of", "in") and self.w(end_at + 1) in ("next", "this", "the") \
                and self.w(end_at + 2) == "year":
            year = said.year + (self.w(end_at + 1) == "next")
            end_at += 3
        elif year_found is not None:
            year, end_at = year_found
        else:
            year = None
        if half is not None:
            first, end = (dt.date(year or said.year, 1, 1), dt.date(year or said.year, 6, 30)) if half == 1 else \
                (dt.date(year or said.year, 7, 1), dt.date(year or said.year, 12, 31))
            if year is None and end < said:
                first, end = first.replace(year=first.year + 1), end.replace(year=end.year + 1)
            return self._quarter(first, end, part, "that half year"), end_at
        first, end = quarter_span(year or said.year, quarter)
        if year is None and end < said:
            first, end = quarter_span(said.year + 1, quarter)
        return self._quarter(first, end, part), end_at

    def _quarter(self, first: dt.date, end: dt.date, part, name: str = "that quarter") -> When:
        when = self._stretch(first, end, "quarter", part, f"the end of {name}", name)
        return When(when.first, when.last, when.end, kind="quarter", named=False, exact=False,
                    notes=when.notes + ("counting calendar quarters",))

    def year_phrase(self, i: int) -> tuple[When, int] | None:
        said = self.ctx.said_on
        part, j = self.part(i)
        which, k = self.longest(j, _WHICH) or ("", j)
        if self.w(k) == "year" and self.w(k + 1) == "end" and which in ("", "this"):
            return self._stretch(dt.date(said.year, 1, 1), dt.date(said.year, 12, 31), "year", ("end", True), "", ""), k + 2
        if self.w(k) == "year":
            if which == "last":
                return When.day(said, past=True), k + 1
            if which == "" and part is None:
                return None
            if which == "this" and part is None:  # "this year": by its end, a guess
                part = ("late", False)
            year = said.year + (which in ("next", "following", "coming"))
            end_at = k + 1
        elif self.tok(k) is not None and self.tok(k).kind == "num" and len(self.w(k)) == 4 and 2000 < self.tok(k).n < 2200 \
                and (part is not None or self.w(i - 1) in ("in", "by", "until", "before", "after", "during")):
            year, end_at = self.tok(k).n, k + 1
        else:
            return None
        first, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        if part is None:
            part = ("early", False)  # "next year": read as its first months, a guess
        when = self._stretch(first, end, "year", part, "", f"{year}")
        if when.last < said and which in ("", "this") and self.w(k) == "year":  # "the beginning of the year", said in December
            when = self._stretch(dt.date(year + 1, 1, 1), dt.date(year + 1, 12, 31), "year", part, "", f"{year + 1}")
            when = replace(when, exact=False)
        return when, end_at

    def season_phrase(self, i: int) -> tuple[When, int] | None:
        said = self.ctx.said_on
        part, j = self.part(i)
        which, k = self.longest(j, _WHICH) or ("", j)
        word = self.w(k)
        if word not in _SEASONS or (word == "fall" and not which and part is None and self.w(i - 1) not in ("in", "by", "until", "after", "before")):
            return None
        start_month = _SEASONS[word]
        if self.ctx.country in _SOUTHERN:
            start_month = (start_month + 5) % 12 + 1
        end_at = k + 1 + (self.w(k + 1) in ("holidays", "holiday", "break", "months", "period"))
        year_found = self.year(end_at)
        year = year_found[0] if year_found else said.year
        end_at = year_found[1] if year_found else end_at
        first = dt.date(year, start_month, 1)
        end = add_months(first, 3) - DAY
        if year_found is None and (end < said or which == "next"):
            first, end = first.replace(year=first.year + 1), add_months(first.replace(year=first.year + 1), 3) - DAY
        when = self._stretch(first, end, "season", part, f"the end of the {word}", f"the {word}")
        return When(when.first, when.last, when.end, kind="season", named=False, exact=False,
                    notes=when.notes or (f"the end of the {word}",)), end_at


def _month_after(day: dt.date) -> tuple[dt.date, dt.date]:
    following = add_months(day.replace(day=1), 1)
    return month_span(following.year, following.month)
