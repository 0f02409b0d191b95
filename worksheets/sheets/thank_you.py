"""Step 2: one thank-you email per interviewer, and when to send it.

Every interviewer gets their own note, built around the one thing talked about with them,
and no two notes of a panel share a sentence (panel members compare notes): each sentence is
chosen from a list of variants, skipping those already used for someone else. With an
agency, the consultant is copied in (or asked first) and gets a short note of their own.
The note names the interview as the moment it is written reads it ("today", "yesterday", "on
Wednesday"); the page writes it again when a note is copied or opened, so it is true when sent.
Not everyone met interviewed: the recruiter who did a phone screen, someone who showed the
candidate round, someone who sat in, someone met at reception each get words that fit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Callable

from ..core import people
from ..core.context import Context
from ..core.fields import Worksheet
from ..core.voice import Voice, voice
from ..days.days_off import closed_days
from ..plan.actions import skipping
from ..plan.decision import expected_decision
from ..plan.thanks import AFTERNOON, NEXT_MORNING_BY, SAME_DAY_BY, Deadline, send_by  # noqa: F401 (re-exported)
from ..words import wording
from ..words.mailto import TOO_LONG_FOR_A_LINK, mailto
from ..words.output import Message, Notice, Output, Paragraph
from ..words.phrasing import Phrase, first_name, met_phrase, phrase, tidy
from .letters import letter
from .shared import (
    AGENCY, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL, COORDINATOR_NAME, COUNTRY, DATE, DETAIL,
    ENGLISH, FORMAT, OTHERS, PART, ROLE, THANKED, THANKS_VIA, TIME, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE, interviewers,
)

ENTRIES = (
    COMPANY, ROLE, DATE, TIME, FORMAT,
    interviewers(replace(DETAIL, required=True), PART,
                 hint="Everyone you met on the panel gets their own email, so add each person separately."),
    COORDINATOR_NAME, COORDINATOR_EMAIL, OTHERS,
    AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, THANKS_VIA,
    ENGLISH, COUNTRY, YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
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


def when_words(day: dt.date, start: dt.time | None, say: Voice) -> str:
    """How a note refers to the interview, true at the moment it is written (the page writes
    it again when the note is copied or opened): "today" or "this morning" on the day,
    "yesterday" the next, "on Wednesday" within the week, "on Wednesday 25 November" after.
    Without a moment, the weekday (true whenever it is read within the week)."""
    words = say.text("thank_you")["when"]
    if say.today is None:
        return words["this_week"].format(day=f"{day:%A}")
    ago = (say.today - day).days
    if ago == 0:
        if start is not None and start < AFTERNOON and say.time is not None and say.time >= AFTERNOON:
            return words["this_morning"]
        return words["today"]
    if ago == 1:
        return words["yesterday"]
    if 0 < ago < 7:
        return words["this_week"].format(day=f"{day:%A}")
    return words["earlier"].format(date=say.day(day))


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


def _next_step(values: dict[str, Any], text: dict[str, Any], slots: dict[str, str], say: Voice) -> str:
    """What comes next, and the date they said they would decide by: never a date the person
    only estimates, which nobody told them."""
    part = text["next_step"]
    stage = text["next_stage"].get(values.get("next_stage") or "", "")
    expected = expected_decision(values, closed_days(values, values["date"]))
    date = say.day(expected.day) if expected and expected.said else ""
    slots = dict(slots, next_stage=stage, expected=date)
    key = "stage_and_date" if stage and date else "stage" if stage else "date" if date else "neither"
    return wording.fill(part[key], slots)


def _voice_of(person: people.Person) -> str:
    """Which note a person gets: one that fits what they did (a tour, sitting in), else the
    recruiter's when they also arranged the interview, else an interviewer's."""
    if person.part in ("tour", "sat_in"):
        return person.part
    return "recruiter" if person.also == "coordinator" else "interviewer"


def _short_note(values: dict[str, Any], person: people.Person, part: dict[str, Any], mine: dict[str, str],
                opening: str, next_step: str = "") -> tuple[str, str]:
    """(subject, body) of a note that is not an interviewer's: one opening, the detail if
    there is one, a closing that fits (after what comes next, when this note says it)."""
    detail = phrase(person.detail)
    lines = [opening]
    if detail:
        lines.append(_with_detail(part["detail"], detail, mine))
    interest = wording.fill(part["interest"], mine) if "interest" in part else ""
    body = letter(values, person, " ".join(filter(None, (*lines, interest))),
                  " ".join(filter(None, (next_step, wording.fill(part["closing"], mine)))))
    return wording.fill(part["subject"], mine), body


def _card(person: people.Person, subject: str, body: str, cc: str, notes: list[str]) -> Message:
    link = mailto(person.email, subject, body, cc=cc)
    notes = ["" if link else TOO_LONG_FOR_A_LINK, *notes]
    heading = f"Email to {person.name}" + (f", {person.title}" if person.title else "")
    return Message(heading=heading, to=person.email, cc=cc, subject=subject, body=body, mailto=link,
                   note=" ".join(filter(None, notes)))


def compose(values: dict[str, Any], context: Context) -> Output:
    """One email per person on the panel (in the words their part calls for), one for anyone
    else met whose address you have, and, with an agency, a note for the consultant; with the
    time to send them by. Written for the moment of the call: the page calls again when a note
    is copied or opened, so "today" and "yesterday" are true when it is sent."""
    say = voice(values, context.today, context.time)
    text = say.text("thank_you")
    today = context.today
    day: dt.date = values["date"]
    deadline = send_by(day, values.get("time"), closed_days(values, day), say)
    out = Output()
    out.add(Notice(f"Send by {say.relative(deadline.day)}, {say.clock(deadline.by)}. {deadline.reason}", tone="deadline"))
    if context.has_passed(deadline.day, deadline.by):
        out.add(Notice("That time has passed. Send your notes now anyway: a late thank-you is still better than none.", tone="warning"))

    panel = people.interviewers(values)
    consultant = people.consultant(values)
    copy = consultant is not None and (values.get("thanks_via") or "cc") == "cc"
    fmt = values.get("format") or "in_person"
    slots = {
        "company": values["company"], "role": values["role"], "when": when_words(day, values.get("time"), say),
        "meeting": text["meeting"][fmt], "names": people.names([p for p in panel if p.part == "interviewed"] or panel),
        "consultant": consultant.greeting if consultant else "",
        "your_first_name": people.given_name(values.get("your_name")) or values.get("your_name") or "",
    }
    if consultant:
        advice = text["agency"]["advice_cc" if copy else "advice_ask"]
        out.add(Notice(wording.fill(advice, slots), tone="info"))

    sentences = Sentences()
    cc = consultant.email if copy and consultant else ""
    interviewers = [p for p in panel if _voice_of(p) == "interviewer"]
    # What comes next is said once: in the first interviewer's note, or the recruiter's.
    first = interviewers[0] if interviewers else next((p for p in panel if _voice_of(p) == "recruiter"), None)
    for person in panel:
        mine = dict(slots, first_name=person.greeting, name=person.name)
        kind = _voice_of(person)
        if kind != "interviewer":
            part = text[kind]
            opening = wording.fill(part["opening"], mine)
            next_step = _next_step(values, text, mine, say) if person is first and kind == "recruiter" else ""
            subject, body = _short_note(values, person, part, mine, opening, next_step)
        else:
            index = interviewers.index(person)
            detail = phrase(person.detail)
            if sentences.fresh(text["openings"], lambda o: wording.fill(o, mine)):
                opening = sentences.pick(text["openings"], index, lambda o: wording.fill(o, mine), required=True)
                detail_line = sentences.pick(text["details"], index, lambda d: _with_detail(d, detail, mine), required=True)
            else:  # a panel larger than the list of openings: the detail opens the note
                opening = sentences.pick(text["openings_with_detail"], index, lambda d: _with_detail(d, detail, mine), required=True)
                detail_line = ""
            interest = sentences.pick(text["interest"], index, lambda s: wording.fill(s, mine), required=False)
            next_step = _next_step(values, text, mine, say) if person is first else ""
            closing = sentences.pick(text["closings"], index, lambda s: wording.fill(s, mine), required=False)
            body = letter(values, person, " ".join(filter(None, (opening, detail_line, interest))),
                          " ".join(filter(None, (next_step, closing))))
            subject = wording.fill(text["subjects"][index % len(text["subjects"])], mine)
        notes = [
            "" if person.email else wording.fill(text["missing"]["address"], mine),
            wording.fill(text["missing"]["cc"], mine) if copy and consultant and not consultant.email else "",
        ]
        out.add(_card(person, subject, body, cc, notes))

    for other in _others(values):
        mine = dict(slots, first_name=other.greeting, name=other.name, met=other.title)
        part = text["other"]
        opening = wording.fill(part["opening_place" if other.title else "opening"], mine)
        subject, body = _short_note(values, other, part, mine, opening)
        out.add(_card(replace(other, title=""), subject, body, cc="", notes=[]))

    if consultant:
        meeting_them = wording.fill(text["agency"]["meeting_them"][fmt], slots)
        body = letter(values, consultant, wording.fill(text["agency"]["body_cc" if copy else "body_ask"], dict(slots, meeting_them=meeting_them)))
        subject = wording.fill(text["agency"]["subject"], slots)
        out.add(Message(heading=f"Note to your consultant, {consultant.name}", to=consultant.email, subject=subject,
                        body=body, mailto=mailto(consultant.email, subject, body)))
    if len(panel) > 1:
        out.add(Paragraph("Each email is different on purpose: panel members often compare notes."))
    out.add(Paragraph(text["when"]["fresh"]))
    out.add(Paragraph(skipping(values, say)))
    if not values.get("thanked"):
        out.add(Paragraph("Once they are sent, tick “I have sent my thank-you notes” above: your plan moves on to the follow-up."))
    return out


def _others(values: dict[str, Any]) -> list[people.Person]:
    """Everyone else met (the office tour, reception, lunch) whose address you have, and who
    is not on the panel already: each gets a short note. ``title`` carries where you met them,
    when it reads as a place ("on the office tour")."""
    panel = people.interviewers(values)
    found = []
    for entry in values.get("others") or []:
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("email"):
            continue
        kind, where = met_phrase(entry.get("met"))
        person = people.Person(name=entry["name"], role="interviewer", email=entry["email"], detail=entry.get("detail") or "",
                               title=where if kind == "place" else "")
        if not any(people.same_person(person, p) for p in panel):
            found.append(person)
    return found


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
        ("Who you met", ("interviewers", "coordinator_name", "coordinator_email", "others")),
        ("Agency", ("agency", "consultant_name", "consultant_email", "thanks_via")),
        ("About you", ("english", "country", "your_name", "your_email", "your_phone")),
        ("Once you have sent them", ("thanked",)),
    ),
)
