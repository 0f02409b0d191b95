"""Interviews' dates as pictures: one interview's timeline, and all of them this week and next.

Both come from the plan (:mod:`worksheets.plan`), the same actions the dashboard, the calendar
file and step 5 use, so the picture and the list beside it can never disagree with them. Python
lays the pictures out (where each mark goes, which row its name takes, so that names never
overlap on a phone); the browser only draws them, and shows the ``text`` of every mark as a
list for screen readers and print.

(:mod:`worksheets.reading.reader` is another thing: it reads an employer's words into a date.)
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from ..core.context import Context
from ..core.voice import english_of
from ..words import wording
from ..words.dates import English, clock, long_date, short_date
from . import actions as plan, rounds

#: The widths the names are laid out for, in CSS pixels: the narrowest the picture is drawn (a
#: 360 px phone, less the page's margins), and a laptop's, where fewer rows are needed. The
#: browser uses the layout of the widest that fits. MARGIN is kept at each end of the line.
WIDTH = 280
WIDE = 560
MARGIN = 12
#: A name's width is estimated at this many pixels a character: the picture's 12 px type, erring
#: wide (DejaVu Sans, a wide fallback font, takes about 7.3).
CHAR = 7.4
GAP = 10
#: Rows for names: 0 and 2 below the line, 1 and 3 above it. More would not fit a phone.
LANES = 4
#: A mark on the same day as another is moved this many pixels aside; marks on different days are
#: kept at least SPACE pixels apart at the narrowest width (the line is to scale otherwise).
NUDGE = 14
SPACE = 40
#: The shortest span a timeline covers, so that three marks a day apart are not squeezed into one.
MIN_DAYS = 10

_DONE_TEXT = {"first_follow_up": "your first follow-up, marked as sent",
              "second_follow_up": "your second follow-up, marked as sent"}


def _mark(kind: str, day: dt.date, name: str, state: str, what: str, english: English) -> dict[str, Any]:
    """A mark: ``name`` and ``date`` under it in the picture; ``text`` says it in full in the list."""
    return {"kind": kind, "day": day.isoformat(), "name": name, "date": short_date(day, english), "state": state,
            "what": what, "text": f"{long_date(day, english)}: {what}"}


def _state(action: plan.Action, context: Context) -> str:
    if action.kind == "decision":  # their date, not a thing to do: it passes, it is never done
        return "past" if context.today and action.day < context.today else "upcoming"
    return "done" if action.done else plan.urgency(action, context)


def _action_text(action: plan.Action, state: str, values: Mapping[str, Any]) -> str:
    """What an action is, in full: "send your thank-you notes, by 18:00, due today"."""
    company = values.get("company") or "They"
    if action.kind == "decision" and action.reason.startswith("From "):
        what = f"{company} expects to decide, from {action.reason.removeprefix('From ').rstrip('.')}"
    elif action.kind == "decision":  # the person's own estimate: theirs, not the company's
        what = f"{action.label[0].lower()}{action.label[1:]}, your own estimate"
    elif action.kind == "thank_you" and action.done:
        what = "your thank-you notes, marked as sent" if values.get("thanked") else "thank-you notes, no longer due"
    elif action.lapsed:  # passed over (an offer told them instead), never sent: not a tick
        label = action.label or action.title
        what = f"{label[0].lower()}{label[1:]}, no longer due"
    elif action.done and action.kind in _DONE_TEXT:
        what = _DONE_TEXT[action.kind]
    else:
        label = action.label or action.title
        what = label[0].lower() + label[1:] if label[:1].isupper() and not label[1:2].isupper() else label
    return what + {"overdue": ", overdue", "today": ", due today"}.get(state, "")


def marks(values: Mapping[str, Any], context: Context) -> list[dict[str, Any]]:
    """Every mark of one interview's timeline, in date order: the earlier rounds of its
    application (``earlier``, see :mod:`worksheets.plan.rounds`), the interview, each action of
    its plan, their last reply, and today."""
    names = wording.load("progress")["marks"]
    day = values.get("date")
    if not isinstance(day, dt.date):
        return []
    today = context.today
    english = english_of(values)
    found = []
    earlier = [r for r in values.get("earlier") or [] if isinstance(r.get("date"), dt.date)]
    for n, before in enumerate(earlier, 1):
        called = plan.round_name(dict(before), n)
        found.append(_mark("round", before["date"], called if len(called) <= 14 else names["round"], "past",
                           f"{called}, through to the next round", english))
    found.append(_mark("interview", day, names["interview"], "past" if today and day < today else "upcoming",
                       "the interview" + (f", {values['round']}" if values.get("round") else "")
                       + (f", at {clock(values['time'], english)}" if isinstance(values.get("time"), dt.time) else ""), english))
    for action in plan.plan(dict(values), context):
        if action.lapsed and today is not None and action.day >= today:
            continue  # passed over before its day came: nothing to show ahead
        state = _state(action, context)
        name = names.get(action.kind.partition(":")[0], action.kind)
        if (action.kind == "thank_you" and action.done and not values.get("thanked")) or action.lapsed:
            state = "past"  # no longer due, never done: no tick
        if state == "done":
            name += " ✓"
        mark = _mark(action.kind, action.day, name, state, _action_text(action, state, values), english)
        if state == "overdue":
            mark["date"] += ", late"
        found.append(mark)
    reply = values.get("last_reply")
    if isinstance(reply, dt.date) and reply >= day:
        found.append(_mark("last_reply", reply, names["last_reply"], "past", "their last reply", english))
    if today is not None:
        now = _mark("today", today, names["today"], "today", "today", english)
        for mark in found:
            if mark["day"] == now["day"]:
                mark["date"] = names["today"]  # "Thank-you, Today": the line marks today, without a name of its own
                now["quiet"] = True
        found.append(now)
    order = {"round": 0, "interview": 1, "today": 9}
    return sorted(found, key=lambda m: (m["day"], order.get(m["kind"], 5)))


def _along(days: list[dt.date], start: dt.date, span: int) -> dict[dt.date, float]:
    """Each day's place along the line, 0 to 1: to scale, except that days close together are
    moved apart to :data:`SPACE` pixels at the narrowest width (the gaps after them shrink)."""
    inner = WIDTH - 2 * MARGIN
    ordered = sorted(set(days))
    gaps = [max((b - a).days / span, SPACE / inner) for a, b in zip(ordered, ordered[1:])]
    scale = min(1.0, ((ordered[-1] - ordered[0]).days / span) / sum(gaps)) if gaps else 1.0
    places = {ordered[0]: (ordered[0] - start).days / span}
    for day, gap in zip(ordered[1:], gaps):
        places[day] = places[max(places)] + gap * scale
    return places


def _place(found: list[dict[str, Any]], start: dt.date, days: int) -> None:
    """Give each mark its place: ``x``, 0 to 1 along the line, and ``nudge``, in pixels, for
    marks that share a day; and the ``width`` its name and date take."""
    along = _along([dt.date.fromisoformat(m["day"]) for m in found], start, days)
    per_day: dict[str, list[dict[str, Any]]] = {}
    for mark in found:
        if mark["kind"] != "today":
            per_day.setdefault(mark["day"], []).append(mark)
    for same in per_day.values():
        for index, mark in enumerate(same):
            mark["nudge"] = round((index - (len(same) - 1) / 2) * NUDGE, 1)
    for mark in found:
        mark.setdefault("nudge", 0)
        mark["x"] = round(along[dt.date.fromisoformat(mark["day"])], 4)
        mark["width"] = round(max(len(mark["name"]), len(mark["date"])) * CHAR)


def _rows(found: list[dict[str, Any]], width: int) -> tuple[list[int | None], int]:
    """A row (lane) for each mark's name where it overlaps no other at ``width`` pixels
    (the first free of four; the least crowded when none is), and how many rows are used.
    A ``quiet`` mark (today, when another mark says "Today") has no name, so no row."""
    inner = width - 2 * MARGIN
    ends = [-GAP] * LANES
    lanes: list[int | None] = []
    for mark in found:
        if mark.get("quiet"):
            lanes.append(None)
            continue
        centre = MARGIN + mark["x"] * inner + mark["nudge"]
        left = min(max(centre - mark["width"] / 2, 0), width - mark["width"])
        free = [lane for lane in range(LANES) if ends[lane] + GAP <= left]
        lane = free[0] if free else min(range(LANES), key=lambda n: ends[n])
        ends[lane] = left + mark["width"]
        lanes.append(lane)
    return lanes, max((n for n in lanes if n is not None), default=0) + 1


def timeline(values: Mapping[str, Any], context: Context) -> dict[str, Any] | None:
    """One interview's timeline: ``{"start", "end", "today", "layouts", "marks"}``, or ``None``
    without a date. Dates are ISO strings; ``today`` is its place along the line (0 to 1);
    ``layouts`` is ``[{"width", "rows", "lanes": [a row per mark]}]``, narrowest first: the
    browser draws with the widest that is not wider than the picture. Each mark has ``kind``,
    ``day``, ``name`` and ``date`` (under its mark), ``state``, ``x``, ``nudge``, ``width``,
    and ``text``, the same in full for the list beside the picture."""
    found = marks(values, context)
    if not found:
        return None
    days = [dt.date.fromisoformat(m["day"]) for m in found]
    start, end = min(days), max(days)
    end = max(end, start + dt.timedelta(days=MIN_DAYS))
    span = (end - start).days
    _place(found, start, span)
    layouts = []
    for width in (WIDTH, WIDE):
        lanes, rows = _rows(found, width)
        layouts.append({"width": width, "rows": rows, "lanes": lanes})
    today = next((m["x"] for m in found if m["kind"] == "today"), None)
    return {"start": start.isoformat(), "end": end.isoformat(), "layouts": layouts, "marks": found, "today": today}


def _short(title: str, limit: int = 38) -> str:
    """A title that fits a row of the picture: cut in the middle, so that both its start (the
    company) and its end (the role's last words, the round) stay."""
    if len(title) <= limit:
        return title
    head = (limit - 1) * 3 // 5
    tail = limit - 1 - head
    return title[:head].rstrip(" :,(") + "…" + title[-tail:].lstrip(" :,)")


def agenda(records: Mapping[str, Mapping[str, Any]], context: Context) -> dict[str, Any] | None:
    """All interviews this week and next: ``{"days": [14 days], "weeks": [{"name", "first",
    "last", "items": [text…]}], "rows": [{"id", "title", "marks": [{"col", "kind", "name",
    "state", "text"}]}]}``, a row per interview with something in those two weeks. The
    interview days, what is still to do, and the dates they gave. ``None`` without a today."""
    today = context.today
    if today is None:
        return None
    english = english_of(next(iter(records.values()), None) or context.profile)
    monday = today - dt.timedelta(days=today.weekday())
    days = [monday + dt.timedelta(days=n) for n in range(14)]
    weeks = [{"name": "This week", "first": long_date(days[0], english), "last": long_date(days[6], english), "items": []},
             {"name": "Next week", "first": long_date(days[7], english), "last": long_date(days[13], english), "items": []}]
    rows = []
    every = rounds.annotated(records)
    for record_id in rounds.current(records).values():
        values = every[record_id]
        title = plan.title(dict(values))
        row = []
        for mark in marks(values, context):
            day = dt.date.fromisoformat(mark["day"])
            if mark["kind"] in ("today", "last_reply", "round") or not days[0] <= day <= days[-1]:
                continue
            if mark["state"] == "done" or (mark["kind"] == "thank_you" and mark["state"] == "past"):
                continue
            row.append({**mark, "col": (day - monday).days})
            weeks[(day - monday).days // 7]["items"].append((mark["day"], f"{mark['text']} ({title})"))
        if row:
            rows.append({"id": record_id, "title": _short(title), "marks": row})
    rows.sort(key=lambda r: (r["marks"][0]["col"], r["title"]))
    for week in weeks:
        week["items"] = [text for _, text in sorted(week["items"], key=lambda item: item[0])]
    return {"days": [{"day": d.isoformat(), "weekday": f"{d:%a}"[0], "date": str(d.day), "long": long_date(d, english)} for d in days],
            "today": (today - monday).days, "weeks": weeks, "rows": rows}
