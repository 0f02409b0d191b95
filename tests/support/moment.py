"""A fixed moment for unit tests: the worksheets never read a clock, so every test says
when it happens (see :class:`worksheets.core.context.Context`)."""

from __future__ import annotations

import datetime as dt
import json

from worksheets.core.context import Context


def at(today: str | dt.date | None, time: str = "09:00", interview: str = "current", **profile) -> Context:
    """The context of a call made on ``today`` at ``time`` (local)."""
    if isinstance(today, str):
        today = dt.date.fromisoformat(today)
    moment = dt.time.fromisoformat(time)
    stamp = dt.datetime.combine(today, moment, dt.timezone.utc) if today else None
    return Context(today=today, time=moment if today else None, stamp=stamp, interview_id=interview, profile=profile)


def context_json(today: str | dt.date | None, time: str = "09:00", interview: str = "", record: dict | None = None,
                 **profile) -> str:
    """The same, as the browser sends it to :mod:`worksheets.api`: ``record`` is the
    interview record as saved (the facts a worksheet uses without asking them)."""
    if isinstance(today, dt.date):
        today = today.isoformat()
    about = {"interview": interview, "profile": profile, "record": record or {}}
    if not today:
        return json.dumps(about)
    return json.dumps({"today": today, "time": time, "utc": f"{today}T{time}:00Z", **about})
