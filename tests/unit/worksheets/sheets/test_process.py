"""Step 1 worksheet: what happens next, the expected date, referees and the salary note."""

import json

from worksheets import api
from tests.support.moment import at, context_json


def answers(**overrides):
    data = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "timing": "by Friday", "next_stage": "references"}
    data.update(overrides)
    return data


def run(**overrides):
    return json.loads(api.run("process", json.dumps(answers(**overrides)), context_json("2026-11-25")))


def blocks(result, kind):
    return [b for b in result["output"]["blocks"] if b["type"] == kind]


def test_reads_their_words_into_a_date_and_points_to_the_follow_up():
    result = run()
    notices = [b["text"] for b in blocks(result, "notice")]
    assert "What happens next: reference checks." in notices
    assert any(n.startswith("They expect to decide by Friday 27 November 2026") for n in notices)
    assert any("follow up on Tue 1 Dec" in p["text"] for p in blocks(result, "paragraph"))
    assert not blocks(result, "message")


def test_the_users_date_wins_and_no_date_is_fine():
    corrected = blocks(run(expected="2026-12-04"), "notice")
    assert any("Friday 4 December 2026 (your reading of their words: 'by Friday')" in b["text"] for b in corrected)
    estimate = blocks(run(expected="2026-12-04", timing=""), "notice")
    assert any("You expect them to decide by Friday 4 December 2026: your own estimate" in b["text"] for b in estimate)
    assert any("Friday 27 November 2026 (their words: 'by Friday')" in b["text"] for b in blocks(run(), "notice"))
    assert any("gave no date" in b["text"] for b in blocks(run(timing=""), "notice"))


def test_final_round_gives_one_heads_up_per_referee_and_a_salary_note():
    result = run(round="Final round", next_stage="unknown", referees=[{"name": "Ann Lee", "email": "ann@uni.example"}, {"name": "Bob Ray"}],
                 who_will_call="Sam from HR", projects="the billing migration\n- leading the data team",
                 salary_low="£42,000", salary_high="£48,000", walk_away="£40,000", salary_said="£45k to the recruiter on 2 Nov",
                 your_name="Sam Jones")
    ann, bob, salary = blocks(result, "message")
    assert ann["body"].startswith("Dear Ann,") and bob["body"].startswith("Dear Bob,")
    assert ann["to"] == "ann@uni.example" and ann["mailto"].startswith("mailto:ann@uni.example?")
    assert "by Sam from HR" in ann["body"] and "- the billing migration\n- leading the data team" in ann["body"]
    assert any("Ask each referee before" in b["text"] for b in blocks(result, "notice"))
    assert salary["mailto"] == "" and "Walk-away figure: £40,000 (private)" in salary["body"]
    assert "Already said: £45k to the recruiter on 2 Nov" in salary["body"]


def test_referee_messages_need_a_name_to_sign_and_to_greet():
    errors = run(referees=[{"name": "Ann Lee"}])["errors"]
    assert errors == {"your_name": "Enter your name: it signs the message to your referees."}
    errors = run(referees=[{"email": "x@y.example"}], your_name="Sam")["errors"]
    assert errors == {"referees.0.name": "Enter the referee's name: the message greets them by it."}


def test_the_referee_section_follows_the_round_and_what_comes_next():
    """No box to tick: the round's name or what happens next says the end is near."""
    referees = [{"name": "Ann Lee"}]
    assert not blocks(run(next_stage="another_round", referees=referees, your_name="Sam"), "message")
    for near in ({"round": "Final interview"}, {"next_stage": "final_round"}, {"next_stage": "decision"}):
        assert blocks(run(**{"next_stage": "another_round", **near}, referees=referees, your_name="Sam"), "message"), near
