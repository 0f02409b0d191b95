"""When a thank-you should go out (step 2), with the reason in words.

Timing follows the common advice (within 24 hours; Robert Half/Accountemps 2017, TopResume
2017): a morning interview is thanked the same day, an afternoon or evening one by the next
business morning, so a Friday-afternoon interview gives Monday morning. Holidays and the
person's own days off are skipped like weekends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Collection

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


def send_by(interview_day: dt.date, start: dt.time | None, closed: Collection[dt.date] = _NONE) -> Deadline:
    """When the thank-you should go out, with the reason in words."""
    if not is_business_day(interview_day, closed):
        day = next_business_day(interview_day, closed)
        return Deadline(day, NEXT_MORNING_BY, "Your interview was on a non-working day, so send it the next business morning.")
    if start is not None and start < AFTERNOON:
        return Deadline(interview_day, SAME_DAY_BY, "A morning interview is best thanked the same day.")
    day = next_business_day(interview_day, closed)
    if interview_day.weekday() == 4 and day.weekday() == 0:
        reason = "A Friday-afternoon interview is best thanked first thing on Monday, when it won't be buried under the weekend's mail."
    elif (day - interview_day).days > 1:
        reason = f"An afternoon interview is best thanked the next working morning: {day:%A}, as the days between are not working days."
    else:
        reason = "An afternoon or evening interview is best thanked the next business morning."
    return Deadline(day, NEXT_MORNING_BY, reason)
