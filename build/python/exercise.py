"""Call every entry point of ``worksheets.api`` with sample answers, in whatever Python runs it.

The build runs this inside Pyodide (``build/python/stdlib.py``) to learn which standard-library
modules the worksheets really import, and the tests run it against the trimmed standard
library to prove none is missing. So it must reach every code path that imports something:
every worksheet's ``compose`` with each choice of every select, radio and checkbox, the live
notes, and the panels' calls (interviews, calendar, reflection log, Markdown).

What to call is derived from the code: worksheet ids from ``worksheets.registry``, sample
answers from each worksheet's field declarations. The few answers that cannot be derived
(a field whose value must make sense together with another) live in ``OVERRIDES``, the one
table to update when a worksheet changes. :func:`exercise` reports every reply that was not
a success, so a stale sample fails loudly rather than silently skipping a code path.

Pure Python, no I/O: it runs in CPython (tests) and in Pyodide (build, tests).
"""

from __future__ import annotations

import inspect
import json
from typing import Any, Callable, Container, Iterable, Iterator

TODAY = "2026-11-27"  # a Friday: weekend and follow-up rules have something to do
RECORD_ID = "i-sample"

#: A value for a field of each kind, when neither its declaration nor OVERRIDES gives one.
BY_KIND: dict[str, Any] = {
    "text": "Acme Ltd",
    "textarea": "We talked about the reporting warehouse and how the team reviews its work each week.",
    "email": "priya.shah@example.com",
    "tel": "+44 20 7946 0000",
    "date": "2026-11-24",
    "time": "15:00",
    "checkbox": True,
}

#: Values a field's kind cannot give, by field name (the same name means the same thing in
#: every worksheet): free text that is parsed, such as a list of days off.
BY_NAME: dict[str, Any] = {
    "blackout": "2026-12-24, 2026-12-31",
    "timing": "by the end of next week",
}

#: Answers that must fit together, by worksheet id, then field name (or group name): two
#: interviewers of one panel need two different details.
OVERRIDES: dict[str, dict[str, Any]] = {
    "thank-you": {"interviewers": [{"name": "Priya Shah", "detail": "the reporting warehouse"},
                                   {"name": "Tom Lee", "detail": "the weekly reviews"}]},
}


def context(record: dict[str, Any] | None = None, **profile: Any) -> str:
    """The context a call is made in (worksheets.core.context.Context.from_json): the moment, the
    interview, its saved record and the person's profile."""
    return json.dumps({"today": TODAY, "time": "18:30", "utc": f"{TODAY}T18:30:00Z", "interview": RECORD_ID,
                       "record": record or {}, "profile": profile})

#: Markdown that touches each construct the reflection log renders.
MARKDOWN = "## Hard questions\n\n- *Why* this role?\n- A **data** question\n\n1. one\n2. two\n\n> quote\n\n`code` and <b>html</b>\n"


def _value(field: Any) -> Any:
    if field.name in BY_NAME:
        return BY_NAME[field.name]
    if field.kind in ("select", "radio"):
        return field.default or field.choices[0].value
    return BY_KIND.get(field.kind, BY_KIND["text"])


def sample(worksheet: Any) -> dict[str, Any]:
    """One complete set of answers for ``worksheet``: every field filled, two items per group."""
    data: dict[str, Any] = {}
    for entry in worksheet.entries:
        if hasattr(entry, "fields"):
            names = ("Priya Shah", "Tom Lee")
            data[entry.name] = [
                {f.name: (names[i] if f is entry.fields[0] and f.kind == "text" else _value(f)) for f in entry.fields}
                for i in range(max(2, entry.min_items))
            ]
        else:
            data[entry.name] = _value(entry)
    data.update(OVERRIDES.get(worksheet.id, {}))
    return data


def variants(worksheet: Any) -> Iterator[dict[str, Any]]:
    """The sample, then one change at a time: each other choice of every select and radio,
    each checkbox unticked, and every optional field left empty at once."""
    base = sample(worksheet)
    yield base
    for entry in worksheet.entries:
        fields = entry.fields if hasattr(entry, "fields") else (entry,)
        for field in fields:
            options = [c.value for c in field.choices] if field.kind in ("select", "radio") else [False] if field.kind == "checkbox" else []
            for option in options:
                if hasattr(entry, "fields"):
                    items = [dict(item, **{field.name: option}) for item in base[entry.name]]
                    yield dict(base, **{entry.name: items})
                elif option != base.get(field.name):
                    yield dict(base, **{field.name: option})
    yield {k: v for k, v in base.items() if _required(worksheet, k)}


def _required(worksheet: Any, name: str) -> bool:
    entry = worksheet.entry(name)
    return hasattr(entry, "fields") or entry.required


def calls(registry: Any) -> Iterator[tuple[str, tuple[str, ...], bool]]:
    """Every call to make: ``(function name, string arguments, must it succeed)``.

    The shapes of the calls are written here once; when an entry point's arguments change,
    this is the function to change.
    """
    records: dict[str, dict] = {}
    interview = sample(registry.get("interview"))
    for worksheet_id in registry.MODULES:
        worksheet = registry.get(worksheet_id)
        for index, data in enumerate(variants(worksheet)):
            yield "run", (worksheet_id, json.dumps(data), context(interview, country="GB")), index == 0
            yield "explain", (worksheet_id, json.dumps(data), context()), True
        records[f"i-{worksheet_id}"] = sample(worksheet)
    entries = [{**interview, **sample(registry.get("reflection")), "date": date} for date in ("2026-11-20", TODAY)]
    yield "run", ("interview", "{}", context()), False  # the errors path
    yield "dashboard", (json.dumps(records), context(country="GB")), True
    yield "dashboard", ("{}", context()), True
    yield "dashboard", (json.dumps(records), context(country="GB"), json.dumps({"i-interview": {"reflection": "written"}})), True
    yield "calendar", (json.dumps(records), context(country="GB")), True
    yield "reflection_log", (json.dumps(entries), context()), True
    yield "reflection_log", ("[]", ""), True
    saved = {f"interview:{RECORD_ID.removeprefix('i-')}0a": json.dumps({"format": "after-the-interview", "v": 2, "data": interview}),
             "profile": json.dumps({"format": "after-the-interview", "v": 2, "data": {"your_name": "Sam"}}),
             "__proto__": "{}", "interview:zz": "[1, 2"}
    yield "check_backup", (json.dumps(list(saved.items())),), True
    yield "checklist", (context({**interview, "thanked": True, "followups_sent": "2"}),
                        json.dumps({"reflection": "written", "linkedin": "begun"})), True
    yield "markdown", (MARKDOWN, "1"), True
    yield "version", (), False
    yield "warm", (), False


def needing(packages: Iterable[str], api: Any = None, registry: Any = None) -> list[int]:
    """The indices (in :func:`calls`) of the calls that cannot answer without one of the
    third-party ``packages``: run where those are not installed, they fail for want of one.

    The build splits the standard library by them: what only these calls import travels with
    the third-party wheels, and a page without those wheels never downloads it.
    """
    if api is None:
        from worksheets import api, registry  # noqa: F811 (the default: the installed package)
    missing = tuple(f"No module named '{package}'" for package in packages)
    return [index for index, (name, args, _) in enumerate(calls(registry))
            if any(text in getattr(api, name)(*args) for text in missing)]


def exercise(api: Any = None, registry: Any = None, skip: Container[int] = ()) -> list[str]:
    """Make every call but those whose index is in ``skip``; return what went wrong (empty
    when everything answered as expected).

    A reply is wrong when it is a failure (an exception, such as a module the standard
    library zip lacks), or when a call that must succeed did not (a stale sample).
    """
    if api is None:
        from worksheets import api, registry  # noqa: F811 (the default: the installed package)
    problems = []
    called = set()
    for index, (name, args, must_succeed) in enumerate(calls(registry)):
        if index in skip:
            continue
        called.add(name)
        reply = getattr(api, name)(*args)
        try:
            answer = json.loads(reply)
        except ValueError:
            continue  # plain-text answers (version, warm)
        if not isinstance(answer, dict):
            continue
        if "failure" in answer:
            problems.append(f"{name}{_short(args)}: {answer['failure']}")
        elif must_succeed and answer.get("ok") is False:
            problems.append(f"{name}{_short(args)}: the sample answers did not pass: {answer.get('errors')}")
    missed = sorted(set(entry_points(api)) - called)
    if missed and not skip:
        problems.append(f"entry points never called (add them to build/python/exercise.py calls()): {', '.join(missed)}")
    return problems


def entry_points(api: Any) -> list[str]:
    """The public functions ``worksheets.api`` defines (what the browser may call)."""
    return [name for name, value in vars(api).items()
            if not name.startswith("_") and inspect.isfunction(value) and value.__module__ == api.__name__]


def _short(args: tuple[str, ...]) -> str:
    text = ", ".join(a if len(a) < 30 else a[:27] + "…" for a in args)
    return f"({text})"


def main(report: Callable[[str], None] = print) -> int:
    problems = exercise()
    for problem in problems:
        report(problem)
    return len(problems)


if __name__ == "__main__":  # python -m build.python.exercise: exit 0 when every call answered as expected
    raise SystemExit(1 if main() else 0)
