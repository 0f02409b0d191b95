"""Getting ready for a round that has not happened yet, with dates.

What helps before each kind of round (the brief's "Rounds and assessment centres"): practice
tests, a rehearsed presentation and the firm's recent news before an assessment centre; time set
aside for a task; the journey, the kit or the call checked the day before any round. Near the end
(a final round, or when references or a decision come next) the referees are briefed and the
salary figure is ready before the round, not after it.

Each step is counted back from the round's day; a step whose day has passed by the time the
round is known is moved to today rather than dropped (it still helps), and none falls after the
round. These are the person's own steps, so they may fall on a weekend.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Mapping

from ..core.voice import Voice

#: Steps before each kind of round: (key in templates/plan.toml [prepare], days before the round).
STEPS: dict[str, tuple[tuple[str, int], ...]] = {
    "assessment": (("tests", 7), ("presentation", 3), ("news", 2)),
    "task": (("task_time", 5), ("task_check", 2)),
    "final": (("final_questions", 3),),
    "screen": (),
    "interview": (("research", 3),),
}
#: What is ready before a round near the end: referees briefed, a salary figure.
NEAR_THE_END = (("referees", 5), ("salary", 3))
#: The reminder the day before, by format (an assessment centre has its own: what to bring).
DAY_BEFORE = {"assessment": "bring", "video": "video", "phone": "phone", "in_person": "journey"}


@dataclass(frozen=True)
class Step:
    """One step before the round: its key (its words in plan.toml) and its day."""

    key: str
    day: dt.date


def near_the_end(values: Mapping[str, Any]) -> bool:
    """A final round, or one after which references or a decision come."""
    return (values.get("round_kind") == "final" or "final" in str(values.get("round") or "").casefold()
            or values.get("next_stage") in ("final_round", "references", "decision"))


def steps(values: Mapping[str, Any], today: dt.date | None) -> list[Step]:
    """The steps before the round on ``values["date"]``, each on its day (none before today)."""
    day = values.get("date")
    if not isinstance(day, dt.date):
        return []
    kind = values.get("round_kind") or "interview"
    wanted = list(STEPS.get(kind, STEPS["interview"]))
    if near_the_end(values):
        wanted += list(NEAR_THE_END)
    before = "bring" if kind == "assessment" else DAY_BEFORE.get(values.get("format") or "in_person", "journey")
    wanted.append((before, 1))
    found = []
    for key, days in wanted:
        when = day - dt.timedelta(days=days)
        if today is not None and when < today:
            when = today
        found.append(Step(key, when))
    return sorted(found, key=lambda step: step.day)


def words(step: Step, say: Voice) -> tuple[str, str]:
    """(title, reason) of a step, in the person's English."""
    text = say.text("plan")["prepare"][step.key]
    return text["title"], text["reason"]
