"""The step 5 schedule: two follow-ups at most, then move on."""

from __future__ import annotations

import datetime as dt

import pytest

from worksheets.days.business import add_business_days, is_business_day
from worksheets.core.voice import Voice
from worksheets.plan.schedule import Schedule, Step, schedule
from worksheets.days.holidays import holidays_for
from worksheets.reading.reader import parse_timeline

D = dt.date
GB = holidays_for("GB", range(2025, 2031))


def dates(plan: Schedule) -> tuple[dt.date, dt.date, dt.date]:
    return tuple(step.date for step in plan.steps)  # type: ignore[return-value]


def test_with_a_date_the_first_follow_up_is_two_business_days_after_it() -> None:
    plan = schedule(D(2025, 12, 1), D(2025, 12, 5))
    assert dates(plan) == (D(2025, 12, 9), D(2025, 12, 16), D(2025, 12, 23))
    assert plan.first.reason.startswith("Two working days after the date they gave (Fri 5 Dec): the usual advice is one or two")
    assert "Tue 9 Dec" not in plan.first.reason  # the step's own date is shown beside it, not repeated
    american = schedule(D(2025, 12, 1), D(2025, 12, 5), say=Voice("us"))
    assert american.first.reason.startswith("Two business days after the date they gave (Fri, Dec 5): the usual advice")


def test_without_a_date_wait_five_business_days_after_the_interview() -> None:
    plan = schedule(D(2026, 12, 1), None)
    assert plan.first.date == D(2026, 12, 8)
    assert "no date" in plan.first.reason and "five working days" in plan.first.reason
    assert "five business days" in schedule(D(2026, 12, 1), None, say=Voice("us")).first.reason


def test_friday_interview() -> None:
    friday = D(2026, 12, 4)
    assert schedule(friday, None).first.date == D(2026, 12, 11)
    expected = parse_timeline("by Friday", friday)
    assert expected is not None and expected.date == D(2026, 12, 11)  # next week's Friday
    assert schedule(friday, expected.date).first.date == D(2026, 12, 15)


def test_date_on_a_weekend() -> None:
    assert schedule(D(2026, 12, 1), D(2026, 12, 12)).first.date == D(2026, 12, 15)


def test_follow_up_that_would_land_on_christmas_moves_on() -> None:
    interview, expected = D(2025, 12, 15), D(2025, 12, 23)
    assert schedule(interview, expected).first.date == D(2025, 12, 25)  # weekends only
    plan = schedule(interview, expected, GB)
    assert plan.first.date == D(2025, 12, 29)  # past Christmas Day and Boxing Day
    assert "not counting Thu 25 Dec and Fri 26 Dec, public holidays" in plan.first.reason
    named = schedule(interview, expected, GB, names={D(2025, 12, 25): "Christmas Day", D(2025, 12, 26): "Boxing Day"})
    assert "(not counting Christmas Day and Boxing Day)" in named.first.reason
    own = schedule(interview, expected, GB | {D(2025, 12, 24)}, own={D(2025, 12, 24)})
    assert "Wed 24 Dec, a day you marked as off" in own.first.reason


def test_boxing_day_observed_is_skipped() -> None:
    plan = schedule(D(2026, 12, 14), D(2026, 12, 23), GB)
    assert plan.first.date == D(2026, 12, 29)  # 25 Dec and 28 Dec (Boxing Day observed) are off
    assert "Fri 25 Dec and Mon 28 Dec" in plan.first.reason


def test_year_end_interview() -> None:
    plan = schedule(D(2026, 12, 29), None, GB)
    assert dates(plan) == (D(2027, 1, 6), D(2027, 1, 13), D(2027, 1, 20))
    assert "Fri 1 Jan 2027" in plan.first.reason  # the year is shown once it changes
    assert schedule(D(2026, 12, 29), None).first.date == D(2027, 1, 5)


def test_a_reply_after_their_date_restarts_the_clock() -> None:
    plan = schedule(D(2026, 12, 1), D(2026, 12, 4), last_reply=D(2026, 12, 9))
    assert plan.first.date == D(2026, 12, 16)  # five business days after the reply
    assert "clock restarts" in plan.first.reason
    assert dates(plan)[1:] == (D(2026, 12, 23), D(2026, 12, 30))


def test_a_reply_with_no_date_restarts_the_no_date_clock() -> None:
    plan = schedule(D(2026, 12, 1), None, last_reply=D(2026, 12, 9))
    assert plan.first.date == D(2026, 12, 16)
    assert "replied on Wed 9 Dec" in plan.first.reason


def test_a_reply_before_their_date_leaves_the_date_standing() -> None:
    plan = schedule(D(2026, 12, 1), D(2026, 12, 10), last_reply=D(2026, 12, 3))
    assert plan.first.date == D(2026, 12, 14)
    assert "Their reply on Thu 3 Dec came before that date, so that date still stands." in plan.first.reason
    same_day = schedule(D(2026, 12, 1), D(2026, 12, 10), last_reply=D(2026, 12, 10))
    assert same_day.first.date == D(2026, 12, 14)


def test_dates_before_the_interview_are_rejected() -> None:
    with pytest.raises(ValueError):
        schedule(D(2026, 12, 1), D(2026, 11, 30))
    with pytest.raises(ValueError):
        schedule(D(2026, 12, 1), None, last_reply=D(2026, 11, 30))


def test_reasons_say_why_without_repeating_the_date() -> None:
    plan = schedule(D(2026, 12, 1), D(2026, 12, 4))
    assert plan.second.reason == "Only if the first gets no answer: five working days after it. This is the last one."
    assert "stop chasing" in plan.move_on.reason and "Tue 22 Dec" not in plan.move_on.reason
    assert "Two follow-ups is the most that helps" not in plan.move_on.reason  # the page says it once, elsewhere


@pytest.mark.parametrize("closed", [frozenset(), GB], ids=["weekends", "GB holidays"])
def test_always_exactly_two_follow_ups_then_move_on(closed) -> None:
    """Every interview day of two years, with and without a date and a reply."""
    day = D(2025, 1, 1)
    while day < D(2027, 1, 1):
        for expected in (None, day, day + dt.timedelta(days=9)):
            for reply in (None, day + dt.timedelta(days=3)):
                plan = schedule(day, expected, closed, reply)
                kinds = [step.kind for step in plan.steps]
                assert kinds == ["first_follow_up", "second_follow_up", "move_on"]
                assert all(isinstance(step, Step) and step.reason for step in plan.steps)
                first, second, move_on = dates(plan)
                assert day < first < second < move_on
                assert all(is_business_day(d, closed) for d in (first, second, move_on))
                assert second == add_business_days(first, 5, closed)
                assert move_on == add_business_days(second, 5, closed)
                anchor = max(d for d in (expected, reply, day) if d is not None)
                assert first > anchor
        day += dt.timedelta(days=1)
