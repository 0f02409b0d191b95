"""The patterns, as data: a regular expression and its matcher per row, tried in this order
(most specific first: a written date beats a weekday, "end of next week" beats "next week")."""

from __future__ import annotations

import re

from .found import Matcher
from .matchers import (
    read_a_unit_or_two, read_duration, read_iso, read_month_phrase, read_named_month, read_next_week_plain,
    read_next_weekday, read_numeric, read_ordinal, read_part_of_month, read_part_of_next_week, read_relative_day,
    read_this_week_end, read_week_after_next, read_weekday, read_weekday_of_next_week,
)
from .vocabulary import BY, DAY_OF_MONTH, HEDGE, MONTH, NOT_BEFORE_A_MONTH, NOT_COUNTED, NTH, NUMBER, ON_WEEKDAY, ORD, UNIT, WEEKDAY


#: "March 2 weeks", "March 2-3 weeks": the number starts a span, it is not a day of March.
_NOT_A_SPAN = (rf"(?![\s-]+(?:(?:-|to|or)[\s-]*)?(?:{NUMBER}[\s-]+)?"
               r"(?:business|working|calendar|days?|weeks?|months?)\b)")

PATTERNS: tuple[tuple[str, Matcher], ...] = (
    (BY + r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", read_iso),
    (BY + ON_WEEKDAY + r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])", read_numeric),
    (BY + ON_WEEKDAY + r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})\b", read_numeric),
    (BY + ON_WEEKDAY + rf"\b(?:the\s+)?(?P<d>\d{{1,2}}){ORD}(?:\s+of)?\s+(?P<mon>{MONTH})"
     r"(?:,?\s+(?P<y>\d{4})\b)?", read_named_month),
    (BY + ON_WEEKDAY + rf"\b(?P<mon>{MONTH})\s+(?:the\s+)?(?P<d>\d{{1,2}}){ORD}\b"
     + _NOT_A_SPAN + r"(?:,?\s+(?P<y>\d{4})\b)?", read_named_month),
    (BY + rf"\b(?P<part>(?:the\s+)?end\s+of|(?:the\s+)?(?:start|beginning|middle)\s+of|early|mid-?|late)\s*"
     rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?", read_part_of_month),
    (BY + rf"\b(?:the\s+)?(?P<d>{NTH}|{DAY_OF_MONTH})\s+of\s+(?P<which>this|next|the)\s+month\b", read_ordinal),
    (BY + rf"\b(?:the\s+)?(?P<d>{NTH}|{DAY_OF_MONTH})\s*(?:or|to|-|and)\s*(?:the\s+)?(?P<d2>{NTH})"
     + NOT_COUNTED + NOT_BEFORE_A_MONTH, read_ordinal),
    (BY + ON_WEEKDAY + rf"\b(?:the\s+)?(?P<d>{NTH}){NOT_COUNTED}{NOT_BEFORE_A_MONTH}", read_ordinal),
    (BY + rf"\b(?P<wd>{WEEKDAY}),?\s+the\s+(?P<d>{DAY_OF_MONTH})(?![/.:]?\d)"
     + _NOT_A_SPAN + NOT_COUNTED + NOT_BEFORE_A_MONTH, read_ordinal),
    (BY + r"\b(?:the\s+)?(?:end\s+of\s+)?the\s+week\s+after\s+next\b", read_week_after_next),
    (BY + rf"\b(?:(?P<wd>{WEEKDAY})\s+(?:of\s+)?next\s+week\b"
     rf"|next\s+week[\s,]*(?:{HEDGE}\s+)?(?:on\s+)?(?P<wd2>{WEEKDAY}))", read_weekday_of_next_week),
    (BY + r"\b(?P<part>(?:the\s+)?end\s+of|(?:the\s+)?(?:start|beginning|middle)\s+of|early|mid|late)"
     r"[\s-]+next\s+week\b", read_part_of_next_week),
    (BY + r"\bnext\s+week\b", read_next_week_plain),
    (BY + r"\b(?:(?P<end>(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:working\s+|work\s+)?week)"
     r"|(?:later\s+)?this\s+week|within\s+the\s+week|(?:the|this)\s+weekend)\b", read_this_week_end),
    (BY + r"\b(?:(?P<end>(?:the\s+)?end\s+of\s+)(?P<which>the|this|next)\s+month"
     r"|(?:later\s+)?(?P<which2>this)\s+month|(?:in\s+)?(?:the\s+)?(?P<which3>next)\s+month)\b", read_month_phrase),
    (BY + rf"\bnext\s+(?P<wd>{WEEKDAY})", read_next_weekday),
    (BY + rf"\b(?:(?P<this>this)\s+)?(?:coming\s+)?(?:the\s+)?(?P<wd>{WEEKDAY})"
     rf"(?:\s*(?:or|to|/|-)\s*(?P<wd2>{WEEKDAY}))?", read_weekday),
    (r"\b(?:(?:in|within|after|over)\s+)?(?:the\s+)?(?:next\s+)?(?:a|one)\s+(?P<unit>day|week|month)\s+or\s+two\b",
     read_a_unit_or_two),
    (rf"\b(?:(?:in|within|after|over)\s+)?(?:the\s+)?(?:next\s+)?(?P<n>{NUMBER})"
     rf"(?:\s*(?:-|to|or)\s*(?P<n2>{NUMBER}))?[\s-]+{UNIT}(?!\s+ago)", read_duration),
    (rf"\b(?:in|during)\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>\d{{4}})\b)?", read_part_of_month),
    (BY + r"\b(?P<word>(?:the\s+)?day\s+after\s+tomorrow|tomorrow|today|tonight"
     r"|(?:the\s+)?end\s+of\s+(?:the\s+)?day)\b", read_relative_day),
)

COMPILED = tuple((re.compile(pattern, re.IGNORECASE), matcher) for pattern, matcher in PATTERNS)
