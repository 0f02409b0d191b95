"""The thank-you worksheet: validation messages, deadlines and the emails themselves."""

import datetime as dt
import json
import re

import pytest

from worksheets import api
from worksheets.sheets import thank_you
from worksheets.words import wording
from worksheets.core.validation import validate
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
        "next_stage": "another_round",
        "timing": "by the end of next week",
        "agency": False,
        "your_name": "Sam Jones",
        "your_email": "sam@example.com",
    }
    data.update(overrides)
    return data


def run(data, today="2026-11-25", time="09:00"):
    """The worksheet as the page runs it: its answers, and the interview record they were saved in."""
    return json.loads(api.run("thank-you", json.dumps(data), context_json(today, time, record=data)))


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
    assert errors == {"interviewers": "Add the person who interviewed you: each one gets their own message."}


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
    assert set(errors) == {"consultant_name"}


def test_two_interviewers_with_the_same_detail_are_asked_for_another():
    data = answers()
    data["interviewers"][1]["detail"] = "The plan to move reporting to one warehouse."
    errors = validate(WS, data).errors
    assert errors == {"interviewers.1.detail": "This is what you wrote for Priya too. Write something from your "
                                               "conversation with Tom, so each email is their own."}


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

def sentences(body: str) -> list[str]:
    """The sentences of an email between its greeting and its sign-off."""
    middle = body.split("\n\n")[1:-1]
    return [s.strip() for part in middle for s in re.split(r"(?<=[.?!])\s+", part) if s.strip()]


def test_one_email_per_interviewer_no_two_share_a_sentence():
    data = answers()
    data["interviewers"] += [{"name": f"Person {i}", "detail": f"the project number {i}"} for i in range(8)]
    emails = messages(run(data))
    assert len(emails) == 10
    seen: dict[str, int] = {}
    for index, email in enumerate(emails):
        for sentence in sentences(email["body"]):
            assert seen.setdefault(sentence, index) == index, f"shared: {sentence!r}"


def test_email_uses_their_name_detail_and_the_next_step():
    priya, tom = messages(run(answers()))
    assert priya["to"] == "priya@acme.com" and tom["to"] == ""
    assert priya["body"].startswith("Dear Priya,")
    assert "the plan to move reporting to one warehouse" in priya["body"]
    assert "how the team runs its weekly reviews" in tom["body"]
    assert "the next step is a further interview, and that I should hear by Friday 4 December" in priya["body"]
    assert "next step" not in tom["body"]  # said once, in one note: never the same sentence twice
    assert "Data Analyst" in priya["subject"] or "Data Analyst" in priya["body"]
    assert priya["body"].rstrip().endswith("Sam Jones\nsam@example.com")
    assert priya["mailto"].startswith("mailto:priya@acme.com?subject=")


def test_without_next_steps_the_first_email_looks_forward_to_them():
    body = messages(run(answers(next_stage="unknown", timing="")))[0]["body"]
    assert "I look forward to hearing about the next steps." in body


@pytest.mark.parametrize("fmt,phrase", [("in_person", "meeting me"), ("video", "video call"), ("phone", "phone call")])
def test_format_changes_the_wording(fmt, phrase):
    bodies = " ".join(m["body"] + m["subject"] for m in messages(run(answers(format=fmt))))
    assert phrase in bodies


def test_the_interview_is_named_as_the_moment_of_writing_reads_it():
    """The page writes a note again when it is copied or opened: its time words are true then."""
    morning = messages(run(answers(date="2026-11-25", time="09:00"), today="2026-11-25", time="14:00"))[0]["body"]
    assert "this morning" in morning and "Wednesday" not in morning
    early = messages(run(answers(date="2026-11-25", time="09:00"), today="2026-11-25", time="11:00"))[0]["body"]
    assert "today" in early and "Wednesday" not in early
    evening = messages(run(answers(date="2026-11-25", time="15:00"), today="2026-11-25", time="21:00"))[0]["body"]
    assert "today" in evening and "Wednesday" not in evening
    next_morning = messages(run(answers(date="2026-11-25", time="15:00"), today="2026-11-26", time="08:30"))[0]["body"]
    assert "yesterday" in next_morning and "Wednesday" not in next_morning
    monday = messages(run(answers(date="2026-11-25", time="15:00"), today="2026-11-30", time="08:30"))[0]["body"]
    assert "on Wednesday" in monday
    late = messages(run(answers(date="2026-11-02", time="15:00"), today="2026-11-25"))[0]["body"]
    assert "on Monday 2 November" in late


@pytest.mark.parametrize("detail", ["AI", "the new " + "very long phrase " * 9])
def test_bodies_stay_between_30_and_150_words(detail):
    data = answers(next_stage="final_round", timing="in two weeks")
    data["interviewers"] = [{"name": f"Dr Firstname Lastname{i}", "detail": f"{detail} {i}"} for i in range(6)]
    for email in messages(run(data)):
        words = len(email["body"].split())
        assert 30 <= words <= 150, (words, email["body"])


def test_agency_copies_the_consultant_in_and_writes_them_a_note():
    result = run(answers(agency=True, consultant_name="Jo Bloggs", consultant_email="jo@agency.example"))
    blocks = result["output"]["blocks"]
    assert any(b["type"] == "notice" and "copy your consultant, Jo, into each note" in b["text"] for b in blocks)
    priya = messages(result)[0]
    assert priya["cc"] == "jo@agency.example" and "cc=jo@agency.example" in priya["mailto"]
    note = messages(result)[-1]
    assert note["heading"] == "Note to your consultant, Jo Bloggs"
    assert note["body"].startswith("Dear Jo,") and note["to"] == "jo@agency.example"
    assert "I have sent a short thank-you note to Priya and Tom, with you in copy." in note["body"]


def test_agency_asked_first_gets_no_copy_and_a_question():
    result = run(answers(agency=True, consultant_name="Jo Bloggs", consultant_email="jo@agency.example", thanks_via="ask"))
    assert all(m["cc"] == "" for m in messages(result))
    assert "Would you like to pass them on, or shall I send them directly?" in messages(result)[-1]["body"]


def test_typed_braces_are_not_templates():
    data = answers(company="{role} {0} {__class__}")
    body = messages(run(data))[0]["body"]
    assert "{role} {0} {__class__}" in body


def test_every_wording_variant_fills():
    text = wording.load("thank_you")
    slots = {k: "x" for k in ("first_name", "name", "company", "role", "when", "meeting", "detail", "next_stage",
                              "expected", "names", "consultant", "meeting_them")}
    for key in ("subjects", "openings", "interest", "closings"):
        assert len(text[key]) >= 2, key
        for template in text[key]:
            wording.fill(template, slots)
    for key in ("details", "openings_with_detail"):
        for template in text[key]:
            wording.fill(template["thing"], slots), wording.fill(template["clause"], slots)
    for template in text["next_step"].values():
        wording.fill(template, slots)
    for key in ("advice_cc", "advice_ask", "subject", "body_cc", "body_ask"):
        wording.fill(text["agency"][key], slots)
