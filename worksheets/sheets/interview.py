"""The interview record editor, the dashboard of all interviews, and their calendar.

Every value here is saved in the interview record (``scope="interview"``), which the
thank-you, process and follow-up worksheets share: typed once, reused by every step.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from typing import Any

from ..core.context import Context
from ..core.fields import Worksheet
from ..plan import ics, actions as plan, pictures, rounds
from ..core.voice import english_of, voice
from ..words.output import Download, Heading, Notice, Output, Paragraph
from . import checklist
from .shared import (
    AGENCY, ANSWER_BY, APPLICATION, BLACKOUT, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL,
    COORDINATOR_NAME, COUNTRY, DATE, DETAIL, ENGLISH, EXPECTED, FOLLOWUPS_SENT, FORMAT, INVITED, LAST_REPLY, NEWS_BY,
    NEWS_FROM, NEXT_STAGE, NOTES, OFFER_DEADLINE, OFFER_SALARY, OFFER_START, OFFER_THANKED, OFFER_WRITTEN, OTHERS, PART,
    ROLE, ROUND, ROUND_KIND, STAGE, STAGES, THANKED, THANKS_VIA, TIME, TIMELINE_BY, TIMELINE_FROM, TIMEZONE, TIMING,
    YOUR_EMAIL, YOUR_NAME, YOUR_PHONE, interviewers, optional,
)

ENTRIES = (
    COMPANY, ROLE, ROUND, ROUND_KIND, DATE, TIME, TIMEZONE, FORMAT,
    interviewers(DETAIL, PART, INVITED, min_items=0,
                 hint="Add each person you met, with one thing you talked about: every step's messages use it."),
    COORDINATOR_NAME, COORDINATOR_EMAIL, OTHERS, AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, THANKS_VIA,
    STAGE, NEWS_FROM, NEWS_BY, THANKED, NEXT_STAGE, TIMING, TIMELINE_FROM, TIMELINE_BY, EXPECTED, LAST_REPLY, FOLLOWUPS_SENT,
    replace(OFFER_DEADLINE, show_when=("stage", ("offer_elsewhere",))),
    *(replace(f, show_when=("stage", ("offer", "accepted"))) for f in (OFFER_SALARY, OFFER_START, ANSWER_BY, OFFER_WRITTEN, OFFER_THANKED)),
    BLACKOUT, NOTES,
    ENGLISH, COUNTRY, optional(YOUR_NAME), YOUR_EMAIL, YOUR_PHONE,
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
    """One .ics with what is still to do for every interview (valid records only): a round the
    person is through has nothing left to chase, so nothing of it goes in."""
    events = []
    for record_id, values in sorted(rounds.annotated(records).items()):
        events += plan.reminders(record_id, values, context)
    return ics.calendar(events, context.utc)


def compose(values: dict[str, Any], context: Context) -> Output:
    if context.today is None:
        context = Context(today=values["date"], stamp=context.stamp, interview_id=context.interview_id)
    say = voice(values, context.today, context.time)
    actions = plan.plan(values, context)
    out = Output()
    out.add(Heading(f"Your plan for {plan.title(values)}"))
    upcoming = plan.next_action(actions)
    if upcoming:
        out.add(Notice(f"Next: {upcoming.title}.", tone="deadline"))
    for action in actions:
        out.add(Paragraph(f"{plan.status(action)}{say.long(action.day)}: {action.label or action.title}. {action.reason}"))
    out.add(Paragraph(plan.skipping(values, say)))
    if plan.followups_sent(values) >= 2:
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
    """One row per application, at its current round: its title, stage and next action, soonest
    first, with that round's progress through the five steps and a timeline of every round.
    ``records`` are checked values by interview id (as
    :func:`~worksheets.core.validation.validate` gives them: a field that did not pass is
    ``None``, so a partial record still shows); ``sheets`` says, per interview, what its
    worksheets saved (see :mod:`worksheets.sheets.checklist`). ``rounds`` lists the
    application's rounds, oldest first, for the page to offer each."""
    rows = []
    every = rounds.annotated(records)
    for app, ids in rounds.grouped(records).items():
        record_id = ids[-1]
        values = every[record_id]
        saved = (sheets or {}).get(record_id) or {}
        actions = plan.plan(values, context)
        upcoming = plan.next_action(actions)
        when = plan.urgency(upcoming, context) if upcoming else ""
        say = voice(values, context.today, context.time)
        if not isinstance(values.get("date"), dt.date):
            next_words = say.text("plan")["rounds"]["add_date"]
        else:
            next_words = plan.headline(upcoming, context, say.english) if upcoming else "Nothing to do: this one is closed."
        rows.append({
            "id": record_id,
            "application": app,
            "title": plan.title(values),
            "stage": _STAGE_LABELS.get(values.get("stage") or "", "Interviewing"),
            "next": next_words,
            "date": upcoming.day.isoformat() if upcoming else "",
            "when": when,
            "reason": upcoming.reason if upcoming else "",
            "progress": checklist.progress(values, saved),
            "timeline": pictures.timeline(values, context),
            "rounds": [{"id": rid, "title": plan.round_name(every[rid], n), "date": _iso(every[rid].get("date")),
                        "when": say.short(every[rid]["date"]) if isinstance(every[rid].get("date"), dt.date) else ""}
                       for n, rid in enumerate(ids, 1)],
        })
    rows.sort(key=lambda r: (r["date"] == "", r["date"], r["title"]))
    return rows


def _iso(day: Any) -> str:
    return day.isoformat() if isinstance(day, dt.date) else ""


WORKSHEET = Worksheet(
    id="interview",
    saved_as="Interview details",
    title="Interview details",
    intro="Type an interview's details once: every step's worksheet reuses them. Pick the interview at the top of any worksheet.",
    entries=ENTRIES,
    compose=compose,
    submit_label="Show my plan",
    schema_version=3,
    saved=(checklist.CHECKLIST, APPLICATION),
    fieldsets=(
        ("The interview", ("company", "role", "round", "round_kind", "date", "time", "timezone", "format")),
        ("Who you met", ("interviewers", "coordinator_name", "coordinator_email", "others")),
        ("Agency", ("agency", "consultant_name", "consultant_email", "thanks_via")),
        ("Where things stand", ("stage", "news_from", "news_by", "thanked", "next_stage", "timing", "timeline_from",
                                "timeline_by", "expected", "last_reply", "followups_sent", "offer_deadline")),
        ("The offer", ("offer_salary", "offer_start", "answer_by", "offer_written", "offer_thanked")),
        ("Days to skip", ("blackout",)),
        ("About you", ("english", "country", "your_name", "your_email", "your_phone")),
        ("Anything else", ("notes",)),
    ),
)
