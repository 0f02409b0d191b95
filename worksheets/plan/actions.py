"""What to do next for one interview, and when: the thread that ties the steps together.

The dashboard, the interview page and the calendar export all read the same list of
actions, so a date shown on screen and the reminder in the calendar can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..core import people
from ..core.context import Context
from ..days.business import next_business_day, on_or_after
from ..days.days_off import blackout_days, closed_days  # noqa: F401 (re-exported for callers)
from ..words.dates import clock, long_date, short_date
from . import schedule, ics
from .decision import Expected, expected_decision
from .thanks import send_by

OPEN_STAGES = {"applied", "interviewing", "awaiting", "offer_elsewhere"}
STALE_THANKS_DAYS = 3
#: Calendar reminders ring at this time on the day of the action...
ALARM_AT = dt.time(9, 0)
#: ...or, for an action due today when that time has passed, at the next quarter hour.
ALARM_STEP_MINUTES = 15


@dataclass(frozen=True)
class Action:
    """One dated thing to do. ``title`` carries its date, for lists and calendars ("Follow up
    with Acme on Tue 1 Dec"); ``label`` does not, for a page that shows the date beside it."""

    kind: str  # thank_you, decision, first_follow_up, second_follow_up, move_on, feedback, offer, tell_offer, offer_deadline
    day: dt.date
    title: str
    reason: str
    done: bool = False
    at: dt.time | None = None
    label: str = ""


def title(values: dict[str, Any]) -> str:
    """'Acme Ltd: Data Analyst (Final round)', or a placeholder for an empty record."""
    text = ": ".join(v for v in (values.get("company"), values.get("role")) if v) or "Untitled interview"
    return f"{text} ({values['round']})" if values.get("round") else text


def _through(values: dict[str, Any]) -> str:
    """" through Jo Bloggs" when an agency consultant carries the message, else ""."""
    consultant = people.consultant(values)
    return f" through {consultant.name}" if consultant else ""


def plan(values: dict[str, Any], context: Context | None = None) -> list[Action]:
    """Every dated action for a record, in date order. Needs at least ``date``.

    The context's moment decides what is already late: a thank-you due "today 18:00" is
    overdue at 18:00, and one more than a few days late drops off the list."""
    context = context or Context()
    today = context.today
    day = values.get("date")
    if not isinstance(day, dt.date):
        return []
    company = values.get("company") or "them"
    stage = values.get("stage") or "interviewing"
    closed = closed_days(values, day)
    through = _through(values)
    actions: list[Action] = []
    elsewhere = f" They are on {values['timezone']} time: send it during their working hours." if values.get("timezone") else ""

    deadline = send_by(day, values.get("time"), closed)
    names = [p.name for p in people.interviewers(values)]
    who = ", ".join(names) if names else "each interviewer"
    # A thank-you more than a few days late no longer helps: it drops off the to-do list.
    stale = today is not None and (today - deadline.day).days > STALE_THANKS_DAYS
    actions.append(Action("thank_you", deadline.day, f"Send thank-you to {who} by {short_date(deadline.day)} {clock(deadline.by)}",
                          deadline.reason + elsewhere, done=bool(values.get("thanked")) or stage not in OPEN_STAGES or stale,
                          at=deadline.by, label=f"Send your thank-you notes, by {clock(deadline.by)}"))

    expected = expected_decision(values, closed)
    if expected:
        actions.append(Action("decision", expected.day, f"{company} expects to decide by {short_date(expected.day)}",
                              f"From {expected.how}.", done=stage not in OPEN_STAGES,
                              label=f"{company} expects to decide"))

    if stage in OPEN_STAGES:
        actions += _follow_ups(values, expected, closed, company, through, elsewhere)
    if stage == "offer_elsewhere":
        actions += _offer_elsewhere(values, today or day, company, through)
    elif stage == "rejected":
        reply = values.get("last_reply")
        heard = reply if isinstance(reply, dt.date) and reply >= day else (today or day)
        ask = next_business_day(heard, closed)
        by = next_business_day(ask, closed)
        actions.append(Action("feedback", ask, f"Ask {company}{through} for feedback by {short_date(by)}",
                              "A short request one or two working days after the news, with one focused question, "
                              "is the most likely to get an answer.",
                              label=f"Ask for feedback{through}, by {short_date(by)}"))
    elif stage == "offer":
        actions.append(Action("offer", today or day, f"Reply to {company}'s offer",
                              "Thank them, ask for the offer in writing, and agree when you will give your answer.",
                              label=f"Reply to {company}'s offer"))
    return sorted(actions, key=lambda a: (a.day, a.at or dt.time(23, 59)))


def _follow_ups(values: dict[str, Any], expected: Expected | None, closed: frozenset[dt.date], company: str,
                through: str, elsewhere: str) -> list[Action]:
    day: dt.date = values["date"]
    reply = values.get("last_reply")
    try:
        steps = schedule.schedule(day, expected.day if expected else None, closed,
                                   reply if isinstance(reply, dt.date) else None)
    except ValueError:
        steps = schedule.schedule(day, None, closed)
    sent = int(values.get("followups_sent") or 0)
    words = {
        "first_follow_up": (f"Follow up with {company}{through} on {short_date(steps.first.date)}", f"Follow up with {company}{through}"),
        "second_follow_up": (f"Second and last follow-up with {company}{through} on {short_date(steps.second.date)}",
                             f"Second and last follow-up{through}"),
        "move_on": (f"Move on from {company} after {short_date(steps.move_on.date)}", f"Move on from {company}"),
    }
    return [
        Action(step.kind, step.date, words[step.kind][0], step.reason + (elsewhere if step.kind != "move_on" else ""),
               done=sent > index, label=words[step.kind][1])
        for index, step in enumerate(steps.steps)
    ]


def _offer_elsewhere(values: dict[str, Any], today: dt.date, company: str, through: str) -> list[Action]:
    actions = [Action("tell_offer", on_or_after(today), f"Tell {company}{through} about your other offer",
                      "The sooner they know your deadline, the more time they have to decide.",
                      label=f"Tell {company}{through} about your other offer")]
    deadline = values.get("offer_deadline")
    if isinstance(deadline, dt.date):
        actions.append(Action("offer_deadline", deadline, f"Answer the other offer by {short_date(deadline)}",
                              f"The deadline you were given: {long_date(deadline)}.", label="Answer the other offer"))
    return actions


def next_action(actions: list[Action]) -> Action | None:
    return next((a for a in actions if not a.done and a.kind != "decision"), None)


def urgency(action: Action, context: Context) -> str:
    """"overdue", "today" or "upcoming", at the context's moment: a thank-you due today
    by 18:00 is overdue from 18:00."""
    today = context.today
    if today is None:
        return "upcoming"
    if action.day < today or (action.at is not None and context.has_passed(action.day, action.at)):
        return "overdue"
    return "today" if action.day == today else "upcoming"


def headline(action: Action, context: Context) -> str:
    """The action's title as read on screen at the context's moment: its date becomes
    "today" or "tomorrow" where it is one (a calendar keeps the date itself)."""
    today = context.today
    if today is None:
        return action.title
    words = {today: "today", today + dt.timedelta(days=1): "tomorrow"}.get(action.day)
    return action.title.replace(short_date(action.day), words) if words else action.title


def _alarm(day: dt.date, context: Context) -> int | None:
    """Minutes after the start of an all-day event at which its reminder rings: 09:00, or
    for an action due today when 09:00 has passed, the next quarter hour (none at all
    when the day is over by then)."""
    at = ALARM_AT
    if context.today == day and context.has_passed(day, ALARM_AT):
        now = context.now
        minutes = now.hour * 60 + now.minute
        minutes = (minutes // ALARM_STEP_MINUTES + 1) * ALARM_STEP_MINUTES
        if minutes >= 24 * 60:
            return None
        at = dt.time(minutes // 60, minutes % 60)
    return at.hour * 60 + at.minute


def reminders(record_id: str, values: dict[str, Any], context: Context,
              kinds: tuple[str, ...] | None = None) -> list[ics.Event]:
    """Calendar events for the upcoming actions of one interview (all kinds but the
    decision date, or only ``kinds``), each with a reminder on its day."""
    events = []
    name = title(values)
    for action in plan(values, context):
        if action.done or action.kind == "decision" or (kinds and action.kind not in kinds):
            continue
        if context.today is not None and action.day < context.today:
            continue
        alarm = _alarm(action.day, context)
        events.append(ics.Event(
            uid=ics.stable_uid(record_id, action.kind),
            summary=action.title,
            description=f"{name}\n{action.reason}\nFrom After the Interview.",
            start=action.day,
            alarm_minutes_before=None if alarm is None else -alarm,
        ))
    return events
