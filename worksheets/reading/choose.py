"""Which date in a sentence is the decision's, and which date words were left unread.

People paste what was said, and a sentence may give two dates: "we'll invite you to an
assessment centre in the week of 11 January; we'll let everyone know before we break for
Christmas". Each mention is tied to what its clause is about: a decision ("let you know",
"feedback", "offer"), a next step ("assessment centre", "interview", "start date"), or, in
the past tense ("we spoke on Monday"), neither. The rule:

- mentions in the past, of a next step, or of a day and month that has just passed (read as
  next year's) are not the decision, as long as another mention is;
- of the rest, a mention tied to a decision wins (the cue word nearest to it decides what a
  clause is about), with any later mention after it that pushes it back ("by end of next
  week, worst case the Monday after"); with none tied to a decision, all of the rest are
  candidates;
- the latest candidate is the deadline (following up too soon is the mistake to avoid);
- every other future date is offered back with its words, and the reading is a guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .cursor import Cursor
from .tokens import Token
from .vocabulary import (
    ALWAYS_DATE_WORDS, CLAUSE_ENDS, COUNTED, DECISION_WORDS, EXTENSION_WORDS, MONTHS, NEXT_STEP_WORDS, PAST_VERBS,
    STARTING_WORDS, UNITS, WEEKDAYS,
)
from .when import Mention

@dataclass(frozen=True)
class Pick:
    chosen: Mention
    others: tuple[Mention, ...]


def _clause(tokens: list[Token], start: int, end: int) -> tuple[int, int]:
    """Where the clause a mention stands in begins and ends."""
    left = start
    while left > 0 and tokens[left - 1].w not in CLAUSE_ENDS:
        left -= 1
    right = end
    while right < len(tokens) and tokens[right].w not in CLAUSE_ENDS:
        right += 1
    return left, right


def role(tokens: list[Token], mention: Mention) -> str:
    """What the clause of a mention is about, by the cue word nearest to it: "decision", "next
    step", "past", or ""; starting a job is a next step whatever else the clause says."""
    left, right = _clause(tokens, mention.start, mention.end)
    words = {t.w for t in tokens[left:right]}
    if words & STARTING_WORDS:
        return "next step"
    cues = []
    for index in [*range(left, mention.start), *range(mention.end, right)]:
        word = tokens[index].w
        distance = mention.start - index if index < mention.start else index - mention.end + 1
        for cue, kind in ((DECISION_WORDS, "decision"), (NEXT_STEP_WORDS, "next step")):
            if word in cue:
                cues.append((distance, kind))
    if cues:
        return min(cues)[1]
    return "past" if words & PAST_VERBS else ""


def extends(tokens: list[Token], mention: Mention, before: Mention) -> bool:
    """Whether a mention with no cue of its own pushes the decision later: "by Friday, though
    it might slip into the following Monday", "worst case the Monday after"."""
    left, right = _clause(tokens, mention.start, mention.end)
    words = {t.w for t in tokens[min(left, before.end):right]}
    return bool(words & EXTENSION_WORDS)


def choose(mentions: list[Mention], tokens: list[Token], said_on: dt.date) -> Pick | None:
    live = [m for m in mentions if m.found is not None and not m.past]
    live = [m for index, m in enumerate(live) if not (index + 1 < len(live) and live[index + 1].refines)]
    if not live:
        return None
    for m in live:
        m.role = role(tokens, m)
    fresh = [m for m in live if m.role != "past" and not (m.ref is not None and m.ref.rolled)]
    pool = fresh or live
    decisions = [m for m in pool if m.role == "decision"]
    if decisions:
        first = min(decisions, key=lambda m: m.start)
        candidates = decisions + [m for m in pool if m.role == "" and m.start > first.start and extends(tokens, m, first)]
    else:
        candidates = [m for m in pool if m.role != "next step"] or pool
    chosen = max(candidates, key=lambda m: (m.found.day, -m.start))
    seen = {chosen.found.day}
    others = []
    for m in pool:
        if m is chosen or m.found.day in seen or m.found.day < said_on or m.found.means_today:
            continue
        if m.found.day == said_on and m.role != "decision":
            continue
        seen.add(m.found.day)
        others.append(m)
    return Pick(chosen, tuple(others))


def unread_spans(cursor: Cursor, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Runs of date words no mention used, as token positions: "9" in "by Wednesday 9"."""
    covered = set()
    for m in mentions:
        if not m.impossible:
            covered.update(range(m.start, m.end))
    runs: list[list[int]] = []
    for i, t in enumerate(cursor.t):
        if i in covered or not _date_word(cursor, i):
            continue
        if runs and all(cursor.w(x) in (",", "/", "-", "or", "to", "and", "of", "the") for x in range(runs[-1][1], i)) \
                and i - runs[-1][1] <= 2:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    return [(start, end) for start, end in runs]


#: A school break whose dates no reading here knows (they differ by region): said, it is never left out silently.
_HALF_TERM = (("half", "term"), ("half", "-", "term"))


def _date_word(cursor: Cursor, i: int) -> bool:
    t = cursor.t[i]
    if t.kind == "numdate":
        return cursor.w(i + 1) not in UNITS and cursor.w(i + 1) not in COUNTED and cursor.w(i + 1) != "people" \
            and not (t.sep == "." and len(t.parts) == 2 and len(t.parts[1]) == 1)
    if t.kind == "ord":
        return 1 <= t.n <= 31 and cursor.w(i + 1) not in COUNTED and not t.spelled
    if t.kind == "num":
        following = cursor.w(i + 1)
        if following in ("day", "days", "week", "weeks", "month", "months", "fortnight", "fortnights") and not t.vague:
            return True
        before = cursor.w(i - 1)
        return 1 <= t.n <= 31 and not t.spelled and cursor.weekday(i - 1) is not None and before not in ("at",)
    if t.kind != "word":
        return False
    if t.w in WEEKDAYS and not t.plural:
        return True
    if t.w in MONTHS:
        return cursor.month(i) is not None
    if t.w in ("half", "term"):
        return any(cursor.seq(start, *words) for words in _HALF_TERM for start in range(i - len(words) + 1, i + 1))
    return t.w in ALWAYS_DATE_WORDS
