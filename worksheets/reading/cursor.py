"""The grammar's view of the tokens: look at a word, match a run of words or the longest key
of a table, skip what may stand between ("at 5pm", a comma); and what it remembers while it
reads left to right (the stretch the last mention meant, for "the end of that week")."""

from __future__ import annotations

from typing import Mapping, TypeVar

from .tokens import Token
from .vocabulary import COUNTED, DAY_KINDS, MONTHS, UNITS, WEEKDAYS
from .when import Context, When

V = TypeVar("V")

#: Words for a time of day that may follow a day without changing it.
TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "lunchtime", "lunch", "noon", "midday", "am",
                          "pm", "eod", "tonight", "pst", "est", "gmt", "bst", "cet", "et", "pt", "ct"})


_SHAPES: dict[int, tuple[frozenset[str], int]] = {}


def _shape(table: Mapping[tuple[str, ...], object]) -> tuple[frozenset[str], int]:
    """The first words of a table's keys and its longest key (tables are constants: once each)."""
    shape = _SHAPES.get(id(table))
    if shape is None:
        shape = _SHAPES[id(table)] = (frozenset(key[0] for key in table), max(len(key) for key in table))
    return shape


class Cursor:
    def __init__(self, tokens: list[Token], ctx: Context, text: str) -> None:
        self.t = tokens
        self.ctx = ctx
        self.text = text
        self.prev: When | None = None  # what the last mention meant: "that week", "the following week"
        self.within: When | None = None  # a stretch a hedged day falls in: "next week, probably Friday"

    # --- looking -------------------------------------------------------------------------

    def w(self, i: int) -> str:
        return self.t[i].w if 0 <= i < len(self.t) else ""

    def tok(self, i: int) -> Token | None:
        return self.t[i] if 0 <= i < len(self.t) else None

    def seq(self, i: int, *words: str) -> int | None:
        """The index after ``words``, when they come next."""
        for offset, word in enumerate(words):
            if self.w(i + offset) != word:
                return None
        return i + len(words)

    def opt(self, i: int, *words: str) -> int:
        """After ``words`` when they come next, else ``i``."""
        return self.seq(i, *words) or i

    def longest(self, i: int, table: Mapping[tuple[str, ...], V]) -> tuple[V, int] | None:
        """The value of the longest key of ``table`` that comes next, and the index after it."""
        firsts, size = _shape(table)
        if self.w(i) not in firsts:
            return None
        best = None
        words = tuple(t.w for t in self.t[i:i + size])
        for length in range(1, len(words) + 1):
            value = table.get(words[:length])
            if value is not None:
                best = (value, i + length)
        return best

    def skip(self, i: int, marks: tuple[str, ...] = (",",)) -> int:
        while self.w(i) in marks and self.tok(i).kind == "punct":
            i += 1
        return i

    def typed(self, start: int, end: int) -> str:
        """What the person typed for tokens ``start`` to ``end``, spaces tidied."""
        if start >= end:
            return ""
        return " ".join(self.text[self.t[start].start:self.t[end - 1].end].split())

    # --- small pieces ------------------------------------------------------------------------

    def after_time(self, i: int) -> int:
        """Past a time of day that may follow a day: "Friday afternoon", "Friday at 5pm",
        "Monday 9am", "tomorrow by noon"."""
        while True:
            j = i
            if self.w(j) in ("at", "by", "around", "before", "after", "from", "until") and self.tok(j + 1) is not None \
                    and (self.tok(j + 1).kind == "time" or self.w(j + 1) in TIMES_OF_DAY
                         or (self.tok(j + 1).kind == "num" and self.tok(j + 1).n <= 24
                             and self.w(j + 2) not in MONTHS and self.w(j + 2) not in UNITS)):
                j += 2
                if self.w(j) in ("am", "pm", "o'clock"):
                    j += 1
            elif self.w(j) == "in" and self.w(j + 1) == "the" and self.w(j + 2) in TIMES_OF_DAY:
                j += 3
            elif self.tok(j) is not None and (self.tok(j).kind == "time" or self.w(j) in TIMES_OF_DAY):
                j += 1
            elif self.w(j) == "first" and self.w(j + 1) == "thing":
                j += 2
            if j == i:
                return i
            i = j

    def weekday(self, i: int, plural: bool = False) -> tuple[int, int] | None:
        t = self.tok(i)
        if t is None or t.kind != "word" or t.w not in WEEKDAYS or t.plural != plural:
            return None
        return WEEKDAYS[t.w], i + 1 + self._abbreviated(i)

    def month(self, i: int) -> tuple[int, int] | None:
        """A month name; "may" only where it cannot be the verb ("they may take 2 weeks")."""
        t = self.tok(i)
        if t is None or t.kind != "word" or t.w not in MONTHS:
            return None
        if t.w in ("may", "march") and not self._surely_month(i):
            return None
        return MONTHS[t.w], i + 1 + self._abbreviated(i)

    def _abbreviated(self, i: int) -> bool:
        """Whether a full stop after a short name is its own ("Dec.", "Fri."), not the sentence's."""
        return len(self.w(i)) <= 4 and self.w(i + 1) == "." and self.tok(i + 1).kind == "punct" \
            and self.tok(i + 1).start == self.tok(i).end and self.tok(i + 2) is not None \
            and self.tok(i + 2).kind in ("num", "ord", "word") and not self.text[self.tok(i + 2).start:][:1].isupper()

    def _surely_month(self, i: int) -> bool:
        before, after = self.w(i - 1), self.tok(i + 1)
        if before in ("in", "of", "by", "until", "before", "after", "during", "since", "through", "early", "mid", "late",
                      "end", "start", "beginning", "this", "next", "last", "-", "from", "to", "till", "middle", "or",
                      "and", "the"):
            return True
        if self.tok(i - 1) is not None and self.tok(i - 1).kind in ("num", "ord") and self.tok(i - 1).n <= 31:
            return True
        return after is not None and after.kind in ("num", "ord") and (after.n <= 31 or 1900 < after.n < 2200)

    def year(self, i: int) -> tuple[int, int] | None:
        """A year after a date: ", 2027", "2027"."""
        j = self.skip(i)
        t = self.tok(j)
        if t is not None and t.kind == "num" and len(t.w) == 4 and 1990 <= t.n <= 2199:
            return t.n, j + 1
        if t is not None and t.w == "'" and self.tok(j + 1) is not None and self.tok(j + 1).kind == "num" \
                and len(self.w(j + 1)) == 2:
            return 2000 + self.tok(j + 1).n, j + 2
        return None

    def day_number(self, i: int, bare: bool) -> tuple[int, int, bool] | None:
        """A day of the month: "12th", "twelfth", or (``bare``) "12"; with whether it had a
        suffix. Not a number that counts something ("the 2nd round", "3 weeks", "5 candidates")."""
        t = self.tok(i)
        if t is None or t.kind not in ("ord", "num") or not 1 <= t.n <= 31:
            return None
        if t.kind == "num" and (not bare or t.vague):
            return None
        following = self.w(i + 1)
        if following in COUNTED or following in UNITS or following in DAY_KINDS or following in ("%", ":", "am", "pm"):
            return None
        if following == "-" and self.w(i + 2) in ("round", "stage", "step"):
            return None
        return t.n, i + 1, t.kind == "ord"
