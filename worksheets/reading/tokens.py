"""Words before grammar: what a person typed, cut into tokens that remember where they came
from, then put into plain form: shorthand spelled out ("EOW", "w/c", "tmrw"), a mistyped
weekday or month put right ("wendesday"), numbers in words made numbers ("the twenty-second",
"a couple of"). The grammar (:mod:`~worksheets.reading.grammar`) reads only the plain form;
what it quotes back comes from the positions, so the person sees their own words.

One regular expression cuts the text (compiled once, at import: the browser pays for it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from .vocabulary import (
    CARDINALS, DAY_KINDS, FUZZY_TARGETS, MONTHS, NOT_TYPOS, ORDINALS, RELATIONS, SHORTHAND, TENS, UNITS, VAGUE,
    WEEKDAYS,
)

#: Straight quotes, plain hyphens and spaces for their typographic forms: one character for
#: one, so positions in the tidied text are positions in what the person typed.
TIDY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                      "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2026": "."})

_CUT = re.compile(r"""
    (?P<time>\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{3,4}\s?hrs\b)
  | (?P<numdate>\b\d{1,4}(?:[/.-]\d{1,4}){1,2}(?![\d/]))
  | (?P<num>\d+)(?:(?P<suffix>st|nd|rd|th)\b)?
  | (?P<slash>\bw/[cbe]\b)
  | (?P<word>[a-z][a-z0-9]*(?:'[a-z]+)*)
  | (?P<punct>[^\sa-z0-9])
""", re.IGNORECASE | re.VERBOSE)


@dataclass(frozen=True)
class Token:
    """One word, number or mark, in plain form, with where it was typed.

    ``kind``: "word", "num" (a count or a day: ``n``), "ord" (an ordinal: ``n``), "numdate"
    ("12/4", "2-3": ``parts`` and ``sep``), "time" ("5pm", never a day) or "punct".
    ``spelled``: the number was a word ("second", "first": they may count, not name a day).
    ``vague``: a vague quantity ("a couple of"). ``fixed``: a typo was put right.
    ``plural``: a weekday in the plural ("two Fridays from now").
    """

    w: str
    kind: str
    start: int
    end: int
    n: int = 0
    parts: tuple[str, ...] = ()
    sep: str = ""
    spelled: bool = False
    vague: bool = False
    fixed: bool = False
    plural: bool = False


def _cut(text: str) -> list[Token]:
    found = []
    for m in _CUT.finditer(text):
        start, end = m.span()
        if m["time"]:
            found.append(Token(m["time"].lower(), "time", start, end))
        elif m["numdate"]:
            raw = m["numdate"]
            sep = next(ch for ch in raw if ch in "/.-")
            found.append(Token(raw, "numdate", start, end, parts=tuple(re.split(r"[/.-]", raw)), sep=sep))
        elif m["num"]:
            kind = "ord" if m["suffix"] else "num"
            found.append(Token(m["num"], kind, start, end, n=int(m["num"][:6])))
        elif m["slash"]:
            found.append(Token(m["slash"].lower(), "word", start, end))
        elif m["word"]:
            found.append(Token(m["word"].lower(), "word", start, end))
        else:
            found.append(Token(m["punct"], "punct", start, end))
    return found


def _merge(tokens: list[Token], start: int, count: int, words: tuple[str, ...]) -> list[Token]:
    """The replacement words for ``count`` tokens from ``start``, spanning what they covered."""
    first, last = tokens[start], tokens[start + count - 1]
    return [Token(word, "word", first.start, last.end) for word in words]


def _shorthand(tokens: list[Token]) -> list[Token]:
    longest = max(len(key) for key in SHORTHAND)
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(t.w for t in tokens[i:i + size])
            if key in SHORTHAND:
                out += _merge(tokens, i, size, SHORTHAND[key])
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _distance_one(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter added, dropped, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]


@cache
def _known() -> frozenset[str]:
    words = set(MONTHS) | set(WEEKDAYS) | set(UNITS) | set(CARDINALS) | set(TENS) | set(ORDINALS) | set(DAY_KINDS)
    words |= {w for key in RELATIONS for w in key} | set(FUZZY_TARGETS)
    return frozenset(words)


@lru_cache(maxsize=2048)
def _fix(word: str) -> str | None:
    """The word a mistyped one stands for, when it is one letter away from exactly one (and
    starts like it: a typo rarely hits the first letter and the second)."""
    if len(word) < 5 or word in _known() or word in NOT_TYPOS or not word.isalpha():
        return None
    found = {target for target in FUZZY_TARGETS
             if (target[0] == word[0] or target[:2] == word[1::-1]) and _distance_one(word, target)}
    if not found and word.endswith("s"):
        return None
    return found.pop() if len(found) == 1 else None


def _plain_words(tokens: list[Token], typos: bool = True) -> list[Token]:
    """Plural weekdays, possessive units ("a week's time"), typos put right."""
    out = []
    for t in tokens:
        if t.kind != "word":
            out.append(t)
            continue
        w = t.w
        if w.endswith("'s") and w[:-2] in UNITS:
            w = w[:-2]
        if w not in WEEKDAYS and w.endswith("s") and w[:-1] in WEEKDAYS and len(w) > 4:
            out.append(replace(t, w=w[:-1], plural=True))
            continue
        fixed = _fix(w) if typos else None
        out.append(t if w == t.w and not fixed else replace(t, w=fixed or w, fixed=bool(fixed)))
    return out


def _numbers(tokens: list[Token]) -> list[Token]:
    """Numbers in words as numbers: "twenty-second" is the 22nd, "a couple of" is 2 (vague)."""
    out: list[Token] = []
    firsts = {key[0] for key in VAGUE}
    i = 0
    while i < len(tokens):
        t = tokens[i]
        vague = None if t.w not in firsts else next(
            ((len(key), VAGUE[key]) for size in (3, 2, 1) if (key := tuple(x.w for x in tokens[i:i + size])) in VAGUE),
            None)
        if vague:
            size, value = vague
            out.append(Token(str(value), "num", t.start, tokens[i + size - 1].end, n=value, spelled=True, vague=True))
            i += size
            continue
        if t.w in TENS:
            j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].w == "-")
            unit = tokens[j] if j < len(tokens) else None
            if unit is not None and (unit.w in ORDINALS or unit.w in CARDINALS) and 0 < (ORDINALS.get(unit.w) or CARDINALS.get(unit.w, 0)) < 10:
                kind = "ord" if unit.w in ORDINALS else "num"
                value = TENS[t.w] + (ORDINALS.get(unit.w) or CARDINALS[unit.w])
                out.append(Token(str(value), kind, t.start, unit.end, n=value, spelled=True))
                i = j + 1
                continue
            out.append(Token(str(TENS[t.w]), "num", t.start, t.end, n=TENS[t.w], spelled=True))
        elif t.w in CARDINALS:
            out.append(Token(str(CARDINALS[t.w]), "num", t.start, t.end, n=CARDINALS[t.w], spelled=True))
        elif t.w in ORDINALS and not (i + 1 < len(tokens) and tokens[i + 1].w in ("half", "thing")):  # "first thing"
            out.append(Token(str(ORDINALS[t.w]), "ord", t.start, t.end, n=ORDINALS[t.w], spelled=True))
        else:
            out.append(t)
        i += 1
    return out


#: Words a hyphen may join to the next without making a range: "mid-next-week", "end-of-month".
_JOINING = frozenset({"mid", "next", "this", "end", "of", "early", "late", "start", "pre", "post", "year", "month",
                      "quarter", "week", "the", "following", "coming", "first", "last", "two", "three", "a"})


def _compounds(tokens: list[Token]) -> list[Token]:
    """Hyphens inside a compound dropped: "mid-next-week" reads as "mid next week"."""
    out = []
    for index, t in enumerate(tokens):
        if t.w == "-" and t.kind == "punct" and 0 < index < len(tokens) - 1:
            left, right = tokens[index - 1], tokens[index + 1]
            if left.end == t.start and right.start == t.end and left.w in _JOINING and right.kind == "word" \
                    and right.w not in WEEKDAYS:
                continue
        out.append(t)
    return out


def tokens(text: str, typos: bool = True) -> list[Token]:
    """The plain tokens of ``text`` (already tidied with :data:`TIDY`); ``typos=False`` leaves
    words as they are (for tables of words, which have none)."""
    return _numbers(_plain_words(_shorthand(_compounds(_plain_words(_cut(text), typos))), typos))
