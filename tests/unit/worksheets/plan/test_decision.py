"""The date they gave, as every step uses it: read in the person's country and English, with the
other dates of a pasted sentence offered back, and their words quoted when no date is in them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.support.moment import context_json
from worksheets import api
from worksheets.core.context import Context
from worksheets.days.days_off import closed_days
from worksheets.plan.decision import expected_decision, unread_timing
from worksheets.sheets.shared import TIMING, TIMING_LIMIT, explain_timing

D = dt.date
TUE_24_NOV = D(2026, 11, 24)
UK_PANEL = ("If you're through, we'll invite you to an assessment centre in the week of 11 January; "
            "we'll let everyone know before we break for Christmas")


def expected(timing: str, date: dt.date = TUE_24_NOV, **values):
    record = {"date": date, "timing": timing, **values}
    return expected_decision(record, closed_days(record, date))


def test_after_thanksgiving_said_by_a_us_recruiter_is_the_monday_after() -> None:
    found = expected("We'll be in touch after Thanksgiving", country="US")
    assert found.day == D(2026, 11, 30) and found.guessed
    assert "the first business day after Thanksgiving (Thursday, November 26, 2026)" in found.note  # their English
    assert "Friday, November 27, 2026" in found.note  # the Friday offices close too


def test_a_us_persons_numeric_date_is_month_first() -> None:
    assert expected("by 12/4", country="US").day == D(2026, 12, 4)
    assert expected("by 12/4", english="us").day == D(2026, 12, 4)
    gb = expected("by 12/4", country="GB")
    assert gb.day == D(2027, 4, 12) and gb.alternative == D(2026, 12, 4)


def test_two_dates_in_a_sentence_offer_the_other_and_ask() -> None:
    found = expected(UK_PANEL, D(2026, 12, 9), country="GB")
    assert found.day == D(2026, 12, 23) and found.guessed
    assert [(other.date, other.words) for other in found.others] == [(D(2027, 1, 15), "in the week of 11 January")]
    caveat = found.caveat()
    assert "They also mentioned Friday 15 January 2027 (‘in the week of 11 January’)" in caveat
    assert "put it in “Decision expected by”" in caveat
    assert found.how == "their words: 'before we break for Christmas'"  # a long paste is quoted by the words read


def test_the_persons_own_date_wins_and_unread_words_are_quoted() -> None:
    assert expected("after half term", expected=D(2026, 12, 4)).day == D(2026, 12, 4)
    assert expected("after half term") is None
    assert unread_timing({"date": TUE_24_NOV, "timing": "after half term"}) == "after half term"
    assert unread_timing({"date": TUE_24_NOV, "timing": "by Friday"}) == ""
    assert unread_timing({"date": TUE_24_NOV, "timing": "  "}) == ""
    assert unread_timing({"date": TUE_24_NOV, "timing": "soon", "expected": D(2026, 12, 1)}) == ""


def step_one(**values) -> list[str]:
    answers = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "next_stage": "references", **values}
    result = json.loads(api.run("process", json.dumps(answers), context_json("2026-11-25")))
    return [b["text"] for b in result["output"]["blocks"] if b["type"] in ("notice", "paragraph")]


def test_step_one_never_says_no_date_when_words_were_typed() -> None:
    said = step_one(timing="after half term")
    assert not any("gave no date" in text for text in said)
    assert any(text.startswith("We can't find a date in their words: ‘after half term’.") and
               "“Decision expected by”" in text for text in said)
    assert any("gave no date" in text for text in step_one(timing=""))


def test_step_one_names_the_holiday_and_the_follow_up_the_week_after() -> None:
    said = step_one(timing="We'll be in touch after Thanksgiving", country="US")
    assert any(text.startswith("They expect to decide by Monday, November 30, 2026") and "Thanksgiving" in text
               for text in said)
    assert any("follow up on Wed, Dec 2" in text for text in said)
    assert not any("working day" in text or "26 November" in text for text in said)  # American English throughout


def test_step_one_asks_which_of_two_dates_is_the_decision() -> None:
    said = step_one(timing=UK_PANEL, date="2026-12-09", country="GB")
    assert any("They expect to decide by Wednesday 23 December 2026" in text and
               "They also mentioned Friday 15 January 2027" in text for text in said)


CONTEXT = Context(today=D(2026, 11, 25))


@pytest.mark.parametrize("value, start", [
    ("after half term", "We can't find a date in 'after half term'. If they gave one, put it in “Decision expected by”"),
    ("by Friday", "We read 'by Friday' as Friday, November 27, 2026. If that's wrong"),
    ("We'll be in touch after Thanksgiving", "We read 'We'll be in touch after Thanksgiving' as Monday, November 30, 2026: "
                                             "a guess, the first business day after Thanksgiving"),
])
def test_the_live_note_reads_or_quotes_their_words(value: str, start: str) -> None:
    assert explain_timing(value, {"date": "2026-11-24", "country": "US"}, CONTEXT).startswith(start)


def test_the_live_note_names_both_dates_of_a_pasted_sentence() -> None:
    note = explain_timing(UK_PANEL, {"date": "2026-12-09", "country": "GB"}, CONTEXT)
    assert note.startswith("We read 'before we break for Christmas' as Wednesday 23 December 2026: a guess")
    assert "They also mentioned Friday 15 January 2027 ('in the week of 11 January'): which one is when they will decide?" in note


def test_the_live_note_reads_the_persons_country_and_english_from_the_profile() -> None:
    profile = Context(today=D(2026, 11, 25), profile={"country": "US"})
    assert explain_timing("by 12/4", {"date": "2026-11-24"}, profile).startswith("We read 'by 12/4' as Friday, December 4, 2026")


def test_the_timing_box_takes_a_pasted_paragraph_and_says_when_it_was_cut() -> None:
    assert TIMING.kind == "textarea" and TIMING.max_length == TIMING_LIMIT >= 1000
    pasted = ("Thanks for your time today. " * 80)[:TIMING_LIMIT - 200] + " We'll let you know by Friday."
    assert len(pasted) <= TIMING_LIMIT
    note = explain_timing(pasted, {"date": "2026-11-24"}, CONTEXT)
    assert note.startswith("We read 'by Friday' as Friday 27 November 2026") and "cut" not in note
    full = "x " * (TIMING_LIMIT // 2)
    assert "cut off" in explain_timing(full, {"date": "2026-11-24"}, CONTEXT)


def test_holidays_beyond_the_known_years_are_said_to_be_weekends_only() -> None:
    note = explain_timing("by Friday", {"date": "2041-05-01", "country": "GB"}, Context(today=D(2041, 5, 1)))
    assert "Public holidays in 2041 are not known to this copy of the site, so only weekends are skipped then." in note
    assert "not known" not in explain_timing("by Friday", {"date": "2026-11-24", "country": "GB"}, CONTEXT)
    assert "not known" not in explain_timing("by Friday", {"date": "2041-05-01"}, Context(today=D(2041, 5, 1)))
