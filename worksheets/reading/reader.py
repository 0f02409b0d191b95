"""Read what the employer said about when they will decide ("by Friday", "in a couple of
weeks") as a date, so the follow-up clock can start from it.

The reading is deliberately simple and explainable: a handful of patterns, tried in a fixed
order (most specific first: a written date beats a weekday, "end of next week" beats "next
week"), each giving one date and a sentence that says how it was read, so the person can
see at once whether we understood, and correct it if not. Words we do not recognise give
``None`` rather than a guess: the follow-up worksheet then uses its no-date rule.

Rules worth knowing:

- Vague spans are read at their latest ("next week" is that week's Friday, "2-3 weeks" is
  three weeks, "mid-January" the 20th): the one mistake the guide warns against is
  following up too soon.
- A named day keeps its date even on a weekend or holiday ("by Friday" when Friday is Good
  Friday stays Friday; so do written dates). A computed one ("end of the week", "in two
  weeks", "end of the month") moves back to the last business day on or before it, since
  that is the last day anyone is in the office to decide; if that would be before the day
  it was said, it moves forward instead.
- Numeric dates are day/month ("05/12" is 5 December), as in the UK and most of the world;
  only when that is impossible ("12/13") is month/day used, and the explanation says so.
  When both are possible ("05/12"), the reading is flagged and month/day is offered.
  Dashes are only read in ISO dates ("2026-12-12"): "2-3 weeks" is a range, not a date.
- A day and month without a year that has already passed is next year's.
- An ordinal day ("the 9th", "Wednesday 9th") is the next 9th on or after the day it was
  said; "the 9th of next month" is next month's. A weekday given with a date or an ordinal
  that does not match it keeps the date, and is flagged, with the nearest such weekday
  offered. An ordinal that counts something ("the 2nd round") is not a day.
- Weeks run Monday to Sunday. Said at a weekend, "this week" is the week ahead, and so is
  "next week": both mean the coming Monday to Friday.
  "Friday" is the next Friday after the day it was said (said on a Friday, next week's;
  "this Friday" said on a Friday is that day, flagged below). "next Friday" is the Friday of next week,
  the later of its two common meanings, and is flagged as not exact.
- "in 3 days", with no "working" or "calendar", counts business days: hiring teams count
  working days, and it is the later reading.
- A reading that falls on the day it was said, or before it, is a guess ("end of the
  month" said on its last day, "this Friday" said on a Friday, a written year that has
  passed), and offers the later reading it may have meant: the end of next month, Friday
  next week, the same date next year. Words that name that day ("today", "by the end of
  the day") are the exception: they mean it.
- Date words the reading did not use ("by Friday, or end of next week", "Friday 12") make
  it not exact; ``Reading.unread`` quotes them, and what the first of them reads as on
  its own is offered. Words that read as the same day ("4 December, a Friday") are used,
  not left out; "may", numbers that count something ("3 candidates", "2 of 3", "5pm") and
  "next" without a date word ("next steps") are not date words.

``Reading.exact`` is True when the words name one day with nothing left to choose, and
False when we picked one reading among several (a vague span, "in 3 days", an ambiguous
numeric date, a weekday that does not match the date given, a day that is the one it was
said or before it, date words left out). The page can ask the person to check the inexact ones, and offer
``Reading.alternative`` when there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Collection, NamedTuple

from .found import Alt, Found
from .patterns import COMPILED
from .settle import explain, finish
from .vocabulary import AGREEING, BETWEEN, TIDY, UNREAD

_EMPTY: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class Reading:
    """One reading of a timeline phrase, in pieces a caller can put in its own sentence.

    - ``date``: the day we read.
    - ``matched``: the words that were read, as the person typed them (spaces tidied), so a
      page quotes their words rather than ours: "(their words: 'by the end of next week')".
    - ``exact``: True when the words name one day with nothing left to choose; False when
      the page should ask the person to check (see the module's rules).
    - ``note``: how the date was chosen, as a plain phrase with no leading punctuation, or
      "" when there is nothing to add: "the end of that week", "the day they said it".
      Several are joined with "; ".
    - ``alternative``: the likely other reading, when there is one, else None; it is never
      the same day as ``date``.
    - ``alternative_reason``: what they may have meant instead, as words that complete
      "If they meant ...": "the end of next month", "month/day", "'end of the month'".
      "" when there is no alternative.
    - ``unread``: date words in the phrase that the reading did not use, as typed, or "":
      "9th" if "by Wednesday 9th" were read as "by Wednesday". Several are joined with
      ", ". A reading that leaves some out is not exact, and the note says so.
    - ``explanation``: all of the above in one line, for callers that show a single
      sentence: "'next week' read as Friday 11 December 2026, the end of that week, so you
      don't follow up too soon".
    """

    date: dt.date
    explanation: str
    exact: bool
    matched: str
    note: str = ""
    alternative: dt.date | None = None
    alternative_reason: str = ""
    unread: str = ""



class _Hit(NamedTuple):
    row: int  # in COMPILED
    m: re.Match[str]
    day: dt.date
    found: Found


def _read(text: str, said_on: dt.date, closed: Collection[dt.date], first_row: int = 0) -> _Hit | None:
    """The first row, from ``first_row`` on, that reads the text."""
    for row in range(first_row, len(COMPILED)):
        pattern, matcher = COMPILED[row]
        for m in pattern.finditer(text):
            try:
                found = matcher(m, said_on, closed)
                if found is not None:
                    return _Hit(row, m, *finish(found, said_on, closed))
            except OverflowError:  # a date past the year 9999: no reading
                continue
    return None


def _blank(text: str, m: re.Match[str]) -> str:
    """The text with a match's words blotted out, so positions still match the phrase. Not
    with spaces: what was read stays between its neighbours ("2" in "Round 2 next week" is
    not a number at the end of the phrase)."""
    return text[:m.start()] + "\x00" * (m.end() - m.start()) + text[m.end():]


def _left_out(text: str, said_on: dt.date, hit: _Hit,
              closed: Collection[dt.date]) -> tuple[list[tuple[int, int]], Alt | None]:
    """Where the date words the reading did not use are, and what the first of them reads
    as on its own, when that is another day. More readings of the same day are not left out.
    The rows before the one that read the phrase read nothing in it, so they are not tried."""
    spans: list[tuple[int, int]] = []
    other = None
    for _ in range(AGREEING):
        again = _read(text, said_on, closed, hit.row)
        if again is None:
            break
        if again.day != hit.day:
            spans.append(again.m.span())
            other = Alt(again.day, f"'{' '.join(again.m[0].split())}'") if again.day >= said_on else None
            break
        text = _blank(text, again.m)
    spans += [m.span() for m in UNREAD.finditer(text)]
    runs: list[list[int]] = []
    for start, end in sorted(spans):
        if runs and (start <= runs[-1][1] or BETWEEN.fullmatch(text, runs[-1][1], start)):
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    return [(start, end) for start, end in runs], other


def parse_timeline(phrase: str, said_on: dt.date, closed: Collection[dt.date] = _EMPTY) -> Reading | None:
    """The decision date the words point to, or ``None`` when we cannot tell.

    ``said_on`` is the day they said it (usually the interview day): "Friday" and "in two
    weeks" count from it. ``closed`` holds the days off (public holidays, say) that
    business-day counts skip and computed dates avoid.
    """
    text = phrase.translate(TIDY)
    hit = _read(text, said_on, closed)
    if hit is None:
        return None
    m, day, found = hit.m, hit.day, hit.found
    matched = " ".join(phrase[m.start():m.end()].split())
    runs, other = _left_out(_blank(text, m), said_on, hit, closed)
    unread = [" ".join(phrase[start:end].split()) for start, end in runs]
    notes, exact, alternative = found.notes, found.exact, found.alternative
    if unread:
        notes += ("ignoring " + " and ".join(f"'{words}'" for words in unread),)
        exact, alternative = False, alternative or other
    note = "; ".join(notes)
    return Reading(date=day, explanation=explain(matched, day, note, alternative), exact=exact, matched=matched,
                   note=note, alternative=alternative and alternative.day,
                   alternative_reason=alternative.reason if alternative else "", unread=", ".join(unread))
