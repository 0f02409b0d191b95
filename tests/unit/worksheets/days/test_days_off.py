"""The days-off box, read the way the person writes dates, and the one rule for their order."""

from __future__ import annotations

import datetime as dt

import pytest

from worksheets.days.days_off import blackout_days, blackout_problem, closed_days, days_off_problem
from worksheets.days.written import month_first, orders

D = dt.date
NOV_24 = D(2026, 11, 24)


@pytest.mark.parametrize("values, expected", [
    ({}, False),
    ({"country": "US"}, True),
    ({"country": "GB"}, False),
    ({"country": "CA"}, False),  # Canada mixes: day first until the person says otherwise
    ({"english": "us", "country": "GB"}, True),  # their English wins over their country
    ({"english": "gb", "country": "US"}, False),
    ({"english": "", "country": "us"}, True),
])
def test_month_first_is_their_english_else_their_country(values, expected) -> None:
    assert month_first(values) is expected


def test_orders_put_the_persons_order_first_and_drop_impossible_ones() -> None:
    assert orders(12, 4, month_first=True) == [(12, 4), (4, 12)]
    assert orders(12, 4, month_first=False) == [(4, 12), (12, 4)]
    assert orders(25, 12, month_first=True) == [(12, 25)]
    assert orders(5, 5, month_first=False) == [(5, 5)]


def days(text: str, month_first: bool = False, around: dt.date | None = NOV_24) -> list[str]:
    found, bad = blackout_days(text, month_first=month_first, around=around)
    assert not bad, bad
    return sorted(day.isoformat() for day in found)


@pytest.mark.parametrize("text, month_first, expected", [
    ("2026-12-24", False, ["2026-12-24"]),
    ("24/12/2026", False, ["2026-12-24"]),
    ("12/24/2026", True, ["2026-12-24"]),
    ("12/4/2026", True, ["2026-12-04"]),  # the person's order when both are possible
    ("12/4/2026", False, ["2026-04-12"]),
    ("24/12/2026", True, ["2026-12-24"]),  # the other order when theirs is impossible
    ("24.12.26", False, ["2026-12-24"]),
    ("24 Dec 2026", False, ["2026-12-24"]),
    ("Thu 24th December", False, ["2026-12-24"]),
    ("December 24, 2026", True, ["2026-12-24"]),
    ("24/12", False, ["2026-12-24"]),  # no year: the next one from the interview
    ("5 Jan", False, ["2027-01-05"]),
    ("24-26 Dec", False, ["2026-12-24", "2026-12-25", "2026-12-26"]),
    ("Dec 24-26", True, ["2026-12-24", "2026-12-25", "2026-12-26"]),
    ("30/12/2026 to 2/1/2027", False, ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]),
    ("12/30/2026 - 1/2/2027", True, ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]),
    ("30 Dec to 2 Jan", False, ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]),
    ("30 to 31 Dec", False, ["2026-12-30", "2026-12-31"]),
    ("2026-12-24, 2026-12-31", False, ["2026-12-24", "2026-12-31"]),
    ("2026-12-24 2026-12-31", False, ["2026-12-24", "2026-12-31"]),
    ("2026-12-24\n31/12/2026; 1 Jan 2027", False, ["2026-12-24", "2026-12-31", "2027-01-01"]),
])
def test_days_off_are_read_in_the_persons_order(text, month_first, expected) -> None:
    assert days(text, month_first) == expected


@pytest.mark.parametrize("text", ["31/13", "next tuesday", "30 Feb 2027", "1/1/2026 to 1/1/2027", "soon", "24/12/2026 ~"])
def test_what_cannot_be_read_is_named(text) -> None:
    found, bad = blackout_days(f"2026-12-24, {text}", around=NOV_24)
    assert bad == [text] and D(2026, 12, 24) in found


def test_a_date_without_a_year_needs_the_interview_day() -> None:
    assert blackout_days("24/12") == (set(), ["24/12"])


def test_the_message_shows_examples_in_the_persons_order() -> None:
    assert blackout_problem([]) == ""
    assert "24/12/2026" in blackout_problem(["31/13"]) and "“31/13”" in blackout_problem(["31/13"])
    assert "12/24/2026" in blackout_problem(["31/13"], month_first=True)
    assert days_off_problem({"date": NOV_24, "country": "US", "blackout": "12/24, 13/13"}).startswith("“13/13”")
    assert days_off_problem({"date": NOV_24, "blackout": "24/12"}) == ""


def test_closed_days_read_days_off_in_the_persons_order() -> None:
    us = closed_days({"country": "US", "blackout": "12/4"}, NOV_24)
    gb = closed_days({"country": "GB", "blackout": "12/4"}, NOV_24)
    assert D(2026, 12, 4) in us and D(2026, 11, 26) in us
    assert D(2027, 4, 12) in gb and D(2026, 12, 4) not in gb
