"""The words a timeline phrase is read with, as data: weekdays, months, numbers, and the
regular-expression pieces the patterns are built from."""

from __future__ import annotations

import re


WEEKDAYS = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tues": 1, "tue": 1,
    "wednesday": 2, "weds": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3,
    "friday": 4, "fri": 4,
    "saturday": 5,
    "sunday": 6,
}
# "sat" and "sun" are left out on purpose: "we sat down", "the sun".
WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
            r"|(?:tues|tue|weds|wed|thurs|thur|thu|mon|fri)\b\.?)")

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH_SHORT = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")


def _month_regex(names: tuple[str, ...]) -> str:
    return rf"(?:(?:{'|'.join(names)})\b|(?:{'|'.join(_MONTH_SHORT)})\b\.?)"


MONTH = _month_regex(_MONTH_NAMES)

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}
#: Vague quantities, read as this many and flagged as not exact.
VAGUE = {"couple": 2, "few": 3, "several": 3}
NUMBER = (r"(?:\d{1,3}|(?:a\s+)?couple(?:\s+of)?|(?:a\s+)?few|several|an?|one|two|three|four"
           r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)")
UNIT = r"(?:(?P<kind>business|working|work|calendar)\s+)?(?P<unit>days?|weeks?|fortnights?|months?)\b"

# Words that may introduce a deadline; kept in the match so the explanation quotes them.
_BY_WORD = r"(?:by|on|before|until|till|til|for|no\s+later\s+than|not\s+later\s+than)"
BY = rf"(?:\b{_BY_WORD}\s+)?"
#: Words that hedge a day without changing it: "next week, probably Friday".
HEDGE = r"(?:probably|maybe|perhaps|likely|possibly|hopefully|most\s+likely)"
ORD = r"(?:st|nd|rd|th)?"
ON_WEEKDAY = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"

#: What an ordinal may count instead of naming a day: "the 2nd round" is not the 2nd.
_COUNTED = ("round", "interview", "stage", "step", "time", "call", "meeting", "candidate", "person",
            "people", "applicant", "choice", "place", "floor", "one", "day", "week", "month", "year")
NOT_COUNTED = rf"(?![\s-]+(?:{'|'.join(_COUNTED)})s?\b)"
#: A day of the month as an ordinal, "9th"; and the same with the suffix left off, "9".
NTH = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
DAY_OF_MONTH = r"(?:[1-9]|[12]\d|3[01])\b"
#: "30th February", "Feb 30th": the day of a month, read (or refused) as a written date.
NOT_BEFORE_A_MONTH = rf"(?!(?:\s+of)?\s+{MONTH})"
AFTER_A_MONTH = re.compile(rf"\b{MONTH}\s*(?:the\s+)?$", re.IGNORECASE)

#: Straight quotes and hyphens for curly quotes and dashes: same length, so positions in the
#: tidied text are positions in what the person typed.
TIDY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})

#: The day an "early ..." or "mid ..." month is read as: the end of the span, as ever.
PART_OF_MONTH = {"early": 10, "start": 10, "beginning": 10, "mid": 20, "middle": 20}

#: Words that say when, to find the ones a reading left out: "by Wednesday 9th" read as
#: "by Wednesday" would leave out "9th". "may" is not one ("they may take 2 weeks"), nor a
#: number that counts something else ("3 candidates", "5pm", "interview 2 of 3").
_DATE_WORDS = (
    WEEKDAY,
    _month_regex(tuple(name for name in _MONTH_NAMES if name != "may")),
    r"(?:today|tomorrow|tonight|weekends?|fortnights?|weeks?|months?|years?)\b",
    r"20\d\d\b",  # a year
    r"\d{1,4}(?:[/.-]\d{1,4}){1,2}\b",  # a written date, a range
    rf"{NTH}{NOT_COUNTED}",
    rf"(?:\d{{1,3}}|{'|'.join(n for n, v in NUMBERS.items() if v > 1)}|{'|'.join(VAGUE)})[\s-]+(?:of\s+)?"
    r"(?:(?:business|working|calendar)\s+)?(?:days?|hours?)\b",
    # a day of the month on its own, "Friday 12", "by the 12 or so": not "at 12", "2 of 3"
    rf"(?<![\d/.:,])(?<!\bat\s)(?<!\bof\s){DAY_OF_MONTH}(?![/.:]?\d)"
    rf"(?=\s*(?:$|[,;!?)]|\.(?!\d)|(?:or|and|to|at)\b|(?:of\s+)?{MONTH}))",
)
#: Words that belong with a date word that follows them: "end of" in "end of the month".
_WHEN_WORDS = r"(?:the|this|next|last|coming|end\s+of|start\s+of|beginning\s+of|middle\s+of|mid|early|late)"
UNREAD = re.compile(rf"\b(?:{_WHEN_WORDS}[\s-]+){{0,3}}(?:{'|'.join(_DATE_WORDS)})", re.IGNORECASE)
#: What may stand between two left-out date words and keep them one run: "9th or 10th".
BETWEEN = re.compile(r"[\s,/-]*(?:(?:or|to|and|of|the)\b[\s,]*){0,2}", re.IGNORECASE)
#: How many more readings of the same day a phrase may hold ("Friday 4 December, a
#: Friday"): they are read, not left out.
AGREEING = 2
