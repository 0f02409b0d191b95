"""The small grammar a timeline is read with, over the plain tokens (:mod:`tokens`):

    mention  := [relation] [fillers] core [postfix]      "before we break for Christmas"
    core     := "between" single "and" single             "between the 4th and the 8th"
              | single (to|through|until|-|or|/) single   "Oct 2 to Oct 22", "Thursday or Friday"
              | single
    single   := count (from|after|on|of|before) anchor    "three weeks from tomorrow"
              | (the) weekday|day|week (after|before) anchor   "the Monday after Thanksgiving"
              | [the next] count [time|from now|or so]    "in the next 2-4 weeks", "48 hours"
              | anchor                                    a day, a stretch or a holiday

An anchor is a day (:mod:`dates`), a stretch (:mod:`periods`) or a holiday (:mod:`named`);
the longest reading at a place wins. The relation ("by", "before", "after"...) and the
postfix ("at the latest", "or so") make it a deadline (:mod:`relations`). :meth:`scan` reads
the whole text left to right, mention after mention, remembering the last for "that week" and
letting a hedged day narrow it ("next week, probably Friday").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache

from .arithmetic import DAY, add_months, month_span, next_on_weekday, nth, week_of
from .counts import MARKS, CountReader
from .dates import DayReader
from .named import NamedReader, words_index
from .periods import PeriodReader
from .relations import deadline, of_count, of_offset, of_range
from .vocabulary import FILLERS, HEDGES, MONTHS, PARTS, PAST, PLEASANTRIES, POSTFIX, RELATIONS, WEEKDAYS
from .weekdays import WeekdayReader
from .weeks import WeekReader
from .when import Count, Found, Mention, Offset, Range, When, guess

_STARTERS = frozenset({
    "the", "this", "next", "a", "an", "end", "early", "mid", "late", "later", "tomorrow", "today", "tonight",
    "yesterday", "eod", "week", "weekend", "month", "quarter", "year", "between", "from", "first", "half", "that",
    "last", "within", "over", "coming", "upcoming", "following", "start", "beginning", "middle", "rest", "close",
    "back", "latter", "towards", "toward", "q1", "q2", "q3", "q4", "h1", "h2", "spring", "summer", "autumn", "fall",
    "winter", "bank", "public", "on", "by", "now", "midway", "halfway", "remainder", "tail", "current", "previous",
    "past", "every", "each", "earlier", "second", "third", "fourth", "final", "day",
}) | frozenset(w for key in RELATIONS for w in key[:1]) | frozenset(WEEKDAYS) | frozenset(MONTHS) | PLEASANTRIES


class Grammar(CountReader, WeekdayReader, DayReader, WeekReader, PeriodReader, NamedReader):

    # --- anchors ---------------------------------------------------------------------------

    def anchor(self, i: int) -> tuple[When, int] | None:
        best = None
        for reader in (self.relative_day, self.date_phrase, self.weekday_phrase, self._week_of, self.nth_week,
                       self.day_of_period, self.nth_weekday,
                       self.week_phrase, self.month_phrase, self.quarter_phrase, self.year_phrase, self.season_phrase,
                       self.named_part, self.named_phrase, self.relative_to):
            found = reader(i)
            if found is not None and found[0] is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    def _week_of(self, i: int) -> tuple[When, int] | None:
        return self.week_of_phrase(i, lambda k: self.date_phrase(k) or self.weekday_phrase(k) or self.named_phrase(k))

    def relative_to(self, i: int) -> tuple[When, int] | None:
        """"the Monday after Thanksgiving", "the day before the 14th", "the week after Easter",
        "the week after" (the one the last mention meant)."""
        j = self.opt(i, "the")
        weekday = self.weekday(j)
        if weekday is not None:
            what, k = weekday[0], weekday[1]
        elif self.w(j) in ("day", "week", "month") and (self.w(j - 1) == "the" or self.w(j) == "day"):
            what, k = self.w(j), j + 1
        else:
            return None
        relation = self.w(k)
        if relation not in ("after", "before", "following") or self.w(k + 1) == "next":
            return None
        found = self.anchor(k + 1)
        if found is None or found[0] is None or found[0].past:
            if self.prev is None or relation == "before":
                return None
            anchor, end = self.prev, k + 1
        else:
            anchor, end = found
        back = relation == "before"
        if isinstance(what, int):
            if back:
                day = anchor.first - dt.timedelta(days=(anchor.first.weekday() - what - 1) % 7 + 1)
            else:
                day = next_on_weekday(anchor.end + dt.timedelta(days=anchor.through), what)
            return When.day(day, exact=anchor.exact, notes=anchor.notes), end
        if what == "day":
            return When.day(anchor.first - DAY if back else anchor.end + DAY, exact=anchor.exact), end
        if what == "month":
            start = add_months(anchor.first.replace(day=1), -1 if back else 1)
            first, last = month_span(start.year, start.month)
            return When(first, last, last, kind="month", named=False, exact=False, notes=("the end of that month",)), end
        reference = anchor.first if back else anchor.end + dt.timedelta(days=anchor.through)
        if not back and reference.weekday() == 0 and reference in self.ctx.closed:
            reference -= 3 * DAY  # a Monday holiday: "the week after the bank holiday" is the week it ends
        monday = week_of(reference)[0] + dt.timedelta(days=-7 if back else 7)
        return When(monday, monday + 4 * DAY, monday + 6 * DAY, kind="week", named=False, exact=False,
                    notes=("the end of that week",)), end

    # --- a mention --------------------------------------------------------------------------

    def single(self, i: int, hint: When | None = None) -> tuple[object, int] | None:
        best = None
        if hint is not None and hint.kind == "day" and hint.named:
            dated = self.date_phrase(self.opt(i, "the") if self.w(i) == "the" else i, month_hint=(hint.last.month, hint.last.year))
            if dated is not None and dated[0].last >= hint.last:
                best = dated
            elif dated is not None:
                again = self.date_phrase(i, month_hint=((hint.last.month % 12) + 1, hint.last.year + (hint.last.month == 12)))
                best = again if again is not None and again[0].last >= hint.last else None
        for reader in (self.offset, self.duration, self.anchor):
            found = reader(i)
            if found is not None and found[0] is not None and (best is None or found[1] > best[1]):
                best = found
        return best

    @staticmethod
    def _between_ends(period: When) -> When:
        """The days a break's name spans between its two ends ("between Christmas and New
        Year": 26 to 31 December), read at their latest, as a guess: not a day it names."""
        first, last = period.first + dt.timedelta(days=2), period.end - dt.timedelta(days=1)
        return When(first, last, last, kind="range", named=False, exact=False,
                    notes=("the days between the two, at their latest",))

    def core(self, i: int) -> tuple[object, int, str] | None:
        if self.w(i) in ("between", "from"):
            opening = self.w(i)
            start = self.single(i + 1)
            if opening == "between" and start is not None and isinstance(start[0], When) and start[0].kind == "period" \
                    and "and" in (self.w(x) for x in range(i + 1, start[1])):
                return self._between_ends(start[0]), start[1], ""  # "between Christmas and New Year": one name
            bare = self.day_number(i + 1, bare=True) if start is None else None
            if start is not None or bare is not None:
                k = self.skip(start[1] if start else bare[1])
                joins = ("and", "&", "to", "-") if opening == "between" else ("to", "until", "till", "through", "-", "thru")
                if self.w(k) in joins:
                    stop = self.single(k + 1, hint=start[0] if start and isinstance(start[0], When) else None)
                    if stop is not None and start is None and isinstance(stop[0], When) and stop[0].kind == "day":
                        first = self.date_phrase(i + 1, month_hint=(stop[0].last.month, stop[0].last.year))
                        start = first if first is not None and first[0].last <= stop[0].last else None
                    if start is not None and stop is not None and type(start[0]) is type(stop[0]):
                        return Range(start[0], stop[0], either=False, start_words=self._short(start[0], i + 1, start[1])), \
                            stop[1], opening
            if opening == "between":
                return None
        first = self.single(i)
        if first is None:
            return None
        expr, j = first
        last_start = i
        while True:  # "Friday or Monday", "the 9th or 10th or 11th", "Oct 2 to Oct 22"
            k = self.skip(j)
            join = self.w(k)
            if join not in ("to", "through", "until", "till", "thru", "-", "or", "/") or (join == "-" and self.tok(k).kind != "punct"):
                break
            after = self.opt(k + 1, "even") if join == "or" else k + 1
            last = expr.stop if isinstance(expr, Range) else expr
            before, self.prev = self.prev, (last if isinstance(last, When) else self.prev)  # "Friday or the following Monday"
            second = self.single(after, hint=last if isinstance(last, When) else None)
            self.prev = before
            if second is None or type(second[0]) is not type(last) or getattr(second[0], "past", False):
                break
            words = self._short(last, last_start, j)  # the one before the last: the other likely reading
            expr, j, last_start = Range(expr, second[0], either=join in ("or", "/"), start_words=words), second[1], after
        return expr, j, ""

    def _short(self, expr: object, start: int, end: int) -> str:
        """How to name the start of a range in "If they meant ...": "the 9th", "Monday", or
        the words as typed."""
        typed = self.typed(start, end)
        if isinstance(expr, When) and expr.kind == "day" and expr.first == expr.last:
            words = {self.w(x) for x in range(start, end)}
            if not words & set(MONTHS) and any(self.tok(x).kind in ("ord", "num") for x in range(start, end)):
                return f"the {nth(expr.last.day)}"
            if words & set(WEEKDAYS) and not words & set(MONTHS):
                return f"{expr.last:%A}"
        return typed

    def mention(self, i: int) -> Mention | None:
        noise = self._pleasantry(i)
        if noise is not None:
            return noise
        if (measured := self.measure(i)) is not None:
            return Mention(i, measured, past=True)
        relation, j = self.longest(i, RELATIONS) or (None, i)
        if self.w(i) == "following" and (self.weekday(i + 1) or self.w(i + 1) in ("week", "month", "day", "weekend")):
            relation, j = None, i  # "following Friday", "following week": which one, not "after"
        if relation == "before" and (part := self.longest(j, PARTS)) is not None and part[0][0] == "end":
            relation = "by"
        j = self.opt(j, "sometime") if self.w(j) == "sometime" else j
        parsed = self.core(j)
        if parsed is None and relation in ("before", "after", "until") and self.w(i) not in ("to", "on", "at", "for"):
            for skip in range(1, 5):
                if not all(self.w(x) in FILLERS for x in range(j, j + skip)):
                    break
                parsed = self.core(j + skip)
                if parsed is not None and isinstance(parsed[0], When) and parsed[0].kind in ("holiday", "period", "day", "week"):
                    break
                parsed = None
        if parsed is None and relation is not None and j > i:
            parsed, relation = self.core(i), None  # a word that was not a relation after all
        if parsed is None:
            return None
        expr, k, opening = parsed
        if isinstance(expr, When) and expr.impossible:
            return Mention(i, k, past=True, impossible=True)
        if isinstance(expr, Count) and self.w(i) == "by" and expr.unit not in ("hour", "minute"):
            return Mention(i, k, past=True)  # "slipped by a week": how much later, not when
        if self.w(i - 1) == "not" and relation is None:  # "not Monday"
            return Mention(i, k, past=True)
        if opening == "from" and isinstance(expr, Range):
            relation = relation if relation not in (None, "from") else "by"
        if self.w(k) == "ago" or self.w(i - 1) in PAST and self.w(i) not in ("by", "before", "on"):
            return Mention(i, k + (self.w(k) == "ago"), past=True)
        postfix = self.longest(self.skip(k), POSTFIX)
        if postfix is not None:
            k = postfix[1]
        found, ref = self.evaluate(relation, expr)
        if found is None:
            return Mention(i, k, past=True, ref=ref)
        if isinstance(expr, Count) and self.w(k) in ("of", "from", "after") and self.anchor(k + 1) is None:
            tail = k + 1  # "within two weeks of the closing date": a day we do not know
            while tail < len(self.t) and tail < k + 6 and self.tok(tail).kind == "word" and self.w(tail) not in ("and", "but", "so"):
                tail += 1
            given = self.anchor(self.skip(tail, ("(", ",", ":", "-", "on", "i", "e", ".", "which", "is")))
            if tail > k + 1 and given is not None and given[0] is not None and not given[0].past:
                found = of_offset(Offset(expr, given[0]), self.ctx)  # "of the closing date (11 December)"
                found = replace(found, notes=found.notes + (f"counting from {self.ctx.long(given[0].last)}, "
                                                            f"'{self.typed(k + 1, tail)}'",))
                k = given[1] + (self.w(given[1]) == ")")
                return Mention(i, k, found=found, ref=When.day(found.day))
            if tail > k + 1:
                found = guess(found, f"counted from the day they said it, as we don't know when '{self.typed(k + 1, tail)}' is")
                k = tail
        if postfix is not None and postfix[0] == "earliest":
            found = guess(found, "at the earliest: it may take longer")
        elif postfix is not None and postfix[0] == "around":
            found = guess(found, "or so")
        return Mention(i, k, found=found, ref=ref)

    def evaluate(self, relation: str | None, expr: object) -> tuple[Found | None, When | None]:
        said = self.ctx.said_on
        if isinstance(expr, When):
            if expr.past:
                return None, None
            found = deadline(relation or "by", expr, self.ctx)
            if relation == "after":
                return found, When(found.day, found.day, found.day + 6 * DAY, kind="after", named=False)
            if relation == "before":
                return found, When.day(found.day)
            return found, expr
        if isinstance(expr, Count):
            if relation == "after":  # "after 2 weeks": the first working day after them
                counted = of_count(expr, self.ctx)
                return deadline("after", When.day(counted.day, label=expr.words), self.ctx), When.day(counted.day)
            found = of_count(expr, self.ctx)
            if relation == "around":
                found = guess(found, "about that long")
            elif relation == "from":  # "at least 2 weeks"
                found = guess(found, "at least that long: it may take longer")
            return found, When(said, found.day, found.day, kind="span", named=False)
        if isinstance(expr, Offset):
            found = of_offset(expr, self.ctx)
            if relation == "around":
                found = guess(found, "about then")
            return found, When.day(found.day)
        if isinstance(expr, Range):
            first, _ = self.evaluate(relation, expr.start)
            second, ref = self.evaluate(relation, expr.stop)
            if first is None or second is None:
                return None, None
            found = of_range(expr, first, second, self.ctx)
            return found, When(first.day, found.day, (ref.end if ref else found.day), kind="range", named=False)
        return None, None

    def _pleasantry(self, i: int) -> Mention | None:
        """"Have a lovely Christmas", "happy holidays", "enjoy the long weekend": not about when;
        nor is "every Monday"."""
        if self.w(i) in ("every", "each") and (self.weekday(i + 1) or self.weekday(i + 1, plural=True)):
            return Mention(i, i + 2, past=True)
        if self.w(i) not in PLEASANTRIES:
            return None
        j = i + 1
        while j < i + 5 and self.w(j) in PLEASANTRIES | {"a", "an", "the", "your", "you", "great", "very", "rest", "of",
                                                         "lovely", "restful", "break", "time", "over"}:
            j += 1
        for reader in (self.named_phrase, self.week_phrase):
            found = reader(j)
            if found is not None:
                return Mention(i, found[1], past=True)
        if self.w(j) in ("weekend", "week", "day", "holiday", "holidays", "break", "evening"):
            return Mention(i, j + 1, past=True)
        return None

    # --- the whole text -----------------------------------------------------------------------

    def scan(self) -> list[Mention]:
        mentions: list[Mention] = []
        i = 0
        while i < len(self.t):
            if not self._may_start(i):
                i += 1
                continue
            self.within = self._narrowed(mentions, i)
            m = self.mention(i)
            within, self.within = self.within, None
            if m is None:
                i += 1
                continue
            if within is not None and m.found is not None and within.first <= m.found.day <= within.end \
                    and isinstance(m.ref, When) and m.ref.kind in ("day", "range"):
                m.refines = True
            if m.ref is not None and not m.past:
                self.prev = m.ref
            mentions.append(m)
            i = max(m.end, i + 1)
        return mentions

    def _may_start(self, i: int) -> bool:
        t = self.t[i]
        return t.kind in ("num", "ord", "numdate") or t.w in _STARTERS or (t.kind == "word" and (t.w,) in _first_words())

    def _narrowed(self, mentions: list[Mention], i: int) -> When | None:
        """The stretch the last mention meant, when only hedges stand between it and here:
        "next week, probably Friday", "after Thanksgiving - likely the Tuesday"."""
        if not mentions or mentions[-1].past or mentions[-1].ref is None:
            return None
        last = mentions[-1]
        if last.ref.kind not in ("week", "after", "span", "month", "period") or not 0 <= i - last.end <= 6:
            return None
        between = [self.w(x) for x in range(last.end, i)]
        if not all(word in HEDGES or word in MARKS for word in between):
            return None
        return last.ref




@cache
def _first_words() -> frozenset[tuple[str, ...]]:
    """The first word of every holiday name: where a mention of one may start."""
    return frozenset(key[:1] for key in words_index())
