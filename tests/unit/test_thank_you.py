"""The thank-you worksheet: validation messages, deadlines and the emails themselves."""

import datetime as dt
import json

import pytest

from worksheets import api, thank_you, wording
from worksheets.validation import validate
from tests.support.moment import at, context_json

WS = thank_you.WORKSHEET


def answers(**overrides):
    data = {
        "company": "Acme Ltd",
        "role": "Data Analyst",
        "date": "2026-11-25",
        "time": "10:00",
        "format": "video",
        "interviewers": [
            {"name": "Priya Shah", "title": "Head of Data", "email": "priya@acme.com", "detail": "the plan to move reporting to one warehouse"},
            {"name": "Tom Lee", "title": "", "email": "", "detail": "how the team runs its weekly reviews"},
        ],
        "next_steps": "a second interview in early December",
        "agency": False,
        "your_name": "Sam Jones",
        "your_email": "sam@example.com",
    }
    data.update(overrides)
    return data


def run(data, today="2026-11-25", time="09:00"):
    return json.loads(api.run("thank-you", json.dumps(data), context_json(today, time)))


def messages(result):
    return [b for b in result["output"]["blocks"] if b["type"] == "message"]


# ---------- validation: every field ----------

@pytest.mark.parametrize("field", ["company", "role", "date", "time", "your_name"])
def test_required_fields_have_their_own_message(field):
    errors = validate(WS, answers(**{field: ""})).errors
    assert list(errors) == [field]
    assert errors[field].startswith("Enter ")


def test_interviewer_name_and_detail_are_required_per_person():
    data = answers()
    data["interviewers"][1]["name"] = ""
    data["interviewers"][1]["detail"] = " "
    data["interviewers"][1]["title"] = "CTO"  # something typed: the block is not a blank leftover
    errors = validate(WS, data).errors
    assert set(errors) == {"interviewers.1.name", "interviewers.1.detail"}
    assert "one thing you talked about" in errors["interviewers.1.detail"]


def test_at_least_one_interviewer():
    errors = validate(WS, answers(interviewers=[])).errors
    assert errors == {"interviewers.0.name": "Add at least 1 interviewer."}


def test_blank_extra_interviewer_blocks_are_ignored():
    data = answers()
    data["interviewers"].append({"name": "", "title": "", "email": "", "detail": ""})
    assert validate(WS, data).ok


@pytest.mark.parametrize("value", ["not-an-email", "a@b", "a b@c.com", "a@b.com\nBcc: x@y.z", "a@b.com,c@d.com"])
def test_bad_emails_are_reported_where_they_were_typed(value):
    data = answers()
    data["interviewers"][0]["email"] = value
    errors = validate(WS, data).errors
    assert "interviewers.0.email" in errors
    assert "email address" in errors["interviewers.0.email"]
    assert "your_email" in validate(WS, answers(your_email=value)).errors


@pytest.mark.parametrize("value,ok", [("2026-02-30", False), ("30/11/2026", False), ("2026-11-30", True)])
def test_dates(value, ok):
    assert ("date" not in validate(WS, answers(date=value)).errors) is ok


@pytest.mark.parametrize("value,ok", [("9:05", True), ("23:59", True), ("24:00", False), ("noon", False), ("14:30:00", True)])
def test_times(value, ok):
    assert ("time" not in validate(WS, answers(time=value)).errors) is ok


def test_format_must_be_one_of_the_choices():
    assert "format" in validate(WS, answers(format="carrier pigeon")).errors


def test_phone_characters():
    assert "your_phone" in validate(WS, answers(your_phone="call me")).errors
    assert validate(WS, answers(your_phone="+44 (0)20 7946-0000")).ok


def test_limits_are_reported_with_numbers():
    errors = validate(WS, answers(company="x" * 121)).errors
    assert errors["company"] == "Company is too long: 121 characters, the limit is 120."
    data = answers()
    data["interviewers"][0]["detail"] = "word " * 31
    assert "31 words" in validate(WS, data).errors["interviewers.0.detail"]


def test_agency_needs_a_consultant_name():
    errors = validate(WS, answers(agency=True)).errors
    assert set(errors) == {"contact_name"}


def test_unknown_keys_and_garbage_never_crash():
    assert not validate(WS, {"surprise": 1, "interviewers": "nope"}).ok
    assert json.loads(api.run("thank-you", "[1, 2]", ""))["ok"] is False
    assert "failure" in json.loads(api.run("no-such-sheet", "{}", ""))


def test_control_characters_are_removed():
    result = validate(WS, answers(company="Acme\x00\x1b Ltd"))
    assert result.values["company"] == "Acme Ltd"


# ---------- deadlines ----------

@pytest.mark.parametrize(
    "day,start,expected_day,expected_time",
    [
        ("2026-11-25", "09:30", "2026-11-25", "18:00"),  # Wednesday morning: same day
        ("2026-11-25", "11:59", "2026-11-25", "18:00"),
        ("2026-11-25", "12:00", "2026-11-26", "10:00"),  # afternoon: next business morning
        ("2026-11-25", "19:00", "2026-11-26", "10:00"),  # evening
        ("2026-11-27", "10:00", "2026-11-27", "18:00"),  # Friday morning: same day
        ("2026-11-27", "15:00", "2026-11-30", "10:00"),  # Friday afternoon: Monday
        ("2026-11-28", "10:00", "2026-11-30", "10:00"),  # Saturday: Monday
        ("2026-11-29", "16:00", "2026-11-30", "10:00"),  # Sunday
    ],
)
def test_send_by(day, start, expected_day, expected_time):
    deadline = thank_you.send_by(dt.date.fromisoformat(day), dt.time.fromisoformat(start))
    assert deadline.day == dt.date.fromisoformat(expected_day)
    assert deadline.by == dt.time.fromisoformat(expected_time)
    assert deadline.reason


def test_deadline_is_the_first_thing_shown():
    first = run(answers(date="2026-11-27", time="15:00"), today="2026-11-27")["output"]["blocks"][0]
    assert first["tone"] == "deadline"
    assert first["text"].startswith("Send by Monday 30 November 2026, 10:00.")
    assert "Friday-afternoon" in first["text"]


def test_a_missed_deadline_says_send_anyway():
    blocks = run(answers(date="2026-11-02", time="15:00"), today="2026-11-25")["output"]["blocks"]
    assert any(b["type"] == "notice" and b["tone"] == "warning" and "anyway" in b["text"] for b in blocks)


# ---------- the emails ----------

def test_one_email_per_interviewer_each_different():
    data = answers()
    data["interviewers"] += [
        {"name": f"Person {i}", "detail": "the same detail for everyone"} for i in range(8)
    ]
    emails = messages(run(data))
    assert len(emails) == 10
    assert len({e["body"] for e in emails}) == 10
    # Even identical people get different emails: the wording rotates per position.
    twins = answers(interviewers=[{"name": "Alex Kim", "detail": "the roadmap"}] * 3)
    bodies = [e["body"] for e in messages(run(twins))]
    assert len(set(bodies)) == 3


def test_email_uses_their_name_detail_and_the_next_step():
    priya, tom = messages(run(answers()))
    assert priya["to"] == "priya@acme.com" and tom["to"] == ""
    assert priya["body"].startswith("Dear Priya,")
    assert "the plan to move reporting to one warehouse" in priya["body"]
    assert "how the team runs its weekly reviews" in tom["body"]
    assert "the next step is a second interview in early December" in priya["body"]
    assert "Data Analyst" in priya["subject"] or "Data Analyst" in priya["body"]
    assert priya["body"].rstrip().endswith("Sam Jones\nsam@example.com")
    assert priya["mailto"].startswith("mailto:priya@acme.com?subject=")


def test_without_next_steps_the_email_invites_questions():
    body = messages(run(answers(next_steps="")))[0]["body"]
    assert "next step" not in body and "look forward to hearing from you" in body


@pytest.mark.parametrize("fmt,phrase", [("in_person", "meeting me"), ("video", "video call"), ("phone", "phone call")])
def test_format_changes_the_wording(fmt, phrase):
    bodies = " ".join(m["body"] + m["subject"] for m in messages(run(answers(format=fmt))))
    assert phrase in bodies


def test_when_is_written_for_the_day_it_is_sent():
    morning = messages(run(answers(date="2026-11-25", time="09:00"), today="2026-11-25"))[0]["body"]
    assert " today " in morning
    friday = messages(run(answers(date="2026-11-27", time="16:00"), today="2026-11-27"))[0]["body"]
    assert "on Friday" in friday and "today" not in friday


@pytest.mark.parametrize("detail", ["AI", "the new " + "very long phrase " * 9])
def test_bodies_stay_between_100_and_180_words(detail):
    data = answers(next_steps="a final panel with the directors and the head of people in two weeks")
    data["interviewers"] = [{"name": f"Dr Firstname Lastname{i}", "detail": detail} for i in range(6)]
    for email in messages(run(data)):
        words = len(email["body"].split())
        assert 100 <= words <= 180, (words, email["body"])


def test_agency_adds_advice_and_a_note_for_the_consultant():
    result = run(answers(agency=True, contact_name="Jo Bloggs", contact_email="jo@agency.example"))
    blocks = result["output"]["blocks"]
    assert any(b["type"] == "notice" and "Jo Bloggs" in b["text"] for b in blocks)
    note = messages(result)[-1]
    assert note["heading"] == "Note to your consultant, Jo Bloggs"
    assert note["body"].startswith("Dear Jo,") and note["to"] == "jo@agency.example"


def test_typed_braces_are_not_templates():
    data = answers(company="{role} {0} {__class__}")
    body = messages(run(data))[0]["body"]
    assert "{role} {0} {__class__}" in body


def test_every_wording_variant_fills():
    text = wording.load("thank_you")
    slots = {k: "x" for k in ("first_name", "name", "title", "company", "role", "when", "meeting", "detail",
                              "next_steps", "your_name", "consultant", "consultant_first_name", "signature")}
    for key in ("subjects", "openings", "details", "interest", "closings"):
        assert len(text[key]) >= 2, key
        for template in text[key]:
            wording.fill(template, slots)
    for key in ("greeting", "next_step_known", "next_step_unknown", "sign_off"):
        wording.fill(text[key], slots)
    for key in ("advice", "subject", "body"):
        wording.fill(text["agency"][key], slots)
