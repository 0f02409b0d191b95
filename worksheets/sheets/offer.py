"""Step 5, when they say yes: the offer, from the call to the signed letter.

What was offered (salary, start date, the date to answer by), who made it and how (the
decision's own fields: an offer is the news), and what the person wants to do now. Each answer
gets its message, send-ready like the rest:

- **thank them** the same day, asking for the offer in writing until they have it, and for a
  date to answer by when none was given;
- **more time**: one date, one honest reason or none, and never a date on a day off;
- **a better offer**: a counter-offer built on step 1's salary research (the application's own
  fields, typed once). The figure is the one typed, else the top of the researched range; it
  is never at or below what they offered (the form says so), a figure above the research is
  warned about, an offer below the walk-away figure is said plainly, and what to do if the
  answer is no comes with it. Figures are compared only when the comparison is sound
  (:mod:`worksheets.words.money`);
- **accept** in writing, with what was agreed; **decline**, graciously.

Pressing the button makes the answer the application's stage (an offer, accepted or
declined), announced with Undo, like step 5's "What happened". With another offer in hand the
two are set side by side, with questions to weigh them rather than a score.

Why one module: the five messages share what decides their every sentence (who they go to and
in whose voice, how the offer came, whether it is thanked for and in writing), held once by
``_Writer``; apart, each would work it out again, and could disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from ..core import people
from ..core.context import Context
from ..core.fields import Choice, Field, Worksheet
from ..core.voice import Voice, voice
from ..days.business import on_or_before
from ..days.days_off import closed_days
from ..plan import offers
from ..words import money, wording
from ..words.mailto import TOO_LONG_FOR_A_LINK, mailto
from ..words.output import Message, Notice, Output, Paragraph, Table
from ..words.phrasing import phrase
from .letters import letter, linkedin_message
from .shared import (
    AGENCY, ANSWER_BY, COMPANY, CONSULTANT_EMAIL, CONSULTANT_NAME, COORDINATOR_EMAIL, COORDINATOR_NAME, COUNTRY, ENGLISH,
    LAST_REPLY, NEWS_BY, NEWS_FROM, OFFER_SALARY, OFFER_START, OFFER_THANKED, OFFER_WRITTEN, ROLE, SALARY_HIGH, SALARY_LOW,
    STAGES, WALK_AWAY, YOUR_EMAIL, YOUR_NAME, YOUR_PHONE,
)

#: What the person wants to do now. Pressing the button makes it the application's stage.
#: The stage each answer makes the application's, and its words (as Your interviews says them).
_STAGE = {"thanks": "offer", "more_time": "offer", "negotiate": "offer", "accept": "accepted", "decline": "declined"}
ANSWER = Field(
    "offer_answer", "What you want to do now", kind="radio", default="thanks", applies_to="stage",
    applies_as=tuple((answer, stage, next(c.label for c in STAGES if c.value == stage)) for answer, stage in _STAGE.items()),
    choices=(
        Choice("thanks", "Thank them, and take a few days to decide"),
        Choice("more_time", "Ask for more time to decide"),
        Choice("negotiate", "Ask for a better offer"),
        Choice("accept", "Accept the offer"),
        Choice("decline", "Decline the offer"),
    ),
)
MORE_TIME_REASONS = (
    Choice("another", "I'm waiting to hear from another employer"),
    Choice("talk", "I want to talk it over at home"),
    Choice("read", "I want to read the full terms first"),
    Choice("none", "I'd rather not give a reason"),
)
DECLINE_REASONS = (
    Choice("accepted_other", "I have accepted another offer"),
    Choice("not_fit", "The role isn't the right fit for me"),
    Choice("terms", "The salary or terms don't work for me"),
    Choice("other", "I'd rather not give a reason"),
)

ENTRIES = (
    COMPANY, ROLE,
    replace(NEWS_FROM, label="Who made the offer", hint="Your replies go to them (with an agency, to your consultant)."),
    replace(NEWS_BY, label="How the offer came", hint="An email gets a reply in its thread; a call, a new email that thanks them for it."),
    replace(LAST_REPLY, label="When they made the offer", hint="Today if left empty."),
    OFFER_SALARY, OFFER_START, ANSWER_BY, OFFER_WRITTEN, OFFER_THANKED,
    ANSWER,
    Field("wanted_by", "The date you would like to answer by", kind="date", show_when=("offer_answer", ("more_time",)),
          hint="A specific date, a few working days after theirs, is easier to agree to than 'a little longer'."),
    Field("more_time_reason", "Why you need it", kind="radio", choices=MORE_TIME_REASONS, default="none",
          show_when=("offer_answer", ("more_time",)), hint="Only a reason that is true. You never have to give one."),
    Field("ask_for", "The salary you will ask for", max_length=60, autocomplete="off", show_when=("offer_answer", ("negotiate",)),
          hint="Left empty, the message asks for the top of your researched range."),
    Field("ask_reason", "Why you are worth it, in a few words", kind="textarea", max_length=150, max_words=25, autocomplete="off",
          show_when=("offer_answer", ("negotiate",)),
          hint="For example, 'my four years with Power BI' or 'I have led two data migrations'."),
    Field("decline_reason", "Why you are saying no", kind="radio", choices=DECLINE_REASONS, default="other",
          show_when=("offer_answer", ("decline",)), hint="A short reason is courteous; you never owe a long one."),
    Field("valued", "What you valued about them", kind="textarea", max_length=200, max_words=30, autocomplete="off",
          show_when=("offer_answer", ("decline",)),
          hint="It follows 'I especially valued…', e.g. 'meeting the team and hearing their plans'."),
    SALARY_LOW, SALARY_HIGH, WALK_AWAY,
    AGENCY, CONSULTANT_NAME, CONSULTANT_EMAIL, COORDINATOR_NAME, COORDINATOR_EMAIL,
    ENGLISH, COUNTRY, YOUR_NAME, YOUR_EMAIL, YOUR_PHONE,
)

VOICE = {"consultant": "consultant", "coordinator": "company", "interviewer": "interviewer"}
#: What to call a figure the person typed, in a sentence that cannot compare it.
_WHAT = {"ask_for": "the figure to ask for", "salary_high": "the top of your research", "walk_away": "your walk-away figure"}


def _recipient(values: dict[str, Any]) -> people.Person | None:
    """Who the replies go to: the consultant with an agency (they pass it on, and negotiate
    for you), else whoever made the offer."""
    consultant = people.consultant(values)
    return consultant if values.get("agency") and consultant else people.news_giver(values)


def _voice_for(to: people.Person | None) -> str:
    if to is None:
        return "company"
    return "company" if to.also == "coordinator" else VOICE[to.role]


def _country(values: dict[str, Any]) -> str:
    return str(values.get("country") or "")


def _read(values: dict[str, Any], name: str) -> money.Amount | None:
    return money.read(values.get(name), _country(values))


def _check(values: dict[str, Any]) -> dict[str, str]:
    errors = {}
    answer = values.get("offer_answer")
    if values.get("agency") and not values.get("consultant_name"):
        errors["consultant_name"] = "You ticked the agency box: enter your consultant's name, so the message can greet them."
    if answer == "more_time":
        wanted, answer_by = values.get("wanted_by"), values.get("answer_by")
        if not wanted:
            errors["wanted_by"] = "Enter the date you would like to answer by: the message asks for it."
        elif answer_by and wanted <= answer_by:
            errors["wanted_by"] = f"That is not later than their date, {voice(values).long(answer_by)}: choose a later one."
    if answer == "negotiate":
        offered = _read(values, "offer_salary")
        if not values.get("offer_salary"):
            errors["offer_salary"] = "Enter the salary they offered: the counter-offer is built on it."
        if values.get("ask_for"):
            ask = _read(values, "ask_for")
            if ask is None:
                errors["ask_for"] = "Type the figure as a sum of money, e.g. £33,000 or $92,500."
            elif money.compare(ask, offered) in (-1, 0):
                errors["ask_for"] = (f"That is not more than their offer of {money.written(offered, country=_country(values))}: "
                                     "type a higher figure, or choose “Accept the offer”.")
    return errors


def _message(heading: str, to: people.Person | None, subject: str, body: str, note: str = "") -> Message:
    email = to.email if to else ""
    link = mailto(email, subject, body) if subject else ""
    if subject and not link:
        note = (note + " " if note else "") + TOO_LONG_FOR_A_LINK
    if to is None:
        note = (note + " " if note else "") + "Add the name of the person who made the offer, so the message greets them."
    return Message(heading=f"{heading}, to {to.name}" if to else heading, to=email, subject=subject, body=body,
                   mailto=link, note=note)


def _when(heard: Any, say: Voice) -> str:
    """When the offer came, as read at this moment: "today", "yesterday", "on Monday"."""
    if not isinstance(heard, dt.date) or say.today is None or heard == say.today:
        return "today"
    ago = (say.today - heard).days
    if ago == 1:
        return "yesterday"
    return f"on {heard:%A}" if 0 < ago < 7 else f"on {say.day(heard)}"


def _salary_words(values: dict[str, Any]) -> str:
    """The salary as an email should say it: tidied ("£31,000") when it was only a figure, as
    typed when it says more ("£31,000 plus a 10% bonus")."""
    typed = " ".join(str(values.get("offer_salary") or "").split()).rstrip(".")
    amount = _read(values, "offer_salary")
    if amount is None:
        return typed
    bare = re.fullmatch(r"(?i)[£$€₹]?\s*[\d,. ]+\s*(k|grand|gbp|usd|eur|inr|aud|cad|nzd)?\s*(a year|per year|per annum|pa|p\.a\.)?", typed)
    return money.written(amount, country=_country(values)) + money.per(amount) if bare else typed


class _Writer:
    """The messages of one offer, sharing who they go to, in whose voice, and how it came."""

    def __init__(self, values: dict[str, Any], context: Context):
        self.values = values
        self.say = voice(values, context.today, context.time)
        self.text = self.say.text("offer")
        self.to = _recipient(values)
        self.kind = _voice_for(self.to)
        self.how = values.get("news_by") if values.get("news_by") in self.text["note"] else "email"
        self.thanked = bool(values.get("offer_thanked"))
        self.written = bool(values.get("offer_written"))
        self.slots = {"company": values["company"], "role": values["role"], "when": _when(values.get("last_reply"), self.say),
                      "contract": self.text["contract"]}
        if isinstance(values.get("answer_by"), dt.date):
            self.slots["answer_by"] = self.say.long(values["answer_by"])

    def fill(self, template: str, **more: str) -> str:
        return wording.fill(template, {**self.slots, **more})

    def news(self) -> str:
        """Their news, thanked as it came: "Thank you for calling today to offer me the … role"."""
        part = self.text["thanks"]["news_consultant" if self.kind == "consultant" else "news"]
        return self.fill(part[self.how])

    def opening(self) -> str:
        """The first words of a later message: their news thanked, or thanks again."""
        if not self.thanked:
            return self.news()
        again = ("Thank you again for your help with {company}'s offer for the {role} role" if self.kind == "consultant"
                 else "Thank you again for the offer of the {role} role")
        return self.fill(again)

    def writing_also(self) -> str:
        """A request for the offer in writing, in a later message, while it is still needed."""
        return "" if self.written or self.thanked else self.text["thanks"]["writing_also"]

    def send(self, part: str, body: str, own_subject: bool = False) -> Message:
        """A message of ``part``: a reply in the offer's own thread until they are thanked (or
        when it has a subject of its own), by LinkedIn when that is how it came."""
        heading = self.text[part]["heading"]
        if self.how == "linkedin":
            return _message(heading, self.to, "", linkedin_message(self.values, self.to, body), note=self.text["note"]["linkedin"])
        first = part == "thanks" or (not self.thanked and not own_subject)
        subject = self.fill(self.text["subject"][self.how] if first else self.text[part]["subject"])
        note = self.text["note"][self.how] if first else ""
        return _message(heading, self.to, subject, letter(self.values, self.to, body), note=note)

    def thanks(self) -> Message:
        part = self.text["thanks"]
        dated = "answer_by" in self.slots
        writing = "" if self.written else part["writing"]
        if dated:
            answer = part["answer_by_written" if self.written else "answer_by"]
        else:
            answer = part["ask_when"] if writing else part["ask_when_alone"]
        body = self.fill(part["body"][self.kind], news=self.news(), writing=writing, answer=self.fill(answer))
        return self.send("thanks", body)

    def more_time(self, closed: frozenset[dt.date], out: Output) -> Message:
        part = self.text["more_time"]
        asked: dt.date = self.values["wanted_by"]
        wanted = on_or_before(asked, closed)
        if wanted != asked:
            out.add(Notice(self.fill(part["moved"], asked=self.say.long(asked), wanted=self.say.long(wanted)), tone="info"))
        slots = {"wanted": self.say.long(wanted)}
        ask = part["ask_consultant"] if self.kind == "consultant" else (part["ask_after_date"] if "answer_by" in self.slots else part["ask"])
        reason = part["reasons"][self.values.get("more_time_reason") or "none"]
        body = self.fill(part["body"][self.kind], opening=self.opening(), reason=reason, ask=self.fill(ask, **slots),
                         writing=self.writing_also())
        return self.send("more_time", body)

    def accept(self) -> Message:
        part = self.text["accept"]
        salary = _salary_words(self.values)
        start = self.values.get("offer_start")
        slots = {"salary": self.fill(part["salary"], salary=salary) if salary else "",
                 "start": self.fill(part["start"], start=self.say.long(start)) if isinstance(start, dt.date) else "",
                 "writing": self.fill(part["have_written" if self.written else "send_written"])}
        return self.send("accept", self.fill(part["body"][self.kind], **slots), own_subject=self.how != "email")

    def decline(self) -> Message:
        part = self.text["decline"]
        valued = phrase(self.values.get("valued"))
        valued_sentence = self.fill(self.text["valued"][valued.kind], valued=valued.text) if valued else ""
        reason = part["reasons"][self.values.get("decline_reason") or "other"]
        body = self.fill(part["body"][self.kind], reason=reason, valued_sentence=valued_sentence)
        return self.send("decline", body, own_subject=self.how != "email")

    def counter(self, out: Output) -> Message:
        part = self.text["counter"]
        country = _country(self.values)
        offered = _read(self.values, "offer_salary")
        high = _read(self.values, "salary_high")
        walk_away = _read(self.values, "walk_away")
        typed = _read(self.values, "ask_for") if self.values.get("ask_for") else None
        said = {"offered": money.written(offered, country=country) if offered else str(self.values.get("offer_salary") or ""),
                "high": money.written(high, offered, country) if high else "",
                "walk_away": money.written(walk_away, offered, country) if walk_away else ""}
        ask = typed
        if ask is None and high is not None and money.compare(high, offered) == 1:
            ask = high
            out.add(Notice(self.fill(part["suggested"], **said), tone="info"))
        elif ask is None and high is not None and money.compare(high, offered) in (-1, 0):
            out.add(Notice(self.fill(part["at_the_top"], **said), tone="warning"))
        elif ask is None and high is None and not self.values.get("salary_high"):
            out.add(Notice(part["no_research"], tone="info"))
        for name, amount in (("ask_for", typed), ("salary_high", high), ("walk_away", walk_away)):
            self._cannot_compare(name, amount, offered, out)
        if typed is not None and high is not None and money.compare(typed, high) == 1:
            out.add(Notice(self.fill(part["above_research"], ask=money.written(typed, offered, country), **said), tone="warning"))
        if walk_away is not None and money.compare(offered, walk_away) == -1:
            out.add(Notice(self.fill(part["below_walk_away"], **said), tone="warning"))
        reason = phrase(self.values.get("ask_reason"))
        because = self.fill(part["because"][reason.kind], reason=reason.text) if reason else ""
        if ask is not None:
            figure = self.fill(part["figure"][self.kind], ask=money.written(ask, offered, country), per=money.per(ask), because=because)
        else:
            figure = self.fill(part["no_figure"][self.kind], because=because)
        message = self.send("counter", self.fill(part["body"][self.kind], opening=self.opening(), figure=figure,
                                                 writing=self.writing_also()))
        out.add(Notice(part["guidance" if ask is not None else "guidance_no_figure"], tone="info"))
        out.add(message)
        against = self.fill(part["against"], **said) if said["walk_away"] else ""
        out.add(Paragraph(self.fill(part["if_no"], against=against)))
        return message

    def _cannot_compare(self, name: str, amount: money.Amount | None, offered: money.Amount | None, out: Output) -> None:
        """Say so when a figure the person typed cannot be soundly compared with the offer."""
        if not self.values.get(name) or offered is None:
            return
        why = self.text["counter"]["cannot_compare"]
        if amount is None:
            out.add(Notice(self.fill(why["unread"], what=_WHAT[name]), tone="warning"))
        elif money.compare(amount, offered) is None:
            key = "currency" if amount.currency and offered.currency and amount.currency != offered.currency else "period"
            out.add(Notice(self.fill(why[key], what=_WHAT[name]), tone="warning"))


def _side_by_side(values: dict[str, Any], say: Voice) -> list[Any]:
    """Two or more offers open at once: the figures and dates typed, and questions to weigh them."""
    others = [o for o in offers.elsewhere(values) if not o.accepted]
    if not others:
        return []
    text = say.text("offer")["compare"]

    def day(value: Any) -> str:
        return say.day(value) if isinstance(value, dt.date) else text["unknown"]

    mine = offers.Offer(company=values["company"], role=values["role"], answer_by=values.get("answer_by"),
                        salary=str(values.get("offer_salary") or ""), start=values.get("offer_start"))
    every = [mine, *others]
    rows = ((text["salary"], *[o.salary or text["unknown"] for o in every]),
            (text["start"], *[day(o.start) for o in every]),
            (text["answer_by"], *[day(o.answer_by) for o in every]))
    blocks: list[Any] = [Table(caption=text["caption"], columns=("", *[o.company for o in every]), rows=rows),
                         Paragraph(text["intro"])]
    blocks += [Paragraph(f"• {question}") for question in text["questions"]]
    return blocks


def compose(values: dict[str, Any], context: Context) -> Output:
    """The message for what the person wants to do with the offer, with its advice."""
    writer = _Writer(values, context)
    text = writer.text
    answer = values.get("offer_answer") or "thanks"
    out = Output()
    if answer in ("thanks", "more_time", "negotiate"):
        for block in _side_by_side(values, writer.say):
            out.add(block)
    if answer == "thanks":
        out.add(Notice(text["thanks"]["guidance"], tone="info"))
        out.add(writer.thanks())
    elif answer == "more_time":
        out.add(Notice(text["more_time"]["guidance"], tone="info"))
        out.add(writer.more_time(closed_days(values, values["wanted_by"]), out))
        if any(not o.accepted for o in offers.elsewhere(values)) or values.get("more_time_reason") == "another":
            out.add(Paragraph(text["more_time"]["waiting"]))
    elif answer == "negotiate":
        writer.counter(out)
    elif answer == "accept":
        out.add(Notice(text["accept"]["guidance"], tone="info"))
        out.add(writer.accept())
        out.add(Paragraph(text["accept"]["others"]))
    else:
        out.add(Notice(text["decline"]["guidance"], tone="info"))
        out.add(writer.decline())
    return out


WORKSHEET = Worksheet(
    id="offer",
    saved_as="Your offer",
    title="Answer the offer",
    intro="Thank them, ask for more time or a better offer, accept or decline: each gets its message, built on what they offered and your salary research from step 1.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Write my message",
    fieldsets=(
        ("The job", ("company", "role")),
        ("The offer", ("news_from", "news_by", "last_reply", "offer_salary", "offer_start", "answer_by", "offer_written",
                       "offer_thanked")),
        ("Your answer", ("offer_answer", "wanted_by", "more_time_reason", "ask_for", "ask_reason", "decline_reason", "valued")),
        ("Your salary research (from step 1)", ("salary_low", "salary_high", "walk_away")),
        ("Who to write to", ("agency", "consultant_name", "consultant_email", "coordinator_name", "coordinator_email")),
        ("About you", ("english", "country", "your_name", "your_email", "your_phone")),
    ),
)
