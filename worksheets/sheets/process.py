"""Step 1: know the recruitment process. What happens next and when, read into a date; near
the final round, a heads-up for each referee and a salary note to keep beside you.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.context import Context
from ..core.fields import Field, Group, Worksheet
from ..core.people import Person
from ..core.voice import voice
from ..days.days_off import closed_days, holiday_gap
from ..plan import actions as plan, prepare
from ..plan.actions import skipping
from ..plan.decision import expected_decision, unread_timing
from ..words import wording
from ..words.mailto import mailto
from ..words.output import Heading, Message, Notice, Output, Paragraph
from .letters import letter
from .shared import (
    COMPANY, COUNTRY, DATE, ENGLISH, EXPECTED, LATE_STAGES, NEXT_STAGE, NEXT_STAGES, ROLE, ROUND, SALARY_HIGH, SALARY_LOW,
    SALARY_SAID, SALARY_SOURCES, TIMELINE_BY, TIMELINE_FROM, TIMING, WALK_AWAY, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE, optional,
)

REFEREE = Group(
    name="referees",
    label="Your referees",
    item_label="Referee {n}",
    add_label="Add another referee",
    hint="When this was the final round, or the next step is a final round, references or a decision: a heads-up for each.",
    min_items=0,
    max_items=4,
    fields=(
        Field("name", "Referee's name", max_length=80, autocomplete="off"),
        Field("email", "Referee's email", kind="email", max_length=254, autocomplete="off",
              hint="With it, Open in mail app fills in the To line."),
    ),
)

ENTRIES = (
    COMPANY, ROLE, ROUND, DATE,
    NEXT_STAGE, TIMING, TIMELINE_FROM, TIMELINE_BY, EXPECTED,
    REFEREE,
    Field("who_will_call", "Who will contact your referees", max_length=120, autocomplete="off",
          hint="For example, 'Sam Lee from the HR team at Acme'."),
    Field("projects", "What you would like them to mention", kind="textarea", max_length=600,
          hint="Two or three projects or strengths that matter for this role, one per line."),
    SALARY_LOW, SALARY_HIGH, WALK_AWAY, SALARY_SOURCES, SALARY_SAID,
    ENGLISH, COUNTRY, optional(YOUR_NAME), YOUR_EMAIL, YOUR_PHONE,
)


def near_the_end(values: dict[str, Any]) -> bool:
    """Whether it is time to brief referees and ready a salary figure: this round is the
    final one (its kind, or its name says so), or what comes next is a final round,
    references or a decision (one rule with the plan's: worksheets.plan.prepare)."""
    return prepare.near_the_end(values)


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if values.get("expected") and values["expected"] < values["date"]:
        errors["expected"] = f"The decision date is before the interview. Use a date on or after {voice(values).long(values['date'])}."
    if near_the_end(values) and any(r.get("name") for r in values.get("referees") or []) and not values.get("your_name"):
        errors["your_name"] = "Enter your name: it signs the message to your referees."
    for index, referee in enumerate(values.get("referees") or []):
        if referee.get("email") and not referee.get("name"):
            errors[f"referees.{index}.name"] = "Enter the referee's name: the message greets them by it."
    return errors


def _bullets(text: str) -> str:
    lines = [line.strip(" -•*\t") for line in (text or "").splitlines() if line.strip(" -•*\t")]
    return "\n".join(f"- {line}" for line in lines)


def compose(values: dict[str, Any], context: Context) -> Output:
    say = voice(values, context.today, context.time)
    text = say.text("process")
    out = Output()
    stage = text["next_stage"].get(values.get("next_stage") or "unknown", "")
    expected = expected_decision(values, closed_days(values, values["date"]))
    if stage:
        out.add(Notice(f"What happens next: {stage}.", tone="info"))
    if expected:
        gap = holiday_gap(values, values["date"], expected.day)
        if expected.said:
            caveat = expected.caveat(context.today, say.english)
            said = " ".join(part for part in (f"They expect to decide by {say.long(expected.day)} ({expected.how}).", caveat, gap) if part)
            out.add(Notice(said, tone="deadline"))
        else:
            out.add(Notice(f"You expect them to decide by {say.long(expected.day)}: your own estimate, as they gave no date. "
                           "Messages never say they gave it.", tone="deadline"))
        steps = {a.kind: a for a in plan.plan(values, context)}
        if "first_follow_up" in steps:
            out.add(Paragraph(f"If you have heard nothing by then, follow up on {say.short(steps['first_follow_up'].day)}: "
                              "step 5 has the email and the calendar reminders."))
    elif unread := unread_timing(values):
        out.add(Notice(f"We can't find a date in their words: ‘{unread}’. If they gave one, put it in "
                       f"“Decision expected by”; until then, follow up {say.working_days(5)} after the interview.",
                       tone="warning"))
    else:
        out.add(Notice(f"They gave no date: that's fine. If you hear nothing, follow up {say.working_days(5)} after the interview.", tone="info"))
        out.add(Paragraph("Next time, before you leave, ask: 'What are the next steps, and when do you expect to decide?'"))
    out.add(Paragraph(skipping(values, say)))
    if not near_the_end(values):
        out.add(Paragraph("Near the final round (name the round “Final round”, or choose what happens next), "
                          "you'll get a heads-up for your referees and a salary note here."))
        return out

    out.add(Heading("Before the final round"))
    referees = [r for r in values.get("referees") or [] if r.get("name")]
    if referees:
        out.add(Notice(text["ask_permission"], tone="info"))
    for referee in referees:
        slots = {
            "company": values["company"], "role": values["role"],
            "who_will_call": values.get("who_will_call") or "",
            "projects": _bullets(values.get("projects") or ""),
        }
        part = text["referee"]
        slots["who_sentence"] = wording.fill(part["who_known" if slots["who_will_call"] else "who_unknown"], slots)
        slots["projects_paragraph"] = wording.fill(part["projects"], slots) if slots["projects"] else ""
        subject = wording.fill(part["subject"], slots)
        person = Person(name=referee["name"], role="interviewer", email=referee.get("email") or "")
        body = letter(values, person, wording.fill(part["body"], slots))
        to = person.email
        out.add(Message(heading=f"Heads-up for {referee['name']}", to=to, subject=subject, body=body,
                        mailto=mailto(to, subject, body)))

    lines = []
    if values.get("salary_low") or values.get("salary_high"):
        lines.append(f"Researched range: {values.get('salary_low') or '?'} to {values.get('salary_high') or '?'}")
    if values.get("walk_away"):
        lines.append(f"Walk-away figure: {values['walk_away']} (private)")
    if values.get("salary_sources"):
        lines.append("Sources: " + "; ".join(l.strip() for l in values["salary_sources"].splitlines() if l.strip()))
    if values.get("salary_said"):
        lines.append("Already said: " + " ".join(values["salary_said"].split()))  # one line of the note
    if lines:
        out.add(Message(heading=text["salary"]["heading"], body="\n".join(lines), note=text["salary"]["note"]))
    else:
        out.add(Paragraph("Add your researched range and walk-away figure to get a salary note to keep beside you."))
    return out


WORKSHEET = Worksheet(
    id="process",
    saved_as="Next steps and referees",
    title="What happens next, and when",
    intro="Note what they told you about the next steps. You get the date to expect news and, near the final round, a heads-up for your referees and a salary note.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Make my plan",
    schema_version=3,
    fieldsets=(
        ("The interview", ("company", "role", "round", "date")),
        ("What they told you", ("next_stage", "timing", "timeline_from", "timeline_by", "expected")),
        ("Near the final round", ("referees", "who_will_call", "projects")),
        ("Salary", ("salary_low", "salary_high", "walk_away", "salary_sources", "salary_said")),
        ("About you", ("english", "country", "your_name", "your_email", "your_phone")),
    ),
)
