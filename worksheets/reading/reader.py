"""The one entry point: :func:`parse_timeline` reads what the employer said about when they
will decide, however they said it, as the deadline by which they will be in touch, and says
how it read it. :func:`date_words` gives the words to quote back when nothing could be read.

The rules a person sees the results of are in the package's docstring
(:mod:`worksheets.reading`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Collection

from .choose import choose, unread_spans
from .grammar import Grammar
from .relations import explain, finish
from .tokens import TIDY, tokens
from .when import Alt, Context

_EMPTY: frozenset[dt.date] = frozenset()
#: Longest words quoted back when nothing could be read.
QUOTE = 100


@dataclass(frozen=True)
class OtherDate:
    """Another date the words gave, besides the deadline: its day, the words as typed, and
    what its sentence was about ("a decision", "the next step", or "")."""

    date: dt.date
    words: str
    about: str = ""


@dataclass(frozen=True)
class Reading:
    """One reading of a timeline phrase, in pieces a caller can put in its own sentence.

    - ``date``: the day we read: the deadline by which they said they would be in touch.
    - ``matched``: the words that were read, as the person typed them (spaces tidied), so a
      page quotes their words rather than ours: "(their words: 'by the end of next week')".
    - ``exact``: True when the words name one day with nothing left to choose; False when
      the page should ask the person to check (see the package's rules).
    - ``note``: how the date was chosen, as a plain phrase with no leading punctuation, or
      "" when there is nothing to add: "the end of that week", "the day they said it".
      Several are joined with "; ".
    - ``alternative``: the likely other reading, when there is one, else None; it is never
      the same day as ``date``.
    - ``alternative_reason``: what they may have meant instead, as words that complete
      "If they meant ...": "the end of next month", "month/day", "'end of the month'".
      "" when there is no alternative.
    - ``unread``: date words in the phrase that the reading did not use, as typed, or "":
      "9" if "by Wednesday 9" were read as "by Wednesday". Several are joined with ", ".
      A reading that leaves some out is not exact, and the note says so.
    - ``others``: the other dates the words gave (the next round's, a start date), each with
      its words; when there are any, the reading is a guess and a page asks which one is the
      decision, offering them all.
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
    others: tuple[OtherDate, ...] = ()


def parse_timeline(phrase: str, said_on: dt.date, closed: Collection[dt.date] = _EMPTY, *, country: str = "",
                   month_first: bool = False) -> Reading | None:
    """The deadline the words point to, or ``None`` when no date can be read in them (then
    quote :func:`date_words` back and ask for the date).

    ``said_on`` is the day they said it (usually the interview day): "Friday" and "in two
    weeks" count from it. ``closed`` holds the days off (public holidays, the person's own)
    that working-day counts skip and computed dates avoid. ``country`` (a code of
    :data:`worksheets.days.holidays.COUNTRIES`, or "") says which holidays a name means
    ("Thanksgiving" in the US or in Canada). ``month_first``: the person writes "12/4" for
    4 December (:func:`worksheets.days.written.month_first`); numeric dates are read in
    their order, the other offered when it is a date too.
    """
    text = phrase.translate(TIDY)
    ctx = Context(said_on, closed, country.upper(), month_first)
    grammar = Grammar(tokens(text), ctx, text)
    mentions = grammar.scan()
    pick = choose(mentions, grammar.t, said_on)
    if pick is None:
        return None
    chosen = pick.chosen
    day, found = finish(chosen.found, ctx)
    matched = grammar.typed(chosen.start, chosen.end)
    notes, exact, alternative = list(found.notes), found.exact, found.alternative
    others = tuple(OtherDate(m.found.day, grammar.typed(m.start, m.end),
                             {"decision": "a decision", "next step": "the next step"}.get(m.role, ""))
                   for m in pick.others)
    if others:
        exact = False
        notes.append("the date they gave for a decision" if chosen.role == "decision" else "the latest of the dates they gave")
        likely = [other for other in others if other.about != "the next step"]  # a next round's date is no reading
        if likely:
            first = max(likely, key=lambda other: other.date) if chosen.role != "decision" else likely[0]
            alternative = alternative or Alt(first.date, f"'{first.words}'")
    unread = [grammar.typed(start, end) for start, end in unread_spans(grammar, mentions)]
    if unread:
        notes.append("ignoring " + " and ".join(f"'{words}'" for words in unread))
        exact = False
    if alternative is not None and (alternative.day == day or alternative.day < said_on):
        alternative = None
    note = "; ".join(n for n in notes if n)
    return Reading(date=day, explanation=explain(matched, day, note, alternative, ctx), exact=exact, matched=matched,
                   note=note, alternative=alternative and alternative.day,
                   alternative_reason=alternative.reason if alternative else "", unread=", ".join(unread),
                   others=others)


def date_words(phrase: str, limit: int = QUOTE) -> str:
    """The words to quote back when no date could be read in them: the phrase with its
    spaces tidied, or, when it is long, its sentence about when (with "…" where it was cut).

    "after half term" -> "after half term"."""
    text = " ".join(phrase.translate(TIDY).split())
    if len(text) <= limit:
        return text
    scored = [(sum(word in sentence.lower() for word in _WHEN_WORDS), index, sentence)
              for index, sentence in enumerate(_sentences(text)) if len(sentence) <= limit]
    hits, _, sentence = max(scored, default=(0, 0, ""))
    if hits:  # the sentence most about when (the last of equals)
        return ("…" if not text.startswith(sentence) else "") + sentence + ("…" if not text.endswith(sentence) else "")
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


_WHEN_WORDS = ("when", "by ", "before", "after", "until", "within", "week", "month", "soon", "day", "decide",
               "decision", "hear", "know", "back to you", "in touch")


def _sentences(text: str) -> list[str]:
    parts, start = [], 0
    for index, char in enumerate(text):
        if char in ".;!?" and (index + 1 == len(text) or text[index + 1] == " "):
            parts.append(text[start:index + 1].strip())
            start = index + 1
    if text[start:].strip():
        parts.append(text[start:].strip())
    return parts
