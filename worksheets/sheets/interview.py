"""The interview record editor, the dashboard of all interviews, and their calendar.

Every value here is saved in the interview record (``scope="interview"``), which the
thank-you, process and follow-up worksheets share: typed once, reused by every step.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any

from ..core.context import Context
from ..core.fields import Worksheet
from ..plan import ics, actions as plan, pictures
from ..words.dates import long_date
from ..words.output import Download, Heading, Notice, Output, Paragraph
from . import checklist
from .shared import (
    AGENCY, BLACKOUT, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL, COORDINATOR_NAME, COUNTRY, DATE,
    DETAIL, EXPECTED, FOLLOWUPS_SENT, FORMAT, INVITED, LAST_REPLY, NEXT_STAGE, NOTES, OFFER_DEADLINE, OTHERS, ROLE, ROUND, STAGE,
    STAGES, THANKED, THANKS_VIA, TIME, TIMELINE_FROM, TIMEZONE, TIMING, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE,
    interviewers, optional,
)

ENTRIES = (
    COMPANY, ROLE, ROUND, DATE, TIME, TIMEZONE, FORMAT,
    interviewers(DETAIL, INVITED, min_items=0,
                 hint="Add each person you met, with one thing you talked about: every step's messages use it."),
    COORDINATOR_NAME, COORDINATOR_EMAIL, OTHERS, AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, THANKS_VIA,
    STAGE, THANKED, NEXT_STAGE, TIMING, TIMELINE_FROM, EXPECTED, LAST_REPLY, FOLLOWUPS_SENT,
    replace(OFFER_DEADLINE, show_when=("stage", ("offer_elsewhere",))),
    COUNTRY, BLACKOUT, NOTES,
    optional(YOUR_NAME), YOUR_EMAIL, YOUR_PHONE,
)

_STAGE_LABELS = {c.value: c.label for c in STAGES}
SLUG_LENGTH = 40
#: Letters that do not decompose into a plain letter and an accent.
_PLAIN = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "ł": "l", "Ł": "L",
                        "đ": "d", "Đ": "D", "þ": "th", "Þ": "TH", "ð": "d", "'": "", "’": ""})


def slug(text: str, limit: int = SLUG_LENGTH) -> str:
    """'Café Nord: Senior Data Analyst' -> 'cafe-nord-senior-data-analyst': plain letters
    and digits for a file name, whole words only, at most ``limit`` characters."""
    plain = unicodedata.normalize("NFKD", text.translate(_PLAIN)).encode("ascii", "ignore").decode().lower()
    out = ""
    for word in re.findall(r"[a-z0-9]+", plain):
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "interview"


def calendar_file(records: dict[str, dict[str, Any]], context: Context) -> str:
    """One .ics with the upcoming actions of every interview (valid records only)."""
    events = []
    for record_id, values in sorted(records.items()):
        events += plan.reminders(record_id, values, context)
    return ics.calendar(events, context.utc)


def compose(values: dict[str, Any], context: Context) -> Output:
    if context.today is None:
        context = Context(today=values["date"], stamp=context.stamp, interview_id=context.interview_id)
    actions = plan.plan(values, context)
    out = Output()
    out.add(Heading(f"Your plan for {plan.title(values)}"))
    upcoming = plan.next_action(actions)
    if upcoming:
        out.add(Notice(f"Next: {upcoming.title}.", tone="deadline"))
    for action in actions:
        mark = "Done: " if action.done else ""
        out.add(Paragraph(f"{mark}{long_date(action.day)}: {action.label or action.title}. {action.reason}"))
    if int(values.get("followups_sent") or 0) >= 2:
        out.add(Notice("You have followed up twice: keep applying elsewhere, and if they reply, update the stage.", tone="info"))
    events = plan.reminders(context.interview_id, values, context)
    if events:
        out.add(Download(
            label="Download reminders (.ics)",
            filename=f"after-the-interview-{slug(plan.title(values))}.ics",
            mime="text/calendar",
            content=ics.calendar(events, context.utc),
            note="Open the file to add the reminders to your calendar. Downloading it again later updates them rather than adding copies.",
        ))
    return out


def dashboard(records: dict[str, dict[str, Any]], context: Context,
              sheets: dict[str, dict[str, str]] | None = None) -> list[dict[str, Any]]:
    """One row per interview: its title, stage and next action, soonest first, with its
    progress through the five steps and its timeline. ``records`` are checked values (as
    :func:`~worksheets.core.validation.validate` gives them: a field that did not pass is
    ``None``, so a partial record still shows); ``sheets`` says, per interview, what its
    worksheets saved (see :mod:`worksheets.sheets.checklist`)."""
    rows = []
    for record_id, values in records.items():
        saved = (sheets or {}).get(record_id) or {}
        actions = plan.plan(values, context)
        upcoming = plan.next_action(actions)
        when = plan.urgency(upcoming, context) if upcoming else ""
        rows.append({
            "id": record_id,
            "title": plan.title(values),
            "stage": _STAGE_LABELS.get(values.get("stage") or "", "Interviewing"),
            "next": plan.headline(upcoming, context) if upcoming else "Nothing to do: this one is closed.",
            "date": upcoming.day.isoformat() if upcoming else "",
            "when": when,
            "reason": upcoming.reason if upcoming else "",
            "progress": checklist.progress(values, saved),
            "timeline": pictures.timeline(values, context),
        })
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["title"]))
    return rows


WORKSHEET = Worksheet(
    id="interview",
    saved_as="Interview details",
    title="Interview details",
    intro="Type an interview's details once: every step's worksheet reuses them. Pick the interview at the top of any worksheet.",
    entries=ENTRIES,
    compose=compose,
    submit_label="Show my plan",
    schema_version=2,
    saved=(checklist.CHECKLIST,),
    fieldsets=(
        ("The interview", ("company", "role", "round", "date", "time", "timezone", "format")),
        ("Who you met", ("interviewers", "coordinator_name", "coordinator_email", "others")),
        ("Agency", ("agency", "consultant_name", "consultant_email", "thanks_via")),
        ("Where things stand", ("stage", "thanked", "next_stage", "timing", "timeline_from", "expected", "last_reply",
                                "followups_sent", "offer_deadline")),
        ("Days to skip", ("country", "blackout")),
        ("About you", ("your_name", "your_email", "your_phone")),
        ("Anything else", ("notes",)),
    ),
)
