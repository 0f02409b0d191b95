"""The interview record editor, the dashboard of all interviews, and their calendar.

Every value here is saved in the interview record (``scope="interview"``), which the
thank-you, process and follow-up worksheets share: typed once, reused by every step.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import ics, plan
from .dates import long_date
from .fields import Worksheet
from .output import Download, Heading, Notice, Output, Paragraph
from .shared_fields import (
    AGENCY, BLACKOUT, COMPANY, CONTACT_EMAIL, CONTACT_NAME, COUNTRY, DATE, EXPECTED, FOLLOWUPS_SENT, FORMAT, LAST_REPLY,
    NOTES, ROLE, ROUND, STAGE, STAGES, THANKED, TIME, TIMEZONE, TIMING, interviewers,
)
from .validation import validate

ENTRIES = (
    COMPANY, ROLE, ROUND, DATE, TIME, TIMEZONE, FORMAT,
    interviewers(min_items=0, hint="Optional here: add each person you met, and every worksheet will know them."),
    AGENCY, CONTACT_NAME, CONTACT_EMAIL,
    STAGE, THANKED, TIMING, EXPECTED, LAST_REPLY, FOLLOWUPS_SENT, COUNTRY, BLACKOUT, NOTES,
)

_STAGE_LABELS = {c.value: c.label for c in STAGES}


def _events(record_id: str, values: dict[str, Any], today: dt.date) -> list[ics.Event]:
    events = []
    name = plan.title(values)
    for action in plan.plan(values, today):
        if action.done or action.day < today or action.kind == "decision":
            continue
        events.append(ics.Event(
            uid=ics.stable_uid(record_id, action.kind),
            summary=action.title,
            description=f"{name}\n{action.reason}\nFrom After the Interview.",
            start=action.day,
            alarm_minutes_before=-540,  # 09:00 on the day
        ))
    return events


def calendar_file(records: dict[str, dict[str, Any]], today: dt.date, now: dt.datetime) -> str:
    """One .ics with the upcoming actions of every interview (valid records only)."""
    events = []
    for record_id, values in sorted(records.items()):
        events += _events(record_id, values, today)
    return ics.calendar(events, now)


def compose(values: dict[str, Any], today: dt.date | None = None, record_id: str = "current") -> Output:
    today = today or values["date"]
    actions = plan.plan(values, today)
    out = Output()
    out.add(Heading(f"Your plan for {plan.title(values)}"))
    upcoming = plan.next_action(actions)
    if upcoming:
        out.add(Notice(f"Next: {upcoming.title}.", tone="deadline"))
    for action in actions:
        mark = "Done: " if action.done else ""
        out.add(Paragraph(f"{mark}{long_date(action.day)}: {action.title}. {action.reason}"))
    if int(values.get("followups_sent") or 0) >= 2:
        out.add(Notice("You have followed up twice: that is the most that helps. Keep applying elsewhere; if they reply, update the stage.", tone="info"))
    events = _events(record_id, values, today)
    if events:
        out.add(Download(
            label="Download reminders (.ics)",
            filename="after-the-interview-" + "-".join(plan.title(values).lower().split())[:40].strip("-:") + ".ics",
            mime="text/calendar",
            content=ics.calendar(events, dt.datetime.now(dt.timezone.utc)),
            note="Open the file to add the reminders to your calendar. Downloading it again later updates them rather than adding copies.",
        ))
    return out


def dashboard(records: dict[str, dict[str, Any]], today: dt.date) -> list[dict[str, Any]]:
    """One row per interview: its title, stage and next action, soonest first."""
    rows = []
    for record_id, data in records.items():
        values = validate(WORKSHEET, data).values  # invalid fields become None: partial records still show
        actions = plan.plan(values, today)
        upcoming = plan.next_action(actions)
        when = ""
        if upcoming:
            when = "overdue" if upcoming.day < today else "today" if upcoming.day == today else "upcoming"
        rows.append({
            "id": record_id,
            "title": plan.title(values),
            "stage": _STAGE_LABELS.get(values.get("stage") or "", "Interviewing"),
            "next": upcoming.title if upcoming else "Nothing to do: this one is closed.",
            "date": upcoming.day.isoformat() if upcoming else "",
            "when": when,
            "reason": upcoming.reason if upcoming else "",
        })
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["title"]))
    return rows


WORKSHEET = Worksheet(
    id="interview",
    title="Interview details",
    intro="Type an interview's details once: every step's worksheet reuses them. Pick the interview at the top of any worksheet.",
    entries=ENTRIES,
    compose=compose,
    submit_label="Show my plan",
    fieldsets=(
        ("The interview", ("company", "role", "round", "date", "time", "timezone", "format")),
        ("Who you met", ("interviewers", "agency", "contact_name", "contact_email")),
        ("Where things stand", ("stage", "thanked", "timing", "expected", "last_reply", "followups_sent")),
        ("Days to skip", ("country", "blackout")),
        ("Notes", ("notes",)),
    ),
)
