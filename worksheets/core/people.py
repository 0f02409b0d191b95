"""Who is who in one interview, and who hears what.

An interview has its interviewers (one person or a panel), perhaps the company's own
recruiter or HR contact who set it up (the *coordinator*), and, when the candidate applied
through an agency, the agency's *consultant*; and sometimes *others* met on the day (a future
colleague on the office tour, the receptionist who helped), who get a LinkedIn note only
(linkedin.py reads them from the record). Each
fact is typed once, in the interview record; every message is addressed from here, so the
right person gets it:

- thank-you notes go to each interviewer (the consultant copied in, or asked first);
- follow-ups, questions and the feedback request go through the consultant when there is
  one, else to the coordinator, else to the first interviewer (usually the hiring manager);
- the reply to a decision goes back to whoever gave it, in the same thread.

A fact also has a source: "they said by Friday" was said by someone, and a message says "you
mentioned" only to the person who did (:func:`said`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..words.phrasing import first_name, join

Role = Literal["interviewer", "coordinator", "consultant"]


@dataclass(frozen=True)
class Person:
    name: str
    role: Role
    email: str = ""
    title: str = ""
    detail: str = ""
    invited: bool = False

    @property
    def greeting(self) -> str:
        """How a message greets them: "Priya", "Dr Shah"."""
        return first_name(self.name)


def interviewers(values: dict[str, Any]) -> list[Person]:
    return [
        Person(name=p["name"], role="interviewer", email=p.get("email") or "", title=p.get("title") or "",
               detail=p.get("detail") or "", invited=bool(p.get("invited")))
        for p in values.get("interviewers") or [] if isinstance(p, dict) and p.get("name")
    ]


def coordinator(values: dict[str, Any]) -> Person | None:
    name = values.get("coordinator_name")
    return Person(name=name, role="coordinator", email=values.get("coordinator_email") or "") if name else None


def consultant(values: dict[str, Any]) -> Person | None:
    """The agency consultant, when the person applied through an agency."""
    name = values.get("consultant_name")
    if not values.get("agency") or not name:
        return None
    return Person(name=name, role="consultant", email=values.get("consultant_email") or "")


def contact(values: dict[str, Any]) -> Person | None:
    """Who follow-ups and questions go to: the consultant, else the coordinator, else the
    first interviewer (usually the hiring manager)."""
    if values.get("agency"):
        return consultant(values)  # never around the agency, even when its name is missing
    found = coordinator(values)
    if found:
        return found
    people = interviewers(values)
    return people[0] if people else None


def news_giver(values: dict[str, Any]) -> Person | None:
    """Who told the person the decision (their reply goes back to them)."""
    source = values.get("news_from") or ""
    if source == "consultant" and consultant(values):
        return consultant(values)
    if source == "coordinator" and coordinator(values):
        return coordinator(values)
    if source == "interviewers" and interviewers(values):
        return interviewers(values)[0]
    return contact(values)


def same_person(a: Person | None, b: Person | None) -> bool:
    return bool(a and b and " ".join(a.name.split()).casefold() == " ".join(b.name.split()).casefold())


def said(values: dict[str, Any], source: str, to: Person | None) -> str:
    """Who said something, as the message to ``to`` names them: "you" when it was them (or
    the panel they sat on), else "the panel", "Priya", "Jo at Acme", "your colleague"…"""
    company = values.get("company") or "the company"
    if source == "interviewers":
        people = interviewers(values)
        if to is not None and to.role == "interviewer":
            return "you"
        if len(people) == 1:
            return people[0].greeting
        return "the panel"
    if source == "coordinator":
        found = coordinator(values)
        if found and to is not None and (same_person(found, to) or to.role == "coordinator"):
            return "you"
        return f"{found.greeting} at {company}" if found else f"the team at {company}"
    found = consultant(values)
    if found and to is not None and (same_person(found, to) or to.role == "consultant"):
        return "you"
    return found.greeting if found else "the agency"


def names(people: list[Person]) -> str:
    """'Priya', 'Priya and Tom': how a message lists the people it refers to."""
    return join([p.greeting for p in people])
