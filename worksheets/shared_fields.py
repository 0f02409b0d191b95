"""Fields shared between worksheets: the interview record, and the user's own details.

Fields here are declared with ``scope="interview"`` (or ``"profile"`` for the user's own
details). A worksheet that needs the company or the interviewers includes these very
objects in its entries, so the name, label and limits of a shared field exist exactly once,
and the browser saves their values in the interview record rather than in the worksheet.
"""

from __future__ import annotations

from dataclasses import replace

import datetime as dt

from .context import Context
from .dates import long_date
from .fields import Choice, Field, Group
from .holiday_table import COUNTRIES
from .timeline import parse_timeline

FORMATS = (
    Choice("in_person", "In person"),
    Choice("video", "Video call"),
    Choice("phone", "Phone call"),
)

STAGES = (
    Choice("applied", "Applied"),
    Choice("interviewing", "Interviewing"),
    Choice("awaiting", "Awaiting a decision"),
    Choice("offer", "Offer"),
    Choice("rejected", "Rejected"),
    Choice("withdrawn", "Withdrawn"),
    Choice("ghosted", "No reply (moved on)"),
)

COMPANY = Field("company", "Company", required=True, max_length=120, autocomplete="organization",
                missing="Enter the company you interviewed with.", scope="interview")
ROLE = Field("role", "Job title you applied for", required=True, max_length=120, autocomplete="off",
             missing="Enter the job title you applied for.", scope="interview")
ROUND = Field("round", "Round", max_length=60, autocomplete="off", scope="interview",
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


def interviewers(*extra: Field, hint: str = "Add each person who interviewed you.", min_items: int = 1) -> Group:
    """The interviewers group, with worksheet-only fields (such as a detail) appended."""
    return Group(
        name="interviewers",
        label="Interviewers",
        item_label="Interviewer {n}",
        add_label="Add another interviewer",
        hint=hint,
        min_items=min_items,
        max_items=10,
        fields=(INTERVIEWER_NAME, INTERVIEWER_TITLE, INTERVIEWER_EMAIL, *extra),
    )


AGENCY = Field("agency", "I applied through a recruitment agency", kind="checkbox", scope="interview")
CONTACT_NAME = Field("contact_name", "Your contact's name", max_length=80, autocomplete="off", scope="interview",
                     hint="The recruiter or agency consultant who arranged the interview.")
CONTACT_EMAIL = Field("contact_email", "Your contact's email", kind="email", max_length=254, autocomplete="off",
                      scope="interview")
STAGE = Field("stage", "Stage", kind="select", choices=STAGES, default="interviewing", required=True, scope="interview")
THANKED = Field("thanked", "I have sent my thank-you notes", kind="checkbox", scope="interview")
NOTES = Field("notes", "Notes", kind="textarea", max_length=2000, scope="interview",
              hint="Optional. Anything you want to remember about this interview.")

def explain_timing(value: str, data: dict, context: Context) -> str:
    """Show how we read their words, next to the words, so a wrong reading is caught early."""
    if not value.strip():
        return ""
    try:
        said = dt.date.fromisoformat(str(data.get("date") or ""))
    except ValueError:
        return "Add the interview date, and we'll work out the date this means."
    reading = parse_timeline(value, said)
    if reading is None:
        return ("We can't read a date from that. Put their date in “Decision expected by”; "
                "otherwise we count five business days from the interview.")
    guess = "" if reading.exact else " That is our best guess."
    return f"We read {reading.explanation.replace(' read as ', ' as ')}.{guess} If that's wrong, put the right date in “Decision expected by”."


TIMING = Field("timing", "When they said you would hear", max_length=120, autocomplete="off", scope="interview",
               hint="In their words, e.g. 'by Friday', 'end of next week', 'in a couple of weeks'. Leave it empty if they gave no date.",
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
                 hint="Optional. Days you are away, or the company is closed, as YYYY-MM-DD, separated by commas or new lines.")

YOUR_NAME = Field("your_name", "Your name", required=True, max_length=80, autocomplete="name",
                  missing="Enter your name: it signs your messages.", scope="profile")
YOUR_EMAIL = Field("your_email", "Your email", kind="email", max_length=254, autocomplete="email",
                   hint="Optional, added under your name.", scope="profile")
YOUR_PHONE = Field("your_phone", "Your phone", kind="tel", max_length=30, autocomplete="tel",
                   hint="Optional, added under your name.", scope="profile")


def optional(field: Field) -> Field:
    """The same shared field, not required on this worksheet."""
    return replace(field, required=False)
