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
from typing import Collection, Literal

from ..days.business import add_business_days, is_business_day
from ..words.dates import short_date

AFTER_THEIR_DATE = 2  # business days after the date they gave (advice: one or two)
NO_DATE_WAIT = 5  # business days after the interview, or their last reply, with no date
BETWEEN_STEPS = 5  # business days from one follow-up to the next, and to moving on

_EMPTY: frozenset[dt.date] = frozenset()
_WORDS = {2: "two", 5: "five"}

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


def _day(day: dt.date, reference: dt.date) -> str:
    """'Tue 9 Dec', with the year when it differs from the interview's."""
    return short_date(day) if day.year == reference.year else f"{short_date(day)} {day.year}"


def _later(start: dt.date, count: int, closed: Collection[dt.date], reference: dt.date) -> tuple[dt.date, str]:
    """``count`` business days after ``start``, and the words for it ("five business days",
    naming any weekday holidays skipped on the way, so a date that looks late is explained).
    The date itself is not in the words: whoever shows the step shows its date."""
    end = add_business_days(start, count, closed)
    skipped = []
    day = start + dt.timedelta(days=1)
    while day < end:
        if day.weekday() < 5 and not is_business_day(day, closed):
            skipped.append(_day(day, reference))
        day += dt.timedelta(days=1)
    words = f"{_WORDS.get(count, count)} business days"
    if skipped:
        listed = ", ".join(skipped[:-1]) + " and " + skipped[-1] if len(skipped) > 1 else skipped[0]
        off = "days off" if len(skipped) > 1 else "a day off"
        words += f" (not counting {listed}, {off})"
    return end, words


def schedule(interview_day: dt.date, expected: dt.date | None, closed: Collection[dt.date] = _EMPTY,
             last_reply: dt.date | None = None) -> Schedule:
    """The follow-up plan for one interview round.

    ``expected`` is when they said they would decide (see :mod:`worksheets.reading.reader`);
    ``last_reply`` is the last time they wrote to you about this round; ``closed`` holds
    the days off (public holidays) to skip. Dates before the interview are rejected: they
    belong to an earlier round, which has its own schedule.
    """
    if expected is not None and expected < interview_day:
        raise ValueError("the date they gave is before the interview")
    if last_reply is not None and last_reply < interview_day:
        raise ValueError("the last reply is before the interview")
    ref = interview_day

    if last_reply is not None and (expected is None or last_reply > expected):
        first_day, later = _later(last_reply, NO_DATE_WAIT, closed, ref)
        if expected is None:
            reason = f"They replied on {_day(last_reply, ref)} without a date, so the clock restarts: {later} after their reply."
        else:
            reason = (f"They replied on {_day(last_reply, ref)}, after the date they had given, without a new one, "
                      f"so the clock restarts: {later} after their reply.")
    elif expected is not None:
        first_day, later = _later(expected, AFTER_THEIR_DATE, closed, ref)
        reason = (f"{later[0].upper()}{later[1:]} after the date they gave ({_day(expected, ref)}): the usual advice "
                  "is one or two, and two gives them all of their day and the next.")
        if last_reply is not None:
            when = "on" if last_reply == expected else "before"
            reason += f" Their reply on {_day(last_reply, ref)} came {when} that date, so that date still stands."
    else:
        first_day, later = _later(interview_day, NO_DATE_WAIT, closed, ref)
        reason = f"They gave no date, so wait {later} after the interview ({_day(interview_day, ref)})."
    first = Step("first_follow_up", first_day, reason)

    second_day, later = _later(first_day, BETWEEN_STEPS, closed, ref)
    second = Step("second_follow_up", second_day,
                  f"Only if the first gets no answer: {later} after it. This is the last one.")

    move_on_day, later = _later(second_day, BETWEEN_STEPS, closed, ref)
    move_on = Step("move_on", move_on_day,
                   f"If there is still no answer {later} after your second follow-up, stop chasing and put your "
                   "energy into other applications. A late reply can still come.")
    return Schedule(first, second, move_on)
