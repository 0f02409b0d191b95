"""The words a timeline is read with, as data: shorthand and typos put right, numbers in
words, the words that relate a deadline to a day ("by", "before", "after"), the parts of a
period ("early", "end of"), and the words that tie a date to a decision or to the next round.

Month and weekday names are shared with the days-off box (:mod:`worksheets.days.written`).
The names of holidays come with the holiday data (:mod:`worksheets.days.holidays`).
"""

from __future__ import annotations

from ..days.written import MONTHS, WEEKDAYS

__all__ = ["MONTHS", "WEEKDAYS"]

#: Shorthand, spelling and abbreviations, put into plain words before anything is read: a
#: run of words (as typed, lower case) and what it stands for. The longest run wins.
SHORTHAND: dict[tuple[str, ...], tuple[str, ...]] = {
    ("eow",): ("end", "of", "week"), ("eom",): ("end", "of", "month"), ("eoy",): ("end", "of", "year"),
    ("eoq",): ("end", "of", "quarter"), ("eod",): ("eod",), ("cob",): ("eod",), ("eop",): ("eod",),
    ("eob",): ("eod",), ("cop",): ("eod",), ("eodt",): ("eod",),
    ("close", "of", "business"): ("eod",), ("close", "of", "play"): ("eod",), ("end", "of", "play"): ("eod",),
    ("end", "of", "business"): ("eod",), ("end", "of", "biz"): ("eod",), ("end", "of", "day"): ("eod",),
    ("end", "of", "the", "day"): ("eod",), ("end", "of", "the", "working", "day"): ("eod",),
    ("end", "of", "the", "business", "day"): ("eod",), ("end", "of", "business", "day"): ("eod",),
    ("close", "of", "the", "day"): ("eod",), ("end", "of", "today"): ("eod", "today"),
    ("end", "of", "the", "afternoon"): ("eod",), ("end", "of", "the", "morning"): ("eod",),
    ("the", "week", "is", "out"): ("the", "end", "of", "the", "week"),
    ("the", "week", "is", "over"): ("the", "end", "of", "the", "week"),
    ("the", "week's", "out"): ("the", "end", "of", "the", "week"),
    ("the", "month", "is", "out"): ("the", "end", "of", "the", "month"),
    ("the", "month", "is", "over"): ("the", "end", "of", "the", "month"),
    ("the", "year", "is", "out"): ("the", "end", "of", "the", "year"),
    ("tmrw",): ("tomorrow",), ("tmr",): ("tomorrow",), ("tmw",): ("tomorrow",), ("tomoz",): ("tomorrow",),
    ("tmrrw",): ("tomorrow",), ("tomm",): ("tomorrow",), ("tdy",): ("today",), ("tonite",): ("tonight",),
    ("nxt",): ("next",), ("wk",): ("week",), ("wks",): ("weeks",), ("wkend",): ("weekend",),
    ("wknd",): ("weekend",), ("mth",): ("month",), ("mths",): ("months",), ("mnth",): ("month",),
    ("yr",): ("year",), ("yrs",): ("years",), ("hr",): ("hour",), ("hrs",): ("hours",), ("biz",): ("business",),
    ("bus",): ("business",), ("thru",): ("through",), ("til",): ("until",), ("till",): ("until",),
    ("b4",): ("before",), ("xmas",): ("christmas",), ("x", "-", "mas"): ("christmas",), ("xmass",): ("christmas",),
    ("chrimbo",): ("christmas",), ("coupla",): ("couple", "of"), ("couple", "o"): ("couple", "of"),
    ("w/c",): ("week", "commencing"), ("w/b",): ("week", "beginning"), ("w/e",): ("week", "ending"),
    ("wc",): ("week", "commencing"), ("approx",): ("approximately",), ("abt",): ("about",),
    ("asap",): ("asap",), ("fortnite",): ("fortnight",), ("2moro",): ("tomorrow",), ("2morrow",): ("tomorrow",),
    # Two letters off, too common to leave unread ("by tommorow EOD" is not "by EOD").
    ("tommorow",): ("tomorrow",), ("tommorrow",): ("tomorrow",), ("tomorroww",): ("tomorrow",), ("tmrow",): ("tomorrow",),
    ("mid", "-"): ("mid",), ("midweek",): ("mid", "week"), ("mid", "week"): ("mid", "week"),
    ("weekdays",): ("business", "days"), ("weekday",): ("business", "day"),
    ("businessdays",): ("business", "days"), ("workdays",): ("working", "days"), ("workday",): ("working", "day"),
    ("yearend",): ("year", "end"), ("year", "-", "end"): ("year", "end"), ("month", "-", "end"): ("month", "end"),
    ("quarter", "-", "end"): ("quarter", "end"), ("end", "-", "of", "-", "year"): ("end", "of", "year"),
    ("end", "-", "of", "-", "month"): ("end", "of", "month"), ("end", "-", "of", "-", "week"): ("end", "of", "week"),
    ("post", "-"): ("after",), ("pre", "-"): ("before",),
}

#: Words long enough to be put right when mistyped by a letter ("wendesday", "tomorow").
FUZZY_TARGETS = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "august", "september", "october", "november", "december", "tomorrow", "fortnight", "christmas",
    "thanksgiving", "business", "working", "calendar", "weekend", "beginning", "middle", "following",
)
#: Real words one letter away from a target, never put right.
NOT_TYPOS = frozenset({"sundae", "mondays", "fridays", "sundays", "middles", "workings", "calender"})

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}
#: Vague quantities, read as this many (the latest likely reading of "a few") and flagged.
VAGUE = {
    ("a", "couple", "of"): 2, ("a", "couple"): 2, ("couple", "of"): 2, ("couple",): 2, ("a", "few"): 3,
    ("few",): 3, ("several",): 3, ("a", "handful", "of"): 3, ("handful", "of"): 3, ("a", "number", "of"): 3,
}

#: The unit words of a count, singular: what each plural and spelling stands for.
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "year": "year", "years": "year",
    "hour": "hour", "hours": "hour", "quarter": "quarter", "quarters": "quarter", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute",
}
#: Words that say how days are counted.
DAY_KINDS = {"business": "business", "working": "business", "work": "business", "calendar": "calendar",
             "clear": "calendar", "full": "calendar"}

#: Words that relate the deadline to the day named, longest first. Each becomes one of:
#: by, before, after, around, in, over, from, until.
RELATIONS: dict[tuple[str, ...], str] = {
    ("by",): "by", ("on",): "by", ("for",): "by", ("at",): "by", ("no", "later", "than"): "by",
    ("not", "later", "than"): "by", ("latest", "by"): "by", ("at", "the", "latest", "by"): "by",
    ("by", "no", "later", "than"): "by", ("on", "or", "before"): "by", ("up", "to"): "by",
    ("up", "until"): "by", ("until",): "until", ("through",): "by", ("to",): "by",
    ("before",): "before", ("prior", "to"): "before", ("ahead", "of"): "before", ("in", "advance", "of"): "before",
    ("this", "side", "of"): "before", ("by", "the", "time"): "before", ("pre",): "before",
    ("after",): "after", ("following",): "after", ("post",): "after", ("the", "other", "side", "of"): "after",
    ("other", "side", "of"): "after", ("once",): "after", ("right", "after"): "after",
    ("straight", "after"): "after", ("soon", "after"): "after", ("shortly", "after"): "after",
    ("not", "until", "after"): "after", ("not", "till", "after"): "after", ("until", "after"): "after",
    ("around",): "around", ("about",): "around", ("approximately",): "around", ("roughly",): "around",
    ("circa",): "around", ("either", "side", "of"): "around", ("sometime", "around"): "around",
    ("some", "time", "around"): "around", ("towards",): "around", ("toward",): "around",
    ("in", "about"): "around", ("in", "around"): "around", ("in", "roughly"): "around", ("within", "about"): "around",
    ("in", "approximately"): "around", ("by", "around"): "around", ("by", "about"): "around",
    ("give", "or", "take"): "around", ("more", "or", "less"): "around",
    ("in",): "in", ("within",): "in", ("during",): "in", ("inside",): "in", ("sometime", "in"): "in",
    ("not", "until"): "from", ("not", "till"): "from", ("not", "before"): "from", ("no", "sooner", "than"): "from",
    ("won't", "know", "until"): "by",
    ("no", "more", "than"): "in", ("not", "more", "than"): "in", ("at", "most"): "in", ("at", "the", "most"): "in",
    ("less", "than"): "in", ("under",): "in", ("a", "maximum", "of"): "in", ("maximum", "of"): "in",
    ("max",): "in", ("at", "least"): "from", ("a", "minimum", "of"): "from", ("upwards", "of"): "from",
    ("more", "than"): "from", ("over", "the", "course", "of"): "in",
    ("over",): "over", ("across",): "over", ("throughout",): "over",
    ("from",): "from", ("starting",): "from", ("as", "of"): "from", ("starting", "from"): "from",
}
#: Words that may stand between "before" or "after" and the day they relate to: "before we
#: break for Christmas", "after the team offsite next Wednesday".
FILLERS = frozenset({
    "we", "we're", "we'll", "they", "they're", "everyone", "everybody", "the", "office", "team", "company",
    "business", "firm", "client", "panel", "i", "i'm", "you", "things", "it", "all", "our", "my", "their",
    "is", "are", "get", "gets", "go", "goes", "offsite", "off", "site", "meeting", "meetings", "away", "day",
    "event", "trip", "conference", "board", "sync", "quiet", "period", "is", "back", "return", "returns",
    "come", "comes", "finally", "just", "probably", "hopefully", "likely", "possibly", "maybe",
})
#: Words after a day that change how sure it is: "Friday at the latest", "Friday or so".
POSTFIX: dict[tuple[str, ...], str] = {
    ("at", "the", "latest"): "latest", ("at", "the", "very", "latest"): "latest", ("latest",): "latest",
    ("max",): "latest", ("tops",): "latest", ("or", "sooner"): "latest", ("or", "earlier"): "latest",
    ("or", "before"): "latest", ("if", "not", "sooner"): "latest", ("if", "not", "before"): "latest",
    ("at", "the", "earliest"): "earliest", ("earliest",): "earliest", ("or", "later"): "earliest",
    ("or", "so"): "around", ("or", "thereabouts"): "around", ("ish",): "around", ("give", "or", "take"): "around",
    ("roughly",): "around", ("approximately",): "around",
}
#: Words that hedge without changing the day: "next week, probably Friday".
HEDGES = frozenset({"probably", "maybe", "perhaps", "likely", "possibly", "hopefully", "ideally", "most",
                    "more", "or", "so", "sometime", "some", "time", "realistically", "definitely", "certainly",
                    "likeliest", "prob", "poss", "on", "by", "the", "and", "either", "with", "luck", "any",
                    "all", "going", "well", "latest", "at", "i", "e", "ie", "that", "is", "which", "meaning",
                    "namely", "so", "that's", "specifically", "actually", "precisely", "exactly", "say", "think"})

#: The part of a period a word picks, as the fraction of the period it ends at (the latest
#: reading) and whether the words leave no doubt: "end of" is the last day; "late" is too, but
#: vaguely; "early next week" is its Tuesday, "mid-January" the 20th.
PARTS: dict[tuple[str, ...], tuple[str, bool]] = {
    ("end", "of"): ("end", True), ("the", "end", "of"): ("end", True), ("close", "of"): ("end", True),
    ("late",): ("late", False), ("later",): ("late", False), ("latter", "part", "of"): ("late", False),
    ("the", "latter", "part", "of"): ("late", False), ("the", "back", "end", "of"): ("late", False),
    ("back", "end", "of"): ("late", False), ("the", "tail", "end", "of"): ("late", False),
    ("later", "in"): ("late", False), ("the", "rest", "of"): ("late", False), ("rest", "of"): ("late", False),
    ("the", "remainder", "of"): ("late", False), ("end",): ("end", True),
    ("towards", "the", "end", "of"): ("late", False), ("toward", "the", "end", "of"): ("late", False),
    ("early",): ("early", False), ("early", "in"): ("early", False), ("earlier", "in"): ("early", False),
    ("the", "start", "of"): ("early", False), ("start", "of"): ("early", False),
    ("the", "beginning", "of"): ("early", False), ("beginning", "of"): ("early", False),
    ("the", "first", "half", "of"): ("first half", False), ("first", "half", "of"): ("first half", False),
    ("the", "second", "half", "of"): ("late", False), ("second", "half", "of"): ("late", False),
    ("the", "latter", "half", "of"): ("late", False), ("latter", "half", "of"): ("late", False),
    ("the", "back", "half", "of"): ("late", False), ("back", "half", "of"): ("late", False),
    ("the", "last", "part", "of"): ("late", False), ("the", "front", "half", "of"): ("first half", False),
    ("the", "early", "part", "of"): ("early", False), ("early", "part", "of"): ("early", False),
    ("mid",): ("mid", False), ("the", "middle", "of"): ("mid", False), ("middle", "of"): ("mid", False),
    ("midway", "through"): ("mid", False), ("halfway", "through"): ("mid", False),
}

#: Nouns an ordinal may count instead of naming a day: "the 2nd round" is not the 2nd.
COUNTED = frozenset({
    "round", "rounds", "interview", "interviews", "stage", "stages", "step", "steps", "time", "times", "call",
    "calls", "meeting", "meetings", "candidate", "candidates", "person", "people", "applicant", "applicants",
    "choice", "place", "floor", "one", "ones", "chat", "conversation", "panel", "task", "test", "reference",
    "references", "option", "offer", "phase", "part", "draft", "version", "attempt", "year", "years", "hour",
    "hours", "minute", "minutes", "line", "page", "item", "point", "thing", "opinion", "look", "week", "month",
})

#: Words that tie a date to the decision, and words that tie it to a next step instead. The
#: date a sentence gives for the decision is the deadline; a next round's date is not.
DECISION_WORDS = frozenset({
    "decide", "decides", "decided", "decision", "decisions", "hear", "know", "let", "touch", "back", "news",
    "feedback", "outcome", "outcomes", "result", "results", "update", "updates", "offer", "offers", "respond",
    "response", "reply", "confirm", "confirmation", "notify", "inform", "contact", "call", "email", "ring",
    "answer", "verdict", "word", "update", "come", "revert", "sign", "approval", "approve", "shortlist", "chase",
    "follow", "circle", "results", "hopefully",
})
NEXT_STEP_WORDS = frozenset({
    "interview", "interviews", "interviewing", "round", "rounds", "assessment", "centre", "center", "stage",
    "invite", "invited", "invitation", "start", "starting", "starts", "onboarding", "induction", "task",
    "presentation", "test", "tests", "meet", "meets", "meeting", "panel", "visit", "trial", "running",
    "held", "continue", "continues", "wrap", "seeing", "screening", "screen", "deadline", "closing", "close",
    "applications", "away", "leave", "holiday", "off", "offsite", "seconds", "pencilled", "penciled",
    "scheduled", "booked", "slot", "slots", "join", "joining", "conference", "sick", "proposing", "see",
    "traveling", "travelling", "ooo", "vacation", "pto", "annual", "offline", "unavailable",
})
#: Next steps that no other word in the clause makes a decision: "if successful, you'd start in February".
STARTING_WORDS = frozenset({"start", "starting", "starts", "join", "joining", "onboarding", "induction"})
#: Words that make a later date the deadline after all: "by Friday, though it might slip to Monday".
EXTENSION_WORDS = frozenset({"slip", "slips", "later", "worst", "latest", "otherwise", "might", "may", "could",
                             "possibly", "perhaps", "maybe", "or", "failing", "else", "delay", "delayed", "push",
                             "pushed", "longer", "realistically", "probably", "if", "though", "although"})
#: Words that end a clause, for the cue words above.
CLAUSE_ENDS = frozenset({".", ";", "!", "?", ":", ",", "but", "and", "so", "then", "while", "whereas", "with",
                         "though", "although", "however", "otherwise", "if", "-", "(", ")"})
#: Greetings around a holiday that are not about when: "have a lovely Christmas".
PLEASANTRIES = frozenset({"happy", "merry", "enjoy", "nice", "good", "great", "lovely", "wonderful", "restful",
                          "relaxing", "fantastic", "safe", "peaceful", "joyful", "have", "hope"})
#: Words that point into the past: a day they name is not when anyone will decide.
PAST = frozenset({"last", "ago", "yesterday", "previous", "past", "earlier"})
#: Verbs in the past tense: a clause with one and no decision word is about what happened.
PAST_VERBS = frozenset({
    "spoke", "met", "interviewed", "talked", "chatted", "had", "was", "were", "came", "went", "did", "sent",
    "received", "applied", "submitted", "visited", "attended", "saw", "joined", "presented", "completed",
    "emailed", "phoned", "rang", "called", "started", "took", "gave", "got",
})
#: Words that are about when, wherever they stand: left unread, they make a reading a guess.
ALWAYS_DATE_WORDS = frozenset({"today", "tomorrow", "tonight", "weekend", "fortnight", "eod", "q1", "q2", "q3", "q4",
                               "halfterm"})
