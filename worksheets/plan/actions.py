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
from ..core.voice import Voice, voice
from ..days.business import next_business_day, on_or_after
from ..days.days_off import blackout_days, closed_days  # noqa: F401 (re-exported for callers)
from ..words.dates import English, short_date
from . import ics, schedule
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
    text = ": ".join(v for v in (values.get("company"), values.get("role")) if v) or _words(values)["untitled"]
    return f"{text} ({values['round']})" if values.get("round") else text


def _words(values: dict[str, Any], say: Voice | None = None) -> dict[str, Any]:
    return (say or voice(values)).text("plan")["actions"]


def _through(values: dict[str, Any]) -> str:
    """" through Jo Bloggs" when an agency consultant carries the message, else ""."""
    consultant = people.consultant(values)
    return f" through {consultant.name}" if consultant else ""


def holiday_names(values: dict[str, Any], around: dt.date) -> dict[dt.date, str]:
    """The names of the public holidays around ``around``, for reasons that pass over them
    ("not counting Christmas Day"): none known yet, so they are dated instead."""
    return {}


def skipping(values: dict[str, Any], say: Voice) -> str:
    """Which days every suggested date skips, in a sentence: never silently weekends only."""
    text = say.text("plan")
    country = str(values.get("country") or "").upper()
    line = (text["skipping"]["holidays"].format(holidays=text["holidays"][country]) if country in text["holidays"]
            else text["skipping"]["weekends_only"])
    if blackout_days(values.get("blackout"))[0]:
        line += text["skipping"]["own_days"]
    return line


def plan(values: dict[str, Any], context: Context | None = None) -> list[Action]:
    """Every dated action for a record, in date order. Needs at least ``date``.

    The context's moment decides what is already late: a thank-you due "today 18:00" is
    overdue at 18:00, and one more than a few days late drops off the list. Titles and reasons
    are in the person's English (:mod:`worksheets.core.voice`)."""
    context = context or Context()
    today = context.today
    day = values.get("date")
    if not isinstance(day, dt.date):
        return []
    say = voice(values, today, context.time)
    words = _words(values, say)
    company = values.get("company") or "them"
    stage = values.get("stage") or "interviewing"
    closed = closed_days(values, day)
    through = _through(values)
    actions: list[Action] = []
    thanks = say.text("plan")["thanks"]
    elsewhere = thanks["timezone"].format(timezone=values["timezone"]) if values.get("timezone") else ""

    deadline = send_by(day, values.get("time"), closed, say)
    names = [p.name for p in people.interviewers(values)]
    who = ", ".join(names) if names else words["each_interviewer"]
    # A thank-you more than a few days late no longer helps: it drops off the to-do list.
    stale = today is not None and (today - deadline.day).days > STALE_THANKS_DAYS
    actions.append(Action("thank_you", deadline.day,
                          words["thank_you_title"].format(who=who, date=say.short(deadline.day), time=say.clock(deadline.by)),
                          deadline.reason + elsewhere, done=bool(values.get("thanked")) or stage not in OPEN_STAGES or stale,
                          at=deadline.by, label=words["thank_you_label"].format(time=say.clock(deadline.by))))

    expected = expected_decision(values, closed)
    if expected:
        kind = "decision" if expected.said else "estimate"
        actions.append(Action("decision", expected.day, words[f"{kind}_title"].format(company=company, date=say.short(expected.day)),
                              words[f"{kind}_reason"].format(how=expected.how), done=stage not in OPEN_STAGES,
                              label=words[f"{kind}_label"].format(company=company)))

    if stage in OPEN_STAGES:
        actions += _follow_ups(values, expected, closed, company, through, elsewhere, say)
    if stage == "offer_elsewhere":
        actions += _offer_elsewhere(values, today or day, company, through, say)
    elif stage == "rejected":
        reply = values.get("last_reply")
        heard = reply if isinstance(reply, dt.date) and reply >= day else (today or day)
        ask = next_business_day(heard, closed)
        by = next_business_day(ask, closed)
        actions.append(Action("feedback", ask, words["feedback_title"].format(company=company, through=through, date=say.short(by)),
                              words["feedback_reason"],
                              label=words["feedback_label"].format(through=through, date=say.short(by))))
    elif stage == "offer":
        actions.append(Action("offer", today or day, words["offer_title"].format(company=company), words["offer_reason"],
                              label=words["offer_label"].format(company=company)))
    return sorted(actions, key=lambda a: (a.day, a.at or dt.time(23, 59)))


def _follow_ups(values: dict[str, Any], expected: Expected | None, closed: frozenset[dt.date], company: str,
                through: str, elsewhere: str, say: Voice) -> list[Action]:
    day: dt.date = values["date"]
    reply = values.get("last_reply")
    names = holiday_names(values, day)
    own = frozenset(blackout_days(values.get("blackout"))[0])
    estimate = bool(expected and not expected.said)
    try:
        steps = schedule.schedule(day, expected.day if expected else None, closed,
                                  reply if isinstance(reply, dt.date) else None, say, names, estimate, own)
    except ValueError:
        steps = schedule.schedule(day, None, closed, say=say, names=names, own=own)
    sent = int(values.get("followups_sent") or 0)
    words = _words(values, say)
    slots = {"company": company, "through": through}
    titles = {
        "first_follow_up": ("first_title", "first_label"),
        "second_follow_up": ("second_title", "second_label"),
        "move_on": ("move_on_title", "move_on_label"),
    }
    return [
        Action(step.kind, step.date, words[titles[step.kind][0]].format(date=say.short(step.date), **slots),
               step.reason + (elsewhere if step.kind != "move_on" else ""),
               done=sent > index, label=words[titles[step.kind][1]].format(**slots))
        for index, step in enumerate(steps.steps)
    ]


def _offer_elsewhere(values: dict[str, Any], today: dt.date, company: str, through: str, say: Voice) -> list[Action]:
    words = _words(values, say)
    slots = {"company": company, "through": through}
    actions = [Action("tell_offer", on_or_after(today), words["tell_offer_title"].format(**slots), words["tell_offer_reason"],
                      label=words["tell_offer_label"].format(**slots))]
    deadline = values.get("offer_deadline")
    if isinstance(deadline, dt.date):
        actions.append(Action("offer_deadline", deadline, words["offer_deadline_title"].format(date=say.short(deadline)),
                              words["offer_deadline_reason"].format(date=say.long(deadline)),
                              label=words["offer_deadline_label"]))
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


def headline(action: Action, context: Context, english: English = "gb") -> str:
    """The action's title as read on screen at the context's moment: its date becomes
    "today" or "tomorrow" where it is one (a calendar keeps the date itself)."""
    today = context.today
    if today is None:
        return action.title
    words = {today: "today", today + dt.timedelta(days=1): "tomorrow"}.get(action.day)
    return action.title.replace(short_date(action.day, english), words) if words else action.title


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
