"""Step 5: when to follow up, and the email to send (at most two, then move on).

Dates come from :mod:`worksheets.plan`, the same rules as the dashboard and the calendar,
so what this page says and what the reminders say always agree. The email goes to the
agency consultant when there is one, else to the company's recruiter, else to the first
interviewer, and repeats their date back in the right voice: "you mentioned" only to the
person who said it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core import people
from ..core.context import Context
from ..core.fields import Worksheet
from ..days.days_off import closed_days, days_off_problem
from ..plan import ics, actions as plan
from ..plan.decision import Expected, expected_decision
from ..words import wording
from ..words.dates import long_date
from ..words.mailto import mailto
from ..words.output import Download, Message, Notice, Output, Paragraph
from .letters import letter
from .shared import (
    STAGES, AGENCY, BLACKOUT, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL, COORDINATOR_NAME, COUNTRY, DATE,
    EXPECTED, FOLLOWUPS_SENT, LAST_REPLY, ROLE, TIMELINE_FROM, TIMING, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE,
)

ENTRIES = (
    COMPANY, ROLE, DATE, TIMING, TIMELINE_FROM, EXPECTED, LAST_REPLY, FOLLOWUPS_SENT,
    AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, COORDINATOR_NAME, COORDINATOR_EMAIL, COUNTRY, BLACKOUT,
    YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
)

FOLLOW_UPS = ("first_follow_up", "second_follow_up", "move_on")
STAGE_LABELS = {choice.value: choice.label for choice in STAGES}


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if problem := days_off_problem(values):
        errors["blackout"] = problem
    for key, label in (("expected", "The decision date"), ("last_reply", "Their last reply")):
        if values.get(key) and values[key] < values["date"]:
            errors[key] = f"{label} is before the interview. Use a date on or after {long_date(values['date'])}."
    return errors


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B}"


def timing_sentence(values: dict[str, Any], expected: Expected | None, to: people.Person | None) -> str:
    """Their date, said back to ``to`` in the right voice, or "" when they gave none."""
    if expected is None:
        return ""
    text = wording.load("follow_up")["timing"]
    said = people.said(values, expected.source, to)
    key = "you" if said == "you" else "other" if expected.source == "interviewers" else "heard"
    key += "_around" if expected.guessed else ""
    return wording.fill(text[key], {"company": values["company"], "expected": _day(expected.day), "said": said})


def compose(values: dict[str, Any], context: Context) -> Output:
    text = wording.load("follow_up")
    actions = {a.kind: a for a in plan.plan(values, context)}
    out = Output()
    if "first_follow_up" not in actions:  # a closed interview: rejected, withdrawn, an offer, moved on
        stage = STAGE_LABELS.get(values.get("stage") or "", "closed").lower()
        out.add(Notice(f"There is nothing to follow up: this interview is marked “{stage}”. If that is wrong, "
                       "change its stage on Your interviews.", tone="info"))
        return out
    sent = int(values.get("followups_sent") or 0)
    expected = expected_decision(values, closed_days(values, values["date"]))
    if expected:
        caveat = expected.caveat()  # here their date passing is the point: no need to say so
        out.add(Notice(f"Decision expected by {long_date(expected.day)} ({expected.how}). {caveat}".strip(), tone="info"))
    else:
        out.add(Notice("They gave no date, so the plan counts five business days from the interview.", tone="info"))
    for kind in FOLLOW_UPS:
        action = actions.get(kind)
        if action:
            prefix = "Done: " if action.done else ""
            out.add(Paragraph(f"{prefix}{long_date(action.day)}: {action.label}. {action.reason}"))
    if sent >= 2:
        out.add(Notice(text["rules"]["done"], tone="warning"))
        return out
    out.add(Notice(text["rules"]["two_at_most"], tone="info"))
    which = "first" if sent == 0 else "second"
    to = people.contact(values)
    slots = {
        "company": values["company"],
        "role": values["role"],
        "interview_day": _day(values["date"]),
        "timing_sentence": timing_sentence(values, expected, to),
    }
    subject = wording.fill(text[which]["subject"], slots)
    body = letter(values, to, wording.fill(text[which]["body"], slots))
    action = actions[f"{which}_follow_up"]
    email = to.email if to else ""
    heading = f"Your {which} follow-up, to send on {long_date(action.day)}"
    if to:
        heading += f", to {to.name}" + (", your consultant" if to.role == "consultant" else "")
    note = "" if to else "Add the name of the person who arranged the interview on Your interviews, so the email greets them."
    out.add(Message(heading=heading, to=email, subject=subject, body=body, mailto=mailto(email, subject, body), note=note))
    events = plan.reminders(context.interview_id, values, context, kinds=FOLLOW_UPS)
    if events:
        out.add(Download(label="Add these dates to my calendar (.ics)", filename="follow-ups.ics", mime="text/calendar",
                         content=ics.calendar(events, context.utc),
                         note="The reminders ring at 09:00 on each day. Downloading again later updates them instead of adding copies."))
    return out


WORKSHEET = Worksheet(
    id="follow-up",
    saved_as="Follow-up plan",
    title="Plan your follow-ups",
    intro="Tell us what they said about timing: you get the dates to follow up and to move on, each with its reason, and the email for the next one.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Plan my follow-ups",
    fieldsets=(
        ("The interview", ("company", "role", "date")),
        ("What they said", ("timing", "timeline_from", "expected", "last_reply", "followups_sent")),
        ("Who to write to", ("agency", "consultant_name", "consultant_email", "coordinator_name", "coordinator_email")),
        ("Days to skip", ("country", "blackout")),
        ("About you", ("your_name", "your_email", "your_phone")),
    ),
)
