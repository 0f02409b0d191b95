"""The rules of the grammar, one by one: holidays by name, ranges, the person's order of day
and month, counts from a day, shorthand, whole sentences with two dates, and words that are
not dates. (The corpus, test_corpus.py, scores hundreds of phrases; these say why.)"""

from __future__ import annotations

import datetime as dt

import pytest

from worksheets.days.holidays import holidays_for
from worksheets.reading import date_words, month_first, parse_timeline
from worksheets.reading.reader import Reading

D = dt.date
TUE = D(2026, 12, 1)
US = holidays_for("US", range(2025, 2030))
GB = holidays_for("GB", range(2025, 2030))


def us(phrase: str, said_on: dt.date = TUE) -> Reading:
    reading = parse_timeline(phrase, said_on, US, country="US", month_first=True)
    assert reading is not None, phrase
    return reading


def gb(phrase: str, said_on: dt.date = TUE) -> Reading:
    reading = parse_timeline(phrase, said_on, GB, country="GB")
    assert reading is not None, phrase
    return reading


def test_the_positional_call_still_works() -> None:
    reading = parse_timeline("by Friday", TUE, GB)
    assert (reading.date, reading.exact, reading.others) == (D(2026, 12, 4), True, ())


def test_month_first_is_the_rule_of_the_days_module() -> None:
    assert month_first({"country": "US"}) and not month_first({"country": "GB"})
    assert month_first({"english": "us", "country": "GB"})


# --- holidays by name ---------------------------------------------------------------------

def test_after_thanksgiving_in_the_us_is_the_monday_after_said_so() -> None:
    reading = us("We'll be in touch after Thanksgiving", D(2026, 11, 24))
    assert (reading.date, reading.exact) == (D(2026, 11, 30), False)
    assert reading.note == ("the first business day after Thanksgiving (Thursday, November 26, 2026), as many offices "
                            "close on Friday, November 27, 2026 too")


def test_thanksgiving_is_canadas_in_canada_and_borrowed_elsewhere() -> None:
    canada = parse_timeline("after Thanksgiving", D(2026, 9, 29), country="CA")
    assert canada.date == D(2026, 10, 13)
    borrowed = gb("after Thanksgiving", D(2026, 11, 24))
    assert borrowed.date == D(2026, 11, 30) and not borrowed.exact  # the UK has none: the US one, said so
    assert "Thanksgiving in the US" in borrowed.note


@pytest.mark.parametrize("phrase, said_on, expected, exact", [
    ("before we break for Christmas", D(2026, 12, 9), D(2026, 12, 23), False),
    ("before Christmas", D(2026, 12, 9), D(2026, 12, 24), False),  # Christmas Eve offered as the start of the break
    ("by Christmas", D(2026, 12, 9), D(2026, 12, 25), True),
    ("after Christmas", D(2026, 12, 9), D(2026, 12, 29), False),  # Boxing Day is observed on the 28th
    ("in the new year", D(2026, 12, 9), D(2027, 1, 14), False),
    ("after the new year", D(2026, 12, 9), D(2027, 1, 4), False),
    ("by New Year's Eve", D(2026, 12, 9), D(2026, 12, 31), True),
    ("after Easter", D(2027, 3, 8), D(2027, 3, 30), False),  # Easter Monday is a bank holiday
    ("before Easter", D(2027, 3, 8), D(2027, 3, 25), True),  # and so is Good Friday
    ("after the bank holiday", D(2027, 5, 20), D(2027, 6, 1), False),
    ("before the spring bank holiday", D(2027, 5, 20), D(2027, 5, 28), True),
])
def test_uk_holidays(phrase: str, said_on: dt.date, expected: dt.date, exact: bool) -> None:
    reading = gb(phrase, said_on)
    assert (reading.date, reading.exact) == (expected, exact), reading.explanation


@pytest.mark.parametrize("phrase, said_on, expected", [
    ("after the holidays", D(2026, 11, 24), D(2027, 1, 4)),
    ("before the holidays", D(2026, 11, 24), D(2026, 12, 23)),
    ("after Easter", D(2027, 1, 13), D(2027, 3, 29)),  # no Easter Monday off in the US
    ("Easter Sunday", D(2027, 1, 13), D(2027, 3, 28)),
    ("2 weeks before Christmas", TUE, D(2026, 12, 11)),
    ("by Labor Day", D(2027, 8, 2), D(2027, 9, 6)),
    ("before the 4th of July", D(2027, 6, 15), D(2027, 7, 2)),  # a Sunday, and before it
    ("after the 4th", D(2027, 6, 15), D(2027, 7, 6)),  # observed on Monday the 5th
])
def test_us_holidays(phrase: str, said_on: dt.date, expected: dt.date) -> None:
    assert us(phrase, said_on).date == expected


def test_before_christmas_offers_the_start_of_the_break() -> None:
    reading = gb("before Christmas", D(2026, 12, 9))
    assert (reading.alternative, reading.alternative_reason) == (D(2026, 12, 23), "before the break, from Thursday 24 December 2026")


def test_a_holiday_the_data_does_not_hold_that_year_is_not_read_but_fixed_days_are() -> None:
    assert parse_timeline("after Thanksgiving", D(2040, 11, 1), country="US") is None
    assert parse_timeline("by Christmas", D(2040, 11, 1), country="US").date == D(2040, 12, 25)


def test_greetings_are_not_dates() -> None:
    reading = gb("Have a lovely Christmas! We'll be in touch on the 4th of January.", D(2026, 12, 18))
    assert (reading.date, reading.exact, reading.others) == (D(2027, 1, 4), True, ())


# --- ranges, or, counts -----------------------------------------------------------------

@pytest.mark.parametrize("phrase, said_on, expected, alternative", [
    ("between the 4th and the 8th", TUE, D(2026, 12, 8), D(2026, 12, 4)),
    ("Oct 2 to Oct 22", D(2026, 10, 16), D(2026, 10, 22), D(2026, 10, 16)),  # the 2nd had passed: not offered
    ("April 9th through the 17th", D(2027, 3, 8), D(2027, 4, 17), D(2027, 4, 9)),
    ("14-18 Dec", TUE, D(2026, 12, 18), D(2026, 12, 14)),
    ("in the next week or two", TUE, D(2026, 12, 15), D(2026, 12, 8)),
    ("7-10 business days", TUE, D(2026, 12, 15), D(2026, 12, 10)),
    ("in two to three weeks", TUE, D(2026, 12, 22), D(2026, 12, 15)),
])
def test_ranges_end_where_they_end(phrase, said_on, expected, alternative) -> None:
    reading = gb(phrase, said_on)
    assert (reading.date, reading.exact) == (expected, False), reading.explanation
    assert reading.alternative in (alternative, None)


@pytest.mark.parametrize("phrase, expected, exact", [
    ("within 48 hours", D(2026, 12, 3), False),  # two working days
    ("in 2 hours", TUE, True),
    ("in a few days", D(2026, 12, 4), False),
    ("within 14 days", D(2026, 12, 15), False),  # more than five: calendar days
    ("a fortnight", D(2026, 12, 15), True),
    ("three weeks from tomorrow", D(2026, 12, 23), True),
    ("two Fridays from now", D(2026, 12, 11), True),
    ("two months after next Friday", D(2027, 2, 11), False),
    ("a week on Friday", D(2026, 12, 11), True),
    ("the following Friday", D(2026, 12, 11), False),
])
def test_counts_from_today_or_from_another_day(phrase, expected, exact) -> None:
    reading = gb(phrase)
    assert (reading.date, reading.exact) == (expected, exact), reading.explanation


# --- the person's order of day and month ----------------------------------------------------

def test_a_us_persons_12_4_is_4_december_with_12_april_offered() -> None:
    reading = us("by 12/4")
    assert (reading.date, reading.exact, reading.alternative) == (D(2026, 12, 4), False, D(2027, 4, 12))
    assert reading.alternative_reason == "day/month"
    assert gb("by 12/4").date == D(2027, 4, 12)


@pytest.mark.parametrize("phrase, said_on, expected", [
    ("4-22", D(2027, 1, 13), D(2027, 4, 22)), ("4.22", D(2027, 1, 13), D(2027, 4, 22)),
    ("3-7-2027", D(2027, 1, 13), D(2027, 3, 7)), ("12/18", TUE, D(2026, 12, 18)),
])
def test_loose_numeric_dates(phrase, said_on, expected) -> None:
    assert us(phrase, said_on).date == expected


def test_an_order_that_would_have_just_passed_gives_way_to_one_weeks_away() -> None:
    reading = parse_timeline("10/09", D(2026, 9, 29), country="CA")  # Canada: day first unless told
    assert (reading.date, reading.exact) == (D(2026, 10, 9), False)
    assert reading.alternative == D(2027, 9, 10)


@pytest.mark.parametrize("phrase, said_on, expected", [
    ("the twenty-second", TUE, D(2026, 12, 22)), ("Jan first", TUE, D(2027, 1, 1)),
    ("second of Feb", TUE, D(2027, 2, 2)), ("the 27", TUE, D(2026, 12, 27)), ("Oct-2", D(2026, 9, 29), D(2026, 10, 2)),
    ("Oct/2", D(2026, 9, 29), D(2026, 10, 2)), ("Monday 21", TUE, D(2026, 12, 21)),
])
def test_numbers_in_words_and_loose_punctuation(phrase, said_on, expected) -> None:
    assert gb(phrase, said_on).date == expected


# --- months, weeks, quarters, shorthand ------------------------------------------------------

@pytest.mark.parametrize("phrase, said_on, expected, exact", [
    ("February", TUE, D(2027, 2, 26), False),
    ("by February", TUE, D(2027, 2, 26), False),
    ("before February", TUE, D(2027, 1, 29), True),
    ("next June", TUE, D(2027, 6, 30), False),
    ("end of month", TUE, D(2026, 12, 31), True),
    ("the first week of October", D(2027, 8, 2), D(2027, 10, 7), False),
    ("w/c 14th", D(2026, 12, 9), D(2026, 12, 18), False),
    ("the week of the 14th", D(2026, 12, 9), D(2026, 12, 18), False),
    ("rest of the week", TUE, D(2026, 12, 4), False),
    ("by end of Q1", TUE, D(2027, 3, 31), False),
    ("end of the quarter", TUE, D(2026, 12, 31), False),
    ("by EOW", TUE, D(2026, 12, 4), True),
    ("COB Friday", TUE, D(2026, 12, 4), True),
    ("end of play Thursday", TUE, D(2026, 12, 3), True),
    ("mid-next-week", TUE, D(2026, 12, 9), False),
    ("by the 15th at the latest", TUE, D(2026, 12, 15), True),
])
def test_months_weeks_quarters_and_shorthand(phrase, said_on, expected, exact) -> None:
    reading = gb(phrase, said_on)
    assert (reading.date, reading.exact) == (expected, exact), reading.explanation


# --- whole sentences -----------------------------------------------------------------------

def test_the_uk_panel_sentence_reads_both_dates_and_picks_the_decisions() -> None:
    reading = gb("If you're through, we'll invite you to an assessment centre in the week of 11 January; "
                 "we'll let everyone know before we break for Christmas", D(2026, 12, 9))
    assert (reading.date, reading.exact, reading.matched) == (D(2026, 12, 23), False, "before we break for Christmas")
    assert [(o.date, o.words, o.about) for o in reading.others] == [
        (D(2027, 1, 15), "in the week of 11 January", "the next step")]
    assert reading.alternative is None  # a next round's date is offered among the others, not as a reading of this


@pytest.mark.parametrize("phrase, expected", [
    ("Final interviews wrap up on the 10th, and we'll make offers by the 15th.", D(2026, 12, 15)),
    ("Decision by Friday 4th; if successful the start date would be Monday 4 January.", D(2026, 12, 4)),
    ("We spoke on Monday and they'll call on Thursday.", D(2026, 12, 3)),  # Monday was the past
    ("by end of next week, though it might slip into the following Monday", D(2026, 12, 14)),
    ("The MD is away until the 14th, so it'll be the end of that week before we can confirm.", D(2026, 12, 18)),
    ("next week, probably Friday", D(2026, 12, 11)),
])
def test_the_decisions_date_in_a_sentence(phrase: str, expected: dt.date) -> None:
    assert gb(phrase).date == expected


@pytest.mark.parametrize("phrase", [
    "They'll be in touch.", "asap", "no timeline given", "The role is 5 days a week.", "I have 4 weeks' notice.",
    "every Monday", "3 candidates left, interview 2 of 3", "last week", "3 days ago",
])
def test_words_that_give_no_deadline(phrase: str) -> None:
    assert parse_timeline(phrase, TUE, GB, country="GB") is None


def test_the_words_quoted_back_when_nothing_could_be_read() -> None:
    assert date_words("  after   half term ") == "after half term"
    long = "Thanks so much for coming in today, the team loved meeting you. " * 3 + "We'll know more after half term."
    assert date_words(long) == "…We'll know more after half term."
    assert len(date_words("word " * 100)) <= 101 and date_words("word " * 100).endswith("…")
