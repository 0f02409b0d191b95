"""Step 5: the messages for every outcome, so that no outcome closes a door.

- **Rejected**: two messages. A reply to whoever gave the news, as it came (in its email
  thread; a new email that thanks them for a call; a LinkedIn message), with thanks, what you
  valued and the door left open; and a separate feedback request one or two working days
  later: short, one focused question, easy to decline. Most recruiters give some feedback
  when asked like this. With an agency, both go to the consultant, who gives the feedback.
- **Withdrawing**: brief and courteous, as soon as you know, without a long explanation.
- **Offer elsewhere**: an honest nudge that names your deadline, so the company can decide
  whether to speed up; it does not pressure or bargain.

"What happened" is this page's answer until its button is pressed: then it becomes the
interview's stage (one fact, one home), and the page says so, with Undo. Choosing an option
while reading changes nothing. Each message has a version per kind of recipient,
because you may never have met your consultant, and you did meet the hiring manager.

Every email gets a ``mailto:`` link from :func:`worksheets.words.mailto.mailto`, which
percent-encodes everything the user typed, so no field can add a header such as ``cc``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from ..core import people
from ..core.context import Context
from ..core.fields import Choice, Field, Worksheet
from ..core.voice import Voice, voice
from ..days.business import next_business_day
from ..days.days_off import closed_days
from ..plan import offers
from ..words import wording
from ..words.mailto import TOO_LONG_FOR_A_LINK, mailto
from ..words.output import Message, Notice, Output, Paragraph
from ..words.phrasing import phrase, question
from .letters import letter, linkedin_message
from .shared import (
    AGENCY, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL, COORDINATOR_NAME, COUNTRY, ENGLISH, LAST_REPLY,
    NEWS_BY, NEWS_FROM, OFFER_DEADLINE, ROLE, STAGE, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE,
)

#: What happened, as this page's own answer: pressing the button makes it the interview's stage
#: (announced, with Undo); choosing an option changes nothing by itself.
OUTCOME = Field(
    "happened", "What happened", kind="radio", default="", required=True, applies_to="stage",
    choices=(
        Choice("rejected", "I was not offered the job"),
        Choice("withdrawn", "I want to withdraw my application"),
        Choice("offer_elsewhere", "I have an offer elsewhere and need their decision"),
    ),
    missing="Choose what happened, so we can write the right message.",
)

WITHDRAW_REASONS = (
    Choice("accepted_offer", "I have accepted another offer"),
    Choice("not_fit", "The role is no longer the right fit for me"),
    Choice("other", "Another reason (not mentioned in the email)"),
)

ENTRIES = (
    COMPANY, ROLE,
    OUTCOME,
    replace(NEWS_FROM, show_when=("happened", ("rejected",))),
    replace(NEWS_BY, show_when=("happened", ("rejected",))),
    replace(LAST_REPLY, label="When they told you", show_when=("happened", ("rejected",)),
            hint="Today if left empty. It times the feedback request."),
    Field("withdraw_reason", "Why you are withdrawing", kind="radio", choices=WITHDRAW_REASONS, default="",
          show_when=("happened", ("withdrawn",)),
          hint="A short reason is courteous; you never owe a long one. Left unchosen, an offer you accepted here is the reason."),
    replace(OFFER_DEADLINE, show_when=("happened", ("offer_elsewhere",)),
            hint="The date you must answer the other employer by. An offer you track here fills it in.",
            missing="Enter the date you have to answer the other offer by: the email is built around it."),
    Field("valued", "What you valued about the process", kind="textarea", max_length=200, max_words=30,
          autocomplete="off",
          hint="It follows 'I especially valued…', e.g. 'meeting the design team and seeing the new studio'."),
    Field("feedback_question", "The one thing you would like feedback on", kind="textarea", max_length=200, max_words=30,
          autocomplete="off", show_when=("happened", ("rejected",)),
          hint="One focused question, e.g. 'How could I have made my portfolio presentation stronger?'"),
    AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, COORDINATOR_NAME, COORDINATOR_EMAIL,
    ENGLISH, COUNTRY, YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
)

#: Which version of a message each kind of recipient gets.
VOICE = {"consultant": "consultant", "coordinator": "company", "interviewer": "interviewer"}


def _voice_for(to: people.Person | None) -> str:
    """The version of a message for ``to``: a recruiter who also interviewed is the company's."""
    if to is None:
        return "company"
    return "company" if to.also == "coordinator" else VOICE[to.role]


def _deadline(values: dict[str, Any]) -> dt.date | None:
    """The other offer's deadline: as typed here, else that of an offer tracked on this site (one home)."""
    if isinstance(values.get("offer_deadline"), dt.date):
        return values["offer_deadline"]
    tracked = offers.open_elsewhere(values, None)
    return tracked.answer_by if tracked else None


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if values.get("happened") == "offer_elsewhere" and not _deadline(values):
        errors["offer_deadline"] = "Enter the date you have to answer the other offer by: the email is built around it."
    if values.get("agency") and not values.get("consultant_name"):
        errors["consultant_name"] = "You ticked the agency box: enter your consultant's name, so the message can greet them."
    return errors


def _message(heading: str, to: people.Person | None, subject: str, body: str, note: str = "") -> Message:
    email = to.email if to else ""
    link = mailto(email, subject, body) if subject else ""  # no subject: a LinkedIn message, no mail link
    if subject and not link:
        note = (note + " " if note else "") + TOO_LONG_FOR_A_LINK
    if to is None:
        note = (note + " " if note else "") + "Add the name of the person you are writing to on Your interviews, so the message greets them."
    heading = f"{heading}, to {to.name}" if to else heading
    return Message(heading=heading, to=email, subject=subject, body=body, mailto=link, note=note)


def feedback_window(heard_on: dt.date, closed=frozenset()) -> tuple[dt.date, dt.date]:
    """The working days one and two after the news: the feedback request's window. It never
    starts or ends on a weekend or a day off."""
    start = next_business_day(heard_on, closed)
    return start, next_business_day(start, closed)


def _feedback_timing(heard_on: dt.date, today: dt.date | None, closed, text: dict[str, str], say: Voice) -> tuple[str, str]:
    """(advice, tone) for when to send the feedback request."""
    start, end = feedback_window(heard_on, closed)
    slots = {"start": say.long(start), "end": say.long(end), "start_on": say.on(start),
             "end_on": say.on(end), "end_rel": say.relative(end)}
    if today is not None and today > end:
        return wording.fill(text["late"], slots), "warning"
    if today is not None and today >= start:
        return wording.fill(text["now"], slots), "deadline"
    return wording.fill(text["window"], slots), "deadline"


def _question_sentence(values: dict[str, Any], voice: str, text: dict[str, Any]) -> str:
    asked = question(values.get("feedback_question"))
    forms = text["feedback"]["question"][voice]
    return wording.fill(forms[asked.kind if asked else "none"], {"question": asked.text if asked else ""})


def _told(heard: dt.date | None, say: Voice) -> str:
    """When they told you, as read at this moment: "today", "yesterday", "on Monday"."""
    if heard is None or say.today is None or heard == say.today:
        return "today"
    ago = (say.today - heard).days
    if ago == 1:
        return "yesterday"
    return f"on {heard:%A}" if 0 < ago < 7 else f"on {say.day(heard)}"


def _reply_to_news(values: dict[str, Any], text: dict[str, Any], slots: dict[str, str], say: Voice) -> Message:
    """The reply to a "no", as it came: in its email thread, a new email after a call or a
    meeting, a LinkedIn message after a LinkedIn message."""
    part = text["rejection_reply"]
    to = people.news_giver(values)
    how = values.get("news_by") if values.get("news_by") in part["note"] else "email"
    slots = dict(slots, when=_told(values.get("last_reply"), say))
    slots["news"] = wording.fill(part["news"][how], slots)
    paragraphs = wording.fill(part["body"][_voice_for(to)], slots)
    if how == "linkedin":
        return _message(part["heading"], to, "", linkedin_message(values, to, paragraphs), note=part["note"][how])
    return _message(part["heading"], to, wording.fill(part["subject"][how], slots), letter(values, to, paragraphs),
                    note=part["note"][how])


def compose(values: dict[str, Any], context: Context) -> Output:
    """The message (or, after a rejection, the two messages) for the chosen outcome."""
    say = voice(values, context.today, context.time)
    text = say.text("outcomes")
    today = context.today
    outcome = values.get("happened") or values.get("stage")
    valued = phrase(values.get("valued"))
    slots = {
        "company": values["company"],
        "role": values["role"],
        "valued_sentence": wording.fill(text["valued"][valued.kind], {"valued": valued.text}) if valued else "",
        "meet": "meet you" if (values.get("format") or "in_person") == "in_person" else "speak with you",
    }
    out = Output()

    if outcome == "rejected":
        out.add(Notice(text["rejection_reply"]["guidance"], tone="info"))
        out.add(_reply_to_news(values, text, slots, say))

        part = text["feedback"]
        to = people.contact(values) if values.get("agency") else people.news_giver(values)
        kind = _voice_for(to)
        heard = values.get("last_reply") or today
        if heard is None:  # no date to count from: say it in words rather than guess
            advice, tone = text["feedback_timing"]["undated"], "deadline"
        else:
            advice, tone = _feedback_timing(heard, today, closed_days(values, heard), text["feedback_timing"], say)
        out.add(Notice(advice, tone=tone))
        body = wording.fill(part["body"][kind], dict(slots, question_sentence=_question_sentence(values, kind, text)))
        out.add(_message(part["heading"], to, wording.fill(part["subject"], slots), letter(values, to, body)))
        out.add(Paragraph(part["guidance"]))

    elif outcome == "withdrawn":
        part = text["withdraw"]
        to = people.contact(values)
        reason = values.get("withdraw_reason") or ("accepted_offer" if offers.accepted_elsewhere(values) else "other")
        body = wording.fill(part["body"][_voice_for(to)], dict(slots, reason=part["reasons"][reason]))
        out.add(Notice(part["guidance"], tone="info"))
        out.add(_message(part["heading"], to, wording.fill(part["subject"], slots), letter(values, to, body)))

    else:  # offer_elsewhere
        part = text["offer_elsewhere"]
        to = people.contact(values)
        deadline = _deadline(values)
        assert deadline is not None  # _check asks for it
        slots.update(deadline=say.long(deadline), deadline_rel=say.relative(deadline),
                     name=to.greeting if to else "them")
        if today is not None and deadline < today:
            out.add(Notice(wording.fill(part["passed"], slots), tone="warning"))
        elif today is not None and (deadline - today).days <= 2:
            out.add(Notice(wording.fill(part["close"], slots), tone="deadline"))
        else:
            out.add(Notice(wording.fill(part["timing"], slots), tone="deadline"))
        out.add(_message(part["heading"], to, wording.fill(part["subject"], slots),
                         letter(values, to, wording.fill(part["body"][_voice_for(to)], slots))))
        out.add(Paragraph(wording.fill(part["guidance"], slots)))
    return out


WORKSHEET = Worksheet(
    id="outcomes",
    saved_as="Reply to the outcome",
    title="Write your reply, whatever the outcome",
    intro="A rejection, a withdrawal or an offer elsewhere: a short, gracious message keeps the door open. Choose what happened and you get the emails, and when to send them.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Write my message",
    schema_version=3,
    fieldsets=(
        ("The job", ("company", "role")),
        ("Where things stand", ("happened", "news_from", "news_by", "last_reply", "withdraw_reason", "offer_deadline")),
        ("In your own words", ("valued", "feedback_question")),
        ("Who to write to", ("agency", "consultant_name", "consultant_email", "coordinator_name", "coordinator_email")),
        ("About you", ("english", "country", "your_name", "your_email", "your_phone")),
    ),
)
