"""Check submitted answers against a worksheet's declaration.

Messages are written for the person at the keyboard: they name the field in the words of its
label and say what to do, because they are shown right next to that field. Errors are keyed by
a *path*: ``"company"`` for a field, ``"interviewers.1.email"`` for a field in the second entry
of a group; the browser maps a path to the element ids the build rendered.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Mapping

from .fields import MAX_TICKS, RECORD_ID, TICK_ID, Field, Group, Saved, Worksheet

# Deliberately permissive: one @, something on each side, a dot in the domain, no spaces or
# characters that would end a header. Real checking happens when the mail is sent.
_EMAIL = re.compile(r"^[^\s@<>,;:\"()\[\]\\]+@[^\s@<>,;:\"()\[\]\\]+\.[^\s@<>,;:\"()\[\]\\.]+$")
_TEL = re.compile(r"^\+?[0-9 ()./-]{5,30}$")
_TICK_ID = re.compile(TICK_ID)
_RECORD_ID = re.compile(RECORD_ID)
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?")


@dataclass
class Result:
    """Cleaned values (dates as :class:`datetime.date`, groups as lists) and messages by path."""

    values: dict[str, Any]
    errors: dict[str, str]

    @property
    def ok(self) -> bool:
        return not self.errors


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "yes" if raw else ""
    # Normalise line breaks and strip control characters other than newline and tab: they
    # are never intended and some (NUL, bidi overrides aside) break mail clients.
    text = str(raw).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32 and ord(ch) != 127)
    return text.strip()


def _field(field: Field, raw: Any) -> tuple[Any, str | None]:
    """Return (clean value, message or None) for one field."""
    if field.kind == "checkbox":
        return raw in (True, "true", "on", "yes", "1", 1), None
    text = _text(raw)
    if field.kind != "textarea":
        text = " ".join(text.split())
    label = field.label
    if not text and field.kind in ("select", "radio") and field.default:
        text = field.default  # a choice left unset (say, by an older version of the site) takes its default
    if not text:
        if field.required:
            verb = "Choose" if field.kind in ("select", "radio") else "Enter"
            return None, field.missing or f"{verb} {label[0].lower() + label[1:]}."
        return None, None
    if field.max_length is not None and len(text) > field.max_length:
        return None, f"{label} is too long: {len(text)} characters, the limit is {field.max_length}."
    if field.max_words is not None and len(text.split()) > field.max_words:
        return None, (
            f"{label} is {len(text.split())} words; keep it to {field.max_words} or fewer "
            "so the email stays short."
        )
    if field.kind == "email" and not _EMAIL.match(text):
        return None, f"{label} doesn't look like an email address. Use the form name@example.com."
    if field.kind == "tel" and not _TEL.match(text):
        return None, f"{label} should contain digits, spaces and + ( ) - only."
    if field.kind == "date":
        try:
            return dt.date.fromisoformat(text), None
        except ValueError:
            return None, f"{label} isn't a date we can read. Use the date picker, or YYYY-MM-DD."
    if field.kind == "time":
        match = _TIME.fullmatch(text)
        if not match:
            return None, f"{label} isn't a time we can read. Use the time picker, or HH:MM (24-hour)."
        return dt.time(int(match.group(1)), int(match.group(2))), None
    if field.kind in ("select", "radio"):
        allowed = {choice.value for choice in field.choices}
        if text not in allowed:
            return None, f"Choose one of the options for {label.lower()}."
    return text, None



def saved_value(saved: Saved, raw: Any) -> Any:
    """A value the page keeps itself (:class:`worksheets.core.fields.Saved`), cleaned: for
    ``"ticks"``, only ids of the right form with ``true`` or ``false``; for ``"id"``, a record
    id or ``None``; anything else is dropped."""
    if saved.shape == "id":
        return raw if isinstance(raw, str) and _RECORD_ID.fullmatch(raw) else None
    if not isinstance(raw, dict):
        return {}
    clean = {k: v for k, v in raw.items() if isinstance(k, str) and _TICK_ID.fullmatch(k) and isinstance(v, bool)}
    return dict(list(clean.items())[:MAX_TICKS])


def shown(field: Field, data: dict[str, Any]) -> bool:
    """Whether a field with ``show_when`` is shown for these answers (as the browser decides)."""
    if not field.show_when:
        return True
    name, wanted = field.show_when
    raw = data.get(name)
    value = "true" if raw is True else "" if raw in (None, False) else " ".join(str(raw).split())
    return value in wanted


def validate(worksheet: Worksheet, data: dict[str, Any], facts: Mapping[str, Any] | None = None) -> Result:
    """Validate ``data`` (as saved by the browser: strings, booleans, lists of dicts).

    Unknown keys are ignored rather than rejected: saved data from an older version of a
    worksheet must never make the form unusable. ``facts`` are what the worksheet's own rules
    (``check``) may also consult, not answers: the offers of the person's other applications
    fill a deadline step 5 would otherwise ask for.
    """
    if not isinstance(data, dict):
        data = {}
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for entry in worksheet.entries:
        if isinstance(entry, Group):
            items = data.get(entry.name)
            if not isinstance(items, list):
                items = []
            # Entries left completely blank are dropped, not reported: an empty extra
            # interviewer block is a leftover, not a mistake.
            items = [item for item in items if isinstance(item, dict) and any(_text(v) for v in item.values())]
            if len(items) > entry.max_items:
                errors[entry.name] = f"Up to {entry.max_items} {entry.label.lower()} at once, please."
            cleaned = []
            for index, item in enumerate(items[: entry.max_items]):
                clean_item = {}
                for field in entry.fields:
                    value, message = _field(field, item.get(field.name))
                    clean_item[field.name] = value
                    if message:
                        errors[f"{entry.name}.{index}.{field.name}"] = message
                cleaned.append(clean_item)
            if len(cleaned) < entry.min_items:
                one = entry.item_label.replace(" {n}", "").lower()
                errors.setdefault(entry.name, entry.missing or (
                    f"Add at least one {one}." if entry.min_items == 1 else f"Add at least {entry.min_items} entries."))
            values[entry.name] = cleaned
        elif entry.show_when and not shown(entry, data):
            values[entry.name] = None  # hidden: what was typed stays saved, but is not used
        else:
            value, message = _field(entry, data.get(entry.name))
            values[entry.name] = value
            if message:
                errors[entry.name] = message
    for saved in worksheet.saved:
        values[saved.name] = saved_value(saved, data.get(saved.name))
    if worksheet.check and not errors:
        errors.update(worksheet.check({**(facts or {}), **values}))
    return Result(values, errors)
