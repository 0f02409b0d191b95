"""What importing a backup would do, item by item, in words a person reads.

The page has already read the file and checked it as a whole (``backup-file.js``: its size,
that it is JSON, an After the Interview backup, not from a newer version). Here every item
goes through :mod:`worksheets.stored.check`: what passes is imported as the check left it
(keys the site does not save are left out), what fails is skipped, and the preview says
which and why, naming interviews and worksheets as the person knows them ("Thank-you
emails for Acme, Data Analyst"), never by their storage names.
"""

from __future__ import annotations

import json
from typing import Any

from .check import Verdict, check_text
from .shapes import LIMITS, describe

#: Why an item is skipped: the end of "… skipped, because …". ``{what}`` is the field, as
#: “Full name” for Interviewer 2.
REASONS = {
    "name": "its name is longer than any this site uses",
    "unknown": "this site never saves anything by that name",
    "large": "it is larger than anything this site saves",
    "deep": "it is nested more deeply than anything this site saves",
    "unreadable": "it could not be read",
    "shape": "it is not in the form this site saves answers in",
    "newer": "it was saved by a newer version of this site",
    "type": "{what} holds the wrong kind of value",
    "long": "{what} is longer than this site allows",
    "many": "it has more entries in {what} than this site allows",
}
#: What was left out of an imported item, and why.
LEFT_OUT = {
    "choice": "{what}, which is not one of its options",
    "format": "{what}, which is not a date or time this site can read",
    "output": "its last results, which the worksheet writes again when you press its button",
    "type": "{what}, which holds the wrong kind of value",
    "long": "{what}, which is longer than this site allows",
}
TOO_MANY = f"This file holds more than {LIMITS.items:,} saved items: no backup from this site is that large."
SHOWN = 60  # characters of a name from the file, when it is all there is to show


def _short(text: str, limit: int = SHOWN) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _data(value: Any) -> dict:
    data = value.get("data") if isinstance(value, dict) else None
    return data if isinstance(data, dict) else {}


def _about(value: Any) -> str:
    """"Acme, Data Analyst" from a record's company and role (an application's; an interview
    saved before applications had its own), where it has them."""
    data = _data(value)
    parts = [_short(data[key], 60) for key in ("company", "role") if isinstance(data.get(key), str) and data[key].strip()]
    return ", ".join(parts)


def _known(checked: list[tuple[str, Verdict, Any]]) -> dict[str, str]:
    """What each interview and application in the file is about, by id: an interview names
    its application's job (the company and role live there since version 3)."""
    def value(verdict: Verdict, raw: Any) -> Any:
        try:
            return verdict.value if verdict.ok else json.loads(raw)
        except (TypeError, ValueError, RecursionError):
            return None

    records = {kind: {name.split(":", 1)[1]: value(verdict, raw) for name, verdict, raw in checked
                      if verdict.kind and verdict.kind["name"] == kind and not verdict.aside}
               for kind in ("application", "interview")}
    jobs = {key: _about(record) for key, record in records["application"].items()}
    found = dict(jobs)
    for key, record in records["interview"].items():
        job = _data(record).get("application")
        found[key] = _about(record) or (jobs.get(job, "") if isinstance(job, str) else "")
    return found


def _label(name: str, verdict: Verdict, interviews: dict[str, str]) -> str:
    kind = verdict.kind
    if kind is None:
        return f"Something this site does not save (named “{_short(name, 40)}”)"
    label = kind["label"]
    if verdict.aside:
        return f"{label}: a saved copy that could not be read, kept aside"
    if kind["name"] in ("interview", "application"):
        about = interviews.get(name.split(":", 1)[1], "")
        return f"{label} for {about}" if about else f"{label} (no company or role yet)"
    if kind.get("worksheet") and name.count(":") == 2:
        about = interviews.get(name.rsplit(":", 1)[1])
        return f"{label} for {about}" if about else f"{label} for an interview that has no company or role in this file"
    return label


def _group(verdict: Verdict) -> str:
    """Which count of the preview an item adds to."""
    if verdict.aside:
        return "aside"
    name = verdict.kind["name"] if verdict.kind else ""
    return name if name in ("interview", "application") else "worksheet" if name.startswith("worksheet:") else \
        "setting" if name.startswith("meta:") else "other"


def _left_out(dropped: list[tuple[str, str]]) -> list[str]:
    unknown = sum(1 for code, _ in dropped if code == "unknown")
    notes = [LEFT_OUT.get(code, LEFT_OUT["type"]).format(what=what) for code, what in dropped if code != "unknown"]
    if unknown:
        notes.append("1 part this site does not use" if unknown == 1 else f"{unknown} parts this site does not use")
    return list(dict.fromkeys(notes))


def report(items: Any) -> dict[str, Any]:
    """Check every item of a backup: ``items`` is a list of ``[name, JSON text]`` (the text
    None when the page found the value nested too deeply to write out).

    Returns ``{"refused": sentence}`` when the file as a whole cannot be imported, else
    ``{"items": [{"import", "group", "label", "reason", "left_out", "value"}]}``,
    in the file's order: ``value`` is what to store (a record, or a kept-aside text).
    """
    if not isinstance(items, list):
        raise ValueError("items must be a list of [name, text] pairs")
    if len(items) > LIMITS.items:
        return {"refused": TOO_MANY}
    described = describe()
    checked = []
    for item in items:
        name, raw = item if isinstance(item, list) and len(item) == 2 else ("", "")
        checked.append((name, check_text(described, name, raw), raw))
    interviews = _known(checked)
    out = []
    for name, verdict, _ in checked:
        entry = {"import": verdict.ok, "group": _group(verdict),
                 "label": _label(str(name), verdict, interviews)}
        if verdict.ok:
            entry["value"] = verdict.value
            entry["left_out"] = _left_out(verdict.dropped)
        else:
            entry["reason"] = REASONS[verdict.reason].format(what=verdict.where or "a field")
        out.append(entry)
    return {"items": out}
