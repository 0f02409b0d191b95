"""Step 4: a personalised LinkedIn connection note for each person met, and when to send it.

Notes must fit LinkedIn's limit: 200 characters on a free account, 300 with Premium
(LinkedIn Help). A note that is too long cannot be sent at all, so every draft is measured
with :func:`linkedin_length`, which never counts fewer characters than LinkedIn might, and
shortened gracefully until it fits: optional phrases go first, then the personal detail is
trimmed at a word boundary with an ellipsis.

Timing follows the safe default in the brief: connect with a recruiter now; with an
interviewer (or anyone else on the panel) after the decision, unless they invited it.
The notes never ask for the job: they thank, recall the conversation and offer to stay in
touch, which is what keeps the connection worth having whatever the outcome.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from . import wording
from .fields import Choice, Field, Group, Worksheet
from .output import Message, Notice, Output, Paragraph
from .thank_you import _clean_detail, _first_name

LIMIT_FREE = 200
LIMIT_PREMIUM = 300
ELLIPSIS = "…"

RELATIONSHIPS = (
    Choice("recruiter", "Recruiter"),
    Choice("interviewer", "Interviewer"),
    Choice("other", "Someone else I met"),
)

PERSON = Group(
    name="people",
    label="People you met",
    item_label="Person {n}",
    add_label="Add another person",
    hint="Add everyone you would like to stay in touch with: each gets their own note.",
    min_items=1,
    max_items=15,
    fields=(
        Field("name", "Full name", required=True, max_length=80, autocomplete="off",
              missing="Enter the person's name."),
        Field("relationship", "Who they are", kind="radio", choices=RELATIONSHIPS, default="interviewer",
              required=True, missing="Choose who this person is: it decides when to send the note."),
        # No max_words: validation's word-limit message talks about emails; the note is
        # shortened to fit anyway, so the character limit is enough.
        Field("noted", "What you talked about", kind="textarea", max_length=200, autocomplete="off",
              hint="Optional, but it is what makes the note theirs. Write it to follow 'I enjoyed our conversation about…', e.g. 'the move to a four-day week'."),
        Field("invited", "They invited me to connect", kind="checkbox",
              hint="Then it is fine to send the note now, before the decision."),
    ),
)

ENTRIES = (
    Field("company", "Company", required=True, max_length=120, autocomplete="organization",
          missing="Enter the company you interviewed with."),
    Field("role", "Job title you applied for", required=True, max_length=120, autocomplete="off",
          missing="Enter the job title you applied for."),
    Field("your_name", "Your name", required=True, max_length=80, autocomplete="name",
          missing="Enter your name: it signs the notes."),
    Field("premium", "I have LinkedIn Premium", kind="checkbox",
          hint="Premium notes can be up to 300 characters; free ones 200."),
    PERSON,
)


def linkedin_length(text: str) -> int:
    """The length LinkedIn's counter could give ``text``, erring on the long side.

    LinkedIn's counter runs in JavaScript, where ``length`` counts UTF-16 code units: an
    emoji or other character outside the Basic Multilingual Plane is two ("👍" is 2, and a
    ZWJ sequence such as "👩‍💻" is 2 + 1 + 2 = 5). Combining marks are code points of
    their own, so "e" + U+0301 is 2, not the 1 a reader sees. A line break can travel as
    CR LF, so it counts 2. The text is also measured after NFC normalisation, in case the
    server normalises (it can lengthen a few characters), and the larger count wins. Over-
    counting costs a word; under-counting makes the note impossible to send.
    """

    def units(s: str) -> int:
        return sum(2 if ord(ch) > 0xFFFF else 1 for ch in s) + s.count("\n")

    text = text.replace("\r\n", "\n")
    return max(units(text), units(unicodedata.normalize("NFC", text)))


def _fits(text: str, limit: int) -> bool:
    return linkedin_length(text) <= limit


def _truncate(text: str, limit: int) -> str:
    """Last resort: cut at a word boundary (or inside a very long word) and add "…"."""
    if _fits(text, limit):
        return text
    words = text.split()
    while words:
        candidate = " ".join(words).rstrip(",;:.!?-–— ") + ELLIPSIS
        if _fits(candidate, limit):
            return candidate
        words.pop()
    cut = text
    while cut and not _fits(cut + ELLIPSIS, limit):
        cut = cut[:-1]
    # Never leave half a ZWJ sequence or a dangling combining mark at the cut.
    cut = cut.rstrip("\u200d\ufe0f")
    while cut and unicodedata.combining(cut[-1]):
        cut = cut[:-1]
    return cut + ELLIPSIS


def _pick(options: list[str], index: int) -> str:
    return options[index % len(options)]


def draft_note(person: dict[str, Any], common: dict[str, str], index: int, limit: int) -> str:
    """One note for ``person``, always within ``limit`` (as :func:`linkedin_length` counts).

    ``index`` picks the wording variant, so two interviewers from the same panel do not get
    the same note. The note is one paragraph: no line breaks to be counted twice.
    """
    text = wording.load("linkedin")
    kind = person.get("relationship") or "other"
    variants = text["notes"][kind]
    slots = dict(common, name=person["name"], first_name=_first_name(person["name"]))
    detail_template = _pick(text["details"], index)
    # Optional phrases in the order they are given up: the first in this list goes first.
    optional = [wording.fill(_pick(text["sign_offs"], index), slots),
                wording.fill(_pick(variants["closings"], index), slots)]
    detail = _clean_detail(person.get("noted") or "") or None

    def build(opening: str, detail: str | None, kept: list[str]) -> str:
        parts = [opening]
        if detail:
            sentence = wording.fill(detail_template, dict(slots, detail=detail))
            parts.append(sentence.replace(ELLIPSIS + ".", ELLIPSIS))
        # The sign-off belongs last; kept phrases are in give-up order, so reverse them.
        parts += reversed(kept)
        return " ".join(parts)

    words = detail.split() if detail else []

    def shorten(opening: str) -> tuple[str, int] | None:
        """The longest note that fits with this opening, and how many detail words it kept."""
        for dropped in range(len(optional) + 1):
            note = build(opening, detail, optional[dropped:])
            if _fits(note, limit):
                return note, len(words)
        for count in range(len(words) - 1, 0, -1):
            short = " ".join(words[:count]).rstrip(",;:.!?-–— ") + ELLIPSIS
            note = build(opening, short, [])
            if _fits(note, limit):
                return note, count
        # Not even one word of the detail fits (a very long word): do without it.
        for dropped in range(len(optional) + 1):
            note = build(opening, None, optional[dropped:])
            if _fits(note, limit):
                return note, 0
        return None

    # A job title or company name so long that the usual opening squeezes out most of the
    # detail (less than half of it would be left) gets the fallback opening, which names
    # only the company, if that keeps more of what the user noted: the detail is what makes
    # the note personal. A last resort cuts the note itself.
    primary = wording.fill(_pick(variants["openings"], index), slots)
    best = shorten(primary)
    if best is None or best[1] * 2 < len(words):
        fallback = shorten(wording.fill(variants["fallback"], slots))
        if fallback is not None and (best is None or fallback[1] > best[1]):
            best = fallback
    if best is not None:
        return best[0]
    return _truncate(wording.fill(variants["fallback"], slots), limit)


def _timing(person: dict[str, Any], first_name: str) -> tuple[str, str]:
    """(advice, tone) for when to send this person's note."""
    text = wording.load("linkedin")["timing"]
    slots = {"first_name": first_name}
    if person.get("relationship") == "recruiter":
        return wording.fill(text["recruiter"], slots), "deadline"
    if person.get("invited"):
        return wording.fill(text["invited"], slots), "deadline"
    return wording.fill(text["after_decision"], slots), "info"


def compose(values: dict[str, Any], today: dt.date | None = None) -> Output:
    """One note per person, each with a character count against the limit and its timing.

    ``Message.note`` starts with "<count> / <limit> characters", so the browser can show a
    live counter if the user edits a draft (it must count the same way as
    :func:`linkedin_length`: UTF-16 length, line breaks as two).
    """
    text = wording.load("linkedin")
    limit = LIMIT_PREMIUM if values.get("premium") else LIMIT_FREE
    your_name = values["your_name"]
    common = {"company": values["company"], "role": values["role"], "your_name": your_name,
              "your_first_name": _first_name(your_name), "limit": str(limit)}
    out = Output()
    out.add(Notice(wording.fill(text["output"]["premium" if values.get("premium") else "free"], common), tone="info"))
    for index, person in enumerate(values["people"]):
        first_name = _first_name(person["name"])
        note = draft_note(person, common, index, limit)
        kind = person.get("relationship") or "other"
        slots = dict(common, name=person["name"], first_name=first_name, count=str(linkedin_length(note)))
        counter = wording.fill(text["output"]["counter"], slots)
        if not person.get("noted"):
            counter += " " + wording.fill(text["output"]["no_detail"], slots)
        out.add(Message(heading=wording.fill(text["output"]["headings"][kind], slots), body=note, note=counter))
        advice, tone = _timing(person, first_name)
        out.add(Notice(advice, tone=tone))
    out.add(Paragraph(text["output"]["how"]))
    return out


WORKSHEET = Worksheet(
    id="linkedin",
    title="Write your LinkedIn connection notes",
    intro="A short personal note for each person you met, within LinkedIn's character limit, and when to send it.",
    entries=ENTRIES,
    compose=compose,
    submit_label="Write my notes",
    fieldsets=(
        ("The interview", ("company", "role")),
        ("Who you met", ("people",)),
        ("About you", ("your_name", "premium")),
    ),
)
