"""Fields shared between worksheets: the interview record, and the user's own details.

Fields here are declared with ``scope="interview"`` (or ``"profile"`` for the user's own
details). A worksheet that needs the company or the interviewers includes these very
objects in its entries, so the name, label and limits of a shared field exist exactly once,
and the browser saves their values in the interview record rather than in the worksheet.
"""

from __future__ import annotations

from dataclasses import replace

import datetime as dt

from ..core.context import Context
from ..core.fields import Choice, Field, Group
from ..days.days_off import closed_days, holiday_gap
from ..days.holidays import COUNTRIES
from ..days.written import month_first
from ..reading.reader import date_words, parse_timeline
from ..words.dates import long_date

FORMATS = (
    Choice("in_person", "In person"),
    Choice("video", "Video call"),
    Choice("phone", "Phone call"),
)

STAGES = (
    Choice("applied", "Applied"),
    Choice("interviewing", "Interviewing"),
    Choice("awaiting", "Awaiting a decision"),
    Choice("offer_elsewhere", "Awaiting a decision, with an offer elsewhere"),
    Choice("offer", "Offer"),
    Choice("rejected", "Rejected"),
    Choice("withdrawn", "Withdrawn"),
    Choice("ghosted", "No reply (moved on)"),
)

#: What happens next, as they said it. Values are saved: keep them stable.
NEXT_STAGES = (
    Choice("unknown", "They didn't say"),
    Choice("another_round", "Another interview round"),
    Choice("final_round", "A final interview round"),
    Choice("assessment", "An assessment centre or a task"),
    Choice("references", "Reference checks"),
    Choice("decision", "A decision or an offer"),
)
#: Next steps that mean the end is near: time to brief referees and ready a salary figure.
LATE_STAGES = frozenset({"final_round", "references", "decision"})

#: Who said something: the facts a message repeats back ("you mentioned…") name their source.
SOURCES = (
    Choice("interviewers", "The interviewer, or the panel"),
    Choice("coordinator", "The company's recruiter or HR contact"),
    Choice("consultant", "The agency consultant"),
)

COMPANY = Field("company", "Company", required=True, max_length=120, autocomplete="organization",
                missing="Enter the company you interviewed with.", scope="interview")
ROLE = Field("role", "Job title you applied for", required=True, max_length=120, autocomplete="off",
             missing="Enter the job title you applied for.", scope="interview")
ROUND = Field("round", "Round", max_length=60, autocomplete="off", scope="interview",
              suggestions=("First interview", "Second interview", "Final round", "Assessment centre"),
              hint="Optional, e.g. 'First interview' or 'Final round'. Add each round as its own interview.")
DATE = Field("date", "Interview date", kind="date", required=True, missing="Enter the date of the interview.",
             scope="interview")
TIME = Field("time", "Start time", kind="time", required=True, scope="interview",
             hint="Your local time. It decides whether to send your thanks today or tomorrow morning.",
             missing="Enter the time the interview started.")
TIMEZONE = Field("timezone", "Their time zone, if not yours", max_length=60, autocomplete="off", scope="interview",
                 hint="Optional, e.g. 'New York' or 'UTC+1'. Times you enter are your own; messages should land in their working hours.")
FORMAT = Field("format", "Format", kind="radio", choices=FORMATS, default="in_person", required=True, scope="interview")

INTERVIEWER_NAME = Field("name", "Full name", required=True, max_length=80, autocomplete="off",
                         missing="Enter the interviewer's name.", scope="interview")
INTERVIEWER_TITLE = Field("title", "Job title", max_length=100, autocomplete="off", hint="Optional, e.g. Engineering Manager.",
                          scope="interview")
INTERVIEWER_EMAIL = Field("email", "Email address", kind="email", max_length=254, autocomplete="off",
                          hint="Optional. With it, Open in mail app fills in the To line.", scope="interview")
#: One thing talked about with this person: what makes their thank-you and their LinkedIn
#: note theirs. One home for both.
DETAIL = Field("detail", "One thing you talked about", kind="textarea", max_length=300, max_words=30, scope="interview",
               autocomplete="off",
               hint="What makes their messages theirs. It follows 'I especially enjoyed hearing about…', e.g. 'your plans to rebuild the booking app'.",
               missing="Add one thing you talked about with this person: it is what makes the email theirs.")
INVITED = Field("invited", "They invited me to connect on LinkedIn", kind="checkbox", scope="interview",
                hint="Then it is fine to send a connection request now, before the decision.")


def interviewers(*fields: Field, hint: str = "Add each person who interviewed you.", min_items: int = 1,
                 label: str = "Interviewers") -> Group:
    """The interviewers group: name, job title and email, then the other fields about each
    person this worksheet shows (``DETAIL``, ``INVITED``, or a worksheet's own)."""
    return Group(
        name="interviewers",
        label=label,
        item_label="Interviewer {n}",
        add_label="Add another interviewer",
        hint=hint,
        min_items=min_items,
        max_items=10,
        fields=(INTERVIEWER_NAME, INTERVIEWER_TITLE, INTERVIEWER_EMAIL, *fields),
        missing="Add the person who interviewed you: each one gets their own message.",
    )


#: Where or how the person met someone who did not interview them: it finishes "met…" in the
#: heading of their LinkedIn note ("Note to Ana, met on the office tour"), or names who they
#: are ("Note to Ben, the receptionist").
OTHER_NAME = Field("name", "Their name", required=True, max_length=80, autocomplete="off",
                   missing="Enter the name of the person you met.", scope="interview")
OTHER_MET = Field("met", "Where you met, or who they are", max_length=80, autocomplete="off", scope="interview",
                  suggestions=("on the office tour", "at reception", "over lunch with the team", "at the assessment centre"),
                  hint="Optional, e.g. 'on the office tour', 'at reception' or 'a future colleague in the data team'.")

#: People met who neither interviewed the person nor arranged it: a future colleague on the
#: tour, the receptionist who helped. One group, declared once: the interview's details and
#: step 4 both show it, and LinkedIn notes (step 4) are written for them too.
OTHERS = Group(
    name="others",
    label="Someone else I met",
    item_label="Person {n}",
    add_label="Add someone else I met",
    hint="Optional: someone who did not interview you, such as a future colleague on a tour or the receptionist who helped.",
    min_items=0,
    max_items=10,
    fields=(OTHER_NAME, OTHER_MET, DETAIL, INVITED),
)

AGENCY = Field("agency", "I applied through a recruitment agency", kind="checkbox", scope="interview",
               hint="Then follow-ups and questions go through your consultant, not the company.")
CONSULTANT_NAME = Field("consultant_name", "Your consultant's name", max_length=80, autocomplete="off", scope="interview",
                        show_when=("agency", ("true",)), hint="The person at the agency who put you forward.")
CONSULTANT_EMAIL = Field("consultant_email", "Your consultant's email", kind="email", max_length=254, autocomplete="off",
                         scope="interview", show_when=("agency", ("true",)))
THANKS_VIA = Field("thanks_via", "Your thank-you notes and the agency", kind="radio", scope="interview", default="cc",
                   show_when=("agency", ("true",)),
                   choices=(Choice("cc", "Send them yourself and copy your consultant in"),
                            Choice("ask", "Ask your consultant whether to send them or pass them on")),
                   hint="Agencies like to know what you sent. Most are happy to be copied in.")
COORDINATOR_NAME = Field("coordinator_name", "Recruiter or HR contact", max_length=80, autocomplete="off",
                         scope="interview", hint="Optional: the person at the company who set up the interview.")
COORDINATOR_EMAIL = Field("coordinator_email", "Recruiter's email", kind="email", max_length=254, autocomplete="off",
                          scope="interview", hint="Optional. Without an agency, follow-ups go to them.")
STAGE = Field("stage", "Stage", kind="select", choices=STAGES, default="interviewing", required=True, scope="interview")
THANKED = Field("thanked", "I have sent my thank-you notes", kind="checkbox", scope="interview",
                hint="Tick it once they are sent: the reminder then moves on to the follow-up.")
NEXT_STAGE = Field("next_stage", "What happens next", kind="select", choices=NEXT_STAGES, default="unknown", scope="interview")
TIMELINE_FROM = Field("timeline_from", "Who told you when you would hear", kind="select", choices=SOURCES,
                      default="interviewers", scope="interview",
                      hint="Messages say “you mentioned” only to the person who did.")
NEWS_FROM = Field("news_from", "Who told you the decision", kind="select", choices=SOURCES, default="coordinator",
                  scope="interview", hint="Your reply goes to them, in the same thread.")
OFFER_DEADLINE = Field("offer_deadline", "Your deadline for the other offer", kind="date", scope="interview",
                       hint="The date you must answer the other employer by.")
NOTES = Field("notes", "Notes", kind="textarea", max_length=2000, scope="interview",
              hint="Optional. Anything you want to remember about this interview.")

#: The most a timing box holds: a whole pasted paragraph of an email.
TIMING_LIMIT = 2000
#: Their words are quoted whole up to this length; a longer paste is quoted by the words read.
QUOTED = 80


def explain_timing(value: str, data: dict, context: Context) -> str:
    """Show how we read their words, next to the words, so a wrong reading is caught early.
    Words with no date we can read are quoted back with a request for the date (never "no
    date"); two dates are both named, with a question: which is the decision?"""
    if not value.strip():
        return ""
    try:
        said = dt.date.fromisoformat(str(data.get("date") or ""))
    except ValueError:
        return "Add the interview date, and we'll work out the date this means."
    facts = {**dict(context.profile), **{k: v for k, v in data.items() if v not in (None, "")}}
    reading = parse_timeline(value, said, closed_days(facts, said), country=str(facts.get("country") or ""),
                             month_first=month_first(facts))
    cut = (f" This box holds {TIMING_LIMIT:,} characters and what you pasted fills it: anything after that was cut off."
           if len(value) >= TIMING_LIMIT else "")
    if reading is None:
        gap = holiday_gap(facts, said)
        return (f"We can't find a date in '{date_words(value)}'. If they gave one, put it in “Decision expected by”; "
                "until then we count five business days from the interview." + (f" {gap}" if gap else "") + cut)
    words = " ".join(value.split())
    text = f"We read '{words if len(words) <= QUOTED else reading.matched}' as {long_date(reading.date)}"
    if not reading.exact:
        text += f": a guess, {reading.note}" if reading.note else ": our best guess"
    text += "."
    if reading.unread and reading.unread not in reading.note:
        text += f" We did not use: {reading.unread}."
    if reading.others:
        listed = " and ".join(f"{long_date(other.date)} ('{other.words}')" for other in reading.others)
        text += (f" They also mentioned {listed}: which one is when they will decide? If it is not "
                 f"{long_date(reading.date)}, put that date in “Decision expected by”.")
    elif reading.alternative is not None and reading.alternative_reason:
        text += (f" If they meant {reading.alternative_reason}, that is {long_date(reading.alternative)}: "
                 "put it in “Decision expected by”.")
    elif context.today is not None and reading.date < context.today:
        text += " That date has passed: if they gave you a new one, put it in “Decision expected by”."
    else:
        text += " If that's wrong, put the right date in “Decision expected by”."
    gap = holiday_gap(facts, said, reading.date)
    return text + (f" {gap}" if gap else "") + cut


TIMING = Field("timing", "When they said you would hear", kind="textarea", max_length=TIMING_LIMIT, autocomplete="off",
               scope="interview",
               hint="In their words, e.g. 'by Friday', 'after Thanksgiving', 'in 7-10 business days', or paste what "
                    "they wrote. Leave it empty if they gave no date.",
               explain=explain_timing)
EXPECTED = Field("expected", "Decision expected by", kind="date", scope="interview",
                 hint="Optional. Leave it empty to use our reading of their words; fill it in to correct it.")
LAST_REPLY = Field("last_reply", "Date of their last reply", kind="date", scope="interview",
                   hint="Optional. Any reply from them restarts the follow-up clock.")
FOLLOWUPS_SENT = Field("followups_sent", "Follow-ups you have sent since then", kind="select", default="0", scope="interview",
                       choices=(Choice("0", "None yet"), Choice("1", "One"), Choice("2", "Two")))
COUNTRY = Field("country", "Public holidays to skip", kind="select", default="", scope="profile",
                hint="Follow-up dates skip weekends, and these holidays too.",
                choices=(Choice("", "None: weekends only"),) + tuple(Choice(code, name) for code, name in sorted(COUNTRIES.items(), key=lambda kv: kv[1])))

BLACKOUT = Field("blackout", "Other days to skip", kind="textarea", max_length=1000, scope="profile",
                 hint="Optional. Days you are away, or the company is closed, separated by commas or new lines: "
                      "dates as you write them, e.g. ‘24 Dec’, ‘2026-12-24’, or ranges such as ‘22 Dec to 2 Jan’.")

YOUR_NAME = Field("your_name", "Your name", required=True, max_length=80, autocomplete="name",
                  missing="Enter your name: it signs your messages.", scope="profile")
YOUR_EMAIL = Field("your_email", "Your email", kind="email", max_length=254, autocomplete="email",
                   hint="Optional, added under your name.", scope="profile")
YOUR_PHONE = Field("your_phone", "Your phone", kind="tel", max_length=30, autocomplete="tel",
                   hint="Optional, added under your name.", scope="profile")


def optional(field: Field) -> Field:
    """The same shared field, not required on this worksheet."""
    return replace(field, required=False)
