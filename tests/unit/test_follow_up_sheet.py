"""Step 5 worksheet: the schedule in words, the follow-up email, the two-at-most rule."""

import json

import pytest

from worksheets import api
from tests.support.moment import at, context_json


def answers(**overrides):
    data = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "timing": "by Friday", "followups_sent": "0",
            "contact_name": "Jo Bloggs", "contact_email": "jo@acme.example", "your_name": "Sam Jones"}
    data.update(overrides)
    return data


def run(**overrides):
    return json.loads(api.run("follow-up", json.dumps(answers(**overrides)), context_json("2026-11-25", interview="rec1")))


def blocks(result, kind):
    return [b for b in result["output"]["blocks"] if b["type"] == kind]


def test_first_follow_up_email_and_dates():
    result = run()
    [email] = blocks(result, "message")
    assert email["heading"] == "Your first follow-up, to send on Tuesday 1 December 2026"
    assert email["body"].startswith("Dear Jo,")
    assert "decision by Friday 27 November" in email["body"]
    assert 60 <= len(email["body"].split()) <= 120
    assert email["mailto"].startswith("mailto:jo@acme.example?subject=")
    text = " ".join(b["text"] for b in blocks(result, "paragraph"))
    assert "two business days later is Tue 1 Dec" in text
    assert blocks(result, "download")[0]["content"].count("BEGIN:VEVENT") == 3


@pytest.mark.parametrize("overrides", [{}, {"timing": "", "contact_name": ""}, {"followups_sent": "1"}])
def test_every_email_is_60_to_120_words(overrides):
    [email] = blocks(run(**overrides), "message")
    assert 60 <= len(email["body"].split()) <= 120, email["body"]


def test_no_contact_name_says_hello_and_no_date_counts_five_days():
    result = run(timing="", contact_name="")
    [email] = blocks(result, "message")
    assert email["body"].startswith("Hello,")
    assert any("five business days" in b["text"] for b in blocks(result, "notice"))


def test_second_follow_up_then_stop():
    [email] = blocks(run(followups_sent="1"), "message")
    assert "once more" in email["body"] and email["heading"].startswith("Your second follow-up")
    done = run(followups_sent="2")
    assert not blocks(done, "message")
    assert any("both follow-ups" in b["text"] for b in blocks(done, "notice"))


def test_blackout_days_move_the_dates_and_bad_ones_are_named():
    moved = run(blackout="2026-12-01")
    assert "Wednesday 2 December" in blocks(moved, "message")[0]["heading"]
    errors = run(blackout="2026-12-01, 31/12")["errors"]
    assert errors == {"blackout": "“31/12” isn't a date we can read. Write each day as YYYY-MM-DD, e.g. 2026-12-24."}


def test_dates_before_the_interview_are_refused_at_the_field():
    errors = run(expected="2026-11-01", last_reply="2026-11-02")["errors"]
    assert set(errors) == {"expected", "last_reply"}
