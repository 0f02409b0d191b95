"""Interview records: the plan of next actions, the dashboard rows and the calendar."""

import datetime as dt
import json

from icalendar import Calendar

from worksheets import api
from worksheets.sheets import interview
from worksheets.plan import actions as plan
from worksheets.core.validation import validate
from tests.support.moment import at, context_json

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def record(**overrides):
    data = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "time": "14:00", "format": "video",
            "interviewers": [{"name": "Priya Shah"}], "stage": "awaiting", "timing": "by Friday", "followups_sent": "0"}
    data.update(overrides)
    return data


def actions(today=TODAY, **overrides):
    return plan.plan(validate(interview.WORKSHEET, record(**overrides)).values, at(today, "18:00"))


def test_plan_reads_their_words_and_schedules_follow_ups():
    kinds = {a.kind: a for a in actions()}
    assert kinds["thank_you"].day == dt.date(2026, 11, 25) and "Priya Shah" in kinds["thank_you"].title
    assert kinds["decision"].day == dt.date(2026, 11, 27)  # "by Friday", said on Tuesday
    assert kinds["first_follow_up"].day == dt.date(2026, 12, 1)  # Friday + 2 business days
    assert kinds["first_follow_up"].title == "Follow up with Acme on Tue 1 Dec"
    assert kinds["second_follow_up"].day > kinds["first_follow_up"].day
    assert kinds["move_on"].title.startswith("Move on from Acme after")


def test_the_users_correction_wins_over_the_reading():
    kinds = {a.kind: a for a in actions(expected="2026-12-04")}
    assert kinds["decision"].day == dt.date(2026, 12, 4)
    assert kinds["first_follow_up"].day == dt.date(2026, 12, 8)


def test_holidays_of_the_chosen_country_are_skipped():
    after = dt.date(2026, 12, 21)
    base = {a.kind: a.day for a in actions(after, date="2026-12-21", timing="by 23 December")}
    gb = {a.kind: a.day for a in actions(after, date="2026-12-21", timing="by 23 December", country="GB")}
    assert base["first_follow_up"] == dt.date(2026, 12, 25)
    assert gb["first_follow_up"] == dt.date(2026, 12, 29)  # 25 and 28 (Boxing Day observed) closed


def test_sent_follow_ups_are_done_and_the_next_action_moves_on():
    steps = actions(followups_sent="2", thanked=True)
    upcoming = plan.next_action(steps)
    assert upcoming.kind == "move_on"


def test_closed_stages_have_no_follow_ups():
    assert not [a for a in actions(stage="withdrawn") if not a.done]
    assert [a.kind for a in actions(stage="rejected") if not a.done] == ["feedback"]


def test_dashboard_rows_sorted_soonest_first_and_partial_records_still_show():
    rows = json.loads(api.dashboard(json.dumps({
        "a": record(company="Later Co", date="2026-11-10", thanked=True, followups_sent="1"),
        "b": record(company="Soon Co", thanked=False),
        "c": {"company": "Half typed"},
    }), context_json(TODAY)))["rows"]
    assert [r["title"] for r in rows][-1] == "Half typed"
    assert rows[0]["when"] in {"overdue", "today"}
    assert all(set(r) >= {"id", "title", "stage", "next", "date", "when"} for r in rows)


def test_calendar_has_one_event_per_upcoming_action_with_stable_uids():
    records = json.dumps({"a": record(), "b": record(company="Beta; Inc,\nEND:VEVENT", stage="rejected")})
    first = json.loads(api.calendar(records, context_json(TODAY)))
    second = json.loads(api.calendar(records, context_json(TODAY)))
    cal = Calendar.from_ical(first["ics"])
    events = [c for c in cal.walk("VEVENT")]
    assert first["count"] == len(events) == 5  # thank-you, 2 follow-ups, move on; feedback for b
    assert sorted(str(e["UID"]) for e in events) == sorted(str(e["UID"]) for e in Calendar.from_ical(second["ics"]).walk("VEVENT"))
    assert any("Beta; Inc, END:VEVENT" in str(e["SUMMARY"]) for e in events)  # text, not a property
    assert all(e.walk("VALARM") for e in events)


def test_interview_worksheet_output_offers_the_calendar():
    out = json.loads(api.run("interview", json.dumps(record()), context_json(TODAY, interview="rec-1")))
    blocks = out["output"]["blocks"]
    assert blocks[0]["text"] == "Your plan for Acme: Analyst"
    download = [b for b in blocks if b["type"] == "download"][0]
    assert download["filename"].endswith(".ics") and "BEGIN:VCALENDAR" in download["content"]


def test_a_long_missed_thank_you_leaves_the_to_do_list():
    late = actions(date="2026-11-10", timing="")
    assert [a for a in late if a.kind == "thank_you"][0].done
    assert plan.next_action(late).kind == "first_follow_up"
    recent = actions(date="2026-11-23", time="15:00", timing="")
    assert not [a for a in recent if a.kind == "thank_you"][0].done


def test_their_time_zone_is_named_in_the_reasons():
    kinds = {a.kind: a for a in actions(timezone="New York")}
    assert kinds["thank_you"].reason.endswith("They are on New York time: send it during their working hours.")
    assert "New York" in kinds["first_follow_up"].reason and "New York" not in kinds["move_on"].reason


def test_the_publishers_country_applies_until_the_person_chooses(monkeypatch):
    from worksheets.core import settings

    monkeypatch.setattr(settings, "load", lambda: settings.Settings(country="GB"))
    records = json.dumps({"a": record(date="2026-12-21", timing="by 23 December", thanked=True)})
    never_chose = json.loads(api.dashboard(records, context_json("2026-12-22")))["rows"][0]
    assert never_chose["next"] == "Follow up with Acme on Tue 29 Dec"  # Christmas and Boxing Day (observed) skipped
    weekends_only = json.loads(api.dashboard(records, context_json("2026-12-22", country="")))["rows"][0]
    assert weekends_only["next"] == "Follow up with Acme on Fri 25 Dec"


def test_a_choice_saved_blank_takes_its_default_instead_of_an_error():
    """A record saved by another step has no stage: "Show my plan" must not stop at "Enter stage."."""
    result = validate(interview.WORKSHEET, record(stage=""))
    assert result.ok, result.errors
    assert result.values["stage"] == "interviewing"
