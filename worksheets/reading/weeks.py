"""Weeks the words name: "next week", "the rest of the week", "the week after next", "w/c
14th", "the week of December 7th", "early in the week commencing 4th Jan", "midweek",
"this weekend"; "that week" and "the following week" are the week of the date mentioned
before them. A week runs Monday to Sunday and is read at its Friday, so no one follows up
before it is over; only "the end of" one leaves no doubt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .arithmetic import DAY, next_week, this_week, week_of
from .periods import Stretches, _WHICH
from .vocabulary import PAST
from .when import Alt, When


class WeekReader(Stretches):

    def week_phrase(self, i: int) -> tuple[When, int] | None:
        said = self.ctx.said_on
        if (k := self.seq(i, "first", "thing")) is not None and self.w(k) in ("next", "this") and self.w(k + 1) == "week":
            monday = next_week(said)[0] if self.w(k) == "next" else this_week(said)[0]
            return When.day(monday, named=False), k + 2  # "first thing next week": its Monday
        part, j = self.part(i)
        if (k := self.seq(i, "mid", "week")) is not None:
            wednesday = this_week(said)[0] + 2 * DAY
            if (after := self.seq(self.opt(k, "of"), "next", "week")) is not None:  # "midweek next week"
                wednesday, k = next_week(said)[0] + 2 * DAY, after
            elif wednesday <= said:
                wednesday += dt.timedelta(days=7)
            return When(wednesday, wednesday, wednesday, kind="week", named=False, exact=False,
                        notes=("the middle of the week",)), k
        which, k = self.longest(j, _WHICH) or ("", j)
        if self.w(k) in ("week", "weekend") or (self.w(k) == "wk"):
            weekend = self.w(k) == "weekend"
            end = k + 1
        elif which == "next" and self.w(i - 1) in ("or", "and") and "week" in {self.w(x) for x in range(i - 5, i)}:
            weekend, end = False, k  # "end of this week or early next"
        elif which == "" and part is not None and self.w(k) == "it" and self.prev is not None and self.prev.kind == "week":
            return self._stretch(self.prev.first, self.prev.end, "week", part, "", "that week"), k + 1
        else:
            return None
        if which == "last" or self.w(i - 1) in PAST:
            return When.day(said, past=True), end
        if (after := self.seq(end, "after", "next")) is not None:
            monday = next_week(said)[0] + dt.timedelta(days=7)
            if weekend:
                return self._weekend(monday), after
            return self._stretch(monday, monday + 6 * DAY, "week", part, "the end of that week", "that week"), after
        if which in ("this", "") and (k2 := self.seq(end, "after")) is not None and self._anchor_follows(k2) is False \
                and self.prev is not None and not weekend:
            monday = week_of(self.prev.end)[0] + dt.timedelta(days=7)
            return self._stretch(monday, monday + 6 * DAY, "week", part, "the end of that week", "that week"), k2
        if which == "that":
            if self.prev is None:
                return None
            monday = week_of(self.prev.last)[0]
        elif which == "following":
            monday = week_of(self.prev.end)[0] + dt.timedelta(days=7) if self.prev is not None else next_week(said)[0]
        elif which in ("next",):
            monday = next_week(said)[0]
        elif which == "coming":
            monday = next_week(said)[0]
        else:
            monday = this_week(said)[0]
        if weekend:
            return replace(self._weekend(monday), later=Alt(monday + 11 * DAY, "the end of next week", named=False)
                           if which in ("this", "") else None), end
        if part is None and (which == "" or (which == "this" and self.w(j) == "the"
                                             and self.w(i - 1) not in ("within", "in", "during", "over", "by", "throughout"))):
            return None  # "week", "the week" alone: a unit, or a week we cannot tell
        plain = {"this": "the end of the week", "": "the end of the week",
                 "next": "the end of that week, so you don't follow up too soon"}.get(which, "the end of that week")
        guessed = which in ("coming", "following") or (which == "" and part is not None and part[0] != "end")
        when = self._stretch(monday, monday + 6 * DAY, "week", part, plain,
                             "the week" if which in ("this", "") else "that week")
        if guessed and when.exact:
            when = When(when.first, when.last, when.end, kind="week", named=False, exact=False,
                        notes=when.notes or ("the end of that week",))
        if which in ("this", "") and part is not None and part[0] == "end":
            when = When(when.first, when.last, when.end, kind="week", named=False, exact=when.exact, notes=when.notes,
                        later=Alt(next_week(said)[0] + 4 * DAY, "the end of next week", named=False))
        elif which in ("this", "") and when.later is None:
            when = When(when.first, when.last, when.end, kind="week", named=False, exact=when.exact, notes=when.notes,
                        later=Alt(next_week(said)[0] + 4 * DAY, "the end of next week", named=False))
        return when, end

    def _anchor_follows(self, i: int) -> bool:
        return self.w(i) not in ("", ".", ",", ";", "!", "?", "before", "and", "but", "or", "at", "then", "-")

    def _weekend(self, monday: dt.date) -> When:
        saturday = monday + 5 * DAY
        return When(saturday, saturday - DAY, saturday + DAY, kind="weekend", named=False, exact=False,
                    notes=("the end of the week",))

    def week_of_phrase(self, i: int, date_reader) -> tuple[When, int] | None:
        """"week commencing the 14th", "w/c 14/12", "the week of December 7th", "week ending 4 June",
        "early in the week commencing 4th Jan"."""
        part, j = self.part(i)
        if part is not None and self.w(j) == "in":
            j += 1
        j = self.opt(j, "the")
        if self.w(j) != "week" or self.w(j + 1) not in ("commencing", "beginning", "starting", "of", "ending", "from"):
            return None
        ending = self.w(j + 1) == "ending"
        k = self.opt(self.opt(j + 2, "on"), "the")
        found = date_reader(k) or date_reader(j + 2)
        if found is None:
            return None
        day, end = found
        if ending:
            return When(day.last - 6 * DAY, day.last, day.last, kind="week", named=False, exact=False,
                        notes=("the day the week ends",)), end
        monday, sunday = week_of(day.last)
        return self._stretch(monday, sunday, "week", part, "the end of that week", "that week"), end
