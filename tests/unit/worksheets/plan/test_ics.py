"""The .ics writer, checked by parsing its output back with the independent `icalendar`
package and by looking at the raw bytes."""

from __future__ import annotations

import datetime as dt
import re

import icalendar
import pytest

from worksheets.plan.ics import Event, calendar, stable_uid

NOW = dt.datetime(2026, 12, 1, 9, 15, 30, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 12, 9)

NASTY = [
    "Follow up with Acme, Inc.; ask about the role",
    "back\\slash, trailing backslash\\",
    "literal \\n is not a newline",
    "two\nlines\nand a blank\n\nline",
    "Emoji 😀 👩🏽‍💻 🇬🇧 and CJK 面接のお礼",
    "END:VEVENT",
    "x\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected",
    "END:VCALENDAR",
    "x\nEND:VCALENDAR",
    "DTSTART:20200101\nATTACH:http://evil.example/",
    "semi;colon:colon;ATTENDEE:mailto:x@example.com",
    "tab\there",
    '"quoted" and <b>markup</b>',
    "é" * 200,
    "😀" * 100,
    "a" * 65 + "😀" + "b" * 10,  # a 4-octet character across the 75th octet of SUMMARY
    "a" * 66 + "é" + "b" * 10,  # a 2-octet one
    "a" * 66 + "\\\\\\,;",  # escapes right at the fold
    "",
]


def parse(text: str) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(text)


def events_of(text: str) -> list:
    return list(parse(text).walk("VEVENT"))


def one(summary: str = "Follow up", **kwargs) -> str:
    return calendar([Event(stable_uid("test", summary), summary, kwargs.pop("start", DAY), **kwargs)], NOW)


@pytest.mark.parametrize("text", NASTY)
def test_text_round_trips_exactly(text: str) -> None:
    ics = one(text, description=text, location=text)
    (event,) = events_of(ics)
    assert str(event["SUMMARY"]) == text
    if text:
        assert str(event["DESCRIPTION"]) == text
        assert str(event["LOCATION"]) == text


def test_many_nasty_events_stay_separate() -> None:
    events = [Event(stable_uid("n", str(i)), text, DAY, description=text, alarm_minutes_before=15)
              for i, text in enumerate(NASTY)]
    ics = calendar(events, NOW)
    parsed = events_of(ics)
    assert len(parsed) == len(NASTY)
    assert [str(e["SUMMARY"]) for e in parsed] == NASTY
    assert [str(e["UID"]) for e in parsed] == [e.uid for e in events]
    # Nothing typed started a line of its own: after unfolding, every line is one we write.
    unfolded = ics.replace("\r\n ", "").split("\r\n")[:-1]
    allowed = re.compile(r"(BEGIN|END):(VCALENDAR|VEVENT|VALARM)$|(VERSION|PRODID|CALSCALE|METHOD|UID|DTSTAMP"
                         r"|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION|TRANSP|ACTION|TRIGGER)[;:]")
    assert all(allowed.match(line) for line in unfolded), [line for line in unfolded if not allowed.match(line)]
    assert unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT") == len(NASTY)
    assert unfolded.count("END:VCALENDAR") == 1 and unfolded[-1] == "END:VCALENDAR"
    assert sum(line.startswith("UID:") for line in unfolded) == len(NASTY)


@pytest.mark.parametrize("typed, read_back", [
    ("a\r\nb", "a\nb"),  # CRLF, CR alone and Unicode line breaks all become one newline
    ("a\rb", "a\nb"),
    ("a\u2028b\u2029c\x85d\x0be\x0cf", "a\nb\nc\nd\ne\nf"),
    ("bell\x07 nul\x00 esc\x1b del\x7f c1\x9b", "bell nul esc del c1"),  # controls are dropped
    ("lone \ud83d surrogate", "lone \ufffd surrogate"),  # cannot be UTF-8: replaced
])
def test_line_breaks_and_controls_are_neutralised(typed: str, read_back: str) -> None:
    ics = one(typed, description=typed)
    (event,) = events_of(ics)
    assert str(event["SUMMARY"]) == read_back
    assert str(event["DESCRIPTION"]) == read_back


def _physical_lines(ics: str) -> list[bytes]:
    data = ics.encode("utf-8")
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def test_crlf_everywhere_lines_at_most_75_octets_each_valid_utf8() -> None:
    events = [Event(stable_uid("f", str(i)), text, DAY, description=text * 3, location=text,
                    alarm_minutes_before=30) for i, text in enumerate(NASTY)]
    ics = calendar(events, NOW)
    assert "\n" not in ics.replace("\r\n", "") and "\r" not in ics.replace("\r\n", "")
    lines = _physical_lines(ics)
    assert max(len(line) for line in lines) == 75  # long values were folded, to the limit
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # raises if a character was split across lines
        assert line and line != b" "  # no empty continuation lines
    # A fold never separates a backslash from the character it escapes.
    for line, following in zip(lines, lines[1:]):
        if following.startswith(b" "):
            trailing = len(line) - len(line.rstrip(b"\\"))
            assert trailing % 2 == 0, line


def test_exactly_75_octets_is_not_folded_76_is() -> None:
    fits = "x" * (75 - len("SUMMARY:"))
    assert f"\r\nSUMMARY:{fits}\r\nTRANSP" in one(fits)
    folded = one(fits + "y")
    assert f"\r\nSUMMARY:{fits}\r\n y\r\n" in folded


def test_calendar_header_and_stamp() -> None:
    ics = one(start=DAY)
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert ics.endswith("END:VCALENDAR\r\n")
    cal = parse(ics)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["METHOD"]) == "PUBLISH"
    assert "After the Interview" in str(cal["PRODID"])
    (event,) = cal.walk("VEVENT")
    assert event["DTSTAMP"].dt == NOW
    assert "DTSTAMP:20261201T091530Z\r\n" in ics


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError):
        calendar([], dt.datetime(2026, 12, 1, 9))
    cet = dt.timezone(dt.timedelta(hours=1))
    ics = calendar([Event("a@b", "s", DAY)], dt.datetime(2026, 12, 1, 9, 15, 30, tzinfo=cet))
    assert "DTSTAMP:20261201T081530Z\r\n" in ics


def test_empty_calendar_is_valid() -> None:
    assert len(parse(calendar([], NOW)).walk("VEVENT")) == 0


def test_all_day_event_ends_the_next_day() -> None:
    ics = one(start=dt.date(2026, 12, 31))
    assert "DTSTART;VALUE=DATE:20261231\r\n" in ics
    assert "DTEND;VALUE=DATE:20270101\r\n" in ics
    (event,) = events_of(ics)
    assert event["DTSTART"].dt == dt.date(2026, 12, 31)
    assert not isinstance(event["DTSTART"].dt, dt.datetime)
    assert event["DTEND"].dt == dt.date(2027, 1, 1)


def test_all_day_event_with_an_end() -> None:
    (event,) = events_of(one(start=DAY, end=DAY + dt.timedelta(days=3)))
    assert event["DTEND"].dt == DAY + dt.timedelta(days=3)


def test_timed_event_is_written_in_utc() -> None:
    start = dt.datetime(2026, 12, 9, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    ics = one(start=start, end=start + dt.timedelta(minutes=30))
    assert "DTSTART:20261209T143000Z\r\n" in ics
    assert "DTEND:20261209T150000Z\r\n" in ics
    (event,) = events_of(ics)
    assert event["DTSTART"].dt == start
    assert event["DTEND"].dt - event["DTSTART"].dt == dt.timedelta(minutes=30)


def test_timed_event_without_end_is_a_moment() -> None:
    ics = one(start=dt.datetime(2026, 12, 9, 9, tzinfo=dt.timezone.utc))
    assert "DTEND" not in ics


@pytest.mark.parametrize("minutes, trigger, delta", [
    (15, "-PT15M", dt.timedelta(minutes=-15)),
    (90, "-PT1H30M", dt.timedelta(minutes=-90)),
    (1440, "-P1D", dt.timedelta(days=-1)),
    (1500, "-P1DT1H", dt.timedelta(minutes=-1500)),
    (0, "PT0M", dt.timedelta(0)),
    (-540, "PT9H", dt.timedelta(hours=9)),  # 09:00 on the day of an all-day event
])
def test_alarm(minutes: int, trigger: str, delta: dt.timedelta) -> None:
    ics = one("Send follow-up, 2nd; last", alarm_minutes_before=minutes)
    assert f"\r\nTRIGGER:{trigger}\r\n" in ics
    (event,) = events_of(ics)
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(alarm["DESCRIPTION"]) == "Send follow-up, 2nd; last"
    assert alarm["TRIGGER"].dt == delta


def test_no_alarm_unless_asked() -> None:
    assert "VALARM" not in one()


def test_alarm_with_empty_summary_still_has_a_description() -> None:
    (event,) = events_of(one("", alarm_minutes_before=10))
    (alarm,) = event.walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == "Reminder"


def test_reminders_do_not_block_time_unless_busy() -> None:
    assert "TRANSP:TRANSPARENT" in one()
    assert "TRANSP:OPAQUE" in one(busy=True)


def test_stable_uid() -> None:
    uid = stable_uid("interview-1", "round-2", "first_follow_up")
    assert uid == stable_uid("interview-1", "round-2", "first_follow_up")
    assert uid != stable_uid("interview-1", "round-2", "second_follow_up")
    assert stable_uid("a,b", "c") != stable_uid("a", "b,c")
    assert stable_uid("ab", "") != stable_uid("a", "b")
    assert re.fullmatch(r"[0-9a-f]{32}@after-the-interview", uid)
    assert stable_uid("x", domain="coach.example.org").endswith("@coach.example.org")
    typed = stable_uid("Acme\r\nEND:VEVENT; 😀")
    assert re.fullmatch(r"[0-9a-f]{32}@after-the-interview", typed)
    Event(typed, "s", DAY)  # accepted


@pytest.mark.parametrize("domain", ["", "a b", "x\nEND:VEVENT", "evil;x", "-lead"])
def test_stable_uid_rejects_unsafe_domains(domain: str) -> None:
    with pytest.raises(ValueError):
        stable_uid("x", domain=domain)


def test_reimporting_gives_the_same_uids() -> None:
    make = lambda: calendar([Event(stable_uid("i", "s"), "Follow up", DAY)], NOW)  # noqa: E731
    assert make() == make()


@pytest.mark.parametrize("uid", [
    "", "has space", "new\nline", "cr\rx", "semi;colon", "colon:x", "comma,x", "emoji😀", "a" * 256, "-x", "x\\y",
])
def test_unsafe_uids_are_rejected(uid: str) -> None:
    with pytest.raises(ValueError):
        Event(uid, "s", DAY)


def test_duplicate_uids_are_rejected() -> None:
    with pytest.raises(ValueError):
        calendar([Event("same@x", "a", DAY), Event("same@x", "b", DAY)], NOW)


@pytest.mark.parametrize("kwargs", [
    {"start": dt.datetime(2026, 12, 9, 9)},  # naive
    {"start": "2026-12-09"},
    {"start": DAY, "end": DAY},
    {"start": DAY, "end": DAY - dt.timedelta(days=1)},
    {"start": DAY, "end": dt.datetime(2026, 12, 10, tzinfo=dt.timezone.utc)},
    {"start": dt.datetime(2026, 12, 9, tzinfo=dt.timezone.utc), "end": dt.date(2026, 12, 10)},
    {"start": DAY, "alarm_minutes_before": 1.5},
    {"start": DAY, "alarm_minutes_before": True},
])
def test_invalid_events_are_rejected(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Event("ok@x", "s", **kwargs)
