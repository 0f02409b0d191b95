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
from ..core.fields import Choice, Field, Group, Saved
from ..core.voice import english_of, voice
from ..days.days_off import closed_days, holiday_gap
from ..days.holidays import COUNTRIES
from ..plan.decision import QUOTED, read_timing
from ..reading.reader import date_words
from ..words.dates import long_date

FORMATS = (
    Choice("in_person", "In person"),
    Choice("video", "Video call"),
    Choice("phone", "Phone call"),
)

STAGES = (
    Choice("applied", "Applied"),
    Choice("interviewing", "Interviewing"),
    Choice("through", "Through to the next round"),
    Choice("awaiting", "Awaiting a decision"),
    Choice("offer_elsewhere", "Awaiting a decision, with an offer elsewhere"),
    Choice("offer", "Offer"),
    Choice("accepted", "Offer accepted"),
    Choice("declined", "Offer declined"),
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
                missing="Enter the company you interviewed with.", scope="application")
ROLE = Field("role", "Job title you applied for", required=True, max_length=120, autocomplete="off",
             missing="Enter the job title you applied for.", scope="application")
ROUND = Field("round", "Round", max_length=60, autocomplete="off", scope="interview",
              suggestions=("Phone screen", "First interview", "Second interview", "Assessment centre", "Final round"),
              hint="For example, 'First interview' or 'Final round'. Through to the next round? Add it on Your interviews: the company and your contacts come with it.")
DATE = Field("date", "Interview date", kind="date", required=True, missing="Enter the date of the interview.",
             scope="interview")
TIME = Field("time", "Start time", kind="time", required=True, scope="interview",
             hint="Your local time. It decides whether to send your thanks today or tomorrow morning.",
             missing="Enter the time the interview started.")
TIMEZONE = Field("timezone", "Their time zone, if not yours", max_length=60, autocomplete="off", scope="interview",
                 hint="For example, 'New York' or 'UTC+1'. Times you enter are your own; messages should land in their working hours.")
FORMAT = Field("format", "Format", kind="radio", choices=FORMATS, default="in_person", required=True, scope="interview")
#: What kind of round this is: the plan gets the person ready for it, and nearer the end asks
#: for referees and a salary figure. Values are saved: keep them stable.
ROUND_KINDS = (
    Choice("interview", "An interview"),
    Choice("screen", "A phone or video screen"),
    Choice("assessment", "An assessment centre"),
    Choice("task", "A task or case study"),
    Choice("final", "A final interview"),
)
ROUND_KIND = Field("round_kind", "What kind of round", kind="select", choices=ROUND_KINDS, default="interview",
                   scope="interview", hint="The plan gets you ready for it: an assessment centre, a task, a final round.")
#: The application an interview round belongs to: the page keeps it (storage/records.js).
APPLICATION = Saved("application", "id", "The application this round belongs to")

INTERVIEWER_NAME = Field("name", "Full name", required=True, max_length=80, autocomplete="off",
                         missing="Enter the interviewer's name.", scope="interview")
INTERVIEWER_TITLE = Field("title", "Job title", max_length=100, autocomplete="off", hint="For example, Engineering Manager.",
                          scope="interview")
INTERVIEWER_EMAIL = Field("email", "Email address", kind="email", max_length=254, autocomplete="off",
                          hint="With it, Open in mail app fills in the To line.", scope="interview")
#: One thing talked about with this person: what makes their thank-you and their LinkedIn
#: note theirs. One home for both.
DETAIL = Field("detail", "One thing you talked about", kind="textarea", max_length=300, max_words=30, scope="interview",
               autocomplete="off",
               hint="What makes their messages theirs. It follows 'I especially enjoyed hearing about…', e.g. 'your plans to rebuild the booking app'.",
               missing="Add one thing you talked about with this person: it is what makes the email theirs.")
INVITED = Field("invited", "They invited me to connect on LinkedIn", kind="checkbox", scope="interview",
                hint="Then it is fine to send a connection request now, before the decision.")
#: What someone on the panel did: their thank-you fits it (see worksheets.core.people).
PART = Field("part", "What they did", kind="select", default="interviewed", scope="interview",
             choices=(Choice("interviewed", "Interviewed me"), Choice("tour", "Showed me round"),
                      Choice("sat_in", "Sat in without interviewing (HR, an observer)")),
             hint="Their thank-you fits what they did.")


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
                  hint="For example, 'on the office tour', 'at reception' or 'a future colleague in the data team'.")
OTHER_EMAIL = Field("email", "Their email", kind="email", max_length=254, autocomplete="off", scope="interview",
                    hint="With it, step 2 writes them a short thank-you too.")

#: People met who neither interviewed the person nor arranged it: a future colleague on the
#: tour, the receptionist who helped. One group, declared once: the interview's details and
#: step 4 both show it, and LinkedIn notes (step 4) are written for them too.
OTHERS = Group(
    name="others",
    label="Someone else I met",
    item_label="Person {n}",
    add_label="Add someone else I met",
    hint="Someone who did not interview you, such as a future colleague on a tour or the receptionist who helped.",
    min_items=0,
    max_items=10,
    fields=(OTHER_NAME, OTHER_MET, OTHER_EMAIL, DETAIL, INVITED),
)

AGENCY = Field("agency", "I applied through a recruitment agency", kind="checkbox", scope="application",
               hint="Then follow-ups and questions go through your consultant, not the company.")
CONSULTANT_NAME = Field("consultant_name", "Your consultant's name", max_length=80, autocomplete="off", scope="application",
                        show_when=("agency", ("true",)), hint="The person at the agency who put you forward.")
CONSULTANT_EMAIL = Field("consultant_email", "Your consultant's email", kind="email", max_length=254, autocomplete="off",
                         scope="application", show_when=("agency", ("true",)))
THANKS_VIA = Field("thanks_via", "Your thank-you notes and the agency", kind="radio", scope="application", default="cc",
                   show_when=("agency", ("true",)),
                   choices=(Choice("cc", "Send them yourself and copy your consultant in"),
                            Choice("ask", "Ask your consultant whether to send them or pass them on")),
                   hint="Agencies like to know what you sent. Most are happy to be copied in.")
#: How something reached the person: the reply fits it (a "no" by phone gets a new email that
#: thanks them for the call; one by email, a reply in its thread). Values are saved: keep them.
CHANNELS = (
    Choice("", "I'm not sure, or another way"),
    Choice("interview", "At the interview"),
    Choice("email", "By email"),
    Choice("phone", "By phone or video call"),
    Choice("linkedin", "On LinkedIn"),
)
NEWS_CHANNELS = (
    Choice("email", "By email"),
    Choice("phone", "By phone or video call"),
    Choice("linkedin", "On LinkedIn"),
    Choice("in_person", "In person"),
    Choice("letter", "In a letter or a formal offer document"),
)
COORDINATOR_NAME = Field("coordinator_name", "Recruiter or HR contact", max_length=80, autocomplete="off",
                         scope="application", hint="The person at the company who set up the interview.")
COORDINATOR_EMAIL = Field("coordinator_email", "Recruiter's email", kind="email", max_length=254, autocomplete="off",
                          scope="application", hint="Without an agency, follow-ups go to them.")
STAGE = Field("stage", "Stage", kind="select", choices=STAGES, default="interviewing", required=True, scope="application")
THANKED = Field("thanked", "I have sent my thank-you notes", kind="checkbox", scope="interview",
                hint="Tick it once they are sent: the reminder then moves on to the follow-up.")
NEXT_STAGE = Field("next_stage", "What happens next", kind="select", choices=NEXT_STAGES, default="unknown", scope="interview")
TIMELINE_FROM = Field("timeline_from", "Who told you when you would hear", kind="select", choices=SOURCES,
                      default="interviewers", scope="interview",
                      hint="Messages say “you mentioned” only to the person who did.")
TIMELINE_BY = Field("timeline_by", "How they told you when", kind="select", choices=CHANNELS, default="",
                    scope="interview", hint="So a message can say where they said it: “at the interview”, “in your email”.")
NEWS_FROM = Field("news_from", "Who told you the decision", kind="select", choices=SOURCES, default="coordinator",
                  scope="application", hint="Your reply goes to them.")
NEWS_BY = Field("news_by", "How they told you", kind="select", choices=NEWS_CHANNELS, default="email", scope="application",
                hint="An email gets a reply in its thread; a call, a new email that thanks them for it.")
OFFER_DEADLINE = Field("offer_deadline", "Your deadline for the other offer", kind="date", scope="application",
                       hint="The date you must answer the other employer by.")
#: The offer (step 5's offer worksheet): what they offered, when it starts, when to answer.
#: Who made it and how are the decision's own fields (NEWS_FROM, NEWS_BY): an offer is the news.
OFFER_SALARY = Field("offer_salary", "Salary offered", max_length=120, autocomplete="off", scope="application",
                     hint="As they said it, e.g. '£31,000 a year' or '$85,000 plus bonus'. Agreed a new figure? Put it here.")
OFFER_START = Field("offer_start", "Start date offered", kind="date", scope="application")
ANSWER_BY = Field("answer_by", "The date to give your answer by", kind="date", scope="application",
                  hint="If they gave none, your reply asks.")
OFFER_WRITTEN = Field("offer_written", "I have the offer in writing (salary, start date and terms)", kind="checkbox",
                      scope="application", hint="Until you do, your reply asks for it.")
OFFER_THANKED = Field("offer_thanked", "I have thanked them for the offer", kind="checkbox", scope="application",
                      hint="Tick it once sent: the plan then moves on to your answer.")
#: The person's salary research (step 1), used when an offer comes (step 5): one home, the job.
SALARY_LOW = Field("salary_low", "Your researched range: from", max_length=40, autocomplete="off", scope="application",
                   hint="e.g. £42,000")
SALARY_HIGH = Field("salary_high", "Your researched range: to", max_length=40, autocomplete="off", scope="application",
                    hint="e.g. £48,000")
WALK_AWAY = Field("walk_away", "Your walk-away figure", max_length=40, autocomplete="off", scope="application",
                  hint="The lowest offer you would accept. It stays private.")
SALARY_SOURCES = Field("salary_sources", "Where the range comes from", kind="textarea", max_length=600, scope="application",
                       hint="Several sources: job ads for similar roles, salary surveys, people in the field.")
SALARY_SAID = Field("salary_said", "Any figure you have already given", kind="textarea", max_length=200, autocomplete="off",
                    scope="application", hint="What you said, to whom, and when, so you stay consistent.")
NOTES = Field("notes", "Notes", kind="textarea", max_length=2000, scope="interview",
              hint="Anything you want to remember about this interview.")

#: The most a timing box holds: a whole pasted paragraph of an email.
TIMING_LIMIT = 2000


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
    reading = read_timing({**facts, "date": said, "timing": value}, closed_days(facts, said))
    cut = (f" This box holds {TIMING_LIMIT:,} characters and what you pasted fills it: anything after that was cut off."
           if len(value) >= TIMING_LIMIT else "")
    if reading is None:
        gap = holiday_gap(facts, said)
        return (f"We can't find a date in '{date_words(value)}'. If they gave one, put it in “Decision expected by”; "
                f"until then we count {voice(facts).working_days(5)} from the interview." + (f" {gap}" if gap else "") + cut)
    words = " ".join(value.split())
    english = english_of(facts)
    text = f"We read '{words if len(words) <= QUOTED else reading.matched}' as {long_date(reading.date, english)}"
    if not reading.exact:
        text += f": a guess, {reading.note}" if reading.note else ": our best guess"
    text += "."
    if reading.unread and reading.unread not in reading.note:
        text += f" We did not use: {reading.unread}."
    if reading.others:
        listed = " and ".join(f"{long_date(other.date, english)} ('{other.words}')" for other in reading.others)
        text += (f" They also mentioned {listed}: which one is when they will decide? If it is not "
                 f"{long_date(reading.date, english)}, put that date in “Decision expected by”.")
    elif reading.alternative is not None and reading.alternative_reason:
        text += (f" If they meant {reading.alternative_reason}, that is {long_date(reading.alternative, english)}: "
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
                 hint="Leave it empty to use our reading of their words; fill it in to correct it.")
LAST_REPLY = Field("last_reply", "Date of their last reply", kind="date", scope="interview",
                   hint="Any reply from them restarts the follow-up clock.")
FOLLOWUPS_SENT = Field("followups_sent", "Follow-ups you have sent since then", kind="select", default="0", scope="interview",
                       choices=(Choice("0", "None yet"), Choice("1", "One"), Choice("2", "Two")))
COUNTRY = Field("country", "Your country", kind="select", default="", scope="profile",
                hint="Every date we suggest skips its public holidays, as well as weekends. We start from your browser's settings.",
                choices=(Choice("", "None of these: weekends only"),) + tuple(Choice(code, name) for code, name in sorted(COUNTRIES.items(), key=lambda kv: kv[1])))
#: The person's English: every message, date and time is written in it (worksheets.core.voice).
ENGLISH = Field("english", "Your English", kind="radio", default="", scope="profile",
                choices=(Choice("gb", "British: “organise”, “Tuesday 9 December”, “14:30”, “Kind regards”"),
                         Choice("us", "American: “organize”, “Tuesday, December 9”, “2:30 PM”, “Best regards”")),
                hint="How your messages are spelled and dated. We start from your country.")

BLACKOUT = Field("blackout", "Other days to skip", kind="textarea", max_length=1000, scope="profile",
                 hint="Days you are away, or the company is closed, separated by commas or new lines: "
                      "dates as you write them, e.g. ‘24 Dec’, ‘2026-12-24’, or ranges such as ‘22 Dec to 2 Jan’.")

YOUR_NAME = Field("your_name", "Your name", required=True, max_length=80, autocomplete="name",
                  missing="Enter your name: it signs your messages.", scope="profile")
YOUR_EMAIL = Field("your_email", "Your email", kind="email", max_length=254, autocomplete="email",
                   hint="Added under your name.", scope="profile")
YOUR_PHONE = Field("your_phone", "Your phone", kind="tel", max_length=30, autocomplete="tel",
                   hint="Added under your name.", scope="profile")


def optional(field: Field) -> Field:
    """The same shared field, not required on this worksheet."""
    return replace(field, required=False)
