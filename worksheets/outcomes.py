"""Step 5: the messages for every outcome, so that no outcome closes a door.

- **Rejected**: two messages. A reply in the same thread (thanks, what you valued, door
  left open), and a separate feedback request 24-48 hours later: short, one focused
  question, easy to decline. Most recruiters give some feedback when asked like this.
- **Withdrawing**: brief and courteous, as soon as you know, without a long explanation.
- **Offer elsewhere**: an honest nudge that names your deadline, so the company can decide
  whether to speed up; it does not pressure or bargain.

Every email gets a ``mailto:`` link from :func:`worksheets.mailto.mailto`, which
percent-encodes everything the user typed, so no field can add a header such as ``cc``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from . import wording
from .context import Context
from .business_days import is_business_day, next_business_day
from .dates import long_date, relative
from .fields import Choice, Field, Worksheet
from .mailto import mailto
from .output import Message, Notice, Output, Paragraph
from .shared_fields import COMPANY, CONTACT_EMAIL, CONTACT_NAME, ROLE, YOUR_NAME
from .thank_you import _first_name

OUTCOMES = (
    Choice("rejected", "I was not offered the job"),
    Choice("withdraw", "I want to withdraw my application"),
    Choice("offer_elsewhere", "I have an offer elsewhere and need their decision"),
)

WITHDRAW_REASONS = (
    Choice("accepted_offer", "I have accepted another offer"),
    Choice("not_fit", "The role is no longer the right fit for me"),
    Choice("other", "Another reason (not mentioned in the email)"),
)

#: The feedback request goes this many days after the rejection: "24-48 hours".
FEEDBACK_AFTER = (1, 2)

#: The person the message goes to: the interview's contact, required here (a message needs
#: a name to greet). Same name and scope as the shared field, so it is typed once.
CONTACT = replace(CONTACT_NAME, required=True, hint="The recruiter or hiring manager who has been writing to you.",
                  missing="Enter the name of the person you are writing to.")

ENTRIES = (
    COMPANY, ROLE, CONTACT, CONTACT_EMAIL,
    YOUR_NAME,
    Field("outcome", "What happened", kind="radio", choices=OUTCOMES, required=True,
          missing="Choose what happened, so we can write the right message."),
    Field("heard_on", "When you heard", kind="date", show_when=("outcome", ("rejected",)),
          hint="Optional; today if left empty. Times the feedback request."),
    Field("valued", "What you valued about the process", kind="textarea", max_length=200, max_words=30,
          autocomplete="off",
          hint="Optional. It follows 'I especially valued…', e.g. 'meeting the design team and seeing the new studio'."),
    Field("feedback_question", "The one thing you would like feedback on", max_length=200, max_words=30,
          autocomplete="off", show_when=("outcome", ("rejected",)),
          hint="Optional. One focused question, e.g. 'how I could have made my portfolio presentation stronger?'"),
    Field("withdraw_reason", "Why you are withdrawing", kind="radio", choices=WITHDRAW_REASONS, default="other",
          show_when=("outcome", ("withdraw",)),
          hint="A short reason is courteous; you never owe a long one."),
    Field("deadline", "Your offer deadline", kind="date", required=True, show_when=("outcome", ("offer_elsewhere",)),
          hint="The date you must answer the other offer by.",
          missing="Enter the date you have to answer the other offer by: the email is built around it."),
)


def _check(values: dict[str, Any]) -> dict[str, str]:
    if values.get("outcome") == "offer_elsewhere" and not values.get("deadline"):
        return {"deadline": "Enter the date you have to answer the other offer by: the email is built around it."}
    return {}


def _question(raw: str) -> str:
    """The user's question as a sentence ending in one question mark."""
    question = " ".join(raw.split()).rstrip(" ?.!")
    return question[0].upper() + question[1:] + "?" if question else ""


def _clause(raw: str) -> str:
    """Text that follows a lead-in ('I especially valued …'): no final stop, no capital."""
    text = " ".join(raw.split()).rstrip(".!;, ")
    if len(text) > 1 and text[0].isupper() and not text[1].isupper() and text.split()[0] in {"The", "Meeting", "Your", "Hearing", "Seeing", "Learning", "How", "A", "An"}:
        text = text[0].lower() + text[1:]
    return text


def _message(heading: str, to: str, subject: str, body: str, note: str = "") -> Message:
    link = mailto(to, subject, body)
    if not link:
        note = (note + " " if note else "") + "This email is too long for a mail link to carry safely: use Copy, then paste it into a new email."
    return Message(heading=heading, to=to, subject=subject, body=body, mailto=link, note=note)


def feedback_window(heard_on: dt.date) -> tuple[dt.date, dt.date]:
    """The days 24 and 48 hours after the rejection: the feedback request's window."""
    return heard_on + dt.timedelta(days=FEEDBACK_AFTER[0]), heard_on + dt.timedelta(days=FEEDBACK_AFTER[1])


def _feedback_timing(heard_on: dt.date, today: dt.date | None, text: dict[str, str]) -> tuple[str, str]:
    """(advice, tone) for when to send the feedback request."""
    start, end = feedback_window(heard_on)
    slots = {"start": long_date(start), "end": long_date(end),
             "start_rel": relative(start, today), "end_rel": relative(end, today)}
    if today is not None and today > end:
        return wording.fill(text["late"], slots), "warning"
    if not (is_business_day(start) or is_business_day(end)):
        monday = next_business_day(end)
        return wording.fill(text["weekend"], dict(slots, next_business_day=relative(monday, today))), "deadline"
    if today is not None and today >= start:
        return wording.fill(text["now"], slots), "deadline"
    return wording.fill(text["window"], slots), "deadline"


def compose(values: dict[str, Any], context: Context) -> Output:
    """The message (or, after a rejection, the two messages) for the chosen outcome."""
    text = wording.load("outcomes")
    today = context.today
    outcome = values["outcome"]
    contact = values["contact_name"]
    to = values.get("contact_email") or ""
    valued = _clause(values.get("valued") or "")
    slots = {
        "company": values["company"],
        "role": values["role"],
        "contact": contact,
        "contact_first_name": _first_name(contact),
        "your_name": values["your_name"],
        "valued": valued,
        "question": _question(values.get("feedback_question") or "") or text["feedback"]["default_question"],
    }
    out = Output()

    if outcome == "rejected":
        part = text["rejection_reply"]
        slots["valued_sentence"] = wording.fill(part["valued"] if valued else part["no_valued"], slots)
        out.add(Notice(wording.fill(part["guidance"], slots), tone="info"))
        out.add(_message(wording.fill(part["heading"], slots), to, wording.fill(part["subject"], slots),
                         wording.fill(part["body"], slots), note=part["note"]))

        part = text["feedback"]
        heard_on = values.get("heard_on") or today
        if heard_on is None:  # no date to count from: say it in words rather than guess
            advice, tone = text["feedback_timing"]["undated"], "deadline"
        else:
            advice, tone = _feedback_timing(heard_on, today, text["feedback_timing"])
        out.add(Notice(advice, tone=tone))
        out.add(_message(wording.fill(part["heading"], slots), to, wording.fill(part["subject"], slots),
                         wording.fill(part["body"], slots)))
        out.add(Paragraph(wording.fill(part["guidance"], slots)))

    elif outcome == "withdraw":
        part = text["withdraw"]
        reason = values.get("withdraw_reason") or "other"
        slots["reason"] = wording.fill(part["reasons"][reason], slots)
        slots["valued_sentence"] = wording.fill(part["valued"] if valued else part["no_valued"], slots)
        out.add(Notice(wording.fill(part["guidance"], slots), tone="info"))
        out.add(_message(wording.fill(part["heading"], slots), to, wording.fill(part["subject"], slots),
                         wording.fill(part["body"], slots)))

    else:  # offer_elsewhere
        part = text["offer_elsewhere"]
        deadline: dt.date = values["deadline"]
        slots["deadline"] = long_date(deadline)
        slots["deadline_rel"] = relative(deadline, today)
        slots["valued_sentence"] = wording.fill(part["valued"] if valued else part["no_valued"], slots)
        if today is not None and deadline < today:
            out.add(Notice(wording.fill(part["passed"], slots), tone="warning"))
        elif today is not None and (deadline - today).days <= 2:
            out.add(Notice(wording.fill(part["close"], slots), tone="deadline"))
        else:
            out.add(Notice(wording.fill(part["timing"], slots), tone="deadline"))
        out.add(_message(wording.fill(part["heading"], slots), to, wording.fill(part["subject"], slots),
                         wording.fill(part["body"], slots)))
        out.add(Paragraph(wording.fill(part["guidance"], slots)))
    return out


WORKSHEET = Worksheet(
    id="outcomes",
    title="Write your reply, whatever the outcome",
    intro="A rejection, a withdrawal or an offer elsewhere: a short, gracious message keeps the door open. Choose what happened and you get the emails, and when to send them.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Write my message",
    fieldsets=(
        ("The job", ("company", "role", "contact_name", "contact_email")),
        ("What happened", ("outcome", "heard_on", "withdraw_reason", "deadline")),
        ("Details", ("valued", "feedback_question")),
        ("About you", ("your_name",)),
    ),
)
