"""Salaries as people type them: read soundly, compared only when the comparison is sound,
written back the way a careful email writes money."""

from __future__ import annotations

import pytest

from worksheets.words.money import Amount, compare, per, read, written

# (typed, country, value, currency, period): how recruiters, HR and candidates write pay, in
# both Englishes and beyond, the awkward ones included.
READINGS = [
    ("£31,000", "GB", 31_000, "GBP", ""),
    ("£31k", "GB", 31_000, "GBP", ""),
    ("31K", "", 31_000, "", ""),
    ("£31,000 a year", "GB", 31_000, "GBP", "year"),
    ("£31,000 per annum", "GB", 31_000, "GBP", "year"),
    ("£31,000 p.a.", "GB", 31_000, "GBP", "year"),
    ("31,000 GBP", "", 31_000, "GBP", ""),
    ("£31k base + 10% bonus", "GB", 31_000, "GBP", ""),
    ("up to £35k DOE", "GB", 35_000, "GBP", ""),
    ("around 42 grand", "GB", 42_000, "", ""),
    ("£30 000", "GB", 30_000, "GBP", ""),
    ("£2,500 pcm", "GB", 2_500, "GBP", "month"),
    ("£15.50 an hour", "GB", 15.5, "GBP", "hour"),
    ("£450 per day", "GB", 450, "GBP", "day"),
    ("$85,000 a year plus bonus", "US", 85_000, "USD", "year"),
    ("$95K/yr", "US", 95_000, "USD", "year"),
    ("$62.5k", "US", 62_500, "USD", ""),
    ("$40/hr", "US", 40, "USD", "hour"),
    ("85000", "US", 85_000, "", ""),
    ("$92,000 base plus 10% bonus", "US", 92_000, "USD", ""),
    ("$70,000", "AU", 70_000, "AUD", ""),
    ("C$78,000", "", 78_000, "CAD", ""),
    ("€45.000", "IE", 45_000, "EUR", ""),
    ("12 LPA", "IN", 1_200_000, "INR", "year"),
    ("₹12,00,000 per annum", "IN", 1_200_000, "INR", "year"),
    ("Rs 8,50,000", "IN", 850_000, "INR", ""),
    ("1.2 lakh per month", "IN", 120_000, "INR", "month"),
    ("30-35k", "GB", 30_000, "", ""),
    ("£31,000, call me back at 2pm", "GB", 31_000, "GBP", ""),
]


@pytest.mark.parametrize("typed, country, value, currency, period", READINGS)
def test_a_salary_is_read_as_it_was_meant(typed, country, value, currency, period):
    amount = read(typed, country)
    assert amount is not None, typed
    assert (amount.value, amount.currency, amount.period) == (value, currency, period), typed


@pytest.mark.parametrize("typed", ["", "thirty thousand", "10% bonus", "competitive", "DOE", "TBC"])
def test_words_without_a_figure_are_not_read(typed):
    assert read(typed, "GB") is None


def test_comparisons_are_made_only_when_they_are_sound():
    assert compare(read("£34,000"), read("£31k")) == 1
    assert compare(read("£31,000"), read("31000")) == 0  # no currency named: the same
    assert compare(read("£31,000 a year"), read("£2,700 a month")) == -1  # 32,400 a year
    assert compare(read("£31,000"), read("$33,000")) is None  # different currencies
    assert compare(read("£31,000"), read("£16 an hour")) is None  # an hourly rate is not a salary
    assert compare(read("£450 per day"), read("£500 a day")) == -1  # like with like
    assert compare(None, read("£1")) is None


def test_money_is_written_as_an_email_writes_it():
    assert written(read("34k"), read("£31,000")) == "£34,000"  # the offer's currency
    assert written(read("34k"), country="US") == "$34,000"  # else the person's country's
    assert written(read("14 LPA", "IN")) == "₹14,00,000"  # Indian grouping
    assert written(read("£16.50 an hour")) + per(read("£16.50 an hour")) == "£16.50 an hour"
    assert written(Amount(98_000.0, "USD")) == "$98,000"
