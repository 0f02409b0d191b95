"""Days named by their place in the week or by today: "today", "tomorrow", "COB Friday",
"first thing Monday", "this Friday", "next Tuesday", "the following Friday", "Friday week",
"Thursday or Friday", "Monday to Wednesday next week".

Weeks run Monday to Sunday. "Friday" is the next Friday after the day it was said (said on a
Friday, next week's); "this Friday" is this week's; "next Friday" the one in next week, the
later of its two common readings, and a guess; "the following Friday" and "Friday week" the
one after the coming Friday. After "next week, probably", a weekday falls in that week.
"""

from __future__ import annotations

import datetime as dt

from ..days.business import next_business_day
from .arithmetic import DAY, add_months, next_on_weekday, next_week, this_week
from .cursor import Cursor
from .vocabulary import PAST
from .when import Alt, When

#: How a weekday is pointed at: "this coming Friday", "next Friday", "the following Friday".
_MODIFIERS: dict[tuple[str, ...], str] = {
    ("this", "coming"): "coming", ("this", "upcoming"): "coming", ("the", "coming"): "coming", ("coming",): "coming",
    ("upcoming",): "coming", ("this",): "this", ("next",): "next", ("the", "following"): "following",
    ("following",): "following", ("the", "next"): "coming", ("last",): "last", ("this", "past"): "last",
    ("past",): "last", ("the",): "", ("on", "the"): "", ("previous",): "last", ("the", "previous"): "last",
}
#: What may follow a weekday and say which week: "Friday next week", "Tuesday of this week".
_WEEK_SUFFIX: dict[tuple[str, ...], str] = {
    ("of", "next", "week"): "next", ("next", "week"): "next", ("of", "the", "following", "week"): "after",
    ("of", "this", "week"): "this", ("this", "week"): "this", ("week",): "week", ("after", "next"): "after next",
    ("of", "the", "week", "after", "next"): "after next week", ("the", "week", "after", "next"): "after next week",
    ("in", "the", "week", "after", "next"): "after next week", ("of", "next", "wk"): "next",
    ("in", "a", "week"): "week", ("in", "a", "week's", "time"): "week", ("in", "two", "weeks"): "two weeks",
}
#: Words that join two weekdays or two dates: "Thursday or Friday", "Monday to Wednesday".
JOINS = {"or": True, "/": True, "and": True, "&": True, "-": False, "to": False, "through": False, "until": False,
         "till": False, "thru": False}



class WeekdayReader(Cursor):
    """Today, tomorrow and weekdays; "COB Friday" reads the day with the date reader's help."""

    # --- today, tomorrow, end of day -----------------------------------------------------

    def relative_day(self, i: int) -> tuple[When, int] | None:
        said = self.ctx.said_on
        j = self.opt(i, "first", "thing")
        j = self.opt(j, "the")
        if (k := self.seq(j, "day", "after", "tomorrow")) is not None:
            return When.day(said + 2 * DAY), self.after_time(k)
        word = self.w(j)
        for words, ahead in ((("this", "time", "next", "week"), 7), (("same", "time", "next", "week"), 7),
                             (("this", "time", "next", "month"), 31)):
            if (k := self.seq(j, *words)) is not None:  # "this time next week": a week today
                day = said + dt.timedelta(days=ahead) if ahead == 7 else add_months(said, 1)
                return When.day(day, named=False), k
        if word == "next" and self.w(j + 1) in ("working", "business", "work") and self.w(j + 2) == "day":
            return When.day(next_business_day(said, self.ctx.closed)), j + 3  # "the next working day"
        if word in ("next", "following") and self.w(j + 1) == "day" and self.w(j - 1) == "the" and self.prev is None:
            return When.day(said + DAY), j + 2  # "the next day", said of the day it was said
        if word == "tomorrow" and self.w(j + 1) == "week":  # "tomorrow week" (British): a week after tomorrow
            return When.day(said + 8 * DAY, named=False), j + 2
        if word == "tomorrow":
            return When.day(said + DAY), self.after_time(j + 1)
        if word in ("today", "tonight") or (word == "this" and self.w(j + 1) in ("morning", "afternoon", "evening")):
            return When.day(said, means_today=True), self.after_time(j + 1 + (word == "this"))
        if word == "now" and self.w(j - 1) in ("from", "between", "until", "til", "till", "to"):
            return When.day(said, means_today=True), j + 1
        if word == "yesterday":
            return When.day(said - DAY, past=True), j + 1
        if self.w(i - 1) in ("by", "before", "at", "around", "until", "after") and self.tok(j) is not None \
                and (self.tok(j).kind == "time" or word in ("noon", "midday", "lunchtime", "lunch")):
            return When.day(said, means_today=True), self.after_time(j)  # "by 5pm": today
        if word == "eod":
            k = self.opt(j + 1, "today")
            after = self.opt(self.skip(k), "on")
            found = [reader(after) for reader in (self.weekday_phrase, self.date_phrase)
                     if after < len(self.t) and self.w(after) != "today"]
            found = [f for f in found if f is not None]
            if found:
                return max(found, key=lambda f: f[1])  # "EOD Tuesday 12/8": the longest reading
            if self.w(after) == "tomorrow":
                return When.day(said + DAY), after + 1
            return When.day(said, means_today=True), k
        return None

    # --- weekdays ------------------------------------------------------------------------

    def weekday_phrase(self, i: int) -> tuple[When, int] | None:
        said = self.ctx.said_on
        j = self.opt(i, "first", "thing")
        j = self.opt(j, "on")
        modifier, j = self.longest(j, _MODIFIERS) or ("", j)
        first = self.weekday(j)
        if first is None:
            return None
        days, k, starts = [first[0]], first[1], [j]
        either = True
        while True:  # "Thursday or Friday", "Monday to Wednesday", "tues/weds"
            joined = self.skip(k)
            join = self.w(joined)
            if join not in JOINS:
                break
            nxt = self.opt(self.opt(joined + 1, "the"), "on")
            more = self.weekday(nxt)
            if more is None and join == "or" and self.w(nxt) == "next" and self.weekday(nxt + 1) is None \
                    and len(days) == 1:  # "this Friday or next": the same day next week
                days.append(days[0] + 7)
                starts.append(nxt)
                k = nxt + 1 + (self.w(nxt + 1) in ("week", "one"))
                continue
            if more is None:
                break
            either = either and JOINS[join]
            days.append(more[0])
            starts.append(nxt)
            k = more[1]
        k = self.after_time(k)
        suffix, k2 = self.longest(k, _WEEK_SUFFIX) or ("", k)
        if suffix in ("week", "two weeks") and (len(days) > 1 or modifier):
            suffix, k2 = "", k
        k = self.after_time(k2)
        if modifier == "last" or self.w(i - 1) in PAST:
            return When.day(said, past=True), k
        resolved = [self._resolve_weekday(day, modifier, suffix) for day in days if day < 7]
        if len(days) == 2 and days[1] >= 7 and resolved[0] is not None:  # "... or next": a week later
            resolved.append(When.day(resolved[0].last + dt.timedelta(days=7)))
        if any(r is None for r in resolved):
            return None
        for index in range(1, len(resolved)):  # each later one on or after the one before
            previous = resolved[index - 1].last
            if resolved[index].last < previous:
                again = next_on_weekday(previous, days[index], today_counts=False)
                resolved[index] = When.day(again, exact=resolved[index].exact)
        if len(resolved) == 1:
            return resolved[0], k
        late = max(resolved, key=lambda w: w.last)
        early = min(resolved, key=lambda w: w.last)
        words = self.typed(starts[resolved.index(early)], starts[resolved.index(early)] + 1)
        return When(early.last, late.last, late.last, kind="range", exact=False,
                    notes=("the later of the two" if either else "the end of the range they gave",),
                    alt=Alt(early.last, words) if early.last != late.last else None), k

    def _resolve_weekday(self, weekday: int, modifier: str, suffix: str) -> When | None:
        said = self.ctx.said_on
        coming = next_on_weekday(said, weekday)
        if self.within is not None and not modifier and not suffix:
            inside = next_on_weekday(self.within.first, weekday, today_counts=True)
            if inside <= self.within.end and inside > said:  # "by eow, latest Mon" said on a Monday: not today
                return When.day(inside)
        if suffix == "next":
            return When.day(next_week(said)[0] + dt.timedelta(days=weekday))
        if suffix == "after next week":
            return When.day(next_week(said)[0] + dt.timedelta(days=7 + weekday))
        if suffix == "this":
            return When.day(this_week(said)[0] + dt.timedelta(days=weekday))
        if suffix in ("week", "two weeks", "after next"):
            weeks = 2 if suffix == "two weeks" else 1
            day = coming + dt.timedelta(weeks=weeks)
            note = f"the {coming:%A} after the coming one" if suffix == "after next" else \
                f"{weeks} week{'s' if weeks > 1 else ''} after the coming {coming:%A}"
            return When.day(day, exact=False, notes=(note,), alt=Alt(coming, f"the coming {coming:%A}"))
        if modifier == "next":
            day = next_week(said)[0] + dt.timedelta(days=weekday)
            return When.day(day, exact=False, notes=("the one next week",),
                            alt=Alt(coming, f"the coming {coming:%A}") if coming != day else None)
        if modifier == "coming":
            return When.day(coming)
        if modifier == "this":
            day = this_week(said)[0] + dt.timedelta(days=weekday)
            if day < said:
                return When.day(coming, exact=False, notes=(f"the coming {coming:%A}, as this week's has passed",))
            return When.day(day, later=Alt(day + dt.timedelta(days=7), f"{day:%A} next week"))
        if modifier == "following":
            if self.prev is not None:
                return When.day(next_on_weekday(self.prev.end, weekday))
            day = coming + dt.timedelta(days=7)
            return When.day(day, exact=False, notes=(f"the {coming:%A} after the coming one",),
                            alt=Alt(coming, f"the coming {coming:%A}"))
        return When.day(coming, later=Alt(coming + dt.timedelta(days=7), f"{coming:%A} next week"))
