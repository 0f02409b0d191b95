"""What a composer knows besides the answers: the moment it runs and what it runs for.

Every worksheet's ``compose(values, context)`` receives one of these. Nothing in
``worksheets`` reads a clock: the browser passes in the person's own local date and time
(and the same moment in UTC, for calendar stamps), the tests pass in whatever moment they are
about, so the same answers at the same moment always give the same words, in CPython and in
Pyodide, on any day the suite runs.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Mapping

#: Stamped into calendar files when no moment is given (tests of code that does not care).
_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class Context:
    """The moment and the subject of one call.

    ``today`` and ``time`` are the person's local calendar date and wall-clock time: what
    "today" and "18:00" mean in the messages. ``stamp`` is the same moment in UTC (a calendar
    file's DTSTAMP). ``interview_id`` names the interview the call is about (calendar event
    ids are derived from it); ``profile`` holds the person's own details shared by every
    interview (holiday country, days off), for calls that read several interviews at once.
    """

    today: dt.date | None = None
    time: dt.time | None = None
    stamp: dt.datetime | None = None
    interview_id: str = "current"
    profile: Mapping[str, Any] = field(default_factory=dict)
    #: The interview record as saved (raw), for facts a worksheet uses without asking them.
    record: Mapping[str, Any] = field(default_factory=dict)
    #: The offers of the person's other applications, as the page found them (raw facts:
    #: company, role, stage, answer_by…), for a call about one interview.
    elsewhere: tuple[Mapping[str, Any], ...] = ()

    @property
    def now(self) -> dt.datetime | None:
        """The local moment, or ``None`` when the call is not about a moment."""
        if self.today is None:
            return None
        return dt.datetime.combine(self.today, self.time or dt.time(0, 0))

    @property
    def utc(self) -> dt.datetime:
        """The moment in UTC, for calendar stamps (a fixed one when none was given)."""
        return self.stamp or _EPOCH

    def has_passed(self, day: dt.date, at: dt.time) -> bool:
        """Whether ``day`` at ``at`` (local time) is already behind us."""
        now = self.now
        return now is not None and now >= dt.datetime.combine(day, at)

    @classmethod
    def from_json(cls, text: str) -> "Context":
        """From the browser: ``{"today": "YYYY-MM-DD", "time": "HH:MM", "utc": ISO 8601,
        "interview": id, "profile": {...}, "record": {...}, "elsewhere": [{...}]}``; every key
        is optional."""
        data = json.loads(text) if text else {}
        if not isinstance(data, dict):
            raise ValueError("the context must be an object")
        today = dt.date.fromisoformat(data["today"]) if data.get("today") else None
        time = dt.time.fromisoformat(data["time"]) if data.get("time") else None
        stamp = None
        if data.get("utc"):
            stamp = dt.datetime.fromisoformat(str(data["utc"]).replace("Z", "+00:00"))
            stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)
        profile = data.get("profile") if isinstance(data.get("profile"), dict) else {}
        record = data.get("record") if isinstance(data.get("record"), dict) else {}
        found = data.get("elsewhere") if isinstance(data.get("elsewhere"), list) else []
        elsewhere = tuple({k: v for k, v in item.items() if isinstance(k, str) and isinstance(v, str)}
                          for item in found[:50] if isinstance(item, dict))
        return cls(today=today, time=time.replace(second=0, microsecond=0) if time else None, stamp=stamp,
                   interview_id=str(data.get("interview") or "current"), profile=profile, record=record,
                   elsewhere=elsewhere)
