"""The days nobody is in the office to read a message: a country's public holidays and the
person's own days off (as they typed them), besides weekends.

Every date the worksheets suggest (a thank-you deadline, a follow-up, a feedback window)
skips these, so nothing is ever due on a day the reader is away.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .holidays import holidays_for


def blackout_days(text: str | None) -> tuple[set[dt.date], list[str]]:
    """The person's own days off from free text: (dates, the pieces that are not dates)."""
    days, bad = set(), []
    for piece in re.split(r"[\s,;]+", text or ""):
        if not piece:
            continue
        try:
            days.add(dt.date.fromisoformat(piece))
        except ValueError:
            bad.append(piece)
    return days, bad


def closed_days(values: dict[str, Any], around: dt.date) -> frozenset[dt.date]:
    """Public holidays of the chosen country (a few years either side of ``around``), plus
    the person's own days off."""
    country = values.get("country") or ""
    public = holidays_for(country, range(around.year - 1, around.year + 3)) if country else frozenset()
    return public | frozenset(blackout_days(values.get("blackout"))[0])
