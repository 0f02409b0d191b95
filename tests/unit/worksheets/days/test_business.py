import datetime as dt

import pytest

from worksheets.days.business import add_business_days, is_business_day, next_business_day, on_or_after

FRI = dt.date(2026, 11, 27)
SAT = dt.date(2026, 11, 28)
MON = dt.date(2026, 11, 30)


def test_weekends_are_skipped():
    assert not is_business_day(SAT)
    assert next_business_day(FRI) == MON
    assert on_or_after(SAT) == MON
    assert on_or_after(FRI) == FRI


def test_closed_days_are_skipped():
    assert next_business_day(FRI, {MON}) == dt.date(2026, 12, 1)


def test_add_business_days_across_year_end():
    christmas = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
    assert add_business_days(dt.date(2026, 12, 24), 3, christmas) == dt.date(2026, 12, 31)


def test_negative_counts_are_refused():
    with pytest.raises(ValueError):
        add_business_days(FRI, -1)
