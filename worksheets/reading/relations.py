"""From what the words point to, to a deadline: "by X" is X read at its latest, "before X"
the last working day before it, "after X" the first working day after it (a guess: they did
not say how long after); a count runs from the day it was said, or from the day named;
"X or Y" and "X to Y" end at the later. Then the deadline is settled: a computed day that is
not a working day moves to one, a day that is the one it was said (or before it) is a guess
with the later reading offered, and the whole is said in one line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from typing import Collection

from ..days.business import (
    add_business_days, is_business_day, next_business_day, on_or_after, on_or_before, previous_business_day,
)
from .arithmetic import add_months, next_on_weekday, week_of
from .when import Alt, Context, Count, Found, Offset, Range, When, guess


def _label(when: When, at: dt.date, ctx: Context) -> str:
    """"Thanksgiving (Thursday 26 November 2026)", or the date alone."""
    return f"{when.label} ({ctx.long(at)})" if when.label else ctx.long(at)


def _own(when: When) -> tuple[str, ...]:
    """What a holiday's reading said about itself ("Thanksgiving in the US"), kept with it."""
    return when.notes if when.kind in ("holiday", "period") else ()


def before(when: When, ctx: Context) -> Found:
    """The last working day before the stretch begins; a holiday whose break may start the
    day before (Christmas Eve) offers the day before that too."""
    day = previous_business_day(when.first, ctx.closed)
    sure = when.exact or when.kind in ("week", "month", "quarter", "year")  # where a stretch begins is sure
    found = Found(day, exact=sure and when.kind not in ("weekend", "period"), named=False,
                  notes=_own(when) + (f"the last {ctx.working} day before {_label(when, when.first, ctx)}",))
    if when.eve is not None:
        other = previous_business_day(when.eve, ctx.closed)
        if other != day:
            found = guess(found, "", Alt(other, f"before the break, from {ctx.long(when.eve)}", named=False))
    return found


def after(when: When, ctx: Context) -> Found:
    """The first working day after the stretch (and the days offices close with it): when
    exactly after, they did not say, so it is a guess, with the end of that week offered."""
    end = when.end + dt.timedelta(days=when.through)
    day = next_business_day(end, ctx.closed)
    friday = on_or_before(week_of(day)[0] + dt.timedelta(days=4), ctx.closed)
    skipped = f", as many offices close on {ctx.long(end)} too" if when.through else ""
    return Found(day, exact=False, named=False, notes=_own(when) + (f"the first {ctx.working} day after {_label(when, when.end, ctx)}{skipped}",),
                 alternative=Alt(friday, "later that week", named=False) if friday > day else None)


def by(when: When) -> Found:
    return Found(when.last, exact=when.exact, named=when.named, notes=when.notes, alternative=when.alt,
                 later=when.later, means_today=when.means_today)


def deadline(relation: str, when: When, ctx: Context) -> Found:
    """The deadline ``relation`` ("by", "before", "after", "in", "over", "around", "from",
    "until") makes of ``when``."""
    holiday = when.kind in ("holiday", "period")
    if relation == "before" and when.ends:  # "before the end of the month", "before year end": by then
        relation = "by"
    if relation == "before" or (relation in ("by", "until") and when.kind == "period"):
        return before(when, ctx)
    if relation == "after" or (relation == "over" and (holiday or when.kind == "weekend")):
        return after(when, ctx)
    if relation in ("in", "over", "from") and when.early is not None:
        return Found(when.early, exact=False, named=False,
                     notes=(f"the first two weeks after {_label(when, when.first, ctx)} at their latest",))
    found = by(when)
    if relation == "around":
        return guess(found, "around that day")
    if relation == "from":
        return guess(found, "the day it starts from")
    return found


def count_from(start: dt.date, count: Count, ctx: Context, *, back: bool = False) -> Found:
    """``count`` units after ``start`` (or before it, ``back``): weeks and months on the
    calendar; days counted as said, else working days up to five and calendar days beyond;
    hours as working days; "two Fridays" the second Friday."""
    sign = -1 if back else 1
    exact = not count.vague and count.low is None
    unit, n = count.unit, count.n
    if unit.startswith("weekday:"):  # "two Fridays from now": the second Friday
        day = start
        for _ in range(max(1, count.whole)):
            day = next_on_weekday(day, int(unit[8:])) if not back else \
                day - dt.timedelta(days=(day.weekday() - int(unit[8:]) - 1) % 7 + 1)
        return Found(day, exact=exact)
    if unit in ("fortnight", "week"):
        days = round(n * (14 if unit == "fortnight" else 7))
        return Found(start + sign * dt.timedelta(days=days), exact=exact, named=False)
    if unit in ("month", "quarter", "year"):
        months = n * {"month": 1, "quarter": 3, "year": 12}[unit]
        whole = int(months)
        day = add_months(start, sign * whole) + sign * dt.timedelta(days=round((months - whole) * 30.4))
        return Found(day, exact=exact, named=False)
    if unit == "minute" or (unit == "hour" and n < 24):  # "in 2 hours", "within the hour": today
        return Found(start, exact=exact, means_today=True)
    days = count.whole if unit == "day" else -(-int(n) // 24)  # hours: whole days, rounded up
    kind = count.kind if unit == "day" else ""
    calendar = start + sign * dt.timedelta(days=days)
    business = (add_business_days(start, days, ctx.closed) if not back else
                _business_back(start, days, ctx))
    plural = "day" if days == 1 else "days"
    if kind == "calendar":
        return Found(calendar, exact=exact, named=False)
    if kind == "business":
        return Found(business, exact=exact)
    said = f"{count.words}: " if unit == "hour" and count.words else ""
    if days <= 5 or unit == "hour":
        return Found(business, exact=False, notes=(f"{said}counting {days} {ctx.working} {plural}",),
                     alternative=Alt(calendar, f"{days} calendar {plural}", named=False))
    return Found(calendar, exact=False, named=False, notes=(f"counting {days} calendar {plural}",),
                 alternative=Alt(business, f"{days} {ctx.working} {plural}"))


def _business_back(start: dt.date, days: int, ctx: Context) -> dt.date:
    for _ in range(days):
        start = previous_business_day(start, ctx.closed)
    return start


def of_count(count: Count, ctx: Context, start: dt.date | None = None) -> Found:
    """A count from the day it was said (or ``start``); a range ends at its end, and offers
    its start."""
    start = start or ctx.said_on
    found = count_from(start, count, ctx)
    if count.low is not None:
        low = count_from(start, replace(count, n=count.low, low=None, vague=False), ctx)
        words = f"{count.low:g} {'' if count.kind == '' else ctx.working + ' ' if count.kind == 'business' else 'calendar '}"
        unit = count.unit if not count.unit.startswith("weekday") else "day"
        reason = f"{words}{unit}{'' if count.low == 1 else 's'}"
        found = guess(found, "the end of the range they gave", Alt(low.day, reason, named=low.named) if low.day != found.day else None)
    elif count.vague:
        plural = "" if count.n == 1 else "s"
        unit = count.unit if not count.unit.startswith("weekday") else "day"
        found = guess(found, f"'{count.words}' read as {count.n:g} {unit}{plural}" if count.words else "")
    return found


def of_offset(offset: Offset, ctx: Context) -> Found:
    """A count from a day named: "three weeks from tomorrow", "2 weeks before Christmas"."""
    anchor = offset.anchor
    found = count_from(anchor.last, offset.count, ctx, back=offset.before)
    if not anchor.exact or offset.count.vague or offset.count.low is not None:
        vague = f"'{offset.count.words}' read as {offset.count.n:g}" if offset.count.vague and offset.count.words else ""
        found = guess(found, vague, anchor.alt and Alt(count_from(anchor.alt.day, offset.count, ctx, back=offset.before).day,
                                                        f"counting from {anchor.alt.reason}", named=False))
    how = "before" if offset.before else "from"
    return replace(found, notes=found.notes + (f"counting {how} {_label(anchor, anchor.last, ctx)}",) if anchor.label else found.notes)


def of_range(rng: Range, first: Found, second: Found, ctx: Context) -> Found:
    """"Monday or Tuesday", "the 4th to the 8th": the later, a guess, with the earlier offered."""
    late, early = (second, first) if second.day >= first.day else (first, second)
    note = "the later of the two" if rng.either else "the end of the range they gave"
    reason = rng.start_words or ctx.long(early.day)
    return Found(late.day, exact=False, named=late.named, notes=late.notes + (note,),
                 alternative=Alt(early.day, reason, named=early.named) if early.day != late.day else None,
                 later=late.later)


# --- settling a deadline ----------------------------------------------------------------


def settle(day: dt.date, named: bool, ctx: Context) -> tuple[dt.date, str]:
    """Move a computed date that falls on a day off to the last business day before it, or,
    when that would be before the day it was said, to the next one after it; say so."""
    said_on, closed = ctx.said_on, ctx.closed
    if day < said_on or named or is_business_day(day, closed):
        return day, ""
    earlier = on_or_before(day, closed)
    if earlier >= said_on:
        return earlier, f"the last {ctx.working} day before {ctx.long(day)}"
    return on_or_after(day, closed), f"the first {ctx.working} day after {ctx.long(day)}"


def finish(found: Found, ctx: Context) -> tuple[dt.date, Found]:
    """The date to give, and the found reading with every note and alternative settled.
    A day that is the one they said it, or before it, is a guess: offer the later one."""
    said_on, closed = ctx.said_on, ctx.closed
    day, moved = settle(found.day, found.named, ctx)
    notes, exact, alternative = found.notes, found.exact, found.alternative
    if found.day < said_on:
        notes, exact, alternative = notes + ("already passed when they said it",), False, found.later or alternative
    elif said_on in (found.day, day) and not found.means_today:
        forward = on_or_after(found.day, closed) if day < found.day else None  # moved back onto it
        exact = False
        alternative = found.later or (forward and Alt(forward, f"the first {ctx.working} day after {ctx.long(found.day)}"))
        alternative = alternative or found.alternative
        if not moved:
            notes = ("the day they said it",) + notes
        else:
            moved += ", the day they said it" if found.day == said_on else ", and the day they said it"
    notes += (moved,) if moved else ()
    if alternative is not None:  # another day, and one still to come
        other = settle(alternative.day, alternative.named, ctx)[0]
        alternative = Alt(other, alternative.reason) if other != day and other >= said_on else None
    return day, replace(found, exact=exact, notes=notes, alternative=alternative)


def explain(matched: str, day: dt.date, note: str, alternative: Alt | None, ctx: Context) -> str:
    text = f"'{matched}' read as {ctx.long(day)}" + (f", {note}" if note else "")
    if alternative is not None:
        text += f"; if they meant {alternative.reason}, that is {ctx.long(alternative.day)}"
    return text
