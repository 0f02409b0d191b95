"""What depends on the time of day, tested on each side of every boundary.

The worksheets never read a clock (:class:`worksheets.core.context.Context` carries the moment),
so each test names the moment it is about, next to what it expects then.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from icalendar import Calendar

from tests.support.moment import at, context_json
from worksheets import api
from worksheets.sheets import interview
from worksheets.plan import actions as plan
from worksheets.core.context import Context
from worksheets.core.validation import validate

WEDNESDAY = "2026-11-25"


def thank_you(time: str, interview_time: str = "09:00", today: str = WEDNESDAY) -> list[dict]:
    data = {"company": "Acme", "role": "Analyst", "date": WEDNESDAY, "time": interview_time, "format": "video",
            "interviewers": [{"name": "Priya Shah", "detail": "the new reporting platform"}], "your_name": "Sam Jones"}
    return json.loads(api.run("thank-you", json.dumps(data), context_json(today, time)))["output"]["blocks"]


def warned(blocks: list[dict]) -> bool:
    return any(b["type"] == "notice" and b["tone"] == "warning" and "anyway" in b["text"] for b in blocks)


# ---------- thank-you: "by today at 18:00", then "send it anyway" ----------

@pytest.mark.parametrize(("time", "late"), [("08:00", False), ("17:59", False), ("18:00", True), ("23:30", True)])
def test_a_morning_interview_is_thanked_by_six_and_is_late_from_six(time, late):
    blocks = thank_you(time)
    assert blocks[0]["text"].startswith("Send by today (Wednesday 25 November 2026), 18:00.")
    assert warned(blocks) is late


@pytest.mark.parametrize(("today", "time", "late"), [
    (WEDNESDAY, "23:59", False),          # the evening of the interview: due tomorrow morning
    ("2026-11-26", "09:59", False),
    ("2026-11-26", "10:00", True),
])
def test_an_afternoon_interview_is_thanked_by_ten_next_morning(today, time, late):
    blocks = thank_you(time, interview_time="14:00", today=today)
    assert "10:00" in blocks[0]["text"]
    assert warned(blocks) is late


def record(**overrides) -> dict:
    data = {"company": "Acme", "role": "Analyst", "date": WEDNESDAY, "time": "09:00",
            "interviewers": [{"name": "Priya Shah"}], "stage": "interviewing", "timing": ""}
    data.update(overrides)
    return data


def dashboard_row(time: str, today: str = WEDNESDAY, **overrides) -> dict:
    rows = json.loads(api.dashboard(json.dumps({"a": record(**overrides)}), context_json(today, time)))["rows"]
    return rows[0]


@pytest.mark.parametrize(("time", "when"), [("17:59", "today"), ("18:00", "overdue")])
def test_the_dashboard_turns_a_thank_you_overdue_at_its_hour(time, when):
    row = dashboard_row(time)
    assert row["next"] == "Send thank-you to Priya Shah by today at 18:00"
    assert row["when"] == when


def test_the_dashboard_says_tomorrow_and_then_the_date():
    row = json.loads(api.dashboard(json.dumps({"a": record(time="14:00")}), context_json(WEDNESDAY, "20:00")))["rows"][0]
    assert row["next"] == "Send thank-you to Priya Shah by tomorrow at 10:00"
    row = json.loads(api.dashboard(json.dumps({"a": record(time="14:00")}), context_json("2026-11-24", "20:00")))["rows"][0]
    assert "thank-you" not in row["next"] and row["when"] == "today"  # the day before: getting ready, no thank-you yet
    row = json.loads(api.dashboard(json.dumps({"a": record(time="14:00")}), context_json(WEDNESDAY, "13:00")))["rows"][0]
    assert "thank-you" not in row["next"]


def test_a_calendar_title_never_says_today():
    events = Calendar.from_ical(json.loads(api.calendar(json.dumps({"a": record()}), context_json(WEDNESDAY, "10:00")))["ics"])
    titles = [str(e["SUMMARY"]) for e in events.walk("VEVENT")]
    assert "Send thank-you to Priya Shah by Wed 25 Nov at 18:00" in titles
    assert not [t for t in titles if "today" in t or "tomorrow" in t]


# ---------- calendar reminders: 09:00 on the day, or soon when 09:00 has passed ----------

def alarms(time: str, today: str = WEDNESDAY) -> dict[str, str | None]:
    """Each event's reminder trigger, by title, for a calendar made at ``time``."""
    values = validate(interview.WORKSHEET, record(time="07:30")).values  # an early interview: over at every moment below
    out = {}
    for event in plan.reminders("rec", values, at(today, time)):
        out[event.summary] = event.alarm_minutes_before
    return out


@pytest.mark.parametrize(("time", "minutes"), [
    ("08:59", 9 * 60),          # before nine: nine o'clock, as on any other day
    ("09:00", 9 * 60 + 15),     # nine has come: the next quarter hour instead
    ("14:07", 14 * 60 + 15),
    ("23:44", 23 * 60 + 45),
    ("23:45", None),            # the day is over before the next quarter: no alarm at all
])
def test_an_action_due_today_rings_ahead_not_in_the_past(time, minutes):
    triggers = alarms(time)
    today = triggers["Send thank-you to Priya Shah by Wed 25 Nov at 18:00"]
    assert today == (None if minutes is None else -minutes)
    later = [m for title, m in triggers.items() if not title.startswith("Send thank-you")]
    assert later and all(m == -9 * 60 for m in later)  # other days still ring at 09:00


def test_the_calendar_file_carries_the_reminder_time():
    text = json.loads(api.calendar(json.dumps({"a": record()}), context_json(WEDNESDAY, "14:07")))["ics"]
    event = next(e for e in Calendar.from_ical(text).walk("VEVENT") if str(e["SUMMARY"]).startswith("Send thank-you"))
    assert event.walk("VALARM")[0]["TRIGGER"].dt == dt.timedelta(hours=14, minutes=15)
    assert "DTSTAMP:20261125T140700Z" in text  # the moment the page passed in, not the machine's clock


def test_the_context_reads_what_the_browser_sends():
    leap = Context.from_json(json.dumps({"today": "2028-02-29", "time": "23:30", "utc": "2028-03-01T07:30:00.000Z",
                                         "interview": "abc", "profile": {"country": "GB"}}))
    assert leap.interview_id == "abc" and leap.profile == {"country": "GB"}
    assert leap.now == dt.datetime(2028, 2, 29, 23, 30)
    assert leap.utc == dt.datetime(2028, 3, 1, 7, 30, tzinfo=dt.timezone.utc)
    assert leap.has_passed(dt.date(2028, 2, 29), dt.time(23, 30)) and not leap.has_passed(dt.date(2028, 2, 29), dt.time(23, 31))
    assert Context.from_json("").today is None and Context.from_json("").now is None


def test_file_names_keep_whole_words():
    assert interview.slug("Acme Holdings International: Senior Data Analyst (Final round)") == "acme-holdings-international-senior-data"
    assert interview.slug("Café Nørd: Léa's team") == "cafe-nord-leas-team"
    assert interview.slug("Straße & Œuvre Æsir") == "strasse-oeuvre-aesir"
    assert interview.slug("???") == "interview"
