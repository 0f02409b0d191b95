"""Step 5 worksheet: the schedule in words, the follow-up email, the two-at-most rule."""

import json

import pytest

from worksheets import api
from tests.support.moment import at, context_json


def answers(**overrides):
    data = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "timing": "by Friday", "followups_sent": "0",
            "coordinator_name": "Jo Bloggs", "coordinator_email": "jo@acme.example", "timeline_from": "coordinator",
            "your_name": "Sam Jones"}
    data.update(overrides)
    return data


def run(**overrides):
    return json.loads(api.run("follow-up", json.dumps(answers(**overrides)), context_json("2026-11-25", interview="rec1")))


def blocks(result, kind):
    return [b for b in result["output"]["blocks"] if b["type"] == kind]


def test_first_follow_up_email_and_dates():
    result = run()
    [email] = blocks(result, "message")
    assert email["heading"] == "Your first follow-up, to send on Tuesday 1 December 2026, to Jo Bloggs"
    assert email["body"].startswith("Dear Jo,")
    assert "You mentioned that Acme hoped to decide by Friday 27 November." in email["body"]
    assert 40 <= len(email["body"].split()) <= 120
    assert email["mailto"].startswith("mailto:jo@acme.example?subject=")
    text = " ".join(b["text"] for b in blocks(result, "paragraph"))
    assert "Tuesday 1 December 2026: Follow up with Acme. Two working days after the date they gave (Fri 27 Nov)" in text
    assert blocks(result, "download")[0]["content"].count("BEGIN:VEVENT") == 3


@pytest.mark.parametrize("overrides", [{}, {"timing": "", "coordinator_name": ""}, {"followups_sent": "1"}])
def test_every_email_is_40_to_120_words(overrides):
    [email] = blocks(run(**overrides), "message")
    assert 40 <= len(email["body"].split()) <= 120, email["body"]


def test_nobody_to_name_says_hello_and_asks_for_a_name_and_no_date_counts_five_days():
    result = run(timing="", coordinator_name="")
    [email] = blocks(result, "message")
    assert email["body"].startswith("Hello,")
    assert "Add the name of the person who arranged the interview" in email["note"]
    assert any("five working days" in b["text"] for b in blocks(result, "notice"))


@pytest.mark.parametrize(("source", "agency", "said"), [
    ("coordinator", False, "You mentioned that Acme hoped to decide by Friday 27 November."),
    ("interviewers", False, "At the interview, the panel said they hoped to decide by Friday 27 November."),
    ("interviewers", True, "At the interview, the panel said they hoped to decide by Friday 27 November."),
    ("coordinator", True, "I understood from Jo at Acme that Acme hoped to decide by Friday 27 November."),
    ("consultant", True, "You mentioned that Acme hoped to decide by Friday 27 November."),
])
def test_you_mentioned_is_said_only_to_the_person_who_did(source, agency, said):
    people = {"interviewers": [{"name": "Priya Shah"}, {"name": "Tom Lee"}], "timeline_from": source}
    if agency:
        people.update(agency=True, consultant_name="Ana Ruiz", consultant_email="ana@hartley.example")
    [email] = blocks(run(**people), "message")
    assert said in email["body"]
    assert email["body"].startswith("Dear Ana," if agency else "Dear Jo,")


def test_second_follow_up_then_stop():
    [email] = blocks(run(followups_sent="1"), "message")
    assert "once more" in email["body"] and email["heading"].startswith("Your second follow-up")
    done = run(followups_sent="2")
    assert not blocks(done, "message")
    assert any("both follow-ups" in b["text"] for b in blocks(done, "notice"))


def test_blackout_days_move_the_dates_and_bad_ones_are_named():
    moved = run(blackout="2026-12-01")
    assert "Wednesday 2 December" in blocks(moved, "message")[0]["heading"]
    assert "Thursday 3 December" in blocks(run(blackout="1/12, 2/12/2026"), "message")[0]["heading"]  # day first
    errors = run(blackout="2026-12-01, 31/13")["errors"]
    assert errors == {"blackout": "“31/13” isn't a date we can read. Write each day as a date such as 24/12/2026 or "
                                  "24 Dec 2026, or a range such as 22/12/2026 to 2/1/2027, separated by commas."}


def test_dates_before_the_interview_are_refused_at_the_field():
    errors = run(expected="2026-11-01", last_reply="2026-11-02")["errors"]
    assert set(errors) == {"expected", "last_reply"}
