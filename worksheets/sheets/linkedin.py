"""Step 4: a personalised LinkedIn connection note for each person met, and when to send it.

Notes must fit LinkedIn's limit: 200 characters on a free account, 300 with Premium
(LinkedIn Help). A note that is too long cannot be sent at all, so every draft is measured
with :func:`linkedin_length`, which never counts fewer characters than LinkedIn might, and
shortened gracefully until it fits: optional phrases go first, then the personal detail is
trimmed at a word boundary with an ellipsis.

Timing follows the safe default in the brief: connect with a recruiter now; with an
interviewer (or anyone else on the panel) after the decision, unless they invited it; with
someone else met on the day (a colleague on the tour), when you like, though waiting is safer
if they work in the team.
The notes never ask for the job: they thank, recall the conversation and offer to stay in
touch, which is what keeps the connection worth having whatever the outcome.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from ..core.context import Context
from ..core.people import given_name, same_name
from ..core.voice import english_of
from ..core.fields import Choice, Field, Worksheet
from ..words import wording
from ..words.output import Message, Notice, Output, Paragraph
from ..words.phrasing import first_name as _first_name, met_phrase, phrase
from .shared import (
    AGENCY, COMPANY, CONSULTANT_NAME, COORDINATOR_NAME, DETAIL, ENGLISH, INVITED, OTHERS, ROLE, YOUR_NAME, interviewers,
    optional,
)

LIMIT_FREE = 200
LIMIT_PREMIUM = 300
ELLIPSIS = "…"

RELATIONSHIPS = (
    Choice("recruiter", "Recruiter"),
    Choice("consultant", "Agency consultant"),
    Choice("interviewer", "Interviewer"),
    Choice("other", "Someone else you met"),
)

NOTED_HINT = ("It is what makes the note theirs. Write it to follow 'I enjoyed our conversation "
              "about…', e.g. 'the move to a four-day week'.")

# The people come from the interview record: the company's recruiter, the agency consultant
# and each interviewer, with the one thing talked about with each interviewer (the same
# detail their thank-you uses) and whether they invited you to connect. What you talked
# about with the recruiter or consultant is only asked here.
# No max_words: validation's word-limit message talks about emails; the note is shortened
# to fit anyway, so the character limit is enough.
COORDINATOR_NOTED = Field("coordinator_noted", "What you talked about with the recruiter", kind="textarea",
                          max_length=200, autocomplete="off", hint=NOTED_HINT)
CONSULTANT_NOTED = Field("consultant_noted", "What you talked about with your consultant", kind="textarea",
                         max_length=200, autocomplete="off", hint=NOTED_HINT, show_when=("agency", ("true",)))
PREMIUM = Field("premium", "I have LinkedIn Premium", kind="checkbox", scope="profile",
                hint="Premium notes can be up to 300 characters; free ones 200.")

ENTRIES = (
    COMPANY, ROLE,
    COORDINATOR_NAME, COORDINATOR_NOTED,
    AGENCY, CONSULTANT_NAME, CONSULTANT_NOTED,
    interviewers(DETAIL, INVITED, min_items=0,
                 hint="Each person who interviewed you gets their own note. Their email is not needed here."),
    OTHERS,
    ENGLISH, YOUR_NAME, PREMIUM,
)


def _key(relationship: str, name: str) -> str:
    return f"{relationship}:{' '.join(name.split()).casefold()}"


def people(values: dict[str, Any]) -> list[dict[str, Any]]:
    """Who gets a note: the company's recruiter, the agency consultant, each interviewer,
    then everyone else met, once each.

    Someone who is both (a recruiter on the panel) gets one note, as the recruiter, with
    whatever was noted about them in either place.
    """
    found: dict[str, dict[str, Any]] = {}

    def add(name: str | None, relationship: str, noted: str, invited: bool = False, where: str = "") -> None:
        if not name:
            return
        key = next((k for k in found if same_name(k, name)), name)
        if key in found:
            found[key]["noted"] = found[key]["noted"] or noted
            found[key]["invited"] = found[key]["invited"] or invited
            return
        found[key] = {"name": name, "relationship": relationship, "noted": noted, "invited": invited}
        if relationship == "other":
            found[key]["met"] = where

    add(values.get("coordinator_name"), "recruiter", values.get("coordinator_noted") or "")
    if values.get("agency"):
        add(values.get("consultant_name"), "consultant", values.get("consultant_noted") or "")
    for person in values.get("interviewers") or []:
        add(person.get("name"), "interviewer", person.get("detail") or "", bool(person.get("invited")))
    for person in values.get("others") or []:
        add(person.get("name"), "other", person.get("detail") or "", bool(person.get("invited")), person.get("met") or "")
    return list(found.values())


def _check(values: dict[str, Any]) -> dict[str, str]:
    if not people(values):
        return {"interviewers": "Add the recruiter, your consultant, an interviewer or someone else you met: each person gets their own note."}
    return {}


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


def draft_note(person: dict[str, Any], common: dict[str, str], index: int, limit: int,
               sign: bool = True, closing: str | None = None) -> str:
    """One note for ``person``, always within ``limit`` (as :func:`linkedin_length` counts).

    ``index`` picks the wording variant, so two interviewers from the same panel do not get
    the same note; ``closing`` overrides the closing sentence ("" for none). The sign-off
    (``sign``) is the same for everyone and the last thing given up before the detail is
    shortened. The note is one paragraph: no line breaks to be counted twice.
    """
    text = wording.load("linkedin", common.get("english", "gb"))
    kind = person.get("relationship") or "interviewer"
    variants = text["notes"][kind]
    slots = _slots(person, common)
    place = met_phrase(person.get("met"))[0] == "place"
    detail_template = _pick(text["details"], index)
    if closing is None:
        closing = wording.fill(_pick(variants["closings"], index), slots)
    # Optional phrases in the order they are given up: the first in this list goes first.
    optional = [c for c in (closing, wording.fill(text["sign_off"], slots) if sign else "") if c]
    shaped = phrase(person.get("noted"))
    detail = shaped.text or None

    def build(opening: str, detail: str | None, kept: list[str]) -> str:
        parts = [opening]
        if detail:
            sentence = wording.fill(detail_template[shaped.kind], dict(slots, detail=detail))
            parts.append(sentence.replace(ELLIPSIS + ".", ELLIPSIS))
        parts += kept  # the closing, then the sign-off: the order they are given up in
        return " ".join(parts)

    words = detail.split() if detail else []

    def shorten(opening: str) -> tuple[str, int] | None:
        """The longest note that fits with this opening, and how many detail words it kept."""
        for kept in (optional, optional[1:], []):
            note = build(opening, detail, kept)
            if _fits(note, limit):
                return note, len(words)
        for count in range(len(words) - 1, 0, -1):
            short = " ".join(words[:count]).rstrip(",;:.!?-–— ") + ELLIPSIS
            note = build(opening, short, [])
            if _fits(note, limit):
                return note, count
        # Not even one word of the detail fits (a very long word): do without it.
        for kept in (optional, optional[1:], []):
            note = build(opening, None, kept)
            if _fits(note, limit):
                return note, 0
        return None

    # A job title or company name so long that the usual opening squeezes out most of the
    # detail (less than half of it would be left) gets the fallback opening, which names
    # only the company, if that keeps more of what the user noted: the detail is what makes
    # the note personal. A last resort cuts the note itself.
    primary = wording.fill(_pick(variants["openings_place" if place else "openings"], index), slots)
    best = shorten(primary)
    if best is None or best[1] * 2 < len(words):
        fallback = shorten(wording.fill(variants["fallback"], slots))
        if fallback is not None and (best is None or fallback[1] > best[1]):
            best = fallback
    if best is not None:
        return best[0]
    return _truncate(wording.fill(variants["fallback"], slots), limit)


def _slots(person: dict[str, Any], common: dict[str, str]) -> dict[str, str]:
    """The words of a note and its heading about one person: their names, where you met."""
    return dict(common, name=person["name"], first_name=given_name(person["name"]) or _first_name(person["name"]),
                met=met_phrase(person.get("met"))[1])


def _heading(person: dict[str, Any], slots: dict[str, str]) -> str:
    """ "Note to Priya Shah, recruiter"; for someone else met, "Note to Ana, met on the
    office tour" or "Note to Ben, the receptionist"."""
    headings = wording.load("linkedin", slots.get("english", "gb"))["output"]["headings"]
    kind = person["relationship"]
    if kind == "other":
        kind = {"place": "other_place", "who": "other_who"}.get(met_phrase(person.get("met"))[0], "other")
    return wording.fill(headings[kind], slots)


def _timing(person: dict[str, Any], first_name: str, english: str = "gb") -> tuple[str, str]:
    """(advice, tone) for when to send this person's note."""
    text = wording.load("linkedin", english)["timing"]
    slots = {"first_name": first_name}
    if person.get("relationship") in ("recruiter", "consultant"):
        return wording.fill(text[person["relationship"]], slots), "deadline"
    if person.get("invited"):
        return wording.fill(text["invited"], slots), "deadline"
    if person.get("relationship") == "other":
        return wording.fill(text["other"], slots), "info"
    return wording.fill(text["after_decision"], slots), "info"


def compose(values: dict[str, Any], context: Context) -> Output:
    """One note per person, each an editable draft within the limit, and when to send it.

    Each :class:`Message` carries ``limit`` and a ``key`` (relationship and name): the page
    shows the draft in a text box with a live counter that counts like
    :func:`linkedin_length`, and keeps the user's edits under that key. No mail link: the
    note is pasted into LinkedIn.
    """
    english = english_of(values)
    text = wording.load("linkedin", english)
    limit = LIMIT_PREMIUM if values.get("premium") else LIMIT_FREE
    your_name = values["your_name"]
    common = {"company": values["company"], "role": values["role"], "your_name": your_name,
              "your_first_name": given_name(your_name) or _first_name(your_name), "limit": str(limit),
              "english": english}
    out = Output()
    out.add(Notice(wording.fill(text["output"]["premium" if values.get("premium") else "free"], common), tone="info"))
    everyone = people(values)
    # No two notes share a closing: the closings run out before the people, the rest go without.
    used: set[str] = set()
    closings = []
    for index, person in enumerate(everyone):
        options = text["notes"][person["relationship"]]["closings"]
        slots = _slots(person, common)
        fresh = [c for c in (wording.fill(options[(index + k) % len(options)], slots) for k in range(len(options))) if c not in used]
        closings.append(fresh[0] if fresh else "")
        used.update(fresh[:1])
    sign_off = wording.fill(text["sign_off"], common)
    notes = [draft_note(p, common, i, limit, closing=closings[i]) for i, p in enumerate(everyone)]
    if not all(note.endswith(sign_off) for note in notes):  # one sign-off for all, or none
        notes = [draft_note(p, common, i, limit, sign=False, closing=closings[i]) for i, p in enumerate(everyone)]
    for index, person in enumerate(everyone):
        first_name = given_name(person["name"]) or _first_name(person["name"])
        note = notes[index]
        kind = person["relationship"]
        slots = _slots(person, common)
        hint = "" if person.get("noted") else wording.fill(text["output"]["no_detail"], slots)
        out.add(Message(heading=_heading(person, slots), body=note, note=hint,
                        limit=limit, key=_key(kind, person["name"])))
        advice, tone = _timing(person, first_name, english)
        out.add(Notice(advice, tone=tone))
    out.add(Paragraph(text["output"]["how"]))
    return out


WORKSHEET = Worksheet(
    id="linkedin",
    saved_as="LinkedIn notes",
    title="Write your LinkedIn connection notes",
    intro="A short personal note for each person you met, within LinkedIn's character limit, and when to send it.",
    entries=ENTRIES,
    compose=compose,
    check=_check,
    submit_label="Write my notes",
    schema_version=2,
    fieldsets=(
        ("The interview", ("company", "role")),
        ("The recruiter and your consultant", ("coordinator_name", "coordinator_noted", "agency", "consultant_name",
                                               "consultant_noted")),
        ("Who interviewed you", ("interviewers",)),
        ("Anyone else", ("others",)),
        ("About you", ("english", "your_name", "premium")),
    ),
)
