"""Reading what the employer said about their timeline as a date."""

from __future__ import annotations

import datetime as dt

import pytest

from worksheets.words.dates import long_date
from worksheets.days.holidays import holidays_for
from worksheets.reading.reader import Reading, parse_timeline

D = dt.date
TUE = D(2026, 12, 1)  # a Tuesday
FRI = D(2026, 12, 4)
GB = holidays_for("GB", range(2025, 2031))

#: Every phrase in this file's tables, for the tests that try them on many days.
ALL_PHRASES: list[str] = []


def phrases(rows: list) -> list:
    """A test table, noted in ALL_PHRASES on the way."""
    ALL_PHRASES.extend(row if isinstance(row, str) else row[0] for row in rows)
    return rows


def read(phrase: str, said_on: dt.date = TUE, closed=()) -> Reading:
    reading = parse_timeline(phrase, said_on, closed)
    assert reading is not None, phrase
    return reading


@pytest.mark.parametrize("phrase, expected, exact", phrases([
    # weekdays: the next one strictly after the day it was said
    ("by Friday", D(2026, 12, 4), True),
    ("on Friday", D(2026, 12, 4), True),
    ("Friday", D(2026, 12, 4), True),
    ("by Fri.", D(2026, 12, 4), True),
    ("Monday", D(2026, 12, 7), True),
    ("Tuesday", D(2026, 12, 8), True),  # said on a Tuesday: next week's
    ("this Friday", D(2026, 12, 4), True),
    ("this coming Friday", D(2026, 12, 4), True),
    ("next Friday", D(2026, 12, 11), False),  # the Friday of next week, flagged
    ("Friday next week", D(2026, 12, 11), True),
    ("next week Friday", D(2026, 12, 11), True),
    ("Monday or Tuesday", D(2026, 12, 8), False),  # the later of the two
    # weeks
    ("end of the week", D(2026, 12, 4), True),
    ("end of this week", D(2026, 12, 4), True),
    ("by the end of the working week", D(2026, 12, 4), True),
    ("later this week", D(2026, 12, 4), False),
    ("by the weekend", D(2026, 12, 4), False),
    ("end of next week", D(2026, 12, 11), True),
    ("next week", D(2026, 12, 11), False),
    ("early next week", D(2026, 12, 8), False),
    ("mid next week", D(2026, 12, 9), False),
    ("the week after next", D(2026, 12, 18), False),
    ("in a couple of weeks", D(2026, 12, 15), False),
    ("a couple weeks", D(2026, 12, 15), False),
    ("in two weeks", D(2026, 12, 15), True),
    ("2 weeks", D(2026, 12, 15), True),
    ("in two weeks' time", D(2026, 12, 15), True),
    ("a fortnight", D(2026, 12, 15), True),
    ("within a week", D(2026, 12, 8), True),
    ("a week or two", D(2026, 12, 15), False),
    ("2-3 weeks", D(2026, 12, 22), False),  # a range is read at its end
    ("2 to 3 weeks", D(2026, 12, 22), False),
    ("in the next few weeks", D(2026, 12, 22), False),
    # days
    ("in a few days", D(2026, 12, 4), False),  # 3 business days
    ("a couple of days", D(2026, 12, 3), False),
    ("within 10 working days", D(2026, 12, 15), True),
    ("within 5 business days", D(2026, 12, 8), True),
    ("in 3 days", D(2026, 12, 4), False),  # read as business days, flagged
    ("3 calendar days", D(2026, 12, 4), True),
    ("tomorrow", D(2026, 12, 2), True),
    ("the day after tomorrow", D(2026, 12, 3), True),
    ("today", D(2026, 12, 1), True),
    ("by the end of the day", D(2026, 12, 1), True),
    # months
    ("end of the month", D(2026, 12, 31), True),
    ("end of this month", D(2026, 12, 31), True),
    ("later this month", D(2026, 12, 31), False),
    ("end of next month", D(2027, 1, 29), True),  # 31 January 2027 is a Sunday
    ("next month", D(2027, 1, 29), False),
    ("in a month", D(2027, 1, 1), True),
    ("in a couple of months", D(2027, 2, 1), False),
    ("end of January", D(2027, 1, 29), True),
    ("mid-January", D(2027, 1, 20), False),
    ("early January", D(2027, 1, 8), False),  # the 10th is a Sunday
    ("in March", D(2027, 3, 31), False),
    # written dates
    ("12 December", D(2026, 12, 12), True),
    ("December 12", D(2026, 12, 12), True),
    ("Dec. 12th", D(2026, 12, 12), True),
    ("12th Dec", D(2026, 12, 12), True),
    ("the 12th of December", D(2026, 12, 12), True),
    ("12 December 2027", D(2027, 12, 12), True),
    ("December 12, 2027", D(2027, 12, 12), True),
    ("12/12", D(2026, 12, 12), True),
    ("05/12", D(2026, 12, 5), False),  # day/month, but could be read the other way
    ("5/1", D(2027, 1, 5), False),
    ("25/12", D(2026, 12, 25), True),  # only one way to read it
    ("12/25", D(2026, 12, 25), False),  # month/day only because day/month is impossible
    ("12/12/2026", D(2026, 12, 12), True),
    ("12/12/26", D(2026, 12, 12), True),
    ("12.12.2026", D(2026, 12, 12), True),
    ("2026-12-12", D(2026, 12, 12), True),
    ("by the 12th", D(2026, 12, 12), True),
    ("by the 1st", D(2026, 12, 1), False),  # the day it was said: a guess (next month's 1st offered)
    ("by the 31st", D(2026, 12, 31), True),
]))
def test_phrases(phrase: str, expected: dt.date, exact: bool) -> None:
    reading = read(phrase)
    assert (reading.date, reading.exact) == (expected, exact)


@pytest.mark.parametrize("phrase", phrases([
    "BY FRIDAY", "By Friday", "bY fRiDaY", "  by   Friday  ", "by\nFriday", "by\u00a0Friday",
]))
def test_case_and_spacing_do_not_matter(phrase: str) -> None:
    assert read(phrase).date == FRI


@pytest.mark.parametrize("phrase, expected", phrases([
    ("They said they'd let me know by Friday at the latest.", FRI),
    ("Sarah mentioned they hope to decide by the end of the week, fingers crossed", FRI),
    ("we should hear back in a couple of weeks or so", D(2026, 12, 15)),
    ("The recruiter said: \u2018next week\u2019.", D(2026, 12, 11)),
    ("decision expected on 12 December after the panel meets", D(2026, 12, 12)),
    ("Hiring manager: 'within 10 working days'", D(2026, 12, 15)),
    ("We sat down and they said Friday", FRI),  # 'sat' is not Saturday
    ("they may take 2 weeks", D(2026, 12, 15)),  # 'may' alone is not May
]))
def test_surrounding_words_are_tolerated(phrase: str, expected: dt.date) -> None:
    assert read(phrase).date == expected


@pytest.mark.parametrize("phrase", phrases([
    "", "soon", "ASAP", "shortly", "they'll be in touch", "no idea", "10 days ago", "in 0 days",
    "31/02", "2026-02-30", "29 Feb", "the sun was out", "Sat and Sun",
]))
def test_unknown_phrases_give_none(phrase: str) -> None:
    assert parse_timeline(phrase, TUE) is None


def test_explanation_quotes_their_words_and_names_the_day() -> None:
    reading = read("They said BY Friday.")
    assert reading.matched == "BY Friday"
    assert reading.explanation == "'BY Friday' read as Friday 4 December 2026"


def test_inexact_readings_say_how_they_were_read() -> None:
    assert "end of that week" in read("next week").explanation
    assert "working days" in read("in 3 days").explanation  # UK English by default
    assert "business days" in parse_timeline("in 3 days", TUE, month_first=True).explanation  # US English
    assert "day/month" in read("05/12").explanation
    assert "month/day" in read("12/25").explanation


def test_weekday_said_on_that_weekday_is_next_weeks() -> None:
    assert read("by Friday", FRI).date == D(2026, 12, 11)
    assert read("this Friday", FRI).date == FRI  # "this Friday", said on a Friday, is today


def test_friday_interview() -> None:
    assert read("end of the week", FRI).date == FRI
    assert read("next week", FRI).date == D(2026, 12, 11)
    assert read("Monday", FRI).date == D(2026, 12, 7)
    assert read("in a few days", FRI).date == D(2026, 12, 9)  # 3 business days over the weekend
    assert read("tomorrow", FRI).date == D(2026, 12, 5)  # a named day keeps its date


def test_said_at_a_weekend_this_week_means_the_week_ahead() -> None:
    saturday = D(2026, 12, 5)
    assert read("end of the week", saturday).date == D(2026, 12, 11)
    assert read("next week", saturday).date == D(2026, 12, 11)


def test_written_date_with_weekday_that_does_not_match_is_kept_but_flagged() -> None:
    reading = read("Friday 12 December")  # 12 December 2026 is a Saturday
    assert reading.date == D(2026, 12, 12)
    assert not reading.exact
    assert "Saturday, not a Friday" in reading.explanation
    assert read("Saturday 12 December").exact


def test_day_month_in_the_past_rolls_to_next_year() -> None:
    reading = read("30 November")
    assert reading.date == D(2027, 11, 30)
    assert "next year" in reading.explanation
    assert read("1 December").date == TUE  # the same day has not passed
    assert read("12 January", D(2026, 12, 29)).date == D(2027, 1, 12)
    assert read("05/01", D(2026, 12, 29)).date == D(2027, 1, 5)


def test_written_year_in_the_past_is_kept_and_noted() -> None:
    reading = read("2025-01-01")
    assert reading.date == D(2025, 1, 1)
    assert "already passed" in reading.explanation


def test_leap_day() -> None:
    assert read("29 Feb", D(2027, 12, 1)).date == D(2028, 2, 29)
    assert read("29/02/2028").date == D(2028, 2, 29)


def test_year_end() -> None:
    said = D(2026, 12, 29)  # Tuesday
    assert read("next week", said).date == D(2027, 1, 8)
    assert read("end of the month", said).date == D(2026, 12, 31)
    assert read("in a couple of weeks", said).date == D(2027, 1, 12)
    assert read("end of the week", said, GB).date == D(2026, 12, 31)  # 1 January is a holiday
    assert read("within 5 working days", said, GB).date == D(2027, 1, 6)


def test_named_day_on_a_holiday_keeps_its_date() -> None:
    monday = D(2026, 3, 30)  # Good Friday is 3 April 2026
    assert read("by Friday", monday, GB).date == D(2026, 4, 3)
    assert read("3 April", monday, GB).date == D(2026, 4, 3)


def test_computed_day_on_a_holiday_moves_to_the_last_business_day_before_it() -> None:
    monday = D(2026, 3, 30)
    reading = read("end of the week", monday, GB)
    assert reading.date == D(2026, 4, 2)
    assert "the last working day before Friday 3 April 2026" in reading.explanation
    assert read("end of the week", monday).date == D(2026, 4, 3)  # without holidays
    assert read("in a couple of weeks", D(2026, 12, 11), GB).date == D(2026, 12, 24)  # not Christmas Day
    assert read("in a month", D(2026, 11, 28), GB).date == D(2026, 12, 24)  # 28 Dec is Boxing Day (observed)


def test_computed_day_off_moves_forward_when_back_would_be_before_it_was_said() -> None:
    good_friday = D(2026, 4, 3)
    reading = read("end of the week", good_friday, GB)
    assert reading.date == D(2026, 4, 7)  # Easter Monday is a holiday too
    assert "the first working day after Friday 3 April 2026" in reading.explanation


def test_business_day_counts_skip_holidays() -> None:
    assert read("within 5 business days", D(2026, 12, 21), GB).date == D(2026, 12, 30)
    assert read("within 5 business days", D(2026, 12, 21)).date == D(2026, 12, 28)


def test_most_specific_reading_wins() -> None:
    assert read("end of next week").date == D(2026, 12, 11)
    assert read("by Friday 11 December").date == D(2026, 12, 11)
    narrowed = read("by the end of the month, i.e. Dec 30")  # a day inside the stretch just named narrows it
    assert (narrowed.date, narrowed.exact, narrowed.others) == (D(2026, 12, 30), True, ())


def test_long_input_is_read() -> None:
    junk = ("1 a next the end of in " * 2000) + "by Friday"
    reading = read(junk)
    assert (reading.date, reading.exact) == (FRI, True)


# --- the pieces a caller builds its own sentence from ----------------------------------

@pytest.mark.parametrize("phrase, note", phrases([
    ("by the end of next week", ""),
    ("next week", "the end of that week, so you don't follow up too soon"),
    ("later this week", "the end of the week"),
    ("mid-January", "mid January at its latest"),
    ("in March", "the end of that month"),
    ("in 3 days", "counting 3 working days"),
    ("30 November", "next year's, as this year's has passed"),
    ("end of next month", "the last working day before Sunday 31 January 2027"),
]))
def test_note_is_a_plain_phrase_without_leading_punctuation(phrase: str, note: str) -> None:
    reading = read(phrase)
    assert reading.note == note
    opening = f"'{reading.matched}' read as {long_date(reading.date)}"
    assert reading.explanation == opening + (f", {note}" if note else "")


def test_a_caller_can_write_its_own_sentence_without_repeating_itself() -> None:
    reading = read("We'll know by the end of next week")
    sentence = f"Decision expected by {long_date(reading.date)} (their words: '{reading.matched}')."
    assert sentence == "Decision expected by Friday 11 December 2026 (their words: 'by the end of next week')."


@pytest.mark.parametrize("phrase, expected, alternative, reason", phrases([
    ("next Friday", D(2026, 12, 11), D(2026, 12, 4), "the coming Friday"),
    ("Monday or Tuesday", D(2026, 12, 8), D(2026, 12, 7), "Monday"),
    ("05/12", D(2026, 12, 5), D(2027, 5, 12), "month/day"),
    ("in 3 days", D(2026, 12, 4), D(2026, 12, 4), ""),  # both counts agree: nothing to offer
    ("in 4 days", D(2026, 12, 7), D(2026, 12, 4), "4 calendar days"),  # Saturday 5th moves back to Friday
    ("Friday 12 December", D(2026, 12, 12), D(2026, 12, 11), "Friday"),  # the 12th is a Saturday
    ("Thursday 12 December", D(2026, 12, 12), D(2026, 12, 10), "Thursday"),  # the nearest Thursday
    ("Monday 12 December", D(2026, 12, 12), D(2026, 12, 14), "Monday"),
]))
def test_inexact_readings_offer_the_likely_alternative(phrase, expected, alternative, reason) -> None:
    reading = read(phrase)
    assert reading.date == expected
    assert not reading.exact
    if reason:
        assert (reading.alternative, reading.alternative_reason) == (alternative, reason)
        assert f"; if they meant {reason}, that is {long_date(alternative)}" in reading.explanation
    else:
        assert (reading.alternative, reading.alternative_reason) == (None, "")


def test_an_order_that_has_passed_is_no_reading_at_all() -> None:
    reading = read("05/12/2026")  # 12 May 2026 had passed: only 5 December is left
    assert (reading.date, reading.exact, reading.alternative) == (D(2026, 12, 5), True, None)
    assert read("05/12/2027").alternative == D(2027, 5, 12)


def test_weekday_mismatch_alternative_is_never_before_the_day_it_was_said() -> None:
    reading = read("Wednesday 12 December", D(2026, 12, 10))  # the Wednesday before is the 9th
    assert reading.alternative == D(2026, 12, 16)


def test_said_on_a_friday_next_friday_has_no_other_reading() -> None:
    reading = read("next Friday", FRI)
    assert reading.date == D(2026, 12, 11)
    assert reading.alternative is None


def test_exact_readings_offer_no_alternative() -> None:
    for phrase in ("by Friday", "end of next week", "12 December", "25/12", "within 10 working days"):
        reading = read(phrase)
        assert reading.exact and reading.alternative is None and reading.alternative_reason == "", phrase


# --- ordinal days ---------------------------------------------------------------------

MON_30_NOV = D(2026, 11, 30)  # 9 December 2026 is a Wednesday


@pytest.mark.parametrize("phrase, expected", phrases([
    ("by Wednesday 9th", D(2026, 12, 9)),  # was Wednesday 2 December: the '9th' was dropped
    ("Wednesday 9th", D(2026, 12, 9)),
    ("Wed the 9th", D(2026, 12, 9)),
    ("Wed, the 9th", D(2026, 12, 9)),
    ("on Wednesday the 9th", D(2026, 12, 9)),
    ("Wednesday the 9", D(2026, 12, 9)),
    ("the 9th", D(2026, 12, 9)),
    ("9th", D(2026, 12, 9)),
    ("on 9th", D(2026, 12, 9)),
    ("They'll let me know by the 9th at the latest", D(2026, 12, 9)),
    ("Wednesday 9th December", D(2026, 12, 9)),
    ("the 9th of December", D(2026, 12, 9)),
    ("on Wednesday the 9th of December", D(2026, 12, 9)),
    ("the 1st", D(2026, 12, 1)),  # the next 1st
    ("by the 9th of next month", D(2026, 12, 9)),  # said in November
    ("the 31st of next month", D(2026, 12, 31)),
    ("by the 15th of the month", D(2026, 12, 15)),
    ("Omar said the 9th", D(2026, 12, 9)),  # a word ending in a month's letters is no month
]))
def test_an_ordinal_day_decides_the_date(phrase: str, expected: dt.date) -> None:
    reading = read(phrase, MON_30_NOV)
    assert reading.date == expected
    assert reading.exact


def test_the_issue_example_reads_the_ninth_in_its_own_words() -> None:
    reading = read("by Wednesday 9th", MON_30_NOV)
    assert (reading.date, reading.exact, reading.matched) == (D(2026, 12, 9), True, "by Wednesday 9th")
    assert reading.explanation == "'by Wednesday 9th' read as Wednesday 9 December 2026"


@pytest.mark.parametrize("phrase, expected, weekday, named, alternative", phrases([
    ("Friday 9th", D(2026, 12, 9), "Wednesday", "Friday", D(2026, 12, 11)),
    ("Friday the 9", D(2026, 12, 9), "Wednesday", "Friday", D(2026, 12, 11)),
    ("Friday the 13th", D(2026, 12, 13), "Sunday", "Friday", D(2026, 12, 11)),
    ("by Monday the 9th", D(2026, 12, 9), "Wednesday", "Monday", D(2026, 12, 7)),
]))
def test_a_weekday_that_does_not_match_the_ordinal_keeps_the_date_and_says_so(phrase, expected, weekday, named,
                                                                             alternative) -> None:
    reading = read(phrase, MON_30_NOV)
    assert reading.date == expected
    assert not reading.exact
    assert reading.note == f"that is a {weekday}, not a {named}"
    assert (reading.alternative, reading.alternative_reason) == (alternative, named)


def test_two_ordinals_read_as_the_later() -> None:
    for phrase in ("the 9th or 10th", "9th-10th", "by the 9 or 10th"):
        reading = read(phrase, MON_30_NOV)
        note = "the end of the range they gave" if "-" in phrase else "the later of the two"
        assert (reading.date, reading.exact, reading.note) == (D(2026, 12, 10), False, note), phrase
        assert (reading.alternative, reading.alternative_reason) == (D(2026, 12, 9), "the 9th")
    assert read("the 30th or 1st", D(2026, 11, 20)).date == D(2026, 12, 1)


def test_an_ordinal_skips_months_too_short_for_it() -> None:
    assert read("by the 31st", D(2027, 2, 1)).date == D(2027, 3, 31)
    assert read("by the 30th", D(2027, 2, 1)).date == D(2027, 3, 30)
    assert read("by the 29th", D(2028, 2, 1)).date == D(2028, 2, 29)


@pytest.mark.parametrize("phrase, expected", phrases([
    ("after the 2nd round, in 2 weeks", D(2026, 12, 14)),  # 'the 2nd round' counts rounds
    ("the 3rd interview is next week", D(2026, 12, 11)),
    ("Wednesday the 9 at 10am", D(2026, 12, 9)),
]))
def test_an_ordinal_that_counts_something_is_not_a_day(phrase: str, expected: dt.date) -> None:
    assert read(phrase, MON_30_NOV).date == expected


@pytest.mark.parametrize("phrase", phrases(["the 30th of February", "Feb 30th", "February the 30th", "31st Nov",
                                            "by Nov. 31st", "Wed the 30th of Feb", "29 Feb"]))
def test_an_impossible_day_of_a_named_month_is_not_read_as_some_other_month(phrase: str) -> None:
    assert parse_timeline(phrase, MON_30_NOV) is None


# --- readings on the day it was said, or before it, are guesses -------------------------

@pytest.mark.parametrize("phrase, said_on, expected, alternative, reason", phrases([
    # 'end of the month' said on its last day: the end of next month is offered
    ("end of the month", MON_30_NOV, MON_30_NOV, D(2026, 12, 31), "the end of next month"),
    ("by the end of this month", MON_30_NOV, MON_30_NOV, D(2026, 12, 31), "the end of next month"),
    ("later this month", MON_30_NOV, MON_30_NOV, D(2026, 12, 31), "the end of next month"),
    ("end of the month", D(2026, 10, 30), D(2026, 10, 30), D(2026, 11, 30), "the end of next month"),  # 31st a Saturday
    ("end of the month", D(2026, 12, 31), D(2026, 12, 31), D(2027, 1, 29), "the end of next month"),  # 31 Jan a Sunday
    # 'end of the week' said on a Friday
    ("end of the week", FRI, FRI, D(2026, 12, 11), "the end of next week"),
    ("by the weekend", FRI, FRI, D(2026, 12, 11), "the end of next week"),
    ("this Friday", FRI, FRI, D(2026, 12, 11), "Friday next week"),
    ("by the 30th", MON_30_NOV, MON_30_NOV, D(2026, 12, 30), "the 30th of December"),
    ("by the 1st", TUE, TUE, D(2027, 1, 1), "the 1st of January"),
    ("Tuesday the 1st", TUE, TUE, D(2027, 1, 1), "the 1st of January"),
    ("1 December", TUE, TUE, None, ""),  # a written date: nothing likelier to offer
    ("end of December", D(2026, 12, 31), D(2026, 12, 31), None, ""),
]))
def test_a_reading_on_the_day_it_was_said_is_a_guess(phrase, said_on, expected, alternative, reason) -> None:
    reading = read(phrase, said_on)
    assert reading.date == expected
    assert not reading.exact
    assert "the day they said it" in reading.note
    assert (reading.alternative, reading.alternative_reason) == (alternative, reason)


def test_the_issue_example_end_of_the_month_on_its_last_day() -> None:
    reading = read("end of the month", MON_30_NOV)
    assert reading.explanation == ("'end of the month' read as Monday 30 November 2026, the day they said it; "
                                   "if they meant the end of next month, that is Thursday 31 December 2026")
    page = (f"We read '{reading.matched}' as {long_date(reading.date)}, {reading.note}. "
            f"If they meant {reading.alternative_reason}, that is {long_date(reading.alternative)}.")
    assert page == ("We read 'end of the month' as Monday 30 November 2026, the day they said it. "
                    "If they meant the end of next month, that is Thursday 31 December 2026.")


def test_a_computed_day_moved_onto_or_off_the_day_it_was_said_is_a_guess() -> None:
    thursday = D(2026, 4, 2)  # Good Friday is the 3rd
    reading = read("end of the week", thursday, GB)
    assert (reading.date, reading.exact) == (thursday, False)
    assert reading.note == "the last working day before Friday 3 April 2026, and the day they said it"
    assert reading.alternative == D(2026, 4, 10)
    saturday = D(2026, 10, 31)
    reading = read("end of the month", saturday)
    assert (reading.date, reading.exact) == (D(2026, 11, 2), False)
    assert reading.note == "the first working day after Saturday 31 October 2026, the day they said it"
    assert reading.alternative == D(2026, 11, 30)


@pytest.mark.parametrize("phrase", phrases(["today", "by today", "tonight", "by the end of the day", "end of day"]))
def test_words_that_mean_the_day_it_was_said_are_not_a_guess(phrase: str) -> None:
    reading = read(phrase)
    assert (reading.date, reading.exact, reading.note, reading.alternative) == (TUE, True, "", None)


@pytest.mark.parametrize("phrase, expected, alternative, reason", phrases([
    ("2025-01-01", D(2025, 1, 1), D(2027, 1, 1), "2027"),
    ("12/12/2025", D(2025, 12, 12), D(2026, 12, 12), "2026"),
    ("12 December 2025", D(2025, 12, 12), D(2026, 12, 12), "2026"),
    ("end of January 2026", D(2026, 1, 31), D(2027, 1, 29), "2027"),  # a past day is not moved; 31 Jan 2027 is a Sunday
    ("the 1st of this month", TUE, None, ""),  # said on the 1st: the day itself
    ("the 30th of this month", D(2026, 12, 30), None, None),  # not passed: no flag
]))
def test_a_reading_before_the_day_it_was_said_is_a_guess(phrase, expected, alternative, reason) -> None:
    reading = read(phrase)
    assert reading.date == expected
    if reason is None:
        assert reading.exact
        return
    assert not reading.exact
    if expected < TUE:
        assert "already passed when they said it" in reading.note
        assert (reading.alternative, reading.alternative_reason) == (alternative, reason)


def test_this_month_ordinal_that_has_passed_offers_next_months() -> None:
    reading = read("the 1st of this month", D(2026, 12, 15))
    assert (reading.date, reading.exact) == (TUE, False)
    assert (reading.alternative, reading.alternative_reason) == (D(2027, 1, 1), "the 1st of January")


def test_a_span_moved_back_onto_the_day_it_was_said_offers_the_first_working_day_after() -> None:
    thursday = D(2026, 4, 2)  # Good Friday the 3rd, Easter Monday the 6th
    reading = read("3 calendar days", thursday, GB)  # Sunday the 5th, back to Thursday
    assert (reading.date, reading.exact) == (thursday, False)
    assert reading.alternative == D(2026, 4, 7)
    assert reading.alternative_reason == "the first working day after Sunday 5 April 2026"


# --- date words the reading left out ----------------------------------------------------

@pytest.mark.parametrize("phrase, expected, unread", phrases([
    ("by Friday, or the 30th of Feb", FRI, "30th of Feb"),  # no such day: said, not read as another
    ("by Friday 31/02", FRI, "31/02"),
    ("Friday 4 December; maybe 31/11", FRI, "31/11"),
    ("by Friday, or after half term", FRI, "half term"),  # a school break: its dates differ by region
    ("by Friday, or after half-term", FRI, "half-term"),
]))
def test_a_reading_that_leaves_out_date_words_says_which(phrase, expected, unread) -> None:
    reading = read(phrase)
    assert reading.date == expected, reading.explanation
    if unread:
        assert not reading.exact
        assert reading.unread == unread
        assert f"ignoring '{unread}'" in reading.note


@pytest.mark.parametrize("phrase, expected, exact", phrases([
    ("Friday week", D(2026, 12, 11), False),  # a week after the coming Friday (UK)
    ("Friday 12", D(2026, 12, 12), False),  # the 12th, a Saturday: kept and flagged
    ("by Friday 12 at the latest", D(2026, 12, 12), False),
    ("in 2 weeks from Friday", D(2026, 12, 18), True),  # counted from Friday
    ("by Friday, or end of next week at the latest", D(2026, 12, 11), False),  # the later of the two
    ("Friday or early next week", D(2026, 12, 8), False),
    ("by Friday, hopefully, or Monday", D(2026, 12, 7), False),
    ("we interviewed last week; they said 2 weeks", D(2026, 12, 15), True),  # the past is not a date they gave
    ("early 2027, maybe Friday", D(2027, 4, 30), False),  # two dates: the later, and Friday offered
]))
def test_words_once_left_out_are_read_now(phrase, expected, exact) -> None:
    reading = read(phrase)
    assert (reading.date, reading.exact) == (expected, exact), reading.explanation
    assert reading.unread == ""


def test_the_readings_own_alternative_comes_before_another_date() -> None:
    reading = read("by Friday, or the 9th or 10th")
    assert reading.date == D(2026, 12, 10)
    assert (reading.alternative, reading.alternative_reason) == (D(2026, 12, 9), "the 9th")
    assert reading.note == "the later of the two"


def test_the_issue_example_reads_the_ninth() -> None:
    """'by Wednesday 9' (no suffix, no 'the') is the 9th, a Wednesday."""
    reading = read("by Wednesday 9", MON_30_NOV)
    assert (reading.date, reading.exact, reading.unread) == (D(2026, 12, 9), True, "")
    assert reading.explanation == "'by Wednesday 9' read as Wednesday 9 December 2026"


@pytest.mark.parametrize("phrase", phrases([
    "we'll let you know by Friday",
    "They said they'd let me know by Friday at the latest.",
    "Sarah mentioned they hope to decide by the end of the week, fingers crossed",
    "The hiring manager said we'll hear back by Friday",
    "decision expected on 12 December after the panel meets",
    "they may take 2 weeks",
    "the next steps will be shared by Friday",
    "by Friday, 3 candidates left",
    "by Friday (interview 2 of 3)",
    "by Friday at 12",
    "by Friday 5pm",
    "after the 2nd round, in 2 weeks",
    "Round 2 next week, by the end of it",
    "by Friday (4th)",  # the same day twice is read, not left out
    "4 December, a Friday",
    "Friday 4 December 2026, a Friday",
    "in 2 weeks (by the 15th)",
    "they'll decide next week, probably Friday",
]))
def test_words_that_are_not_about_when_do_not_make_a_reading_a_guess(phrase: str) -> None:
    reading = read(phrase)
    assert reading.unread == ""
    assert "ignoring" not in reading.explanation
    assert reading.exact or phrase.startswith("Round 2"), reading.explanation


def test_several_left_out_words_are_each_quoted() -> None:
    reading = read("by Friday 4 December; or 31/11? or 30/02")
    assert reading.unread == "31/11, 30/02"
    assert "ignoring '31/11' and '30/02'" in reading.note


def test_a_day_they_rule_out_is_not_read() -> None:
    reading = read("by Friday; not Monday")
    assert (reading.date, reading.exact, reading.unread) == (FRI, True, "")


# --- many days, many phrases: what must always hold ---------------------------------------

#: Words that name the day they were said: a reading of them on that day is no guess.
MEANS_THAT_DAY = {"today", "by today", "tonight", "by the end of the day", "end of day"}


def check(phrase: str, said_on: dt.date, reading: Reading | None) -> None:
    """What holds for every reading, whatever the phrase and the day."""
    if reading is None:
        return
    where = (phrase, said_on, reading)
    if reading.date < said_on:
        assert not reading.exact and "already passed when they said it" in reading.note, where
    if reading.date == said_on and phrase not in MEANS_THAT_DAY:
        assert not reading.exact and "the day they said it" in reading.note, where
    assert reading.alternative is None or reading.alternative >= said_on, where
    assert (reading.alternative is None) == (reading.alternative_reason == ""), where
    assert reading.alternative != reading.date, where
    assert not reading.unread or not reading.exact, where
    assert reading.note == reading.note.strip() and reading.note[:1] not in (",", ";", ":", "("), where
    assert reading.explanation.startswith(f"'{reading.matched}' read as {long_date(reading.date)}"), where


#: Phrases that count from the day they were said, or can fall on it or before it.
EVERY_DAY = ["end of the month", "later this month", "end of the week", "this Friday", "by the 1st", "by the 31st",
             "Wednesday 9th", "the 9th or 10th", "29 Feb", "12/12/2027", "end of January 2027", "3 calendar days",
             "in a couple of weeks", "next Friday"]


def test_every_day_of_three_years_no_reading_before_the_day_it_was_said_goes_unflagged() -> None:
    day = D(2026, 1, 1)  # to 31 December 2028, through 29 February 2028
    while day.year <= 2028:
        for phrase in EVERY_DAY:
            reading = parse_timeline(phrase, day, GB)
            # '29 Feb' is read this year or next: from 1 January 2027 to 29 February 2028
            leap_day_ahead = D(2027, 1, 1) <= day <= D(2028, 2, 29)
            assert (reading is None) == (phrase == "29 Feb" and not leap_day_ahead), (phrase, day)
            assert reading is None or reading.date >= day or not reading.exact, (phrase, day)
            check(phrase, day, reading)
        day += dt.timedelta(days=1)


#: Days where calendars turn: leap day, year and month ends, Easter, a weekend month end.
TURNING_DAYS = [D(2028, 2, 29), D(2027, 2, 28), D(2026, 12, 31), D(2027, 1, 1), MON_30_NOV, D(2026, 10, 30),
                D(2026, 10, 31), D(2026, 4, 2), D(2026, 4, 3), D(2026, 12, 25), D(2027, 1, 31), FRI]


@pytest.mark.parametrize("said_on", TURNING_DAYS, ids=str)
def test_every_phrase_in_these_tables_reads_without_error_on_days_calendars_turn(said_on: dt.date) -> None:
    assert len(ALL_PHRASES) > 150
    for phrase in ALL_PHRASES:
        for closed in ((), GB):
            check(phrase, said_on, parse_timeline(phrase, said_on, closed))


ADVERSARIAL = [(unit * 200)[:200] for unit in (
    "the ", "next ", "9th ", "1 ", "end of ", "Wednesday the ", "-", "1/", "a couple of ", "in the next ", "by ",
    "Friday ", "2-", "1st or ", "mid-", "12 ", "may ", "week ", "9 or ", "of the ", ", ", "\u2019", "1.", "next week ",
    "Dec ", "the end of the ", "by the 9th of ", "1 2 3 ", "31/", "2026-", "Friday or ", "\x00",
)] + ["a" * 199 + "!", " " * 200, "1" * 200, "by " + "Friday " * 28 + "12"]


@pytest.mark.parametrize("phrase", ADVERSARIAL, ids=lambda phrase: repr(phrase[:16]))
def test_adversarial_input_is_read_to_the_end(phrase: str) -> None:
    """No pattern backtracks without end: each of these completes (speed is ./dev bench's job)."""
    for said_on in (TUE, FRI, D(2028, 2, 29)):
        check(phrase, said_on, parse_timeline(phrase, said_on, GB))
