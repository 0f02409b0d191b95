"""Reading a salary as people type it, and writing one back as a careful email would.

An offer is typed the way it was said: "£31,000", "31k", "$85,000 a year plus bonus",
"£15.50 an hour", "12 LPA", "₹12,00,000 per annum", "€45.000", "30-35k". The counter-offer
compares three of these (their offer, the person's researched range, the figure to ask for),
and a comparison is only made when it is sound: the same currency (or none named) and the same
period (a month is counted as a twelfth of a year; an hourly or a day rate is never turned into
a salary). Anything else is "cannot compare", and the page says so rather than guess. A bonus
or a percentage after the salary is not the salary: the first amount is.

Writing one back uses the person's own currency and the grouping their figures use
("£33,000", "$92,500", "₹13,00,000"), never "33k" in an email.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Currency signs and words, as typed (lower case), and the sign a figure is written with.
_CURRENCIES = {
    "£": "GBP", "gbp": "GBP", "pounds": "GBP", "pound": "GBP", "quid": "GBP",
    "$": "USD", "us$": "USD", "usd": "USD", "dollars": "USD", "dollar": "USD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "c$": "CAD", "ca$": "CAD", "cad": "CAD",
    "nz$": "NZD", "nzd": "NZD", "€": "EUR", "eur": "EUR", "euros": "EUR", "euro": "EUR",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "rupees": "INR",
}
SIGNS = {"GBP": "£", "USD": "$", "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "EUR": "€", "INR": "₹"}
#: The currency of a figure typed without one, by the person's country.
HOME_CURRENCY = {"GB": "GBP", "UK": "GBP", "US": "USD", "AU": "AUD", "CA": "CAD", "NZ": "NZD", "IN": "INR",
                 "IE": "EUR", "NL": "EUR", "DE": "EUR", "FR": "EUR", "ES": "EUR", "IT": "EUR", "BE": "EUR"}
#: A bare "$" is the person's own dollar: Australian, Canadian or New Zealand by their country.
_DOLLARS = {"AU": "AUD", "CA": "CAD", "NZ": "NZD"}

_MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "grand": 1_000, "m": 1_000_000, "mn": 1_000_000,
                "million": 1_000_000, "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000,
                "l": 100_000, "lpa": 100_000, "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000}
_PERIODS = (
    ("hour", r"an hour|a hour|per hour|/\s*h(?:ou)?r|p/?h\b|hourly|ph\b"),
    ("day", r"a day|per day|/\s*day|daily|day rate|p/?d\b"),
    ("week", r"a week|per week|/\s*w(?:ee)?k|weekly|p/?w\b|pw\b"),
    ("month", r"a month|per month|/\s*m(?:on)?th|/\s*mo\b|monthly|pcm\b|p/?m\b|pm\b|p\.m\."),
    ("year", r"a year|per year|per annum|/\s*y(?:ea)?r|p\.?\s?a\.?(?=\W|$)|annually|annual|yearly|a annum|lpa\b|ctc\b"),
)
_NUMBER = re.compile(
    r"(?P<cur>us\$|au\$|a\$|ca\$|c\$|nz\$|[£$€₹]|rs\.?|gbp|usd|aud|cad|nzd|eur|inr)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.\u00a0 ]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?)"
    r"(?!\s*%)\s*(?P<mult>k|thousand|grand|mn|million|m|lakhs?|lacs?|lpa|l|crores?|cr)?(?![a-z0-9])",
    re.IGNORECASE,
)
_AFTER_CURRENCY = re.compile(r"\s*(gbp|usd|aud|cad|nzd|eur|inr|pounds?|dollars?|euros?|rupees|quid)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """A sum of money as read: ``value`` in units of ``currency`` ("" when none was named),
    paid per ``period`` ("year", "month", "week", "day", "hour"; "" when not said)."""

    value: float
    currency: str = ""
    period: str = ""
    #: Indian grouping ("12,00,000") when the person wrote lakhs that way.
    indian: bool = False

    def yearly(self) -> float | None:
        """The value over a year, when the period allows it (a year, a month, or none said)."""
        return {"": self.value, "year": self.value, "month": self.value * 12}.get(self.period)


def _number(text: str) -> float:
    """"31,000" "45.000" "12,00,000" "31 000" "15.50" as a number."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # "45.000": a dot between thousands
        return float(text.replace(".", ""))
    return float(re.sub(r"[,\u00a0 ]", "", text))


def read(text: str | None, country: str = "") -> Amount | None:
    """The first amount in ``text`` (a salary, not the bonus after it), or None."""
    raw = " ".join(str(text or "").split())
    for match in _NUMBER.finditer(raw):
        if not match["num"]:
            continue
        value = _number(match["num"]) * _MULTIPLIERS.get((match["mult"] or "").lower(), 1)
        currency = _CURRENCIES.get((match["cur"] or "").lower(), "")
        rest = raw[match.end():]
        after = _AFTER_CURRENCY.match(rest)
        if not currency and after:
            currency = _CURRENCIES[after[1].lower()]
        if currency == "USD" and (match["cur"] or "") == "$" and country.upper() in _DOLLARS:
            currency = _DOLLARS[country.upper()]
        if not currency and country.upper() == "IN" and (match["mult"] or "").lower() in ("l", "lakh", "lakhs", "lac", "lacs", "lpa", "cr", "crore", "crores"):
            currency = "INR"
        period = "year" if (match["mult"] or "").lower() == "lpa" else _period(rest)
        if value <= 0:
            continue
        # A range ("30-35k", "30 to 35k") carries its multiplier back to its first figure.
        if not match["mult"]:
            tail = re.match(r"\s*(?:-|–|to)\s*[£$€₹]?\s*\d+(?:\.\d+)?\s*(k|thousand|lakhs?|lpa|l)\b", rest, re.IGNORECASE)
            if tail and value < 1000:
                value *= _MULTIPLIERS[tail[1].lower()]
                if tail[1].lower() == "lpa":
                    period = "year"
        return Amount(value, currency, period, indian=bool(re.search(r"\d,\d{2},\d{3}", match["num"]))
                      or (match["mult"] or "").lower() in ("l", "lakh", "lakhs", "lac", "lacs", "lpa"))
    return None


def _period(rest: str) -> str:
    """The period said just after an amount ("a year", "pa", "/hr"), within a few words."""
    near = re.split(r"\d", rest[:30].lower(), maxsplit=1)[0]  # up to the next figure ("2pm" is not per month)
    best = ("", len(near) + 1)
    for period, pattern in _PERIODS:
        found = re.search(pattern, near)
        if found and found.start() < best[1]:
            best = (period, found.start())
    return best[0]


def compare(a: Amount | None, b: Amount | None) -> int | None:
    """-1, 0 or 1 as ``a`` is below, equal to or above ``b``; None when they cannot be
    compared soundly (unread, different currencies, an hourly rate against a salary)."""
    if a is None or b is None:
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    if a.period == b.period:
        x, y = a.value, b.value
    else:
        x, y = a.yearly(), b.yearly()
        if x is None or y is None:
            return None
    return (x > y) - (x < y)


def written(amount: Amount, like: Amount | None = None, country: str = "") -> str:
    """The amount as an email writes it: its currency sign (or ``like``'s, or the person's
    country's), grouped digits, pence or cents only when there are some: "£33,000",
    "$92,500", "₹13,00,000", "£16.50"."""
    currency = amount.currency or (like.currency if like else "") or HOME_CURRENCY.get(country.upper(), "")
    sign = SIGNS.get(currency, "")
    whole = round(amount.value, 2)
    cents = f"{whole:.2f}".split(".")[1]
    digits = str(int(whole))
    if amount.indian or (like is not None and like.indian):
        head, tail = digits[:-3], digits[-3:]
        groups = re.findall(r"\d{1,2}(?=(?:\d{2})*$)", head) if head else []
        grouped = ",".join(groups + [tail]) if groups else tail
    else:
        grouped = f"{int(whole):,}"
    return f"{sign}{grouped}" + (f".{cents}" if cents != "00" else "")


def per(amount: Amount) -> str:
    """" an hour", " a month", " a day", " a week", or "" for a salary by the year."""
    return {"hour": " an hour", "day": " a day", "week": " a week", "month": " a month"}.get(amount.period, "")
