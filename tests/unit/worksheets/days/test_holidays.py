"""The holiday data: generated at build time for the years around the build, the source
tree's copy current, correct where we can check, small, and read with the standard library."""

from __future__ import annotations

import ast
import datetime as dt
import json
import sys

import holidays
import pytest

from build.python import holiday_data
from tests.support.repo import ROOT
from worksheets.days import holidays as holiday_table
from worksheets.days.holidays import COUNTRIES, covers, holidays_for, named, named_days, years

SOURCE = ROOT / "worksheets" / holiday_data.FILE
MODULE = ROOT / "worksheets" / "days" / "holidays.py"
D = dt.date


def test_the_source_copy_is_what_the_generator_makes_now() -> None:
    """Fails after a `holidays` upgrade or an edit of holiday_names.toml: rerun the generator."""
    assert SOURCE.read_bytes() == holiday_data.render(holiday_data.SOURCE_YEARS), \
        "worksheets/days/holidays.json is stale: run python scripts/generate_holiday_table.py"


def test_generator_is_deterministic_and_says_what_made_it() -> None:
    first = holiday_data.render(range(2030, 2035))
    assert first == holiday_data.render(range(2030, 2035))
    data = json.loads(first)
    assert data["holidays_version"] == holidays.__version__ and "Do not edit" in data["about"]
    assert (data["first_year"], data["last_year"]) == (2030, 2034)


def test_a_build_ships_the_years_around_its_own_day_and_they_never_run_out() -> None:
    """A build in 2031 (or 2045) ships its own years: nothing runs out with the calendar."""
    for year in (2031, 2045):
        files = holiday_data.wheel_files(D(year, 6, 1))
        table = holiday_table.parse(json.loads(files[holiday_data.FILE]))
        assert (table.first_year, table.last_year) == (year - 1, year + 3)
        assert D(year, 12, 25) in table.closed["GB"]
        thanksgiving = next(day for day in table.named if day.key == "thanksgiving").on("US", year)
        assert thanksgiving is not None and thanksgiving.weekday() == 3 and thanksgiving.month == 11


def test_what_a_build_ships_is_small() -> None:
    """Phones download it: a few KB once compressed in the wheel."""
    import zlib

    shipped = holiday_data.wheel_files(D(2027, 1, 1))[holiday_data.FILE]
    assert len(shipped) < 16_000
    assert len(zlib.compress(shipped, 9)) < 4_500


def test_the_reader_of_the_data_uses_only_the_standard_library() -> None:
    tree = ast.parse(MODULE.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        else:
            continue
        for name in names:
            assert name.split(".")[0] in sys.stdlib_module_names or name == "__future__", name


@pytest.mark.parametrize("module", ["reading/reader", "plan/schedule", "plan/ics", "days/business", "days/holidays"])
def test_worksheet_modules_do_not_import_build_time_packages(module: str) -> None:
    source = (ROOT / "worksheets" / f"{module}.py").read_text("utf-8")
    tree = ast.parse(source)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.add((node.module or "").split(".")[0])
    assert not imported & {"holidays", "icalendar", "dateutil"}
    assert all(name in sys.stdlib_module_names or name == "__future__" for name in imported), imported


def test_the_offered_countries_are_the_generators() -> None:
    assert COUNTRIES == {code: name for code, (name, _) in holiday_data.COUNTRIES.items()}
    assert set(holiday_table.table().closed) == set(COUNTRIES)


def test_every_country_has_holidays_every_year_it_covers() -> None:
    for code in COUNTRIES:
        for year in years():  # New Year or Republic Day at least
            assert holidays_for(code, [year]), (code, year)


@pytest.mark.parametrize("code, day", [
    ("GB", D(2026, 12, 25)), ("GB", D(2026, 12, 26)), ("GB", D(2026, 12, 28)),  # Boxing Day observed
    ("GB", D(2026, 4, 3)), ("GB", D(2026, 4, 6)), ("GB", D(2026, 8, 31)), ("GB", D(2025, 12, 26)),
    ("US", D(2026, 7, 3)), ("US", D(2026, 7, 4)),  # Independence Day on a Saturday, observed on the Friday
    ("US", D(2026, 11, 26)), ("US", D(2026, 1, 19)), ("US", D(2026, 6, 19)),
    ("IE", D(2026, 3, 17)), ("IE", D(2026, 2, 2)),
    ("CA", D(2026, 7, 1)), ("AU", D(2026, 1, 26)), ("NZ", D(2026, 2, 6)),
    ("DE", D(2026, 10, 3)), ("FR", D(2026, 7, 14)), ("NL", D(2026, 4, 27)),
    ("IN", D(2026, 1, 26)), ("IN", D(2026, 8, 15)), ("IN", D(2026, 10, 2)),
    ("GB", D(2030, 12, 25)), ("US", D(2025, 1, 1)), ("GB", D(2032, 12, 27)),
])
def test_known_holidays(code: str, day: dt.date) -> None:
    assert day in holidays_for(code, [day.year])


@pytest.mark.parametrize("code, day", [
    ("GB", D(2026, 3, 17)),  # St Patrick's Day is not an English holiday
    ("US", D(2026, 12, 26)),  # no Boxing Day in the US
    ("GB", D(2026, 12, 24)),
    ("DE", D(2026, 7, 4)),
    ("US", D(2026, 11, 27)),  # the Friday after Thanksgiving is not a federal holiday
])
def test_not_holidays(code: str, day: dt.date) -> None:
    assert day not in holidays_for(code, [day.year])


def test_england_and_wales_share_their_bank_holidays() -> None:
    """The data uses England's list for 'England and Wales': check that is true."""
    covered = list(years())
    england = set(holidays.country_holidays("GB", subdiv="ENG", years=covered))
    wales = set(holidays.country_holidays("GB", subdiv="WLS", years=covered))
    assert england == wales
    assert holidays_for("GB", covered) == frozenset(england)


def test_holidays_for_picks_the_years_asked_for() -> None:
    both = holidays_for("GB", [2026, 2027])
    assert {day.year for day in both} == {2026, 2027}
    assert both == holidays_for("GB", [2026]) | holidays_for("GB", range(2027, 2028))
    assert holidays_for("GB", []) == frozenset()


def test_years_outside_the_data_give_nothing_and_say_so() -> None:
    last = years()[-1]
    assert holidays_for("GB", [last + 1]) == frozenset()
    assert holidays_for("GB", [last, last + 1]) == holidays_for("GB", [last])
    assert covers(last) and not covers(last + 1) and not covers(years()[0] - 1)


def test_without_the_data_file_only_weekends_are_skipped() -> None:
    empty = holiday_table.Table(0, -1, {}, ())
    assert list(range(empty.first_year, empty.last_year + 1)) == []


def test_country_codes_are_forgiving_about_case_and_uk() -> None:
    assert holidays_for("gb", [2026]) == holidays_for("GB", [2026]) == holidays_for("UK", [2026])


def test_unknown_country_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="GB"):
        holidays_for("XX", [2026])


# --- the days people name ---------------------------------------------------------------

@pytest.mark.parametrize("key, country, year, day", [
    ("thanksgiving", "US", 2026, D(2026, 11, 26)),
    ("thanksgiving", "CA", 2026, D(2026, 10, 12)),
    ("black_friday", "US", 2026, D(2026, 11, 27)),
    ("easter", "GB", 2027, D(2027, 3, 28)),
    ("good_friday", "US", 2027, D(2027, 3, 26)),
    ("easter_monday", "IE", 2027, D(2027, 3, 29)),
    ("christmas", "IN", 2040, D(2040, 12, 25)),  # a fixed day is known in every year
    ("new_year", "AU", 2041, D(2041, 1, 1)),
    ("labor_day", "US", 2027, D(2027, 9, 6)),
    ("labor_day", "NZ", 2027, D(2027, 10, 25)),
    ("independence_day", "US", 2027, D(2027, 7, 4)),  # the day itself, not the observed Monday
    ("independence_day", "IN", 2027, D(2027, 8, 15)),
    ("summer_bank_holiday", "GB", 2027, D(2027, 8, 30)),
    ("summer_bank_holiday", "IE", 2027, D(2027, 8, 2)),
    ("diwali", "IN", 2026, D(2026, 11, 8)),
    ("mlk_day", "US", 2027, D(2027, 1, 18)),
    ("christmas_break", "GB", 2026, D(2026, 12, 24)),
])
def test_named_days_fall_where_they_should(key: str, country: str, year: int, day: dt.date) -> None:
    assert named(key).on(country, year) == day


def test_a_named_day_only_holds_where_people_use_it() -> None:
    assert named("thanksgiving").holds_in("US") and not named("thanksgiving").holds_in("GB")
    assert named("christmas").holds_in("GB") and named("christmas").holds_in("US")
    assert named("thanksgiving").on("GB", 2026) is None


def test_named_day_numbers_may_differ_by_country() -> None:
    assert named("thanksgiving").number("through", "US") == 1
    assert named("thanksgiving").number("through", "CA") == 0
    assert named("christmas_break").number("length", "GB") == 9
    assert named("new_year").number("early", "US") == 14
    assert named("christmas").number("eve", "AU") == 1


def test_the_words_are_lower_case_and_each_names_one_day() -> None:
    seen: dict[str, str] = {}
    for day in named_days():
        for words in day.words:
            assert words == words.lower().strip() and "  " not in words, words
            assert words not in seen, f"{words!r} names both {seen.get(words)} and {day.key}"
            seen[words] = day.key
        assert not day.brk or named(day.brk) is not None


def test_every_named_day_is_found_in_every_year_of_the_source_copy() -> None:
    """A misspelt holiday name in holiday_names.toml finds nothing: caught here, not in a build
    years from now (where the package's own data may end, and the build leaves the year out)."""
    for entry in holiday_data.named_days(holiday_data.SOURCE_YEARS):
        assert entry["days"], entry["key"]
        for code, packed in entry["days"].items():
            if len(packed) > 4:
                assert {int(word[:4]) for word in packed.split()} == set(holiday_data.SOURCE_YEARS), (entry["key"], code)


def test_the_built_wheel_carries_the_holidays_of_the_years_around_the_build() -> None:
    """Whatever the day the build runs (a test under faketime included), its year is covered."""
    import io
    import zipfile

    from build import site

    build = site.prepare(ROOT, {}, serving=True)
    data = json.loads(zipfile.ZipFile(io.BytesIO(build.wheel.data)).read("worksheets/days/holidays.json"))
    assert data["first_year"] < dt.date.today().year < data["last_year"]
