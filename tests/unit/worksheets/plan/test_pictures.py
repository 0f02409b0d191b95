"""Interviews' dates as pictures (worksheets.plan.pictures): the same dates as the plan, laid out
so that no two names overlap on a phone, with a list that says the same in words."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.support.moment import at, context_json
from tests.support.scenarios import SCENARIOS, THREE
from worksheets import api
from worksheets.sheets import interview
from worksheets.plan import actions as plan, pictures as timeline_view
from worksheets.words.dates import long_date
from worksheets.core.validation import validate

NOW = at("2026-11-25", "09:30")  # a Wednesday morning
ACME, GLOBEX, INITECH = THREE
def clean(data: dict) -> dict:
    return validate(interview.WORKSHEET, data).values


def test_the_list_has_the_plans_dates_and_the_interview_and_today():
    for data in THREE.values():
        values = clean(data)
        found = timeline_view.timeline(values, NOW)
        marks = found["marks"]
        expected = [(a.kind, a.day) for a in plan.plan(values, NOW)]
        assert [(m["kind"], dt.date.fromisoformat(m["day"])) for m in marks if m["kind"] in dict(expected)] == \
            sorted(expected, key=lambda kd: kd[1])
        assert marks[0]["kind"] == "interview" and marks[0]["day"] == data["date"]
        assert [m["day"] for m in marks if m["kind"] == "today"] == ["2026-11-25"]
        for mark in marks:
            assert mark["text"].startswith(long_date(dt.date.fromisoformat(mark["day"])) + ": ")
        assert [m["day"] for m in marks] == sorted(m["day"] for m in marks)


def texts(name: str) -> list[str]:
    return [m["text"] for m in timeline_view.timeline(clean(THREE[name]), NOW)["marks"]]


def test_each_stage_reads_as_a_person_would_say_it():
    assert texts(ACME) == [
        "Tuesday 24 November 2026: the interview, Final round, at 14:00",
        "Wednesday 25 November 2026: send your thank-you notes, by 10:00, due today",
        "Wednesday 25 November 2026: today",
        "Friday 27 November 2026: Acme expects to decide, from their words: 'by Friday'",
        "Tuesday 1 December 2026: follow up with Acme",
        "Tuesday 8 December 2026: second and last follow-up",
        "Tuesday 15 December 2026: move on from Acme",
    ]
    assert "Tuesday 17 November 2026: your first follow-up, marked as sent" in texts(GLOBEX)
    assert "Tuesday 24 November 2026: second and last follow-up, overdue" in texts(GLOBEX)
    assert texts(INITECH) == [
        "Monday 2 November 2026: the interview, at 09:30",
        "Monday 2 November 2026: your thank-you notes, marked as sent",
        "Friday 20 November 2026: their last reply",
        "Monday 23 November 2026: ask for feedback, by Tue 24 Nov, overdue",
        "Wednesday 25 November 2026: today",
    ]


def test_marks_show_their_state_in_their_names_not_only_in_colour():
    marks = {m["kind"]: m for m in timeline_view.timeline(clean(THREE[GLOBEX]), NOW)["marks"]}
    assert marks["thank_you"]["name"] == "Thank-you ✓" and marks["thank_you"]["state"] == "done"
    assert marks["second_follow_up"]["date"] == "Tue 24 Nov, late" and marks["second_follow_up"]["state"] == "overdue"
    assert marks["today"]["name"] == "Today" and not marks["today"].get("quiet")
    acme = {m["kind"]: m for m in timeline_view.timeline(clean(THREE[ACME]), NOW)["marks"]}
    assert acme["thank_you"]["date"] == "Today" and acme["today"]["quiet"]  # one name says it, the line shows it


def overlaps(found: dict) -> list[tuple[str, str, int]]:
    """Names that would overlap, per layout, drawn as the browser draws them."""
    bad = []
    for layout in found["layouts"]:
        width = layout["width"]
        inner = width - 2 * timeline_view.MARGIN
        boxes: dict[int, list[tuple[float, float, str]]] = {}
        for mark, lane in zip(found["marks"], layout["lanes"]):
            if lane is None:
                assert mark.get("quiet")
                continue
            centre = timeline_view.MARGIN + mark["x"] * inner + mark["nudge"]
            left = min(max(centre - mark["width"] / 2, 0), width - mark["width"])
            for other_left, other_right, name in boxes.get(lane, []):
                if left < other_right and other_left < left + mark["width"]:
                    bad.append((name, mark["name"], width))
            boxes.setdefault(lane, []).append((left, left + mark["width"], mark["name"]))
        assert layout["rows"] <= timeline_view.LANES
    return bad


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_no_two_names_overlap_on_a_phone_or_a_laptop(scenario):
    values = clean({**scenario.profile, **scenario.record})
    found = timeline_view.timeline(values, at(scenario.today, scenario.time))
    assert not overlaps(found)
    xs = [m["x"] for m in found["marks"]]
    assert xs == sorted(xs) and 0 <= xs[0] and xs[-1] <= 1
    assert 0 <= found["today"] <= 1


def test_no_date_no_timeline():
    assert timeline_view.timeline(clean({"company": "Acme"}), NOW) is None


def test_this_week_and_next_for_all_interviews():
    found = timeline_view.agenda({k: clean(v) for k, v in THREE.items()}, NOW)
    assert [d["day"] for d in found["days"]][::13] == ["2026-11-23", "2026-12-06"] and found["today"] == 2
    assert [w["name"] for w in found["weeks"]] == ["This week", "Next week"]
    assert found["weeks"][0]["items"] == [
        "Monday 23 November 2026: ask for feedback, by Tue 24 Nov, overdue (Initech: BI Developer)",
        "Tuesday 24 November 2026: the interview, Final round, at 14:00 (Acme: Data Analyst (Final round))",
        "Tuesday 24 November 2026: second and last follow-up, overdue (Globex: Analyst)",
        "Wednesday 25 November 2026: send your thank-you notes, by 10:00, due today (Acme: Data Analyst (Final round))",
        "Friday 27 November 2026: Acme expects to decide, from their words: 'by Friday' (Acme: Data Analyst (Final round))",
    ]
    assert found["weeks"][1]["items"] == ["Tuesday 1 December 2026: follow up with Acme (Acme: Data Analyst (Final round))",
                                         "Tuesday 1 December 2026: move on from Globex (Globex: Analyst)"]
    rows = {r["id"]: [(m["col"], m["kind"]) for m in r["marks"]] for r in found["rows"]}
    assert rows[ACME] == [(1, "interview"), (2, "thank_you"), (4, "decision"), (8, "first_follow_up")]
    assert [r["id"] for r in found["rows"]] == [INITECH, ACME, GLOBEX]


def test_the_dashboard_call_carries_progress_timeline_and_agenda():
    reply = json.loads(api.dashboard(json.dumps(THREE), context_json("2026-11-25", "09:30"), json.dumps({GLOBEX: {"reflection": "written"}})))
    assert reply["ok"], reply
    rows = {row["id"]: row for row in reply["rows"]}
    assert [s["state"] for s in rows[GLOBEX]["progress"]] == ["todo", "done", "done", "todo", "started"]
    assert rows[ACME]["timeline"]["marks"][0]["kind"] == "interview"
    assert len(reply["agenda"]["days"]) == 14
