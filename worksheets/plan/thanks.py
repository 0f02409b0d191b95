"""When a thank-you should go out (step 2), with the reason in words.

Timing follows the common advice (within 24 hours; Robert Half/Accountemps 2017, TopResume
2017): a morning interview is thanked the same day, an afternoon or evening one by the next
working morning, so a Friday-afternoon interview gives Monday morning. Holidays and the
person's own days off are skipped like weekends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Collection

from ..core.voice import Voice
from ..days.business import is_business_day, next_business_day

#: Interviews that start at or after noon are thanked the next business morning.
AFTERNOON = dt.time(12, 0)
SAME_DAY_BY = dt.time(18, 0)
NEXT_MORNING_BY = dt.time(10, 0)

_NONE: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class Deadline:
    day: dt.date
    by: dt.time
    reason: str


def send_by(interview_day: dt.date, start: dt.time | None, closed: Collection[dt.date] = _NONE,
            say: Voice = Voice()) -> Deadline:
    """When the thank-you should go out, with the reason in words (in ``say``'s English)."""
    text = say.text("plan")["thanks"]
    if not is_business_day(interview_day, closed):
        return Deadline(next_business_day(interview_day, closed), NEXT_MORNING_BY, text["not_working_day"])
    if start is not None and start < AFTERNOON:
        return Deadline(interview_day, SAME_DAY_BY, text["morning"])
    day = next_business_day(interview_day, closed)
    if interview_day.weekday() == 4 and day.weekday() == 0:
        reason = text["friday"]
    elif (day - interview_day).days > 1:
        reason = text["gap"].format(day=f"{day:%A}")
    else:
        reason = text["afternoon"]
    return Deadline(day, NEXT_MORNING_BY, reason)
