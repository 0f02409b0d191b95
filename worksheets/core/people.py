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

One person may be recorded in two places: the recruiter who did the phone screen is both an
interviewer and the coordinator. They are one person (:func:`same_person`: the same name, or the
same email address), with one address (whichever place has it), and get one message, in the
voice of the role that brought them (``also``). Not everyone on the day interviewed: an entry
of the interviewers says its ``part`` ("interviewed", "tour": showed the candidate round,
"sat_in": was there without interviewing), so each gets words that fit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    #: What an interviewer did on the day: "interviewed", "tour" or "sat_in".
    part: str = "interviewed"
    #: The other role this person also has ("coordinator" for a recruiter who interviewed).
    also: str = ""

    @property
    def greeting(self) -> str:
        """How a message greets them: "Priya", "Dr Shah"."""
        return first_name(self.name)

    @property
    def casual(self) -> str:
        """How a short note greets them ("Hi Priya"): their given name without a title when
        one was typed ("Mr Tom Hughes-Jones" is "Tom"), else as :attr:`greeting`."""
        return given_name(self.name) or self.greeting


_TITLE_WORDS = frozenset({"dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev", "lord", "lady"})


def given_name(name: str | None) -> str:
    """The given name, without a title: "Dr Priya Shah" -> "Priya", "Shah, Priya" -> "Priya";
    "" when only a title and a surname were typed ("Mr Hughes-Jones")."""
    name = " ".join((name or "").split())
    if "," in name:
        surname, _, given = name.partition(",")
        name = f"{given.strip()} {surname.strip()}".strip()
    parts = name.split()
    titled = False
    while parts and parts[0].rstrip(".").lower() in _TITLE_WORDS:
        parts, titled = parts[1:], True
    if not parts or (titled and len(parts) == 1):
        return ""
    return parts[0]


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names are one person's (case, spaces, titles and "Shah, Priya" aside)."""
    return bool(_key(a or "")) and _key(a or "") == _key(b or "")


def _key(name: str) -> str:
    """A name as compared: case, spaces, titles and full stops aside."""
    words = [w.rstrip(".").casefold() for w in " ".join(name.split()).replace(",", " ").split()]
    return " ".join(sorted(w for w in words if w not in _TITLE_WORDS))


def _coordinator_entry(values: dict[str, Any]) -> Person | None:
    name = values.get("coordinator_name")
    return Person(name=name, role="coordinator", email=values.get("coordinator_email") or "") if name else None


def interviewers(values: dict[str, Any]) -> list[Person]:
    """The people on the interview panel, as entered; one who is also the coordinator carries
    the coordinator's address when their own is missing (one person, one address)."""
    found = _coordinator_entry(values)
    people = []
    for p in values.get("interviewers") or []:
        if not isinstance(p, dict) or not p.get("name"):
            continue
        person = Person(name=p["name"], role="interviewer", email=p.get("email") or "", title=p.get("title") or "",
                        detail=p.get("detail") or "", invited=bool(p.get("invited")),
                        part=p.get("part") if p.get("part") in ("interviewed", "tour", "sat_in") else "interviewed")
        if found and same_person(person, found):
            person = replace(person, email=person.email or found.email, also="coordinator")
        people.append(person)
    return people


def coordinator(values: dict[str, Any]) -> Person | None:
    """The company's recruiter or HR contact; when they also sat on the panel, with the address
    and the detail recorded there (one person)."""
    found = _coordinator_entry(values)
    if found is None:
        return None
    for person in interviewers(values):
        if same_person(person, found):
            return replace(found, email=found.email or person.email, detail=person.detail, title=person.title,
                           invited=person.invited, also="interviewer")
    return found


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
    """Whether two entries are one person: the same name (case, spaces, titles and the order
    "Shah, Priya" aside) or the same email address."""
    if not (a and b):
        return False
    if a.email and b.email and a.email.casefold() == b.email.casefold():
        return True
    return bool(_key(a.name)) and _key(a.name) == _key(b.name)


def said(values: dict[str, Any], source: str, to: Person | None) -> str:
    """Who said something, as the message to ``to`` names them: "you" when it was them (or
    the panel they sat on), else "the panel", "Priya", "Jo at Acme", "your colleague"…"""
    company = values.get("company") or "the company"
    if source == "interviewers":
        people = interviewers(values)
        if to is not None and "interviewer" in (to.role, to.also):
            return "you"
        if len(people) == 1:
            return people[0].greeting
        return "the panel"
    if source == "coordinator":
        found = coordinator(values)
        if found and to is not None and (same_person(found, to) or "coordinator" in (to.role, to.also)):
            return "you"
        return f"{found.greeting} at {company}" if found else f"the team at {company}"
    found = consultant(values)
    if found and to is not None and (same_person(found, to) or to.role == "consultant"):
        return "you"
    return found.greeting if found else "the agency"


def names(people: list[Person]) -> str:
    """'Priya', 'Priya and Tom': how a message lists the people it refers to."""
    return join([p.greeting for p in people])
