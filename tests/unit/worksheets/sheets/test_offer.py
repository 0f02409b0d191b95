"""Step 5's offer worksheet: the message for each answer, built on step 1's salary research and
guarded: never asking below what they offered, warning past the research, plain about a
walk-away figure, and never asking for a date that is a day off."""

from __future__ import annotations

import datetime as dt
import json

from tests.support.moment import at, context_json
from worksheets import api
from worksheets.core.validation import validate
from worksheets.sheets import offer
from worksheets.sheets.offer import WORKSHEET
from worksheets.words.output import Message, Notice, Paragraph, Table

MONDAY = dt.date(2026, 12, 7)


def base(**extra) -> dict:
    data = {"company": "Hallam & Pryce", "role": "Graduate Consultant", "coordinator_name": "Fiona MacLeod",
            "coordinator_email": "fiona@hallam-pryce.example", "your_name": "Amara Okafor", "country": "GB",
            "news_by": "phone", "offer_salary": "£31,000", "answer_by": "2026-12-14", "offer_answer": "thanks",
            "salary_low": "£30,000", "salary_high": "£34,000", "walk_away": "£29,000"}
    data.update(extra)
    return data


def compose(**extra):
    result = validate(WORKSHEET, base(**extra))
    assert result.ok, result.errors
    return offer.compose(result.values, at(MONDAY, "16:00")).blocks


def errors(**extra) -> dict:
    return validate(WORKSHEET, base(**extra)).errors


def message(blocks) -> Message:
    (found,) = [b for b in blocks if isinstance(b, Message)]
    return found


def notices(blocks) -> str:
    return " ".join(b.text for b in blocks if isinstance(b, Notice))


def test_an_offer_by_phone_is_thanked_in_a_new_email_that_asks_for_it_in_writing():
    sent = message(compose())
    assert sent.subject == "Thank you for your call today" and sent.to == "fiona@hallam-pryce.example"
    assert sent.body.startswith("Dear Fiona,\n\nThank you for calling today to offer me the Graduate Consultant role.")
    assert "Could you send me the offer in writing" in sent.body
    assert "I'll give you my answer by Monday 14 December 2026." in sent.body


def test_by_email_in_writing_and_with_no_date_the_reply_stays_in_the_thread_and_asks_for_one():
    sent = message(compose(news_by="email", offer_written=True, answer_by=""))
    assert sent.subject == "Re: Graduate Consultant offer"
    assert "in writing" not in sent.body and "Could you let me know when you need my answer?" in sent.body


def test_the_counter_offer_asks_for_the_top_of_the_research_with_the_reason_and_what_to_do_if_no():
    blocks = compose(offer_answer="negotiate", offer_thanked=True, ask_reason="my two years of client reporting")
    sent = message(blocks)
    assert ("From my research into similar roles, and given my two years of client reporting, "
            "I was hoping for a salary of £34,000. If you can meet that, I'm ready to accept.") in sent.body
    assert "the top of your researched range, £34,000" in notices(blocks)
    after = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert any("against your walk-away figure, £29,000" in text for text in after)


def test_the_counter_offer_never_asks_for_what_they_already_offered_or_less():
    assert "not more than their offer of £31,000" in errors(offer_answer="negotiate", ask_for="£31k")["ask_for"]
    assert "not more than their offer" in errors(offer_answer="negotiate", ask_for="30,000")["ask_for"]
    assert "sum of money" in errors(offer_answer="negotiate", ask_for="a bit more")["ask_for"]
    assert "Enter the salary they offered" in errors(offer_answer="negotiate", offer_salary="")["offer_salary"]


def test_a_figure_beyond_the_research_and_an_offer_below_the_walk_away_figure_are_said_plainly():
    above = compose(offer_answer="negotiate", ask_for="£38k")
    assert "£38,000 is above the top of your research (£34,000)" in notices(above)
    assert "a salary of £38,000" in message(above).body
    below = compose(offer_answer="negotiate", offer_salary="£27,500")
    assert "Their offer, £27,500, is below your walk-away figure (£29,000)" in notices(below)


def test_an_offer_already_at_the_top_of_the_research_names_no_figure():
    blocks = compose(offer_answer="negotiate", offer_salary="£35,000")
    assert "already at or above the top of your research (£34,000)" in notices(blocks)
    assert "Is there any flexibility on the salary?" in message(blocks).body
    assert "Only send this if you would say yes at that figure" not in notices(blocks)


def test_figures_that_cannot_be_compared_are_not_compared():
    blocks = compose(offer_answer="negotiate", salary_high="$45,000", walk_away="£14 an hour")
    text = notices(blocks)
    assert "different currencies" in text and "hourly or day rate" in text
    assert "Is there any flexibility on the salary?" in message(blocks).body


def test_more_time_is_one_later_working_day_and_never_a_day_off():
    assert "not later than their date" in errors(offer_answer="more_time", wanted_by="2026-12-14")["wanted_by"]
    assert "Enter the date" in errors(offer_answer="more_time")["wanted_by"]
    blocks = compose(offer_answer="more_time", wanted_by="2026-12-19", more_time_reason="another", offer_thanked=True)
    assert "Saturday 19 December 2026 is not a working day" in notices(blocks)
    assert "would it be possible to have until Friday 18 December 2026 instead?" in message(blocks).body
    assert "I'm at the final stage of another application" in message(blocks).body


def test_acceptance_says_what_was_agreed_in_the_persons_english():
    gb = message(compose(offer_answer="accept", offer_salary="£32,500", offer_start="2027-01-04"))
    assert "accept your offer of the Graduate Consultant role, at a salary of £32,500, starting on Monday 4 January 2027." in gb.body
    assert "Could you send me the contract to sign" in gb.body
    us = message(compose(offer_answer="accept", offer_salary="$96k", offer_start="2027-01-11", country="US"))
    assert "at a salary of $96,000, starting on Monday, January 11, 2027." in us.body
    assert "offer letter to sign" in us.body and us.body.rstrip().splitlines()[-2] == "Best regards,"
    typed = message(compose(offer_answer="accept", offer_salary="£31,000 plus a 10% bonus"))
    assert "at a salary of £31,000 plus a 10% bonus." in typed.body  # said as they typed it when it says more


def test_a_decline_is_gracious_and_goes_through_the_agency_when_there_is_one():
    sent = message(compose(offer_answer="decline", decline_reason="accepted_other", agency=True,
                           consultant_name="Priti Desai", consultant_email="priti@harbour.example"))
    assert sent.to == "priti@harbour.example" and sent.body.startswith("Dear Priti,")
    assert "I have accepted another offer, so I must decline this one. Could you let them know, with my thanks?" in sent.body


def test_the_answer_becomes_the_applications_stage_when_the_button_is_pressed():
    assert {c: (v, w) for c, v, w in offer.ANSWER.applies_as} == {
        "thanks": ("offer", "Offer"), "more_time": ("offer", "Offer"), "negotiate": ("offer", "Offer"),
        "accept": ("accepted", "Offer accepted"), "decline": ("declined", "Offer declined")}


def test_two_offers_are_set_side_by_side_with_questions_not_a_score():
    globex = {"company": "Globex Systems", "role": "Junior Analyst", "stage": "offer", "answer_by": "2026-12-11",
              "offer_salary": "£29,500"}
    context = json.loads(context_json(MONDAY, "16:00"))
    context["elsewhere"] = [globex]
    reply = json.loads(api.run("offer", json.dumps(base(offer_start="2027-01-04")), json.dumps(context)))
    blocks = reply["output"]["blocks"]
    (table,) = [b for b in blocks if b["type"] == "table"]
    assert table["columns"] == ["", "Hallam & Pryce", "Globex Systems"]
    assert table["rows"][0] == ["Salary", "£31,000", "£29,500"]
    assert table["rows"][2] == ["Answer by", "Monday 14 December", "Friday 11 December"]
    assert any("regret turning down" in b.get("text", "") for b in blocks)
