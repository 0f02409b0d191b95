"""The guide and the worksheets say the same thing.

The step pages are prose a publisher edits; the worksheets hold the rules. A person reads
both, so where the guide states an order or a number, it must be the worksheets' own: the
thank-you before the reflection, two working days after their date, five with none, five
between follow-ups, the recruiter's LinkedIn note now and the interviewers' after the outcome,
a reply that fits how the news came. Each check reads the page's words and the rule it states.
"""

from __future__ import annotations

import re

import pytest

from tests.support.repo import ROOT
from worksheets.plan import schedule, thanks
from worksheets.sheets import checklist
from worksheets.words import wording

STEPS = ROOT / "docs" / "steps"
NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def page(step: int) -> str:
    return next(STEPS.glob(f"{step}-*.md")).read_text("utf-8")


def checklist_items(text: str) -> list[str]:
    return re.findall(r"^- \[ \] (.*)$", text, flags=re.M)


def test_the_steps_come_in_the_order_the_plan_does_them():
    """Step 2 (thank-you) comes before step 3 (reflect): no step page tells the reader to do a
    later step before an earlier one."""
    reflect = " ".join(checklist_items(page(3))).lower()
    assert "before you write your thank-you" not in reflect and "before your thank-you" not in reflect
    assert "thank-you notes are on their way" in reflect


def test_the_follow_up_table_states_the_worksheets_numbers():
    text = page(5)
    table = text[text.index("| What they said |"):text.index("\n\n", text.index("| What they said |"))]
    after, none, between = (NUMBERS[schedule.AFTER_THEIR_DATE], NUMBERS[schedule.NO_DATE_WAIT],
                            NUMBERS[schedule.BETWEEN_STEPS])
    rows = dict(re.findall(r"^\| (.+?) \| (.+?) \|$", table, flags=re.M))
    assert rows['"By Friday"'].startswith(f"{after.capitalize()} work days after that Friday")
    assert rows['"Next week"'].startswith(f"{after.capitalize()} work days after")
    assert rows["Nothing"].startswith(f"{none.capitalize()} work days after the interview")
    assert rows["No reply to your first follow-up"].startswith(f"{between.capitalize()} work days later")
    assert f"the worksheet takes {after}" in text


def test_step_one_counts_the_days_the_worksheet_counts():
    text = page(1)
    assert f"Count {NUMBERS[schedule.NO_DATE_WAIT]} work days from the interview" in text
    assert f"follow up after at least {NUMBERS[schedule.NO_DATE_WAIT]} work days" in text


def test_step_two_times_the_thank_you_as_the_worksheet_does():
    text = page(2)
    assert thanks.AFTERNOON.hour == 12  # morning: before noon
    assert "**Morning interview:** send it the same day" in text
    assert "**Afternoon or evening interview:** send it the next work morning" in text
    assert "**Friday afternoon:** send it on Monday morning" in text


def test_linkedin_timing_is_the_worksheets():
    text = page(4)
    timing = wording.load("linkedin")["timing"]
    assert timing["recruiter"].startswith("Send now")
    assert "**The recruiter:** now." in text and "Connect with the recruiter now" in text
    assert timing["after_decision"].startswith("Wait until you have heard the outcome")
    assert "**The people who interviewed you:** once you know the outcome" in text


def test_the_reply_to_a_no_fits_how_it_came_on_the_page_too():
    text = page(5)
    notes = wording.load("outcomes")["rejection_reply"]["note"]
    assert "same thread" in notes["email"] and "new email" in notes["phone"]
    assert "in the same thread if they emailed, or in a new email that\n    thanks them for the call if they phoned" in text


@pytest.mark.parametrize("known", checklist.KNOWN, ids=lambda k: k.item)
def test_what_the_worksheets_tick_is_an_item_of_its_own_step(known):
    assert f"{{#{known.item}}}" in page(known.step)


def test_step_one_is_ticked_by_their_words_not_by_an_estimate():
    ask = next(k for k in checklist.KNOWN if k.item == "know-when")
    assert ask.holds({"timing": "by Friday"}, {})
    assert not ask.holds({"expected": "2026-12-04"}, {})  # the person's own estimate: nobody told them
