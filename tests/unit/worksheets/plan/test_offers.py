"""An offer in the plan: thanks now, a reminder two working days before the answer is due, the
answer on their date; and what an offer does to the person's other applications."""

from __future__ import annotations

import datetime as dt
import json

from tests.support.moment import at, context_json
from worksheets import api
from worksheets.plan import actions as plan
from worksheets.plan.offers import decide_day

MONDAY = dt.date(2026, 12, 7)


def offer(**extra) -> dict:
    values = {"company": "Hallam & Pryce", "role": "Graduate Consultant", "date": dt.date(2026, 11, 30),
              "time": dt.time(10, 0), "stage": "offer", "country": "GB", "thanked": True}
    values.update(extra)
    return values


def kinds(actions) -> dict[str, plan.Action]:
    return {a.kind: a for a in actions}


def test_an_offer_is_thanked_now_decided_two_working_days_before_and_answered_on_the_day():
    found = kinds(plan.plan(offer(answer_by=dt.date(2026, 12, 14)), at(MONDAY)))
    assert found["offer"].day == MONDAY and "in writing" in found["offer"].title and not found["offer"].done
    assert found["decide"].day == dt.date(2026, 12, 10)  # Thursday: two working days before Monday 14
    assert found["answer"].day == dt.date(2026, 12, 14) and found["answer"].title.endswith("by Mon 14 Dec")


def test_the_reminder_to_decide_skips_the_bank_holidays():
    # Answer due Tuesday 29 December: Christmas Day and the Boxing Day holiday (Monday 28) are skipped.
    assert decide_day(dt.date(2026, 12, 29), {dt.date(2026, 12, 25), dt.date(2026, 12, 28)}) == dt.date(2026, 12, 23)
    found = kinds(plan.plan(offer(answer_by=dt.date(2026, 12, 29)), at(dt.date(2026, 12, 21))))
    assert found["decide"].day == dt.date(2026, 12, 23)


def test_a_reminder_whose_day_has_passed_comes_today_and_says_so():
    found = kinds(plan.plan(offer(answer_by=dt.date(2026, 12, 8), offer_thanked=True), at(MONDAY)))
    assert found["offer"].done
    assert found["decide"].day == MONDAY and found["decide"].reason.startswith("Your answer is due Tuesday 8 December 2026")


def test_with_no_date_to_answer_by_the_thanks_ask_for_one():
    found = kinds(plan.plan(offer(offer_written=True), at(MONDAY)))
    assert set(found) >= {"offer"} and "answer" not in found
    assert found["offer"].title == "Thank Hallam & Pryce for the offer"
    assert "They gave no date for your answer" in found["offer"].reason


GLOBEX = {"company": "Globex Systems", "role": "Junior Analyst", "stage": "offer", "answer_by": "2026-12-11"}


def test_an_open_offer_elsewhere_brings_the_follow_up_forward():
    values = offer(stage="interviewing", timing="in two weeks", elsewhere=[GLOBEX])
    found = plan.plan(values, at(MONDAY))
    tell = kinds(found)["tell_other"]
    assert tell.day == MONDAY and tell.title == "Tell Hallam & Pryce about your offer from Globex Systems"
    first = kinds(found)["first_follow_up"]
    assert first.done and first.lapsed  # telling them is the follow-up, brought forward


def test_an_offer_elsewhere_due_well_after_their_date_changes_nothing_yet():
    values = offer(stage="interviewing", date=dt.date(2026, 12, 4), timing="by Tuesday", elsewhere=[{**GLOBEX, "answer_by": "2026-12-21"}])
    assert "tell_other" not in kinds(plan.plan(values, at(MONDAY)))


def test_an_offer_accepted_elsewhere_means_withdrawing_and_no_more_chasing():
    values = offer(stage="interviewing", elsewhere=[{**GLOBEX, "stage": "accepted"}])
    found = plan.plan(values, at(MONDAY))
    assert kinds(found)["withdraw"].title == "Withdraw from Hallam & Pryce"
    assert all(a.done and a.lapsed for a in found if a.kind in ("first_follow_up", "second_follow_up", "move_on"))
    # A round still to come: withdraw, nothing to prepare.
    ahead = offer(stage="interviewing", date=dt.date(2026, 12, 15), elsewhere=[{**GLOBEX, "stage": "accepted"}])
    assert [a.kind for a in plan.plan(ahead, at(MONDAY))] == ["withdraw"]


def test_your_interviews_sees_every_offer_across_applications():
    records = {
        "aaaa1111": {"company": "Globex Systems", "role": "Junior Analyst", "date": "2026-11-20", "time": "10:00",
                     "stage": "offer", "answer_by": "2026-12-11", "thanked": True, "country": "GB"},
        "bbbb2222": {"company": "Hallam & Pryce", "role": "Graduate Consultant", "date": "2026-11-30", "time": "10:00",
                     "stage": "interviewing", "timing": "in two weeks", "thanked": True, "country": "GB"},
    }
    rows = {r["title"]: r for r in json.loads(api.dashboard(json.dumps(records), context_json(MONDAY, "09:00")))["rows"]}
    assert rows["Hallam & Pryce: Graduate Consultant"]["next"] == "Tell Hallam & Pryce about your offer from Globex Systems"
    marks = [m["name"] for m in rows["Globex Systems: Junior Analyst"]["timeline"]["marks"]]
    assert "Decide" in marks and "Answer due" in marks
    ics = json.loads(api.calendar(json.dumps(records), context_json(MONDAY, "09:00")))["ics"]
    assert "SUMMARY:Decide on Globex Systems's offer: your answer is due Wed 9 Dec" not in ics  # its own date
    assert "SUMMARY:Decide on Globex Systems's offer: your answer is due Fri 11 Dec" in ics
    assert "SUMMARY:Give Globex Systems your answer by Fri 11 Dec" in ics
