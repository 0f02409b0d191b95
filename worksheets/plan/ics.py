"""Write follow-up reminders as an iCalendar file (RFC 5545), the one kind of reminder a
static site can hand over: the person's own calendar app does the reminding.

Only what reminders need is supported: all-day events (``VALUE=DATE``) and UTC times (``Z``),
an optional display alarm, and plain-text summary, description and location. Keeping to
UTC avoids shipping time-zone definitions; all-day dates float, which is what "follow up on
Tuesday" means wherever the person is.

Everything a person typed goes through :func:`_text`, so no input can start a new property,
component or calendar: line breaks of every kind become the two characters ``\\n``,
``\\ ; ,`` are escaped (RFC 5545 3.3.11), control characters are dropped, and lines are
folded at 75 octets without splitting a UTF-8 character or an escape. UIDs are restricted
to a safe character set and rejected, not repaired, when they stray from it: silently
changing one could merge two events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Sequence, Union

PRODID = "-//After the Interview//Follow-up reminders//EN"
LINE_OCTETS = 75  # RFC 5545 3.1, not counting the CRLF
CRLF = "\r\n"

#: Letters, digits and ``@ . _ -``: enough for hex-digest@domain UIDs, nothing that means
#: anything in a content line.
_SAFE_UID = re.compile(r"[A-Za-z0-9][A-Za-z0-9@._-]{0,254}")
_SAFE_DOMAIN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,60}[A-Za-z0-9])?")
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 controls except TAB, DEL, C1 controls (RFC 5545 3.1 excludes CONTROL from values);
# lone surrogates (possible in text from JavaScript) cannot be written as UTF-8.
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

Moment = Union[dt.date, dt.datetime]


@dataclass(frozen=True)
class Event:
    """One calendar entry.

    ``start`` is a date for an all-day event or an aware datetime (written in UTC). ``end``
    defaults to the next day for an all-day event and to none (a moment) for a timed one.
    ``alarm_minutes_before`` adds a display alarm that many minutes before the start; a
    negative number means after it, so -540 on an all-day event rings at 09:00 on the day.
    ``busy`` marks the time as busy; reminders are not meetings, so by default they are not.
    """

    uid: str
    summary: str
    start: Moment
    description: str = ""
    end: Moment | None = None
    alarm_minutes_before: int | None = None
    location: str = ""
    busy: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.uid, str) or not _SAFE_UID.fullmatch(self.uid):
            raise ValueError(f"unsafe UID {self.uid!r}: use letters, digits and @._- only (see stable_uid)")
        _check_moment(self.start, "start")
        if self.end is not None:
            _check_moment(self.end, "end")
            if isinstance(self.end, dt.datetime) != isinstance(self.start, dt.datetime):
                raise ValueError("start and end must both be dates or both be datetimes")
            if self.end <= self.start:
                raise ValueError("end must be after start")
        if self.alarm_minutes_before is not None and (
                isinstance(self.alarm_minutes_before, bool) or not isinstance(self.alarm_minutes_before, int)):
            raise ValueError("alarm_minutes_before must be a whole number of minutes")

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, dt.datetime)


def _check_moment(value: object, name: str) -> None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{name} must be timezone-aware: a naive time means a different moment on every device")
    elif not isinstance(value, dt.date):
        raise ValueError(f"{name} must be a date or a datetime")


def stable_uid(*parts: str, domain: str = "after-the-interview") -> str:
    """A UID that is the same every time for the same parts (say: interview id, round,
    step), so importing an updated file updates the events instead of duplicating them.

    The parts are hashed, so nothing the person typed appears in the UID. They are encoded
    as a JSON list first, so ("a,b", "c") and ("a", "b,c") differ.
    """
    if not _SAFE_DOMAIN.fullmatch(domain):
        raise ValueError(f"unsafe UID domain {domain!r}")
    digest = hashlib.sha256(json.dumps(list(parts), ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return f"{digest.hexdigest()[:32]}@{domain}"


def _text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): every line break becomes ``\\n``, controls are
    dropped, and backslash, semicolon and comma are escaped."""
    value = _LINE_BREAKS.sub("\n", value)
    value = _DROPPED.sub(lambda m: "\ufffd" if "\ud800" <= m[0] <= "\udfff" else "", value)
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Split one content line into physical lines of at most 75 octets: the first as is,
    the rest after a single space. Cuts fall between characters, never inside a UTF-8
    sequence, and never between a backslash and the character it escapes."""
    physical: list[str] = []
    current, size, limit = "", 0, LINE_OCTETS
    for token in re.findall(r"\\.|.", line, re.DOTALL):
        octets = len(token.encode("utf-8"))
        if size + octets > limit:
            physical.append(current)
            current, size, limit = " ", 1, LINE_OCTETS
        current += token
        size += octets
    physical.append(current)
    return physical


def _utc(moment: dt.datetime) -> str:
    utc = moment.astimezone(dt.timezone.utc)
    return f"{_date(utc)}T{utc.hour:02d}{utc.minute:02d}{utc.second:02d}Z"


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _moment(name: str, moment: Moment) -> str:
    if isinstance(moment, dt.datetime):
        return f"{name}:{_utc(moment)}"
    return f"{name};VALUE=DATE:{_date(moment)}"


def _duration(minutes: int) -> str:
    """RFC 5545 3.3.6: -P1D, -PT1H30M, PT9H (a positive trigger is after the start)."""
    sign = "-" if minutes > 0 else ""
    days, rest = divmod(abs(minutes), 24 * 60)
    hours, mins = divmod(rest, 60)
    time = (f"{hours}H" if hours else "") + (f"{mins}M" if mins else "")
    if days and not time:
        return f"{sign}P{days}D"
    return f"{sign}P{f'{days}D' if days else ''}T{time or '0M'}"


def _event(event: Event, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{event.uid}", f"DTSTAMP:{stamp}", _moment("DTSTART", event.start)]
    if event.end is not None:
        lines.append(_moment("DTEND", event.end))
    elif event.all_day:
        lines.append(_moment("DTEND", event.start + dt.timedelta(days=1)))
    lines.append(f"SUMMARY:{_text(event.summary)}")
    if event.description:
        lines.append(f"DESCRIPTION:{_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{_text(event.location)}")
    lines.append("TRANSP:" + ("OPAQUE" if event.busy else "TRANSPARENT"))
    if event.alarm_minutes_before is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_text(event.summary) or 'Reminder'}",
            f"TRIGGER:{_duration(event.alarm_minutes_before)}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def calendar(events: Sequence[Event], now: dt.datetime) -> str:
    """The whole ``.ics`` file as text (encode it as UTF-8). ``now`` stamps every event
    (DTSTAMP) and must be timezone-aware; passing it in keeps this function pure."""
    _check_moment(now, "now")
    if not isinstance(now, dt.datetime):
        raise ValueError("now must be a datetime")
    uids = [event.uid for event in events]
    if len(set(uids)) != len(uids):
        raise ValueError("two events share a UID: calendar apps would keep only one of them")
    stamp = _utc(now)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events:
        lines += _event(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(part + CRLF for line in lines for part in _fold(line))
