"""Step 2: one thank-you email per interviewer, and when to send it.

Timing follows the common advice (within 24 hours; Robert Half/Accountemps 2017, TopResume
2017): a morning interview is thanked the same day, an afternoon or evening one by the next
business morning, so a Friday-afternoon interview gives Monday morning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from . import wording
from .context import Context
from .business_days import is_business_day, next_business_day
from .dates import clock, long_date, relative
from .fields import Field, Worksheet
from .mailto import mailto
from .output import Message, Notice, Output, Paragraph
from .shared_fields import (
    AGENCY, COMPANY, CONTACT_EMAIL, CONTACT_NAME, DATE, FORMAT, ROLE, TIME, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE,
    interviewers,
)

#: Interviews that start at or after noon are thanked the next business morning.
AFTERNOON = dt.time(12, 0)
SAME_DAY_BY = dt.time(18, 0)
NEXT_MORNING_BY = dt.time(10, 0)


@dataclass(frozen=True)
class Deadline:
    day: dt.date
    by: dt.time
    reason: str


def send_by(interview_day: dt.date, start: dt.time | None) -> Deadline:
    """When the thank-you should go out, with the reason in words."""
    if not is_business_day(interview_day):
        day = next_business_day(interview_day)
        return Deadline(day, NEXT_MORNING_BY, "Your interview was on a non-working day, so send it the next business morning.")
    if start is not None and start < AFTERNOON:
        return Deadline(interview_day, SAME_DAY_BY, "A morning interview is best thanked the same day.")
    day = next_business_day(interview_day)
    if interview_day.weekday() == 4:
        reason = "A Friday-afternoon interview is best thanked first thing on Monday, when it won't be buried under the weekend's mail."
    else:
        reason = "An afternoon or evening interview is best thanked the next business morning."
    return Deadline(day, NEXT_MORNING_BY, reason)


DETAIL = Field("detail", "One thing you talked about", kind="textarea", required=True, max_length=300, max_words=30,
               hint="Write it to follow 'I especially enjoyed hearing about…', e.g. 'your plans to rebuild the booking app'.",
               missing="Add one thing you talked about with this person: it is what makes the email theirs.")

ENTRIES = (
    COMPANY, ROLE, DATE, TIME, FORMAT,
    interviewers(DETAIL, hint="Everyone who interviewed you gets their own email, so add each person separately."),
    Field("next_steps", "What happens next, as they told you", max_length=160, max_words=25,
          hint="Optional. It follows 'I understand that the next step is…', e.g. 'a second interview with the team in early March'."),
    AGENCY, CONTACT_NAME, CONTACT_EMAIL,
    YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
)


def _check(values: dict[str, Any]) -> dict[str, str]:
    if values.get("agency") and not values.get("contact_name"):
        return {"contact_name": "You ticked the agency box: enter your consultant's name, so we can write them a note."}
    return {}


def _first_name(name: str) -> str:
    parts = name.split()
    # "Dr Priya Shah" -> keep the honorific with the surname; otherwise use the first name.
    if len(parts) > 2 and parts[0].rstrip(".").lower() in {"dr", "prof", "professor"}:
        return f"{parts[0]} {parts[-1]}"
    return parts[0] if parts else name


def _when(day: dt.date, sent: dt.date) -> str:
    """How the email refers to the interview, as read on the day it should be sent."""
    if sent == day:
        return "today"
    if sent == day + dt.timedelta(days=1):
        return "yesterday"
    if 0 < (sent - day).days < 7:
        return f"on {day:%A}"
    return f"on {day:%A} {day.day} {day:%B}"


def _signature(values: dict[str, Any]) -> str:
    lines = [values["your_name"]]
    lines += [values[key] for key in ("your_email", "your_phone") if values.get(key)]
    return "\n".join(lines)


def _clean_detail(detail: str) -> str:
    detail = " ".join(detail.split()).rstrip(".!;, ")
    # "I especially enjoyed hearing about The plans" reads better lower-cased, but keep
    # acronyms and names ("AI", "Priya's team") as typed.
    if len(detail) > 1 and detail[0].isupper() and not detail[1].isupper() and detail.split()[0] in {"The", "Your", "How", "What", "Our", "A", "An"}:
        detail = detail[0].lower() + detail[1:]
    return detail


def _pick(options: list[str], index: int) -> str:
    return options[index % len(options)]


def compose(values: dict[str, Any], context: Context) -> Output:
    """One email per interviewer, plus the deadline and, with an agency, a note for them."""
    text = wording.load("thank_you")
    today = context.today
    day: dt.date = values["date"]
    deadline = send_by(day, values.get("time"))
    out = Output()
    out.add(Notice(f"Send by {relative(deadline.day, today)}, {clock(deadline.by)}. {deadline.reason}", tone="deadline"))
    if context.has_passed(deadline.day, deadline.by):
        out.add(Notice("That time has passed. Send your notes now anyway: a late thank-you is still better than none.", tone="warning"))

    common = {
        "company": values["company"],
        "role": values["role"],
        "when": _when(day, max(deadline.day, today or deadline.day)),
        "meeting": text["meeting"][values.get("format") or "in_person"],
        "next_steps": (values.get("next_steps") or "").rstrip(". "),
        "your_name": values["your_name"],
        "consultant": values.get("contact_name") or "",
    }
    signature = _signature(values)
    agency = bool(values.get("agency"))
    if agency:
        out.add(Notice(wording.fill(text["agency"]["advice"], common), tone="info"))

    people = values["interviewers"]
    for index, person in enumerate(people):
        slots = dict(common, name=person["name"], first_name=_first_name(person["name"]),
                     title=person.get("title") or "", detail=_clean_detail(person["detail"]))
        # Lists of coprime lengths (4, 5, 3...) rotate independently, so the combination
        # differs for every interviewer of a panel even before their own detail is added.
        paragraphs = [
            wording.fill(text["greeting"], slots),
            wording.fill(_pick(text["openings"], index), slots),
            wording.fill(_pick(text["details"], index), slots),
            wording.fill(_pick(text["interest"], index), slots) + " "
            + wording.fill(text["next_step_known"] if slots["next_steps"] else text["next_step_unknown"], slots),
            wording.fill(_pick(text["closings"], index), slots),
            wording.fill(text["sign_off"], slots) + "\n" + signature,
        ]
        body = "\n\n".join(paragraphs)
        subject = wording.fill(_pick(text["subjects"], index), slots)
        link = mailto(person.get("email") or "", subject, body)
        heading = f"Email to {person['name']}" + (f", {person['title']}" if person.get("title") else "")
        note = "" if link else "This email is too long for a mail link to carry safely: use Copy, then paste it into a new email."
        out.add(Message(heading=heading, to=person.get("email") or "", subject=subject, body=body, mailto=link, note=note))

    if agency:
        consultant = common["consultant"]
        slots = dict(common, consultant_first_name=_first_name(consultant), signature=signature)
        subject = wording.fill(text["agency"]["subject"], slots)
        body = wording.fill(text["agency"]["body"], slots)
        email = values.get("contact_email") or ""
        out.add(Message(heading=f"Note to your consultant, {consultant}", to=email, subject=subject, body=body,
                        mailto=mailto(email, subject, body)))
    if len(people) > 1:
        out.add(Paragraph("Each email is different on purpose: panel members often compare notes."))
    return out


WORKSHEET = Worksheet(
    id="thank-you",
    title="Write your thank-you emails",
    intro="Fill this in once: you get one email per interviewer, ready to copy or open in your mail app, and the time to send them by.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Write my emails",
    fieldsets=(
        ("The interview", ("company", "role", "date", "time", "format")),
        ("Who you met", ("interviewers", "next_steps")),
        ("Agency", ("agency", "contact_name", "contact_email")),
        ("About you", ("your_name", "your_email", "your_phone")),
    ),
)
