"""What to do next for one interview, and when: the thread that ties the steps together.

The dashboard, the interview page and the calendar export all read the same list of
actions, so a date shown on screen and the reminder in the calendar can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from ..core import people
from ..core.context import Context
from ..core.voice import Voice, voice
from ..days.business import next_business_day, on_or_after
from ..days.days_off import blackout_days, closed_days, holiday_names, own_days  # noqa: F401 (re-exported for callers)
from ..words.dates import English, short_date
from . import ics, offers, prepare, schedule
from .action import Action, status  # noqa: F401 (re-exported: what a plan is a list of)
from .decision import Expected, expected_decision, unread_timing
from .thanks import send_by

OPEN_STAGES = {"applied", "interviewing", "awaiting", "offer_elsewhere"}
#: Stages in which another application's offer changes this one's plan (offer_elsewhere has its own).
AROUND_STAGES = {"applied", "interviewing", "awaiting", "through"}
#: Stages in which a round's thank-you still matters: through to the next round, too.
THANKS_STAGES = OPEN_STAGES | {"through"}
STALE_THANKS_DAYS = 3
#: Calendar reminders ring at this time on the day of the action...
ALARM_AT = dt.time(9, 0)
#: ...or, for an action due today when that time has passed, at the next quarter hour.
ALARM_STEP_MINUTES = 15


def title(values: dict[str, Any]) -> str:
    """'Acme Ltd: Data Analyst (Final round)', or a placeholder for an empty record."""
    text = ": ".join(v for v in (values.get("company"), values.get("role")) if v) or _words(values)["untitled"]
    return f"{text} ({values['round']})" if values.get("round") else text


def round_name(values: dict[str, Any], n: int) -> str:
    """What a round is called: its name as typed ("Final round"), else "Round 2"."""
    return values.get("round") or _words(values, None, "rounds")["numbered"].format(n=n)


def _words(values: dict[str, Any], say: Voice | None = None, part: str = "actions") -> dict[str, Any]:
    return (say or voice(values)).text("plan")[part]


def _through(values: dict[str, Any]) -> str:
    """" through Jo Bloggs" when an agency consultant carries the message, else ""."""
    consultant = people.consultant(values)
    return f" through {consultant.name}" if consultant else ""


def skipping(values: dict[str, Any], say: Voice) -> str:
    """Which days every suggested date skips, in a sentence: never silently weekends only."""
    text = say.text("plan")
    country = str(values.get("country") or "").upper()
    line = (text["skipping"]["holidays"].format(holidays=text["holidays"][country]) if country in text["holidays"]
            else text["skipping"]["weekends_only"])
    if own_days(values, values.get("date") if isinstance(values.get("date"), dt.date) else None):
        line += text["skipping"]["own_days"]
    return line


def still_to_come(values: dict[str, Any], context: Context) -> bool:
    """Whether the round has not started yet at the context's moment (a later day, or later today)."""
    day, start = values.get("date"), values.get("time")
    if context.today is None or not isinstance(day, dt.date):
        return False
    if day > context.today:
        return True
    return day == context.today and isinstance(start, dt.time) and context.time is not None and context.time < start


def thanked(values: dict[str, Any]) -> bool:
    """Whether the thank-you notes are sent: one fact for the plan, the checklist and the card.
    The person's own tick of step 2's item wins (either way), else the box on the form."""
    ticks = values.get("checklist") if isinstance(values.get("checklist"), dict) else {}
    own = ticks.get("thank-you-sent")
    return own if isinstance(own, bool) else bool(values.get("thanked"))


def followups_sent(values: dict[str, Any]) -> int:
    """How many follow-ups are sent: as the form says, or as step 5's checklist was ticked."""
    count = int(values.get("followups_sent") or 0)
    ticks = values.get("checklist") if isinstance(values.get("checklist"), dict) else {}
    if ticks.get("last-follow-up-sent") is True:
        count = max(count, 2)
    elif ticks.get("first-follow-up-sent") is True:
        count = max(count, 1)
    return count


def _prepare(values: dict[str, Any], context: Context, say: Voice) -> list[Action]:
    """The steps before a round still to come, each with its day (worksheets.plan.prepare)."""
    actions = []
    for step in prepare.steps(values, context.today):
        title, reason = prepare.words(step, say)
        actions.append(Action(f"prepare:{step.key}", step.day, title, reason, label=title))
    return actions


def plan(values: dict[str, Any], context: Context | None = None) -> list[Action]:
    """Every dated action for a record, in date order. Needs at least ``date``.

    The context's moment decides what is already late: a thank-you due "today 18:00" is
    overdue at 18:00, and one more than a few days late drops off the list. Titles and reasons
    are in the person's English (:mod:`worksheets.core.voice`). A round still to come has only
    the steps that get the person ready for it: its thank-you comes once it has happened. A round
    the person is through (``superseded``: a later round of the application is recorded) keeps
    its dates, with nothing left to chase."""
    context = context or Context()
    today = context.today
    day = values.get("date")
    if not isinstance(day, dt.date):
        return []
    say = voice(values, today, context.time)
    superseded = bool(values.get("superseded"))
    stage = values.get("stage") or "interviewing"
    closed = closed_days(values, day)
    through = _through(values)
    if still_to_come(values, context):
        steps = _prepare(values, context, say)
        if stage in AROUND_STAGES and not superseded:
            extra, ended = offers.around(values, today or day, None, closed, through, say)
            steps = extra + ([] if ended else steps)
        return sorted(steps, key=lambda a: a.day)
    words = _words(values, say)
    company = values.get("company") or "them"
    actions: list[Action] = []
    thanks = say.text("plan")["thanks"]
    elsewhere = thanks["timezone"].format(timezone=values["timezone"]) if values.get("timezone") else ""

    deadline = send_by(day, values.get("time"), closed, say)
    names = [p.name for p in people.interviewers(values)]
    who = ", ".join(names) if names else words["each_interviewer"]
    # A thank-you more than a few days late no longer helps: it drops off the to-do list.
    stale = today is not None and (today - deadline.day).days > STALE_THANKS_DAYS
    sent = thanked(values)
    over = stale or superseded or stage not in THANKS_STAGES
    actions.append(Action("thank_you", deadline.day,
                          words["thank_you_title"].format(who=who, date=say.short(deadline.day), time=say.clock(deadline.by)),
                          deadline.reason + elsewhere, done=sent or over, lapsed=over and not sent,
                          at=deadline.by, label=words["thank_you_label"].format(time=say.clock(deadline.by))))

    expected = expected_decision(values, closed)
    if expected:
        kind = "decision" if expected.said else "estimate"
        actions.append(Action("decision", expected.day, words[f"{kind}_title"].format(company=company, date=say.short(expected.day)),
                              words[f"{kind}_reason"].format(how=expected.how), done=stage not in OPEN_STAGES or superseded,
                              label=words[f"{kind}_label"].format(company=company)))

    follow = _follow_ups(values, expected, closed, company, through, elsewhere, say) if stage in OPEN_STAGES and not superseded else []
    if stage in AROUND_STAGES and not superseded:
        # Another offer: tell them before its answer is due, or withdraw once it is accepted.
        extra, ended = offers.around(values, today or day, expected.day if expected else None, closed, through, say)
        if ended:
            follow = [replace(a, done=True, lapsed=not a.done) for a in follow]
        elif extra:  # telling them about the offer is the follow-up, brought forward
            follow = [replace(a, done=True, lapsed=True) if a.kind == "first_follow_up" and not a.done else a for a in follow]
        actions += extra
    actions += follow
    if stage == "through" and not superseded:
        rounds = say.text("plan")["rounds"]
        actions.append(Action("next_round", today or day, rounds["next_round_title"], rounds["next_round_reason"],
                              label=rounds["next_round_title"]))
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
        actions += offers.own(values, today or day, closed, through, say)
    return sorted(actions, key=lambda a: (a.day, a.at or dt.time(23, 59)))


def _follow_ups(values: dict[str, Any], expected: Expected | None, closed: frozenset[dt.date], company: str,
                through: str, elsewhere: str, say: Voice) -> list[Action]:
    day: dt.date = values["date"]
    reply = values.get("last_reply")
    names = holiday_names(values, day)
    own = own_days(values, day)
    estimate = bool(expected and not expected.said)
    unread = expected is None and bool(unread_timing(values))
    try:
        steps = schedule.schedule(day, expected.day if expected else None, closed,
                                  reply if isinstance(reply, dt.date) else None, say, names, estimate, own, unread)
    except ValueError:
        steps = schedule.schedule(day, None, closed, say=say, names=names, own=own, unread=unread)
    sent = followups_sent(values)
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
    tracked = offers.open_elsewhere(values, None)
    if not isinstance(deadline, dt.date) and tracked:  # the offer is one tracked here: its date, one home
        deadline = tracked.answer_by
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
