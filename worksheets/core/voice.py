"""How the person writes: their English, and the moment they write in.

A job seeker in the US writes American English (spelling, "business days", "Best regards",
"Tuesday, December 9", "2:30 PM"); in the UK, Ireland, Australia, New Zealand and India,
British English ("working days", "Kind regards", "Tuesday 9 December", "14:30"). Canada
mixes, so Canadians get British forms unless they choose. The person chooses once, in their
own details (``english``); until they do, their country decides, and failing that the
publisher's setting. Every message, plan line and date of one person then speaks alike.

A :class:`Voice` carries that English and the moment a message is written, so a composer
asks it for a date, a time or a wording file rather than choosing a form itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping

from ..words import dates, wording
from ..words.dates import English
from . import settings

#: Countries whose job seekers write American English.
AMERICAN = frozenset({"US"})
#: Countries whose job seekers write British English (Canada by default: it mixes).
BRITISH = frozenset({"GB", "UK", "IE", "AU", "NZ", "IN", "CA"})

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def english_of(values: Mapping[str, Any]) -> English:
    """The person's English: as chosen, else as their country writes, else the publisher's."""
    chosen = values.get("english")
    if chosen in ("gb", "us"):
        return chosen
    country = str(values.get("country") or "").upper()
    if country in AMERICAN:
        return "us"
    if country in BRITISH:
        return "gb"
    return "us" if settings.load().english == "us" else "gb"


@dataclass(frozen=True)
class Voice:
    """One person's English at one moment: dates, times and wording as they write them."""

    english: English = "gb"
    today: dt.date | None = None
    time: dt.time | None = None

    def text(self, name: str) -> dict[str, Any]:
        """A wording file (``templates/<name>.toml``) in this English."""
        return wording.load(name, self.english)

    def long(self, day: dt.date) -> str:
        """'Tuesday 9 December 2026' / 'Tuesday, December 9, 2026'."""
        return dates.long_date(day, self.english)

    def day(self, day: dt.date) -> str:
        """'Tuesday 9 December' / 'Tuesday, December 9' (no year)."""
        return dates.day_month(day, self.english)

    def short(self, day: dt.date) -> str:
        """'Tue 9 Dec' / 'Tue, Dec 9'."""
        return dates.short_date(day, self.english)

    def short_year(self, day: dt.date, reference: dt.date) -> str:
        """The short date, with the year when it is not ``reference``'s."""
        text = self.short(day)
        return text if day.year == reference.year else f"{text}, {day.year}" if self.english == "us" else f"{text} {day.year}"

    def clock(self, time: dt.time) -> str:
        """'14:30' / '2:30 PM'."""
        return dates.clock(time, self.english)

    def numeric(self, day: dt.date) -> str:
        """'9/12/2026' / '12/9/2026'."""
        return dates.numeric_date(day, self.english)

    def relative(self, day: dt.date) -> str:
        """'today (…)', 'tomorrow (…)' or the long date, as read at this moment."""
        return dates.relative(day, self.today, self.english)

    def on(self, day: dt.date) -> str:
        """'today (…)', 'tomorrow (…)' or 'on Monday 7 December 2026'."""
        return dates.on_day(day, self.today, self.english)

    @property
    def working_day(self) -> str:
        """'working day' / 'business day'."""
        return "business day" if self.english == "us" else "working day"

    def working_days(self, count: int) -> str:
        """'five working days' / 'five business days' (numbers up to ten in words)."""
        noun = self.working_day if count == 1 else self.working_day + "s"
        return f"{_NUMBERS.get(count, count)} {noun}"


def voice(values: Mapping[str, Any], today: dt.date | None = None, time: dt.time | None = None) -> Voice:
    """The voice of the person whose ``values`` these are, at ``today`` and ``time``."""
    return Voice(english_of(values), today, time)
