"""Step 2: one thank-you email per interviewer, and when to send it.

Every interviewer gets their own note, built around the one thing talked about with them,
and no two notes of a panel share a sentence (panel members compare notes): each sentence is
chosen from a list of variants, skipping those already used for someone else. With an
agency, the consultant is copied in (or asked first) and gets a short note of their own.
The note names the interview by its weekday ("on Wednesday"), which stays true whenever it
is read; "today" or "yesterday" would not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Callable

from ..core import people
from ..core.context import Context
from ..core.fields import Worksheet
from ..days.days_off import closed_days
from ..plan.decision import expected_decision
from ..plan.thanks import AFTERNOON, NEXT_MORNING_BY, SAME_DAY_BY, Deadline, send_by  # noqa: F401 (re-exported)
from ..words import wording
from ..words.dates import clock, relative
from ..words.mailto import TOO_LONG_FOR_A_LINK, mailto
from ..words.output import Message, Notice, Output, Paragraph
from ..words.phrasing import Phrase, first_name, phrase, tidy
from .letters import letter
from .shared import (
    AGENCY, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, DATE, DETAIL, FORMAT, ROLE, THANKED, THANKS_VIA, TIME,
    YOUR_EMAIL, YOUR_NAME, YOUR_PHONE, interviewers,
)

ENTRIES = (
    COMPANY, ROLE, DATE, TIME, FORMAT,
    interviewers(replace(DETAIL, required=True),
                 hint="Everyone who interviewed you gets their own email, so add each person separately."),
    AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, THANKS_VIA,
    YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
    THANKED,
)


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if values.get("agency") and not values.get("consultant_name"):
        errors["consultant_name"] = "You ticked the agency box: enter your consultant's name, so we can write them a note."
    seen: dict[str, str] = {}
    for index, person in enumerate(values.get("interviewers") or []):
        detail = " ".join(tidy(person.get("detail")).casefold().split())
        if not detail:
            continue
        if detail in seen:
            errors[f"interviewers.{index}.detail"] = (
                f"This is what you wrote for {seen[detail]} too. Write something from your conversation with "
                f"{first_name(person['name'])}, so each email is their own.")
        else:
            seen[detail] = first_name(person.get("name") or "")
    return errors


def when_words(day: dt.date, sent: dt.date) -> str:
    """How a note refers to the interview, read on the day it is sent: "on Wednesday" within
    the week, "on Wednesday 25 November" after that."""
    return f"on {day:%A}" if 0 <= (sent - day).days < 7 else f"on {day:%A} {day.day} {day:%B}"


class Sentences:
    """Picks each sentence of a panel's notes so that no two notes share one."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def pick(self, options: list[Any], start: int, fill: Callable[[Any], str], required: bool) -> str:
        """The first variant from ``start`` on whose sentence is not used yet; when all are,
        "" for an optional sentence, or the ``start`` variant for a required one."""
        for step in range(len(options)):
            sentence = fill(options[(start + step) % len(options)])
            if sentence and sentence not in self.used:
                self.used.add(sentence)
                return sentence
        return "" if not required else fill(options[start % len(options)])

    def fresh(self, options: list[Any], fill: Callable[[Any], str]) -> bool:
        return any(fill(option) not in self.used for option in options)


def _with_detail(template: dict[str, str], detail: Phrase, slots: dict[str, str]) -> str:
    return wording.fill(template[detail.kind], dict(slots, detail=detail.text))


def _next_step(values: dict[str, Any], text: dict[str, Any], slots: dict[str, str]) -> str:
    part = text["next_step"]
    stage = text["next_stage"].get(values.get("next_stage") or "", "")
    expected = expected_decision(values, closed_days(values, values["date"]))
    slots = dict(slots, next_stage=stage, expected=f"{expected.day:%A} {expected.day.day} {expected.day:%B}" if expected else "")
    key = "stage_and_date" if stage and expected else "stage" if stage else "date" if expected else "neither"
    return wording.fill(part[key], slots)


def compose(values: dict[str, Any], context: Context) -> Output:
    """One email per interviewer, plus the deadline and, with an agency, a note for them."""
    text = wording.load("thank_you")
    today = context.today
    day: dt.date = values["date"]
    deadline = send_by(day, values.get("time"), closed_days(values, day))
    out = Output()
    out.add(Notice(f"Send by {relative(deadline.day, today)}, {clock(deadline.by)}. {deadline.reason}", tone="deadline"))
    if context.has_passed(deadline.day, deadline.by):
        out.add(Notice("That time has passed. Send your notes now anyway: a late thank-you is still better than none.", tone="warning"))

    panel = people.interviewers(values)
    consultant = people.consultant(values)
    copy = consultant is not None and (values.get("thanks_via") or "cc") == "cc"
    fmt = values.get("format") or "in_person"
    sent = max(deadline.day, today or deadline.day)
    slots = {
        "company": values["company"], "role": values["role"], "when": when_words(day, sent),
        "meeting": text["meeting"][fmt], "names": people.names(panel),
        "consultant": consultant.greeting if consultant else "",
    }
    if consultant:
        advice = text["agency"]["advice_cc" if copy else "advice_ask"]
        out.add(Notice(wording.fill(advice, slots), tone="info"))

    sentences = Sentences()
    for index, person in enumerate(panel):
        mine = dict(slots, first_name=person.greeting, name=person.name)
        detail = phrase(person.detail)
        opening = ""
        if sentences.fresh(text["openings"], lambda o: wording.fill(o, mine)):
            opening = sentences.pick(text["openings"], index, lambda o: wording.fill(o, mine), required=True)
            detail_line = sentences.pick(text["details"], index, lambda d: _with_detail(d, detail, mine), required=True)
        else:  # a panel larger than the list of openings: the detail opens the note
            opening = sentences.pick(text["openings_with_detail"], index, lambda d: _with_detail(d, detail, mine), required=True)
            detail_line = ""
        interest = sentences.pick(text["interest"], index, lambda s: wording.fill(s, mine), required=False)
        next_step = _next_step(values, text, mine) if index == 0 else ""
        closing = sentences.pick(text["closings"], index, lambda s: wording.fill(s, mine), required=False)
        body = letter(values, person, " ".join(filter(None, (opening, detail_line, interest))),
                      " ".join(filter(None, (next_step, closing))))
        subject = wording.fill(text["subjects"][index % len(text["subjects"])], mine)
        cc = consultant.email if copy and consultant else ""
        link = mailto(person.email, subject, body, cc=cc)
        notes = [
            "" if link else TOO_LONG_FOR_A_LINK,
            "" if person.email else wording.fill(text["missing"]["address"], mine),
            wording.fill(text["missing"]["cc"], mine) if copy and consultant and not consultant.email else "",
        ]
        heading = f"Email to {person.name}" + (f", {person.title}" if person.title else "")
        out.add(Message(heading=heading, to=person.email, cc=cc, subject=subject, body=body, mailto=link,
                        note=" ".join(filter(None, notes))))

    if consultant:
        meeting_them = wording.fill(text["agency"]["meeting_them"][fmt], slots)
        body = letter(values, consultant, wording.fill(text["agency"]["body_cc" if copy else "body_ask"], dict(slots, meeting_them=meeting_them)))
        subject = wording.fill(text["agency"]["subject"], slots)
        out.add(Message(heading=f"Note to your consultant, {consultant.name}", to=consultant.email, subject=subject,
                        body=body, mailto=mailto(consultant.email, subject, body)))
    if len(panel) > 1:
        out.add(Paragraph("Each email is different on purpose: panel members often compare notes."))
    if not values.get("thanked"):
        out.add(Paragraph("Once they are sent, tick “I have sent my thank-you notes” above: your plan moves on to the follow-up."))
    return out


WORKSHEET = Worksheet(
    id="thank-you",
    saved_as="Thank-you emails",
    title="Write your thank-you emails",
    intro="Fill this in once: you get one email per interviewer, ready to copy or open in your mail app, and the time to send them by.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Write my emails",
    schema_version=2,
    fieldsets=(
        ("The interview", ("company", "role", "date", "time", "format")),
        ("Who you met", ("interviewers",)),
        ("Agency", ("agency", "consultant_name", "consultant_email", "thanks_via")),
        ("About you", ("your_name", "your_email", "your_phone")),
        ("Once you have sent them", ("thanked",)),
    ),
)
