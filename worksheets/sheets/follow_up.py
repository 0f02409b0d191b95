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
from ..core.voice import Voice, voice
from ..days.days_off import closed_days, days_off_problem
from ..plan import ics, actions as plan
from ..plan.actions import skipping
from ..plan.decision import Expected, expected_decision, unread_timing
from ..words import wording
from ..words.mailto import mailto
from ..words.output import Download, Message, Notice, Output, Paragraph
from .letters import letter
from .shared import (
    STAGES, AGENCY, BLACKOUT, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL, COORDINATOR_NAME, COUNTRY, DATE,
    ENGLISH, EXPECTED, FOLLOWUPS_SENT, LAST_REPLY, NEXT_STAGE, ROLE, TIMELINE_BY, TIMELINE_FROM, TIMING, YOUR_EMAIL, YOUR_NAME,
    YOUR_PHONE,
)

ENTRIES = (
    COMPANY, ROLE, DATE, NEXT_STAGE, TIMING, TIMELINE_FROM, TIMELINE_BY, EXPECTED, LAST_REPLY, FOLLOWUPS_SENT,
    AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, COORDINATOR_NAME, COORDINATOR_EMAIL, BLACKOUT,
    ENGLISH, COUNTRY, YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
)

FOLLOW_UPS = ("first_follow_up", "second_follow_up", "move_on")
STAGE_LABELS = {choice.value: choice.label for choice in STAGES}


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if problem := days_off_problem(values):
        errors["blackout"] = problem
    for key, label in (("expected", "The decision date"), ("last_reply", "Their last reply")):
        if values.get(key) and values[key] < values["date"]:
            errors[key] = f"{label} is before the interview. Use a date on or after {voice(values).long(values['date'])}."
    return errors


def timing_sentence(values: dict[str, Any], expected: Expected | None, to: people.Person | None, say: Voice) -> str:
    """Their date, said back to ``to`` in the right voice and by the way it reached the person
    ("In your email, you mentioned…"), or "" when they gave none: a date the person only
    estimates is never said back as theirs."""
    if expected is None or not expected.said:
        return ""
    text = say.text("follow_up")["timing"]
    said = people.said(values, expected.source, to)
    how = values.get("timeline_by") or ""
    if said == "you":
        key = f"you_{how}" if f"you_{how}" in text else "you"
    else:
        key = "other_interview" if how in ("", "interview") and expected.source == "interviewers" else "other"
    by = wording.fill(text["around" if expected.guessed else "by"], {"expected": say.day(expected.day)})
    return wording.fill(text[key], {"company": values["company"], "by_expected": by, "said": said})


def compose(values: dict[str, Any], context: Context) -> Output:
    say = voice(values, context.today, context.time)
    text = say.text("follow_up")
    actions = {a.kind: a for a in plan.plan(values, context)}
    out = Output()
    if values.get("superseded"):
        out.add(Notice("There is nothing to follow up for this round: you are through to the next one. "
                       "Choose the latest round at the top of the page.", tone="info"))
        return out
    if "first_follow_up" not in actions:  # a closed interview: rejected, withdrawn, an offer, moved on
        stage = STAGE_LABELS.get(values.get("stage") or "", "closed").lower()
        out.add(Notice(f"There is nothing to follow up: this interview is marked “{stage}”. If that is wrong, "
                       "change its stage on Your interviews.", tone="info"))
        return out
    sent = plan.followups_sent(values)
    expected = expected_decision(values, closed_days(values, values["date"]))
    if expected and expected.said:
        caveat = expected.caveat(english=say.english)  # here their date passing is the point: no need to say so
        out.add(Notice(f"Decision expected by {say.long(expected.day)} ({expected.how}). {caveat}".strip(), tone="info"))
    elif expected:
        out.add(Notice(wording.fill(text["rules"]["estimate"], {"date": say.long(expected.day)}), tone="info"))
    elif unread := unread_timing(values):
        out.add(Notice(wording.fill(text["rules"]["unread"], {"words": unread}), tone="warning"))
    else:
        out.add(Notice(text["rules"]["no_date"], tone="info"))
    for kind in FOLLOW_UPS:
        action = actions.get(kind)
        if action:
            out.add(Paragraph(f"{plan.status(action)}{say.long(action.day)}: {action.label}. {action.reason}"))
    out.add(Paragraph(skipping(values, say)))
    if sent >= 2:
        out.add(Notice(text["rules"]["done"], tone="warning"))
        return out
    out.add(Notice(text["rules"]["two_at_most"], tone="info"))
    which = "first" if sent == 0 else "second"
    to = people.contact(values)
    next_stage = values.get("next_stage") if values.get("next_stage") in text["ask"] else "unknown"
    slots = {
        "company": values["company"],
        "role": values["role"],
        "interview_day": say.day(values["date"]),
        "timing_sentence": timing_sentence(values, expected, to, say),
        "ask": text["ask"][next_stage],
        "ask_again": text["ask_again"][next_stage],
    }
    subject = wording.fill(text[which]["subject"], slots)
    body = letter(values, to, wording.fill(text[which]["body"], slots))
    action = actions[f"{which}_follow_up"]
    email = to.email if to else ""
    heading = f"Your {which} follow-up, to send on {say.long(action.day)}"
    if to:
        heading += f", to {to.name}" + (", your consultant" if to.role == "consultant" else "")
    note = "" if to else "Add the name of the person who arranged the interview on Your interviews, so the email greets them."
    out.add(Message(heading=heading, to=email, subject=subject, body=body, mailto=mailto(email, subject, body), note=note))
    events = plan.reminders(context.interview_id, values, context, kinds=FOLLOW_UPS)
    if events:
        out.add(Download(label="Add these dates to my calendar (.ics)", filename="follow-ups.ics", mime="text/calendar",
                         content=ics.calendar(events, context.utc),
                         note=f"The reminders ring at {say.clock(plan.ALARM_AT)} on each day. Downloading again later updates them instead of adding copies."))
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
        ("What they said", ("next_stage", "timing", "timeline_from", "timeline_by", "expected", "last_reply", "followups_sent")),
        ("Who to write to", ("agency", "consultant_name", "consultant_email", "coordinator_name", "coordinator_email")),
        ("Days to skip", ("blackout",)),
        ("About you", ("english", "country", "your_name", "your_email", "your_phone")),
    ),
)
