"""Days the words write out: "12 December", "Dec 12th, 2027", "the 12th", "the twenty-second",
"Jan first", "Oct-2", "Monday 21", "12/4" and "4.22" (in the person's order), "2026-12-12",
and the days between two ("14-18 Dec", "April 9th through the 17th", "Oct 2 to Oct 22").

A written date keeps its date; without a year it is the next time it comes round; a weekday
written with it that does not match is kept and flagged, with the nearest such weekday
offered; a day that does not exist ("30 February") is not read, nor is any part of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..days.written import orders
from .arithmetic import DAY, add_months, next_nth, nth, valid_date
from .cursor import Cursor
from .vocabulary import COUNTED, DAY_KINDS, UNITS
from .when import Alt, When, day_month, nearest_weekday, year_after


class DayReader(Cursor):
    """Written dates: with a month's name, in numbers, or a day of the month alone."""

    # --- written dates -------------------------------------------------------------------

    def date_phrase(self, i: int, month_hint: tuple[int, int | None] | None = None) -> tuple[When, int] | None:
        """A written date, with or without a weekday before it; ``month_hint`` is the month
        (and year) a bare day takes when it ends a range ("April 9th through the 17th")."""
        j = self.opt(i, "on")
        if self.w(j) in ("next", "this", "coming") and self.weekday(j + 1) is not None:
            j += 1  # "next Friday the 11th": the date says which Friday
        weekday = None
        found_weekday = self.weekday(j)
        if found_weekday is not None:
            weekday, j = found_weekday[0], self.skip(found_weekday[1])
        the = self.w(j) == "the"
        k = j + the
        for reader in (self._month_first, self._day_first, self._numeric):
            found = reader(k, weekday)
            if found is not None:
                return found
        # a day of the month alone: "the 12th", "Friday the 9th", "the 27", "the 12th of next month"
        day = self.day_number(k, bare=the or weekday is not None)
        if day is None:
            return None
        number, end, suffixed = day
        of = self.seq(end, "of")
        of_month = of is not None and self.w(of) in ("this", "next", "the") and self.w(of + 1) == "month"
        if not the and weekday is None and self.tok(k).spelled and not of_month:
            return None  # "first", "second" alone count things more often than they name days
        if of_month:
            if self.w(of) == "the":  # "the first of the month": the next one
                when = next_nth(self.ctx.said_on, number)
                return (self._dated(when, weekday, ()), self.after_time(of + 2)) if when else None
            start = add_months(self.ctx.said_on.replace(day=1), 1 if self.w(of) == "next" else 0)
            when = valid_date(start.year, start.month, number)
            if when is None:
                return When.day(self.ctx.said_on, past=True, impossible=True), of + 2
            again = next_nth(max(when, self.ctx.said_on) + DAY, number)
            later = Alt(again, f"the {nth(number)} of {again:%B}") if again and when < self.ctx.said_on else None
            return self._dated(when, weekday, (), later=later), self.after_time(of + 2)
        if self.month(end) is not None or (self.w(end) == "of" and self.month(end + 1) is not None):
            return None  # "the 30th of February": the month reader refused it
        if month_hint is not None:
            month, year = month_hint
            when = valid_date(year or self.ctx.said_on.year, month, number)
            if when is None:
                return None
            return self._dated(when, weekday, ()), self.after_time(end)
        start = self.within.first if self.within is not None and self.within.kind in ("month", "week") else self.ctx.said_on
        when = next_nth(start, number)
        if when is None:
            return None
        if weekday is not None and when.weekday() != weekday and self.within is None:
            recent = next_nth(self.ctx.said_on - dt.timedelta(days=14), number)
            if recent is not None and recent < self.ctx.said_on and recent.weekday() == weekday:
                return When.day(recent, exact=False, later=Alt(when, f"the {nth(number)} of {when:%B}")), \
                    self.after_time(end)  # "on Monday 30th": a few days ago, by the weekday
        again = next_nth(max(when, self.ctx.said_on) + DAY, number)
        later = Alt(again, f"the {nth(number)} of {again:%B}") if again else None
        notes = () if suffixed or self.tok(k).spelled or weekday is not None else (f"the {nth(number)} of {when:%B}",)
        return self._dated(when, weekday, notes, later=later, exact=suffixed or self.tok(k).spelled or weekday is not None), \
            self.after_time(end)

    def _dated(self, day: dt.date, weekday: int | None, notes: tuple[str, ...], later: Alt | None = None,
               exact: bool = True, rolled: bool = False) -> When:
        """A written day: kept as it is; a weekday written with it that does not match is
        flagged, with the nearest such weekday offered."""
        alt = None
        exact = exact and not rolled  # "30 November" said on 1 December: next year's, or a day that has passed
        if weekday is not None and weekday != day.weekday():
            nearest = nearest_weekday(day, weekday, self.ctx.said_on)
            notes += (f"that is a {day:%A}, not a {nearest:%A}",)
            exact, alt = False, Alt(nearest, f"{nearest:%A}")
        return When.day(day, exact=exact, notes=notes, alt=alt, later=later, rolled=rolled)

    def _written(self, day: int, month: int, year: int | None, weekday: int | None) -> When | None:
        when, notes = day_month(self.ctx.said_on, day, month, year)
        if when is None:  # "30 February": no reading, and no shorter one either ("February" alone)
            return When.day(self.ctx.said_on, past=True, impossible=True)
        later = year_after(when, self.ctx.said_on) if year is not None and when < self.ctx.said_on else None
        return self._dated(when, weekday, notes, later=later, rolled=self._just_passed(when, notes))

    def _just_passed(self, when: dt.date, notes: tuple[str, ...]) -> bool:
        """A day and month read as next year's that had passed only weeks before: likely about
        the past ("we met on 20 November"), not when they will decide."""
        return bool(notes) and (when - self.ctx.said_on).days > 183

    def _span(self, first: When, last: When, either: bool = False) -> When:
        return When(first.last, last.last, last.last, kind="range", exact=False, named=True,
                    notes=last.notes + ("the later of the two" if either else "the end of the range they gave",),
                    alt=Alt(first.last, f"the {nth(first.last.day)}" if either else self.ctx.long(first.last))
                    if first.last != last.last else None)

    def _month_first(self, i: int, weekday: int | None) -> tuple[When, int] | None:
        """"December 12", "Dec. 12th, 2027", "Oct-2", "Jan first", "Dec 14-18", "April 9th through the 17th"."""
        month = self.month(i)
        if month is None:
            return None
        number, j = month
        j = self.opt(self.skip(j, ("-", "/")), "the")
        t = self.tok(j)
        if t is not None and t.kind == "numdate" and t.sep in "-/" and len(t.parts) == 2 and self.w(j + 1) not in UNITS \
                and all(len(part) <= 2 for part in t.parts):
            first, last = int(t.parts[0]), int(t.parts[1])
            year, end = self.year(j + 1) or (None, j + 1)
            start, stop = self._written(first, number, year, None), self._written(last, number, year, None)
            if start.impossible or stop.impossible:
                return (start if start.impossible else stop), end
            either = t.sep == "/"  # "Dec 14/15": one or the other
            return (self._span(start, stop, either), self.after_time(end)) if start.last <= stop.last else None
        day = self.day_number(j, bare=True)
        if day is None:
            return None
        year, end = self.year(day[1]) or (None, day[1])
        when = self._written(day[0], number, year, weekday)
        if when.impossible:
            return when, end
        end = self.after_time(end)
        # "Dec 14 - 18", "December 9th through the 11th", "Oct 2 to Oct 22"
        join = self.skip(end)
        either = self.w(join) == "or"
        if self.w(join) in ("-", "to", "through", "until", "till", "thru", "or"):
            after_join = self.opt(join + 1, "the")
            again = self._month_first(after_join, None)
            if again is None:
                stop_day = self.day_number(after_join, bare=True)
                if stop_day is not None:
                    year2, stop_end = self.year(stop_day[1]) or (year, stop_day[1])
                    stop = self._written(stop_day[0], number, year2, None)
                    if not stop.impossible and stop.last < when.last:
                        stop = self._written(stop_day[0], number % 12 + 1, year2, None)
                    if not stop.impossible and stop.last >= when.last:
                        return self._span(when, stop, either), self.after_time(stop_end)
            elif again[0].last >= when.last:
                return self._span(when, again[0], either), again[1]
            elif when.rolled and year is None:  # "Oct 2 to Oct 22" said on the 16th: this October's
                start = self._written(day[0], number, again[0].last.year, weekday)
                if not start.impossible and start.last <= again[0].last:
                    return self._span(start, again[0]), again[1]
        return when, end

    def _day_first(self, i: int, weekday: int | None) -> tuple[When, int] | None:
        """"12 December", "the 12th of Dec 2027", "second of Aug", "7th-11th December", "14-18 Dec"."""
        t = self.tok(i)
        if t is not None and t.kind == "numdate" and t.sep == "-" and len(t.parts) == 2:
            month = self.month(self.opt(i + 1, "of"))
            if month is None:
                return None
            year, end = self.year(month[1]) or (None, month[1])
            start = self._written(int(t.parts[0]), month[0], year, None)
            stop = self._written(int(t.parts[1]), month[0], year, None)
            if start.impossible or stop.impossible:
                return (start if start.impossible else stop), end
            return (self._span(start, stop), self.after_time(end)) if start.last <= stop.last else None
        day = self.day_number(i, bare=True)
        if day is None:
            return None
        first_day, j = day[0], day[1]
        second_day = None
        join = self.w(j)
        either = join in ("or", "/")
        if join in ("-", "to", "and", "through", "until", "till", "or", "/") and self.tok(j).kind != "time":
            more = self.day_number(self.opt(j + 1, "the"), bare=True)
            if more is not None and (self.month(self.opt(more[1], "of")) is not None):
                second_day, j = more[0], more[1]
        month = self.month(self.opt(j, "of"))
        if month is None:
            return None
        year, end = self.year(month[1]) or (None, month[1])
        if second_day is not None:
            start = self._written(first_day, month[0], year, weekday)
            stop = self._written(second_day, month[0], year, None)
            if start.impossible or stop.impossible:
                return (start if start.impossible else stop), end
            if stop.last < start.last:
                return None
            return self._span(start, stop, either), self.after_time(end)
        when = self._written(first_day, month[0], year, weekday)
        return when, (end if when.impossible else self.after_time(end))

    def _numeric(self, i: int, weekday: int | None) -> tuple[When, int] | None:
        """"12/4", "12/4/2026", "4-22", "18.12", "2026-12-18": in the person's order, the other
        offered when it is a date too."""
        t = self.tok(i)
        if t is None or t.kind != "numdate" or self.w(i + 1) in UNITS or self.w(i + 1) in DAY_KINDS \
                or self.w(i + 1) in COUNTED or self.w(i + 1) in ("k", "pm", "am", "%", "people", "hours") \
                or (t.sep == "-" and self.w(i - 1) in ("open", "hours", "work", "working", "shift", "from", "office")):
            return None  # "3-4 people", "open 9-5": not dates
        parts = t.parts
        if len(parts) == 3 and len(parts[0]) == 4:
            day = valid_date(int(parts[0]), int(parts[1]), int(parts[2]))
            if day is None:
                return None
            later = year_after(day, self.ctx.said_on) if day < self.ctx.said_on else None
            return self._dated(day, weekday, (), later=later), self.after_time(i + 1)
        if any(len(part) > 2 for part in parts[:2]) or (len(parts) == 3 and len(parts[2]) not in (2, 4)):
            return None
        year = None if len(parts) == 2 else int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
        if t.sep == "." and len(parts) == 2 and len(parts[1]) == 1:
            return None  # "1.5": a number, not a date
        readings = []
        for month, day in orders(int(parts[0]), int(parts[1]), self.ctx.month_first):
            when, notes = day_month(self.ctx.said_on, day, month, year)
            if when is not None:
                readings.append((when, notes, (month, day)))
        if not readings:
            return None
        if len(readings) == 2 and year is not None and readings[1][0] < self.ctx.said_on:
            readings = readings[:1]  # "12/8/26" said in December 2026: 12 August had passed
        fits = ""
        if len(readings) == 2 and weekday is not None and [r[0].weekday() == weekday for r in readings].count(True) == 1:
            readings = [r for r in readings if r[0].weekday() == weekday]  # "Tuesday 12/8": the order its weekday fits
            fits = f"the order that falls on a {readings[0][0]:%A}"
        preferred = (int(parts[0]), int(parts[1])) if self.ctx.month_first else (int(parts[1]), int(parts[0]))
        name = {True: "month/day", False: "day/month"}
        mine = readings[0][2] == preferred
        when, notes, _ = readings[0]
        if len(readings) == 2:
            other, other_notes, _ = readings[1]
            theirs, others = name[self.ctx.month_first], name[not self.ctx.month_first]
            if year is None and notes and not other_notes and (when - self.ctx.said_on).days > 183 \
                    and (other - self.ctx.said_on).days <= 92:
                # theirs had passed this year, the other is weeks away: the other it is
                found = self._dated(other, weekday, (f"taken as {others}, as {theirs} would have passed",), exact=False)
                return replace(found, alt=found.alt or Alt(when, theirs)), self.after_time(i + 1)
            found = self._dated(when, weekday, (f"taken as {theirs}",) + notes, exact=False,
                                rolled=self._just_passed(when, notes))
            return replace(found, alt=found.alt or Alt(other, others)), self.after_time(i + 1)
        if not mine:
            why = fits or f"as {preferred[0]} cannot be a month"
            notes = (f"taken as {name[not self.ctx.month_first]}, {why}",) + notes
            return self._dated(when, weekday, notes, exact=False, rolled=self._just_passed(when, notes[1:])), \
                self.after_time(i + 1)
        later = year_after(when, self.ctx.said_on) if year is not None and when < self.ctx.said_on else None
        return self._dated(when, weekday, notes, later=later, rolled=self._just_passed(when, notes)), \
            self.after_time(i + 1)

