"""The one entry point the browser calls, JSON in and JSON out.

Strings cross the worker boundary rather than proxies: nothing leaks, nothing needs
destroying, and the same function is easy to test from CPython.
"""

from __future__ import annotations

import functools
import json
import traceback
from typing import Any, Callable

from . import __version__, registry
from .core import settings
from .core.context import Context
from .core.voice import english_of
from .core.validation import validate


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
def run(worksheet_id: str, data_json: str, context_json: str = "") -> dict:
    """Validate and compose: ``{"ok": true, "output": …}`` or ``{"ok": false, "errors": {path: message}}``.

    ``context_json`` is the moment and the interview (see :class:`worksheets.core.context.Context`).
    """
    data: Any = json.loads(data_json) if data_json else {}
    worksheet = registry.get(worksheet_id)
    context = Context.from_json(context_json)
    facts = _round_facts(context)
    result = validate(worksheet, data, facts)
    if not result.ok:
        return {"ok": False, "errors": result.errors}
    values = {**_with_record(worksheet, result.values, context), **facts}
    return {"output": worksheet.compose(values, context).to_dict()}


def _with_record(worksheet: Any, values: dict, context: Context) -> dict:
    """The worksheet's answers, plus the facts of its interview record that it does not ask
    itself (who gave the timeline, what happens next…): each fact is typed once, on whichever
    page, and every step uses it. What the worksheet asks wins; the record fills the rest."""
    if not worksheet.uses_interviews or not (context.record or context.profile):
        return values
    record = _record_values(context)
    asked = {entry.name for entry in worksheet.entries}
    return {**{k: v for k, v in record.items() if k not in asked}, **values}


def _round_facts(context: Context) -> dict:
    """What the page knows of the interview's place among the person's applications: a later
    round exists (``superseded``: the person is through this one), and the offers of their
    other applications (``elsewhere``)."""
    facts: dict = {"elsewhere": list(context.elsewhere)} if context.elsewhere else {}
    if context.record.get("superseded") is True:
        facts["superseded"] = True
    return facts


def _record_values(context: Context) -> dict:
    """The context's interview record, with the person's own details, as checked values
    (a field that does not pass is ``None``: a half-filled record still counts)."""
    from .sheets import interview

    return validate(interview.WORKSHEET, {**_profile(context.profile), **context.record}).values


def _valid_records(records_json: str, profile: Any) -> dict[str, dict]:
    """Every interview record sent, with the person's own details, as checked values."""
    from .sheets import interview

    return {k: validate(interview.WORKSHEET, v).values for k, v in _with_profile(_records(records_json), profile).items()}


def version() -> str:
    return __version__


def warm() -> str:
    """Import every worksheet ahead of the first click, once Python has said it is ready."""
    return str(registry.warm())


@_reply
def dashboard(records_json: str, context_json: str, sheets_json: str = "") -> dict:
    """Rows for the list of interviews: ``{id: record data}`` in, JSON rows out, and the
    two weeks of all of them (``agenda``). The context's profile (country, days off) applies
    to every interview; ``sheets_json`` is ``{id: {worksheet id: "written" | "begun"}}``."""
    from .sheets import interview
    from .plan import pictures

    context = Context.from_json(context_json)
    valid = _valid_records(records_json, context.profile)
    return {"rows": interview.dashboard(valid, context, _sheets(sheets_json)), "agenda": pictures.agenda(valid, context)}


@_reply
def checklist(context_json: str, sheets_json: str = "") -> dict:
    """The checklist items the worksheets tick for the context's interview: ``{"known":
    {item id: why}}``. ``sheets_json`` is ``{worksheet id: "written" | "begun"}`` for it."""
    from .sheets import checklist as lists

    values = _record_values(Context.from_json(context_json))
    sheets = json.loads(sheets_json or "{}")
    return {"known": lists.known(values, sheets if isinstance(sheets, dict) else {})}


def _sheets(sheets_json: str) -> dict[str, dict[str, str]]:
    sheets = json.loads(sheets_json or "{}")
    if not isinstance(sheets, dict):
        raise ValueError("sheets must be an object")
    return {str(k): v for k, v in sheets.items() if isinstance(v, dict)}


@_reply
def calendar(records_json: str, context_json: str) -> dict:
    """One .ics for every interview's upcoming actions."""
    from .sheets import interview

    context = Context.from_json(context_json)
    records = {k: values for k, values in _valid_records(records_json, context.profile).items() if values.get("date") is not None}
    text = interview.calendar_file(records, context)
    return {"ics": text, "count": text.count("BEGIN:VEVENT")}


def _records(records_json: str) -> dict[str, dict]:
    records = json.loads(records_json or "{}")
    if not isinstance(records, dict):
        raise ValueError("records must be an object")
    return {str(k): v for k, v in records.items() if isinstance(v, dict)}


def _profile(profile: Any) -> dict:
    """The person's own details, with the publisher's default country until they choose one
    (an empty choice, "weekends only", is a choice and stays)."""
    profile = profile if isinstance(profile, dict) else {}
    return {"country": settings.load().country, **profile}


def _with_profile(records: dict[str, dict], profile: Any) -> dict[str, dict]:
    return {k: {**_profile(profile), **v} for k, v in records.items()}


@_reply
def explain(worksheet_id: str, data_json: str, context_json: str = "") -> dict:
    """Live notes for the fields that have one: ``{path: sentence}`` (empty when nothing to say)."""
    worksheet = registry.get(worksheet_id)
    data = json.loads(data_json or "{}")
    data = data if isinstance(data, dict) else {}
    context = Context.from_json(context_json)
    return {"notes": {entry.name: entry.explain(str(data.get(entry.name) or ""), data, context)
                      for entry in worksheet.entries if getattr(entry, "explain", None)}}


@_reply
def reflection_log(entries_json: str, context_json: str = "") -> dict:
    """Every written reflection across interviews, as output blocks: the question bank, the
    roles compared, and the whole log newest first (each entry a safe Markdown tree).

    ``entries_json`` is a list of entries (or ``{id: entry}``), each the worksheet's saved
    values merged with its interview record; entries that are not complete are left out.
    """
    from .sheets import reflection_log

    entries = json.loads(entries_json or "[]")
    if isinstance(entries, dict):
        entries = list(entries.values())
    if not isinstance(entries, list):
        raise ValueError("entries must be a list")
    context = Context.from_json(context_json)
    output = reflection_log.log_overview(entries, context.today, english_of(_profile(context.profile)))
    return {"output": output.to_dict(), "count": len(reflection_log.valid_entries(entries))}


@_reply
def markdown(md: str, shift: str = "0") -> dict:
    """Markdown as the safe tree the page builds with createElement/textContent:
    ``{"ok": true, "tree": [["h2", ["…"]], ["p", ["…"]]]}``. Raw HTML, links and images are
    never produced (see :func:`worksheets.words.markdown_tree.render_markdown`)."""
    from .words.markdown_tree import markdown_tree

    return {"tree": markdown_tree(str(md), int(shift or 0))}


@_reply
def check_backup(items_json: str) -> dict:
    """What importing a backup's items would do: ``[[name, JSON text], …]`` in, each item's
    verdict out, in words for the preview (see :func:`worksheets.stored.report.report`)."""
    from .stored import report

    return report.report(json.loads(items_json or "[]"))
