"""The step pages' checklists, and each interview's progress through the five steps.

A checklist item is one line of a task list on a step page (``docs/steps/*.md``); the build
gives it an id (``build/task_boxes.py``). The person's ticks are kept per interview, in its
record, as :data:`CHECKLIST`: ``{item id: true}`` for a tick they gave, ``false`` for one they
took away. Some items the worksheets already know (:data:`KNOWN`): the thank-you notes marked
as sent, a follow-up sent, a reflection written. Those are ticked for the person, and their
own untick wins. The same ticks decide how far each of the five steps has gone.

``sheets`` says what the worksheets saved for the interview besides its record: ``{worksheet
id: "written"}`` once it has output, ``"begun"`` while it has answers only. The page reads it
from its storage; nothing here reads storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ..core.fields import Saved
from ..words import wording

#: The interview record's ticks (declared once: the record's editor lists it as saved).
CHECKLIST = Saved("checklist", "ticks", "Your ticks on the step pages' checklists")

Facts = Callable[[Mapping[str, Any], Mapping[str, str]], bool]
CLOSED = frozenset({"offer", "accepted", "declined", "rejected", "withdrawn", "ghosted"})


def _sent(count: int) -> Facts:
    return lambda values, sheets: int(values.get("followups_sent") or 0) >= count


@dataclass(frozen=True)
class Known:
    """An item the worksheets tick for the person: its ``{#id}`` on its step page, the step,
    and when it holds (the interview's cleaned values, what the worksheets saved)."""

    item: str
    step: int
    holds: Facts


KNOWN = (
    # What they said, in their words: a date the person only estimates is not an answer from them.
    Known("know-when", 1, lambda values, sheets: bool(values.get("timing"))),
    Known("thank-you-sent", 2, lambda values, sheets: bool(values.get("thanked"))),
    Known("reflection-written", 3, lambda values, sheets: sheets.get("reflection") == "written"),
    Known("notes-written", 4, lambda values, sheets: sheets.get("linkedin") == "written"),
    Known("first-follow-up-sent", 5, _sent(1)),
    Known("last-follow-up-sent", 5, _sent(2)),
    Known("replied-to-outcome", 5, lambda values, sheets: sheets.get("outcomes") == "written" or sheets.get("offer") == "written"),
    Known("offer-thanked", 5, lambda values, sheets: bool(values.get("offer_thanked"))),
    Known("offer-answered", 5, lambda values, sheets: values.get("stage") in ("accepted", "declined")),
)

#: What makes each step done (its first item here ticked) or started (any fact below).
DONE_WHEN = {1: "know-when", 2: "thank-you-sent", 3: "reflection-written", 4: "notes-written", 5: "replied-to-outcome"}
STARTED_BY_SHEET = {1: ("process",), 2: ("thank-you",), 3: ("reflection",), 4: ("linkedin",), 5: ("follow-up", "outcomes", "offer")}


def ticks(raw: Any) -> dict[str, bool]:
    """The person's own ticks from a record's :data:`CHECKLIST` value, as cleaned by
    :func:`worksheets.core.validation.validate` (anything else reads as none)."""
    return dict(raw) if isinstance(raw, dict) else {}


def known(values: Mapping[str, Any], sheets: Mapping[str, str]) -> dict[str, str]:
    """The items the worksheets tick for this interview: ``{item id: why, in words}``."""
    words = wording.load("progress")["known"]
    return {k.item: words[k.item] for k in KNOWN if k.holds(values, sheets)}


def is_ticked(item: str, values: Mapping[str, Any], sheets: Mapping[str, str]) -> bool:
    """Whether an item shows ticked: the person's own choice, else what the worksheets know."""
    own = ticks(values.get(CHECKLIST.name))
    if item in own:
        return bool(own[item])
    return any(k.item == item and k.holds(values, sheets) for k in KNOWN)


def progress(values: Mapping[str, Any], sheets: Mapping[str, str]) -> list[dict[str, Any]]:
    """The five steps, each ``{"step", "short", "name", "state", "text"}``; ``state`` is
    ``done``, ``started`` or ``todo``, and ``text`` says the same in words ("Reflect: done")."""
    words = wording.load("progress")
    own = ticks(values.get(CHECKLIST.name))
    steps = []
    for number in range(1, 6):
        done = is_ticked(DONE_WHEN[number], values, sheets)
        if number == 5 and values.get("stage") == "ghosted" and own.get(DONE_WHEN[5]) is not False:
            done = True  # moved on after two follow-ups: nothing is left to do here
        started = (any(sheets.get(sheet) for sheet in STARTED_BY_SHEET[number])
                   or any(is_ticked(k.item, values, sheets) for k in KNOWN if k.step == number)
                   or (number == 1 and (values.get("next_stage") or "unknown") != "unknown")
                   or (number == 5 and values.get("stage") in CLOSED))
        state = "done" if done else "started" if started else "todo"
        step = words["steps"][str(number)]
        steps.append({"step": number, "short": step["short"], "name": step["name"], "state": state,
                      "text": f"{step['name']}: {words['states'][state]}"})
    return steps
