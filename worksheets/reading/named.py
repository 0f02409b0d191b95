"""Holidays by name: "Thanksgiving", "the holidays", "the new year", "Easter", "Paddy's Day",
"Diwali", "the bank holiday", "the long weekend". The words people use come with the holiday
data (:mod:`worksheets.days.holidays`); a name is read where the person's country uses it, or,
when it does not (a UK candidate told "after Thanksgiving"), where it is kept, and said so.

"the bank holiday", "the holiday" and "the long weekend" are the next public holiday of the
person's country. A holiday's "break", "holidays" or "weekend" may be a longer stretch (the
Christmas break runs from 24 December to 1 January). Each is the next one not yet over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from ..days import holidays as data
from ..days.business import on_or_after
from .arithmetic import monday_of, part_end
from .cursor import Cursor
from .tokens import tokens
from .when import When

#: Where people are understood to mean a holiday their own country does not have, in order.
_ELSEWHERE = ("US", "GB", "CA", "AU", "IE", "NZ", "IN", "DE", "FR", "NL")
_IN = {"US": "the US", "GB": "the UK", "CA": "Canada", "AU": "Australia", "IE": "Ireland", "NZ": "New Zealand",
       "IN": "India", "DE": "Germany", "FR": "France", "NL": "the Netherlands"}
#: Words after a holiday that mean its break: "the Christmas break", "Easter weekend".
_BREAK = {("break",): True, ("holidays",): True, ("holiday",): True, ("weekend",): True, ("period",): True,
          ("shutdown",): True, ("closure",): True, ("long", "weekend"): True, ("holiday", "weekend"): True,
          ("bank", "holiday"): True, ("bank", "holidays"): True, ("bank", "holiday", "weekend"): True,
          ("holiday", "period"): True, ("season",): True, ("festivities",): True, ("week",): False}
#: The next public holiday, whatever its name.
_NEXT_HOLIDAY = {
    ("the", "bank", "holiday"): "bank holiday", ("bank", "holiday"): "bank holiday",
    ("the", "bank", "holiday", "weekend"): "bank holiday", ("bank", "holiday", "weekend"): "bank holiday",
    ("the", "bank", "holiday", "monday"): "bank holiday", ("bank", "holiday", "monday"): "bank holiday",
    ("the", "public", "holiday"): "holiday", ("the", "holiday"): "holiday", ("the", "holiday", "weekend"): "holiday",
    ("the", "long", "weekend"): "long weekend", ("the", "next", "bank", "holiday"): "bank holiday",
    ("the", "next", "holiday"): "holiday", ("the", "next", "long", "weekend"): "long weekend",
    ("this", "long", "weekend"): "long weekend", ("the", "upcoming", "holiday"): "holiday",
    ("the", "upcoming", "bank", "holiday"): "bank holiday", ("the", "upcoming", "long", "weekend"): "long weekend",
}


@cache
def words_index() -> dict[tuple[str, ...], data.NamedDay]:
    """The words of every named day, in the plain form the grammar reads ("new year's eve"
    -> new, year, eve), without full stops."""
    found = {}
    for day in data.named_days():
        for words in day.words:
            key = tuple(t.w for t in tokens(words, typos=False) if t.w != ".")
            found.setdefault(key, day)
    return found

#: A named day that ended this recently, its next one most of a year away, is spoken of as past.
JUST_PASSED = dt.timedelta(days=10)


class NamedReader(Cursor):

    def named_phrase(self, i: int) -> tuple[When, int] | None:
        found = self.longest_named(i)
        if found is None and self.w(i) == "the":
            found = self.longest_named(i + 1)
        if found is not None:
            day, j = found
            brk = self.longest(j, _BREAK)
            if brk is not None and day.brk and brk[0]:
                day, j = data.named(day.brk) or day, brk[1]
            elif brk is not None and brk[0] and self.w(j) != "week":
                j = brk[1]
            return self._resolve(day), j
        general = self.longest(i, _NEXT_HOLIDAY)
        if general is not None:
            return self._next_holiday(general[0]), general[1]
        return None

    def longest_named(self, i: int) -> tuple[data.NamedDay, int] | None:
        index = words_index()
        best = None
        words: list[str] = []
        j = i
        while len(words) < 6 and j < len(self.t):
            if self.w(j) == "." and self.tok(j).kind == "punct":
                j += 1
                continue
            words.append(self.w(j))
            j += 1
            if tuple(words) in index:
                best = (index[tuple(words)], j)
        return best

    def _resolve(self, day: data.NamedDay) -> When | None:
        said = self.ctx.said_on
        home = self.ctx.country or ("US" if self.ctx.month_first else "GB")
        where, borrowed = home, False
        if not day.holds_in(home):
            where = next((code for code in _ELSEWHERE if day.holds_in(code)), "")
            borrowed = True
            if not where:
                return None
        length, through = day.number("length", where), day.number("through", where)
        for year in range(said.year - 1, said.year + 3):
            start = day.on(where, year)
            if start is None:
                continue
            end = start + dt.timedelta(days=length - 1)
            if end + dt.timedelta(days=through) >= said:
                break
        else:
            return None
        before = day.on(where, year - 1)
        if before is not None and (start - said).days > 200 and \
                said - (before + dt.timedelta(days=length - 1 + through)) <= JUST_PASSED:
            return When.day(before, past=True)  # "no news over Christmas" said on 29 December: about the past
        notes = (f"{day.name} in {_IN[where]}",) if borrowed else ()
        eve, early = day.number("eve", where), day.number("early", where)
        return When(start, start if length == 1 else end, end, kind="holiday" if length == 1 else "period",
                    named=length == 1, exact=not borrowed, notes=notes, label=day.name, through=through,
                    eve=start - dt.timedelta(days=eve) if eve else None,
                    early=start + dt.timedelta(days=early - 1) if early else None)

    def _next_holiday(self, what: str) -> When | None:
        """The next public holiday of the person's country (a Monday or a Friday for "the long
        weekend"), by name when it has one."""
        said = self.ctx.said_on
        home = self.ctx.country or ("US" if self.ctx.month_first else "GB")
        if data.code_of(home) not in data.COUNTRIES:
            return None
        ahead = sorted(day for day in data.holidays_for(home, [said.year, said.year + 1])
                       if said <= day <= said + dt.timedelta(days=120))
        if what == "long weekend":
            ahead = [day for day in ahead if day.weekday() in (0, 4)]
        if not ahead:
            return None
        day = ahead[0]
        named = next((n for n in data.named_days() if n.holds_in(home) and n.on(home, day.year) == day
                      and n.number("length", home) == 1), None)
        name = named.name if named else f"the {what}"
        through = named.number("through", home) if named else 0
        return When(day, day, day, kind="holiday", named=True, exact=False, label=name, through=through,
                    notes=(f"the next {what}, {name} ({self.ctx.long(day)})" if named else f"the next {what}",))

    def week_back(self, which: int, k: int) -> tuple[When, int] | None:
        """"the first week back (in January, after the holidays)": the first full working week
        after the Christmas break (a return on a Thursday or Friday leaves the week after),
        at its end, as a guess. Said far from the break, the words name no date."""
        said = self.ctx.said_on
        if said.month == 12 or (said.month == 11 and said.day >= 15):
            year = said.year + 1
        elif said.month == 1 and said.day <= 7:
            year = said.year
        else:
            return None
        back = on_or_after(dt.date(year, 1, 2), self.ctx.closed)
        monday = monday_of(back) + dt.timedelta(days=7 * (which - 1 + (back.weekday() >= 3)))
        friday = monday + dt.timedelta(days=4)
        # The words that may say which break: "in January", "in the new year", "after Christmas",
        # "after the holidays", "after the break".
        if self.w(k) in ("in", "after", "from", "following"):
            which_break = (self.w(k) == "in" and self.month_phrase(k + 1, plain=True)) or self.named_phrase(k + 1)
            if which_break and which_break[0] is not None and which_break[0].first.month in (12, 1):
                k = which_break[1]
            elif self.w(k) != "in" and self.seq(k + 1, "the", "break"):
                k += 3
        return When(monday, friday, friday, kind="week", named=False, exact=False,
                    notes=(f"the end of the {'first' if which == 1 else 'second'} full week back after the Christmas break",)), k

    def named_part(self, i: int) -> tuple[When, int] | None:
        """A part of a holiday stretch: "early in the new year", "the end of the holidays" (the
        part is read by the period reader's ``part``)."""
        part, j = self.part(i)
        if part is None:
            return None
        found = self.named_phrase(self.opt(j, "the") if self.w(j) == "the" and self.longest_named(j) is None else j)
        if found is None or found[0] is None:
            return None
        when, end = found
        which = part[0]
        if which in ("early", "first half") and when.early is not None:
            days = (when.early - when.first).days + 1
            return replace(when, first=when.first, last=when.early, end=when.early, kind="span", named=False,
                           exact=False, label=when.label, eve=None,
                           notes=(f"the first {days} days after {when.label} at their latest",)), end
        if when.kind == "period":
            last = part_end(when.first, when.end, which if which != "first half" else "mid", "period")
            return replace(when, last=last, kind="span", named=False, exact=False, eve=None), end
        return None
