"""Step 5: when to follow up, and the email to send (at most two, then move on).

Dates come from :mod:`worksheets.plan`, the same rules as the dashboard and the calendar,
so what this page says and what the reminders say always agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import ics, plan, wording
from .context import Context
from .dates import long_date
from .fields import Field, Worksheet
from .mailto import mailto
from .output import Download, Message, Notice, Output, Paragraph
from .shared_fields import (
    BLACKOUT, COMPANY, CONTACT_EMAIL, CONTACT_NAME, COUNTRY, DATE, EXPECTED, FOLLOWUPS_SENT, LAST_REPLY, ROLE, TIMING,
    YOUR_EMAIL, YOUR_NAME, YOUR_PHONE, optional,
)
from .thank_you import _first_name, _signature

ENTRIES = (
    COMPANY, ROLE, DATE, TIMING, EXPECTED, LAST_REPLY, FOLLOWUPS_SENT,
    optional(CONTACT_NAME), CONTACT_EMAIL, COUNTRY, BLACKOUT,
    YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
)


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    bad = plan.blackout_days(values.get("blackout"))[1]
    if bad:
        errors["blackout"] = f"“{bad[0]}” isn't a date we can read. Write each day as YYYY-MM-DD, e.g. 2026-12-24."
    for key, label in (("expected", "The decision date"), ("last_reply", "Their last reply")):
        if values.get(key) and values[key] < values["date"]:
            errors[key] = f"{label} is before the interview. Use a date on or after {long_date(values['date'])}."
    return errors


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def compose(values: dict[str, Any], context: Context) -> Output:
    text = wording.load("follow_up")
    today = context.today
    actions = {a.kind: a for a in plan.plan(values, context)}
    out = Output()
    sent = int(values.get("followups_sent") or 0)
    expected, source = plan.expected_decision(values, plan.closed_days(values, values["date"]))
    if expected:
        out.add(Notice(f"Decision expected by {long_date(expected)} (from {source}).", tone="info"))
    else:
        out.add(Notice("They gave no date, so the plan counts five business days from the interview.", tone="info"))
    for kind in ("first_follow_up", "second_follow_up", "move_on"):
        action = actions.get(kind)
        if action:
            prefix = "Done: " if action.done else ""
            out.add(Paragraph(f"{prefix}{long_date(action.day)}: {action.title}. {action.reason}"))
    if sent >= 2:
        out.add(Notice(text["rules"]["done"], tone="warning"))
        return out
    out.add(Notice(text["rules"]["two_at_most"], tone="info"))
    which = "first" if sent == 0 else "second"
    contact = values.get("contact_name") or ""
    slots = {
        "company": values["company"],
        "role": values["role"],
        "interview_day": _day(values["date"]),
        "expected": _day(expected) if expected else "",
        "contact_first_name": _first_name(contact) if contact else "",
        "signature": _signature(values),
    }
    slots["greeting"] = wording.fill(text["greeting"] if contact else text["greeting_unknown"], slots)
    slots["timing_sentence"] = wording.fill(text["timing_known"] if expected else text["timing_unknown"], slots)
    subject = wording.fill(text[which]["subject"], slots)
    body = wording.fill(text[which]["body"], slots)
    action = actions[f"{which}_follow_up"]
    to = values.get("contact_email") or ""
    out.add(Message(
        heading=f"Your {which} follow-up, to send on {long_date(action.day)}",
        to=to, subject=subject, body=body, mailto=mailto(to, subject, body),
    ))
    events = plan.reminders(context.interview_id, values, context,
                            kinds=("first_follow_up", "second_follow_up", "move_on"))
    if events:
        out.add(Download(label="Add these dates to my calendar (.ics)", filename="follow-ups.ics", mime="text/calendar",
                         content=ics.calendar(events, context.utc),
                         note="The reminders ring at 09:00 on each day. Downloading again later updates them instead of adding copies."))
    return out


WORKSHEET = Worksheet(
    id="follow-up",
    title="Plan your follow-ups",
    intro="Tell us what they said about timing: you get the dates to follow up and to move on, each with its reason, and the email for the next one.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Plan my follow-ups",
    fieldsets=(
        ("The interview", ("company", "role", "date")),
        ("What they said", ("timing", "expected", "last_reply", "followups_sent")),
        ("Who to write to", ("contact_name", "contact_email")),
        ("Days to skip", ("country", "blackout")),
        ("About you", ("your_name", "your_email", "your_phone")),
    ),
)
