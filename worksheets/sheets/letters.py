"""The parts every message shares: the greeting, the sign-off and the signature.

One place, so every email of one person signs off the same way. The wording is in
``templates/letters.toml``: the sign-off in both Englishes ("Kind regards," / "Best
regards,"), unless the publisher set one for everyone (``extra: publisher: sign_off:`` in
``mkdocs.yml``, read through :mod:`worksheets.core.settings`).
"""

from __future__ import annotations

from typing import Any

from ..core import settings
from ..core.people import Person, given_name
from ..core.voice import english_of
from ..words import wording


def sign_off(values: dict[str, Any]) -> str:
    """"Kind regards," or "Best regards,", in the writer's English, or the publisher's choice."""
    return settings.load().sign_off or wording.load("letters", english_of(values))["sign_off"]


def signature(values: dict[str, Any]) -> str:
    """The person's name, then their email and phone when given, one per line."""
    lines = [values.get("your_name") or ""]
    lines += [values[key] for key in ("your_email", "your_phone") if values.get(key)]
    return "\n".join(line for line in lines if line)


def greeting(person: Person | None) -> str:
    """"Dear Priya," or, with nobody to name, "Hello,"."""
    text = wording.load("letters")
    return wording.fill(text["greeting"], {"name": person.greeting}) if person else text["greeting_unknown"]


def _tidy(paragraphs: str) -> list[str]:
    """Paragraphs with single spaces, none left empty by a sentence that had nothing to say."""
    out = []
    for paragraph in paragraphs.split("\n\n"):
        lines = [" ".join(line.split()) for line in paragraph.splitlines()]
        text = "\n".join(line for line in lines if line)
        if text:
            out.append(text)
    return out


def letter(values: dict[str, Any], to: Person | None, *paragraphs: str) -> str:
    """A whole email: greeting, the paragraphs that are not empty, sign-off and signature."""
    parts = [greeting(to)]
    for paragraph in paragraphs:
        parts += _tidy(paragraph or "")
    parts.append(f"{sign_off(values)}\n{signature(values)}")
    return "\n\n".join(parts)


def linkedin_message(values: dict[str, Any], to: Person | None, *paragraphs: str) -> str:
    """A message on LinkedIn: "Hi Priya," the paragraphs, and the first name (no signature
    block: the profile says who it is from)."""
    parts = [f"Hi {to.casual}," if to else "Hello,"]
    for paragraph in paragraphs:
        parts += _tidy(paragraph or "")
    first = given_name(values.get("your_name")) or str(values.get("your_name") or "")
    parts.append(wording.fill(wording.load("linkedin", english_of(values))["sign_off"], {"your_first_name": first}))
    return "\n\n".join(parts)
