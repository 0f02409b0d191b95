"""Step 5: when to follow up, when to follow up once more, and when to move on.

The norms (Indeed career guide; several university careers services): wait until the date
they gave has passed, plus one or two business days; with no date, at least five business
days. One or two follow-ups at most, then move on. We use two business days, the upper end,
so they have had their whole day and the next to decide, and five business days between
each later step.

The clock starts from the later of what they said and what they last did:

- With a date and no reply since, or a reply on or before that date: the first follow-up is
  two business days after the date (a reply that did not change the date changes nothing).
- With a reply after the date, or a reply and no date: five business days after the reply,
  as if no date had been given, since the reply reset the silence we are measuring. If the
  reply named a new date, pass that as ``expected`` instead.
- With neither: five business days after the interview.

A schedule always has exactly two follow-ups and a move-on date: a third chaser does not
help, and saying "move on" is part of the advice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Collection, Literal, Mapping

from ..days.business import add_business_days, is_business_day
from ..core.voice import Voice

AFTER_THEIR_DATE = 2  # business days after the date they gave (advice: one or two)
NO_DATE_WAIT = 5  # business days after the interview, or their last reply, with no date
BETWEEN_STEPS = 5  # business days from one follow-up to the next, and to moving on

_EMPTY: frozenset[dt.date] = frozenset()

Kind = Literal["first_follow_up", "second_follow_up", "move_on"]


@dataclass(frozen=True)
class Step:
    """One dated step, with the reason in words the person can check against the calendar."""

    kind: Kind
    date: dt.date
    reason: str


@dataclass(frozen=True)
class Schedule:
    """Exactly two follow-ups and a move-on date, in that order."""

    first: Step
    second: Step
    move_on: Step

    @property
    def steps(self) -> tuple[Step, Step, Step]:
        return (self.first, self.second, self.move_on)


def _listed(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


def _later(start: dt.date, count: int, closed: Collection[dt.date], reference: dt.date, say: Voice,
           names: Mapping[dt.date, str], own: Collection[dt.date]) -> tuple[dt.date, str]:
    """``count`` working days after ``start``, and the words for it ("five working days",
    naming any weekday holidays skipped on the way, so a date that looks late is explained:
    "(not counting Christmas Day and Boxing Day)"). ``names`` names the public holidays it
    knows; ``own`` are the person's own days off. The date itself is not in the words:
    whoever shows the step shows its date."""
    text = say.text("plan")
    end = add_business_days(start, count, closed)
    named: list[str] = []
    public: list[str] = []
    mine: list[str] = []
    day = start + dt.timedelta(days=1)
    while day < end:
        if day.weekday() < 5 and not is_business_day(day, closed):
            if day in own:
                mine.append(say.short_year(day, reference))
            elif names.get(day):
                named += [] if names[day] in named else [names[day]]
            else:
                public.append(say.short_year(day, reference))
        day += dt.timedelta(days=1)
    words = say.working_days(count)
    groups = ([_listed(named)] if named else [])
    skipping = text["skipping"]
    if public:
        groups.append(skipping["public_one" if len(public) == 1 else "public_many"].format(dates=_listed(public)))
    if mine:
        groups.append(skipping["own_one" if len(mine) == 1 else "own_many"].format(dates=_listed(mine)))
    if groups:
        words += text["schedule"]["not_counting"].format(skipped="; ".join(groups))
    return end, words


def schedule(interview_day: dt.date, expected: dt.date | None, closed: Collection[dt.date] = _EMPTY,
             last_reply: dt.date | None = None, say: Voice = Voice(), names: Mapping[dt.date, str] | None = None,
             estimate: bool = False, own: Collection[dt.date] = _EMPTY, unread: bool = False) -> Schedule:
    """The follow-up plan for one interview round.

    ``expected`` is when they said they would decide (see :mod:`worksheets.reading.reader`),
    or, with ``estimate``, when the person expects it (they gave no date: the reasons say so);
    ``last_reply`` is the last time they wrote to you about this round; ``closed`` holds
    the days off (public holidays and ``own``, the person's own) to skip, ``names`` what to call
    the public holidays. The reasons are in
    ``say``'s English. ``unread``: they said something about when, but no date could be read
    in it (the reason then never says they gave none). Dates before the interview are rejected: they belong to an earlier
    round, which has its own schedule.
    """
    if expected is not None and expected < interview_day:
        raise ValueError("the date they gave is before the interview")
    if last_reply is not None and last_reply < interview_day:
        raise ValueError("the last reply is before the interview")
    ref = interview_day
    text = say.text("plan")["schedule"]
    names = names or {}

    def date(day: dt.date) -> str:
        return say.short_year(day, ref)

    if last_reply is not None and (expected is None or last_reply > expected):
        first_day, later = _later(last_reply, NO_DATE_WAIT, closed, ref, say, names, own)
        reason = text["reply_no_date" if expected is None else "reply_after_date"].format(date=date(last_reply), days=later)
    elif expected is not None:
        first_day, later = _later(expected, AFTER_THEIR_DATE, closed, ref, say, names, own)
        reason = text["after_your_estimate" if estimate else "after_their_date"].format(
            Days=later[0].upper() + later[1:], date=date(expected))
        if last_reply is not None:
            reason += text["reply_on_date" if last_reply == expected else "reply_before_date"].format(date=date(last_reply))
    else:
        first_day, later = _later(interview_day, NO_DATE_WAIT, closed, ref, say, names, own)
        reason = text["unread" if unread else "no_date"].format(days=later, date=date(interview_day))
    first = Step("first_follow_up", first_day, reason)

    second_day, later = _later(first_day, BETWEEN_STEPS, closed, ref, say, names, own)
    second = Step("second_follow_up", second_day, text["second"].format(days=later))

    move_on_day, later = _later(second_day, BETWEEN_STEPS, closed, ref, say, names, own)
    move_on = Step("move_on", move_on_day, text["move_on"].format(days=later))
    return Schedule(first, second, move_on)
