"""Offers, in the plan: the answer to give by a date, and what an offer means for the rest.

An offer from this company (stage ``offer``) brings three dated actions: thank them (and ask
for the offer in writing until the person has it) now; decide, two working days before the
answer is due, while there is still time to ask a question or for more time; answer, on their
date. With no date given, the thanks ask for one.

An offer from another company the person is tracking here changes this application's plan
too: an offer still open, due before this company is likely to decide, means telling them now
(the follow-up comes forward); an offer accepted means withdrawing, courteously, now. Which
offers are elsewhere is worked out once, where all the records are (``elsewhere`` in the
values, see :func:`worksheets.plan.rounds.annotated`, or the page's context for one call).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from ..core.voice import Voice
from ..days.business import on_or_after, previous_business_day
from .action import Action

#: The stages of an application that hold an offer, for the others to see.
OFFER_STAGES = ("offer", "accepted")
#: The fields of an application that its offer is made of, as other applications see it.
FACTS = ("company", "role", "stage", "answer_by", "offer_salary", "offer_start")
#: Working days before the answer is due that the reminder to decide comes.
DECIDE_BEFORE = 2


@dataclass(frozen=True)
class Offer:
    """Another application's offer: who made it, its stage, and when the answer is due."""

    company: str
    role: str = ""
    stage: str = "offer"
    answer_by: dt.date | None = None
    salary: str = ""
    start: dt.date | None = None

    @property
    def accepted(self) -> bool:
        return self.stage == "accepted"


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def offer_of(values: Mapping[str, Any]) -> Offer | None:
    """An application's offer as the others see it (from its values, or the page's raw copy)."""
    if values.get("stage") not in OFFER_STAGES:
        return None
    return Offer(company=str(values.get("company") or "another company"), role=str(values.get("role") or ""),
                 stage=str(values["stage"]), answer_by=_date(values.get("answer_by")),
                 salary=str(values.get("offer_salary") or ""), start=_date(values.get("offer_start")))


def facts(values: Mapping[str, Any]) -> dict[str, Any]:
    """What another application needs to know of this one's offer (its raw facts)."""
    return {name: values.get(name) for name in FACTS}


def elsewhere(values: Mapping[str, Any]) -> list[Offer]:
    """The offers of the person's other applications, soonest answer first."""
    found = [offer for offer in (offer_of(raw) for raw in values.get("elsewhere") or [] if isinstance(raw, Mapping)) if offer]
    return sorted(found, key=lambda o: (o.answer_by or dt.date.max, o.company))


def open_elsewhere(values: Mapping[str, Any], today: dt.date | None) -> Offer | None:
    """The other offer whose answer is due first and not yet past, if any."""
    return next((o for o in elsewhere(values) if not o.accepted and o.answer_by and (today is None or o.answer_by >= today)), None)


def accepted_elsewhere(values: Mapping[str, Any]) -> Offer | None:
    return next((o for o in elsewhere(values) if o.accepted), None)


def decide_day(answer_by: dt.date, closed: Iterable[dt.date] = ()) -> dt.date:
    """Two working days before the answer is due: the reminder to decide."""
    day = answer_by
    for _ in range(DECIDE_BEFORE):
        day = previous_business_day(day, frozenset(closed))
    return day


def own(values: Mapping[str, Any], today: dt.date, closed: frozenset[dt.date], through: str, say: Voice) -> list[Action]:
    """The actions of an offer from this company: thanks now, the decision, the answer."""
    words = say.text("plan")["actions"]
    company = values.get("company") or "them"
    slots = {"company": company, "through": through}
    answer_by = _date(values.get("answer_by"))
    ticks = values.get("checklist") if isinstance(values.get("checklist"), dict) else {}
    thanked = ticks["offer-thanked"] if isinstance(ticks.get("offer-thanked"), bool) else bool(values.get("offer_thanked"))
    key = "offer" if values.get("offer_written") else "offer_unwritten"
    reason = words[f"{key}_reason"] + ("" if answer_by else words["offer_no_date"])
    actions = [Action("offer", today if thanked else on_or_after(today, closed),
                      words[f"{key}_title"].format(**slots), reason, done=thanked,
                      label=words[f"{key}_label"].format(**slots))]
    if answer_by:
        due = decide_day(answer_by, closed)
        decide = max(due, min(today, answer_by))
        if decide < answer_by:
            reason = words["decide_reason" if decide == due else "decide_late_reason"]
            actions.append(Action("decide", decide, words["decide_title"].format(date=say.short(answer_by), **slots),
                                  reason.format(date=say.long(answer_by)),
                                  label=words["decide_label"].format(**slots)))
        actions.append(Action("answer", answer_by, words["answer_title"].format(date=say.short(answer_by), **slots),
                              words["answer_reason"], label=words["answer_label"].format(**slots)))
    return actions


def around(values: Mapping[str, Any], today: dt.date, their_date: dt.date | None, closed: frozenset[dt.date],
           through: str, say: Voice) -> tuple[list[Action], bool]:
    """What other applications' offers ask of this one: (actions, whether its chasers end).

    ``their_date`` is when this company expects to decide. Unless that comes comfortably before
    an open offer's answer is due (by the day to decide on it), telling them comes first, now:
    no date, a date already passed without news, or one too late."""
    words = say.text("plan")["actions"]
    company = values.get("company") or "them"
    taken = accepted_elsewhere(values)
    if taken:
        slots = {"company": company, "through": through, "other": taken.company}
        return [Action("withdraw", on_or_after(today, closed), words["withdraw_title"].format(**slots),
                       words["withdraw_reason"].format(**slots), label=words["withdraw_label"].format(**slots))], True
    other = open_elsewhere(values, today)
    if other and other.answer_by and (their_date is None or their_date < today
                                       or their_date > decide_day(other.answer_by, closed)):
        slots = {"company": company, "through": through, "other": other.company}
        return [Action("tell_other", on_or_after(today, closed), words["tell_other_title"].format(**slots),
                       words["tell_other_reason"].format(date=say.long(other.answer_by), **slots),
                       label=words["tell_other_label"].format(**slots))], False
    return [], False
