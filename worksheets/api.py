"""The one entry point the browser calls, JSON in and JSON out.

Strings cross the worker boundary rather than proxies: nothing leaks, nothing needs
destroying, and the same function is easy to test from CPython.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import traceback
from typing import Any, Callable

from . import __version__, registry
from .validation import validate


def _reply(function: Callable[..., dict]) -> Callable[..., str]:
    """JSON out: the function's dict, marked ``ok`` unless it says otherwise, or the failure
    as ``{"ok": false, "failure": …}``. Never raises: the worker must keep answering, and the
    page can say calmly that something went wrong."""

    @functools.wraps(function)
    def reply(*args: str) -> str:
        try:
            return json.dumps({"ok": True, **function(*args)})
        except Exception as error:
            return json.dumps({"ok": False, "failure": f"{type(error).__name__}: {error}",
                               "trace": traceback.format_exc(limit=5)})

    return reply


@_reply
def run(worksheet_id: str, data_json: str, today_iso: str = "", record_id: str = "") -> dict:
    """Validate and compose: ``{"ok": true, "output": …}`` or ``{"ok": false, "errors": {path: message}}``."""
    data: Any = json.loads(data_json) if data_json else {}
    worksheet = registry.get(worksheet_id)
    today = dt.date.fromisoformat(today_iso) if today_iso else None
    result = validate(worksheet, data)
    if not result.ok:
        return {"ok": False, "errors": result.errors}
    extra = {"record_id": record_id} if record_id and "record_id" in inspect.signature(worksheet.compose).parameters else {}
    return {"output": worksheet.compose(result.values, today=today, **extra).to_dict()}


def version() -> str:
    return __version__


def warm() -> str:
    """Import every worksheet ahead of the first click, once Python has said it is ready."""
    return str(registry.warm())


@_reply
def dashboard(records_json: str, today_iso: str, profile_json: str = "") -> dict:
    """Rows for the list of interviews: ``{id: record data}`` in, JSON rows out. The profile
    (country, days off) applies to every interview."""
    from . import interview

    records = _with_profile(_records(records_json), profile_json)
    return {"rows": interview.dashboard(records, dt.date.fromisoformat(today_iso))}


@_reply
def calendar(records_json: str, today_iso: str, profile_json: str = "") -> dict:
    """One .ics for every interview's upcoming actions."""
    from . import interview

    records = {
        record_id: values
        for record_id, values in (
            (k, validate(interview.WORKSHEET, v).values) for k, v in _with_profile(_records(records_json), profile_json).items()
        )
        if isinstance(values.get("date"), dt.date)
    }
    text = interview.calendar_file(records, dt.date.fromisoformat(today_iso), dt.datetime.now(dt.timezone.utc))
    return {"ics": text, "count": text.count("BEGIN:VEVENT")}


def _records(records_json: str) -> dict[str, dict]:
    records = json.loads(records_json or "{}")
    if not isinstance(records, dict):
        raise ValueError("records must be an object")
    return {str(k): v for k, v in records.items() if isinstance(v, dict)}


def _with_profile(records: dict[str, dict], profile_json: str) -> dict[str, dict]:
    profile = json.loads(profile_json) if profile_json else {}
    if not isinstance(profile, dict):
        profile = {}
    return {k: {**profile, **v} for k, v in records.items()}


@_reply
def explain(worksheet_id: str, data_json: str) -> dict:
    """Live notes for the fields that have one: ``{path: sentence}`` (empty when nothing to say)."""
    worksheet = registry.get(worksheet_id)
    data = json.loads(data_json or "{}")
    data = data if isinstance(data, dict) else {}
    return {"notes": {entry.name: entry.explain(str(data.get(entry.name) or ""), data)
                      for entry in worksheet.entries if getattr(entry, "explain", None)}}


@_reply
def reflection_log(entries_json: str, today_iso: str = "") -> dict:
    """Every written reflection across interviews, as output blocks: the question bank, the
    roles compared, and the whole log newest first (each entry a safe Markdown tree).

    ``entries_json`` is a list of entries (or ``{id: entry}``), each the worksheet's saved
    values merged with its interview record; entries that are not complete are left out.
    """
    from . import reflection

    entries = json.loads(entries_json or "[]")
    if isinstance(entries, dict):
        entries = list(entries.values())
    if not isinstance(entries, list):
        raise ValueError("entries must be a list")
    today = dt.date.fromisoformat(today_iso) if today_iso else None
    output = reflection.log_overview(entries, today)
    return {"output": output.to_dict(), "count": len(reflection.valid_entries(entries))}


@_reply
def markdown(md: str, shift: str = "0") -> dict:
    """Markdown as the safe tree the page builds with createElement/textContent:
    ``{"ok": true, "tree": [["h2", ["…"]], ["p", ["…"]]]}``. Raw HTML, links and images are
    never produced (see :func:`worksheets.reflection.render_markdown`)."""
    from . import reflection

    return {"tree": reflection.markdown_tree(str(md), int(shift or 0))}
