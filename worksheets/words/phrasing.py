"""Fitting what a person typed into a sentence someone else wrote.

A template says "I especially enjoyed hearing about {detail}." and the person types "the new
data platform", or "We talked about the move to the cloud.", or "You are hiring two more
analysts". A feedback request says "could you tell me {question}?" and the person types
"How could I have answered the stakeholder question better?" or "how I could improve" or
"my portfolio presentation". Each kind of text needs its own sentence around it. This module
reads which kind a piece of text is and tidies it (no final stop, no stray capital), so the
templates can pick the sentence that holds it; it never rewrites what the person said.

Names get the same care: the greeting takes a first name, or a title and surname when the
person wrote one ("Dr Priya Shah" is greeted "Dear Dr Shah"), spelled as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Literal

#: Words that start a phrase in lower case in running text ("The plans" -> "the plans"). A
#: first word not in this list (a name, a product, an acronym) keeps its capital.
_COMMON = frozenset("""
a an the this that these those my your our their his her its some any each every all both more most
how what why when where which who whom whose whether if
about around during after before
there here it we you they he she i
""".split())

#: Things people type before what they mean, in the voice of the sentence it goes into.
_LEAD_INS = tuple(sorted("""
i especially enjoyed hearing about|i enjoyed hearing about|i especially enjoyed|i enjoyed|i loved hearing about
enjoyed hearing about|hearing about|talking about|learning about|discussing|a chat about|the chat about
we talked about|we discussed|we spoke about|we chatted about|we covered|we went through|we went over
you told me about|you talked about|you explained|you described|you mentioned|you showed me|you walked me through
our conversation about|our discussion about|our discussion of|the conversation about|the discussion about
they told me about|they explained|they mentioned
""".strip().replace("\n", "|").split("|"), key=len, reverse=True))

#: Words that, first in a phrase, make it a clause with its own subject ("you are hiring").
_SUBJECTS = frozenset({"we", "you", "they", "he", "she", "it", "there", "i", "everyone", "nobody"})

_WH = frozenset({"how", "what", "why", "when", "where", "which", "who", "whom", "whose"})
_AUXILIARIES = frozenset({
    "am", "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "shall",
    "should", "may", "might", "must", "have", "has", "had", "isn't", "wasn't", "didn't", "don't", "doesn't",
})
#: What people type before a question, which the sentence around it already says.
_QUESTION_LEAD_INS = tuple(sorted("""
could you tell me|can you tell me|could you let me know|can you let me know|please tell me|tell me
i'd like to know|i would like to know|i'd love to know|i would love to know|i wonder|i was wondering
any feedback on|some feedback on|your feedback on|feedback on|feedback about|your thoughts on|thoughts on
your view on|your views on|advice on|tips on
""".strip().replace("\n", "|").split("|"), key=len, reverse=True))

_TITLES = frozenset({"dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev", "lord", "lady"})
#: Titles that greet with the surname: "Dear Dr Shah". "Sir" and "Dame" take the first name.
_SURNAME_TITLES = _TITLES - {"sir", "dame", "lord", "lady"}
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le", "bin", "binti", "al", "el", "ter", "ten", "st", "st."})


def tidy(text: str | None) -> str:
    """One line, single spaces, no final stop, comma or semicolon (a question mark stays)."""
    return " ".join((text or "").split()).rstrip(".!;,: ")


def lower_first(text: str) -> str:
    """'The new platform' -> 'the new platform'; 'AI tools', 'Priya's team', 'I' stay as typed."""
    if not text:
        return text
    core = text.split()[0].strip("'\"‘’“”(")
    if not core or not core[0].isupper() or core == "I":
        return text
    word = core.lower()
    if (len(core) == 1 or core[1:].islower()) and (word in _COMMON or word.endswith("ing")):
        index = text.index(core[0])
        return text[:index] + text[index].lower() + text[index + 1:]
    return text


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _strip_lead_ins(text: str, lead_ins: Iterable[str]) -> str:
    changed = True
    while changed and text:
        changed = False
        lowered = text.lower()
        for lead in lead_ins:
            if lowered == lead:
                return ""
            if lowered.startswith(lead + " "):
                text = text[len(lead) + 1:].lstrip(" :,-–—")
                changed = True
                break
    return text


Kind = Literal["thing", "clause"]


@dataclass(frozen=True)
class Phrase:
    """What someone typed, shaped to follow a lead-in: ``kind`` "thing" fits after "hearing
    about" (a noun phrase, a gerund, a wh-clause); "clause" has its own subject and fits
    after "hearing that" ("you are hiring two analysts")."""

    text: str
    kind: Kind

    def __bool__(self) -> bool:
        return bool(self.text)


def phrase(raw: str | None) -> Phrase:
    """Shape free text to follow "I especially enjoyed hearing about …" or "… that …".

    Lead-ins the person typed themselves ("We talked about the cloud move") are dropped,
    the final stop goes, and a leading common word loses its capital.
    """
    text = tidy(raw).rstrip("?")
    text = _strip_lead_ins(text, _LEAD_INS)
    if text.lower().startswith("that "):
        text = text[5:]
        return Phrase(lower_first(text), "clause")
    text = lower_first(text)
    first = text.split()[0].lower().strip("'’") if text else ""
    if first in _SUBJECTS or first.split("'")[0] in _SUBJECTS and "'" in first:
        return Phrase(text, "clause")
    return Phrase(text, "thing")


QuestionKind = Literal["direct", "indirect", "thing"]


@dataclass(frozen=True)
class Question:
    """A question someone typed: "direct" ("how could I have …", inverted, to end with a
    question mark), "indirect" ("how I could have …", to follow "could you tell me"), or
    "thing" ("my portfolio presentation", to follow "feedback on"). ``text`` has no final
    punctuation and starts in lower case unless it starts with a name."""

    text: str
    kind: QuestionKind


def question(raw: str | None) -> Question | None:
    """Read one typed question, or ``None`` when nothing was typed."""
    text = tidy(raw).rstrip("?!. ")
    text = _strip_lead_ins(text, _QUESTION_LEAD_INS)
    if not text:
        return None
    words = text.split()
    first = words[0].lower()
    second = words[1].lower() if len(words) > 1 else ""
    if first in _AUXILIARIES | _WH | {"whether", "if", "to"}:
        text = text[0].lower() + text[1:]  # a question word, never a name
    else:
        text = lower_first(text)
    if first in _AUXILIARIES:
        return Question(text, "direct")
    if first in _WH:
        return Question(text, "direct" if second in _AUXILIARIES else "indirect")
    if first in {"whether", "if"}:
        return Question("whether" + text[len(first):], "indirect")
    if first == "to" and second:  # "to improve my answers": what to do
        return Question("how" + " " + text, "indirect")
    return Question(text, "thing")


def first_name(name: str | None) -> str:
    """How a greeting names someone: "Priya Shah" -> "Priya", "Dr Priya Shah" -> "Dr Shah",
    "Shah, Priya" -> "Priya", "Prof. Anna van der Berg" -> "Prof. van der Berg"."""
    name = " ".join((name or "").split())
    if "," in name:
        surname, _, given = name.partition(",")
        given = given.strip()
        if given:
            name = f"{given} {surname.strip()}"
    parts = name.split()
    if not parts:
        return ""
    title = parts[0].rstrip(".").lower()
    if title in _TITLES and len(parts) > 1:
        if title in _SURNAME_TITLES and len(parts) > 2:
            surname = [parts[-1]]
            for word in reversed(parts[1:-1]):
                if word.lower() in _PARTICLES:
                    surname.insert(0, word)
                else:
                    break
            return f"{parts[0]} {' '.join(surname)}"
        if title in _SURNAME_TITLES:
            return f"{parts[0]} {parts[1]}"
        return f"{parts[0]} {parts[1]}" if len(parts) > 2 else name
    return parts[0]


#: First words that make "where you met" a place ("on the office tour"); else it says who they are.
_PLACE_WORDS = frozenset("on at in during over while when after before by through outside near around from with".split())


def met_phrase(text: str | None) -> tuple[str, str]:
    """Where someone was met, tidied, and how it reads: ``("place", "on the office tour")``,
    ``("who", "the receptionist")``, or ``("", "")`` when nothing was typed."""
    words = " ".join((text or "").split()).rstrip(".!;,: ")
    if not words:
        return "", ""
    first = words.split()[0]
    if first.casefold() in _PLACE_WORDS:
        return "place", first.casefold() + words[len(first):]
    return "who", lower_first(words)


def join(items: Iterable[str], conjunction: str = "and") -> str:
    """'Priya', 'Priya and Tom', 'Priya, Tom and Ana'."""
    items = [item for item in items if item]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


#: Words spoken with a silent "h" ("an hour"), and with a "y" or "w" sound ("a university", "a one-off").
_SILENT_H = re.compile(r"(?:hour|honest|honou?r|heir)")
_SAID_YOU_OR_WON = re.compile(r"(?:uni|use|usu|uti|eu|one\b|once)")


def article(word: str) -> str:
    """'a' or 'an' for the word that follows, by its sound in the common cases: "an MBA",
    "a UX role", "an hour", "a one-off"."""
    if len(word) > 1 and word.isupper():  # read letter by letter
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    lowered = word.lower()
    if _SILENT_H.match(lowered):
        return "an"
    if _SAID_YOU_OR_WON.match(lowered):
        return "a"
    return "an" if lowered[:1] in ("a", "e", "i", "o", "u") else "a"
