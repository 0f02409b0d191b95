"""What this site stores in the browser, described once, from the declarations.

Every value the site keeps is saved under a *name* (the storage key without its
``ati:<site path>:`` prefix) and, but for values kept aside, holds a record:
``{"format": "after-the-interview", "v": N, …}``. :func:`describe` derives, from the
worksheet declarations (:mod:`worksheets.registry`), the output blocks
(:mod:`worksheets.words.output`) and the few tables below, what every name looks like and what its
record may hold. It is plain data (JSON), so that:

* :mod:`worksheets.stored.check` checks an imported item against it, in the worker;
* the build writes it into the site (``assets/ati/stored-shapes.js``) and
  ``docs/assets/ati/stored-check.js`` applies the same rules when the page reads storage
  at start-up, before Python has loaded.

The names:

* ``interview:<id>``: an interview record (the ``interview``-scope fields of every
  worksheet); ``<id>`` is 4-32 lowercase hex digits.
* ``profile``: the person's own details (the ``profile``-scope fields).
* ``worksheet:<worksheet>:<id>`` (a worksheet about an interview) or
  ``worksheet:<worksheet>``: one worksheet's own answers, its last output and the person's
  own versions of drafts (``edits``).
* ``meta:<name>``: the few settings in :data:`META`. A new one is added there.
* ``<one of the above>:unreadable:<ISO time>``: a value that could not be read, kept aside
  as the raw text it was, never read again by the site (only offered as a file).

A new field in a declaration is covered without anything to change here. A new ``meta:``
name goes into :data:`META`; a key inside a record that is not a declared field goes into
:data:`EXTRA`; otherwise the check leaves it out.
"""

from __future__ import annotations

import typing
from dataclasses import MISSING, asdict, dataclass, fields as dataclass_fields
from functools import cache
from typing import Any

from .. import registry
from ..core.fields import MAX_TICKS, RECORD_ID, TICK_ID, Choice, Entry, Field, Group, Saved
from ..words import output
from ..words.output import ALLOWED_TAGS
from .retired import EXTRA, RETIRED

#: Every saved record carries this (``FORMAT`` in docs/assets/ati/storage.js).
FORMAT = "after-the-interview"


@dataclass(frozen=True)
class Limits:
    """Every limit on what is stored, in one place. The page gets them with the description:
    the import and the start-up check use these numbers, and nothing else."""

    #: Items in one backup file. The site makes about 9 per interview.
    items: int = 5000
    #: Characters in a storage name. The longest the site makes is about 90.
    name: int = 200
    #: Characters in one stored value, as JSON text. The largest record the site makes (a
    #: reflection with every box full, with its output) is about 375,000: this leaves room
    #: for text that JSON writes longer (line breaks, quotes), and is a fifth of what a
    #: browser keeps for the whole site.
    value: int = 1_000_000
    #: Levels of nesting in one stored value. Answers are 5 deep; an output's Markdown tree
    #: may be up to 5 + 2 × ``tree``.
    depth: int = 80
    #: Levels of elements in an output's Markdown tree (the page draws no deeper).
    tree: int = 32
    #: A saved text may be this many times as long as its field allows: the form's boxes hold
    #: no more (past the field's limit, the box's count says so and the button refuses it, but
    #: what was typed is kept, never cut without a word); an older version of the site, or the
    #: update that joins two notes into one, may have saved that much too.
    text_factor: int = 2
    #: The person's own versions of drafts (LinkedIn notes) in one record, and the length of each.
    edits: int = 50
    edit_text: int = 3000
    #: A number in an output block (a LinkedIn note's character limit).
    number: int = 100_000
    #: Bytes of a backup file, refused before it is read.
    file_bytes: int = 20 * 1024 * 1024


LIMITS = Limits()

#: An interview's id (or an application's), in a storage name.
INTERVIEW_ID = RECORD_ID
#: The application record's version (storage/records.js APPLICATION_SCHEMA).
APPLICATION_VERSION = 1
#: The profile's version (storage/profile.js SCHEMA): the interview record's until version 3.
PROFILE_VERSION = 2
#: What a value kept aside adds to its name, then the time it was kept aside.
ASIDE = ":unreadable:"
ASIDE_TIME = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,9})?Z"
#: What a date or time field holds once the browser's picker filled it (or "").
PATTERNS = {
    "date": "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "time": "([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]+)?)?",
}
#: Output strings that the page uses as more than text: they must look like this, or the
#: output is dropped (the page writes it again on the next press of the button).
OUTPUT_PATTERNS = {
    ("message", "mailto"): "(mailto:[!-~]*)?",
    ("download", "mime"): "text/(calendar|markdown|plain)",
    ("download", "filename"): "[A-Za-z0-9][A-Za-z0-9._-]{0,119}",
    ("link", "page"): "[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*/?",
}

@dataclass(frozen=True)
class Meta:
    """A ``meta:`` name: what a person calls it, and what its record holds besides
    ``format`` and ``v`` (its ``data`` fields, or keys of its own)."""

    label: str
    newest: int = 1
    data: dict[str, dict] | None = None
    keys: dict[str, dict] | None = None


def text(label: str, max_length: int | None = None, pattern: str | None = None) -> dict:
    """A text's description: at most ``max_length`` characters, matching ``pattern`` (or empty)."""
    spec: dict[str, Any] = {"t": "text", "label": label}
    if max_length is not None:
        spec["max"] = max_length
    if pattern is not None:
        spec["pattern"] = pattern
    return spec


#: Every ``meta:`` name the site saves. A new one is declared here, and the check lets it in.
META: dict[str, Meta] = {
    "current-interview": Meta("Which interview you were working on",
                              data={"id": text("Interview", 32, INTERVIEW_ID)}),
    "last-export": Meta("When you last exported", keys={"at": text("Time of the last export", 64)}),
    # Your interviews as last worked out, drawn at once on the next visit (storage/remembered.js).
    "dashboard": Meta("Your interviews as last worked out",
                      keys={"on": text("The day it was worked out", 10, "[0-9]{4}-[0-9]{2}-[0-9]{2}"),
                            "result": text("What was worked out", 200_000)}),
}


def _field(field: Field) -> dict:
    if field.kind == "checkbox":
        return {"t": "bool", "label": field.label}
    spec = text(field.label, None if field.max_length is None else field.max_length * LIMITS.text_factor,
                PATTERNS.get(field.kind))
    if field.choices:
        spec["choices"] = [choice.value for choice in field.choices]
    return spec


def _saved(saved: Saved) -> dict:
    """A value the page keeps in a record without a field: the checklists' ticks, an object
    of ``{item id: true | false}`` (anything else in it is left out whole: the person ticks
    again), never the record; or a record's id (an interview's application)."""
    if saved.shape == "id":
        return dict(text(saved.label, 32, RECORD_ID), drop=True)
    return {"t": "ticks", "label": saved.label, "max": MAX_TICKS, "key": TICK_ID}


def _merge(specs: dict[str, dict], name: str, spec: dict) -> None:
    """Add a field's description; the same name declared twice (by two worksheets, say)
    allows what either allows."""
    old = specs.get(name)
    if old is None:
        specs[name] = spec
        return
    if old["t"] != spec["t"]:
        raise ValueError(f"field {name!r} is declared as both {old['t']} and {spec['t']}: one stored value cannot be both")
    if "max" in old and "max" in spec:
        old["max"] = max(old["max"], spec["max"])
    else:
        old.pop("max", None)
    if "choices" in old and "choices" in spec:
        old["choices"] += [c for c in spec["choices"] if c not in old["choices"]]
    else:
        old.pop("choices", None)
    if old.get("pattern") != spec.get("pattern"):
        old.pop("pattern", None)
    if old["t"] == "group":
        for child, child_spec in spec["fields"].items():
            _merge(old["fields"], child, child_spec)


def _group(group: Group, members: dict[str, dict]) -> dict:
    return {"t": "group", "label": group.label, "item": group.item_label, "max": group.max_items, "fields": members}


def _add(records: dict[str, dict[str, dict]], home: str, entries: tuple[Entry, ...]) -> None:
    """Add declared entries to the records they are saved in: ``home`` (``worksheet:<id>``) for worksheet-scope
    values, the interview record or the profile for shared ones (as the page saves them:
    docs/assets/ati/form-values.js ``collect``)."""
    for entry in entries:
        if isinstance(entry, Field):
            _merge(records[home if entry.scope == "worksheet" else entry.scope], entry.name, _field(entry))
            continue
        for scope in ("worksheet", "interview", "application", "profile"):
            members = {f.name: _field(f) for f in entry.fields if f.scope == scope}
            if not members:
                continue
            if scope == "worksheet" and entry.fields[0].scope != "worksheet":
                # The page matches these back to their person by the first (shared) field.
                key = entry.fields[0].max_length or 200
                members["__key"] = text(entry.fields[0].label, key * LIMITS.text_factor)
            _merge(records[home if scope == "worksheet" else scope], entry.name, _group(entry, members))


def _envelope(newest: int, data: dict | None = None, *, output: bool = False, keys: dict | None = None) -> dict:
    """A record's own keys: its format and version, its data, and a worksheet's output."""
    top: dict[str, dict] = {"format": {"t": "const", "value": FORMAT, "need": True},
                            "v": {"t": "version", "newest": newest, "need": True}}
    if data is not None:
        top["savedAt"] = dict(text("When it was saved", 64), drop=True)
        top["data"] = {"t": "fields", "fields": data, "need": True}
    if output:
        # The last output, and the answers it was written for: left out together as "output"
        # when not as the site writes them (the worksheet writes them again).
        top["output"] = {"t": "output", "drop": True, "code": "output"}
        top["outputFor"] = {"t": "text", "drop": True, "code": "output"}
        top["edits"] = {"t": "edits", "label": "Your own versions of the notes"}
    top.update(keys or {})
    return top


def _block_field(block: str, name: str, hint: Any) -> dict:
    """One output block field's description, from its type annotation."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is str:
        spec = text(name, pattern=OUTPUT_PATTERNS.get((block, name)))
    elif hint is int:
        spec = {"t": "int"}
    elif origin is typing.Literal:
        spec = dict(text(name), choices=list(args))
    elif origin is tuple and args == (str, ...):
        spec = {"t": "texts"}
    elif origin is tuple and args[1:] == (...,) and typing.get_args(args[0]) == (str, ...):
        spec = {"t": "rows"}
    elif origin is list and args == (output.TreeNode,):
        spec = {"t": "tree"}
    else:
        raise ValueError(f"output block {block!r}: field {name!r} has a type the stored check does not know ({hint})")
    return spec


def _blocks() -> dict[str, dict[str, dict]]:
    """Every output block type and its fields, from :mod:`worksheets.words.output`."""
    blocks = {}
    for cls in typing.get_args(output.Block):
        hints = typing.get_type_hints(cls)
        specs = {}
        for item in dataclass_fields(cls):
            spec = _block_field(cls.__name__.lower(), item.name, hints[item.name])
            if item.default is MISSING and item.default_factory is MISSING:
                spec["need"] = True
            specs[item.name] = spec
        blocks[typing.get_args(hints["type"])[0]] = specs
    return blocks


@cache
def describe() -> dict[str, Any]:
    """The description of everything the site stores, as JSON-ready data.

    ``kinds`` lists each name's pattern (a regular expression, matched whole, the same in
    Python and in the browser) with what its record holds (``top``: the record's keys, each
    with a type ``t``: ``const``, ``version``, ``text``, ``bool``, ``fields``, ``group``,
    ``edits``, ``output``, ``ticks``; ``need`` when it must be there; ``drop`` when a bad value is left
    out rather than refusing the record, with ``code`` as the reason when it has one).
    """
    records: dict[str, dict[str, dict]] = {"interview": {}, "application": {}, "profile": {}}
    sheets = []
    for worksheet_id in registry.MODULES:
        worksheet = registry.get(worksheet_id)
        assert all(c.isalnum() or c == "-" for c in worksheet_id), f"worksheet id {worksheet_id!r} in a storage name"
        records[f"worksheet:{worksheet_id}"] = {}
        _add(records, f"worksheet:{worksheet_id}", worksheet.entries)
        for saved in worksheet.saved:
            _merge(records[f"worksheet:{worksheet_id}" if saved.scope == "worksheet" else saved.scope], saved.name, _saved(saved))
        sheets.append(worksheet)
    for home, entries in RETIRED.items():
        _add(records, home, entries)
    for home, extra in EXTRA.items():
        for name, spec in extra.items():
            _merge(records[home], name, dict(spec))
    # Before applications (interview record version 2), every fact of an application was kept in
    # its interview's record: such records still pass, and storage/migrate.js moves the facts.
    for name, spec in records["application"].items():
        _merge(records["interview"], name, dict(spec))

    newest = registry.get("interview").schema_version  # the interview record's version, and the profile's
    kinds = [
        {"name": "interview", "pattern": f"interview:{INTERVIEW_ID}", "label": registry.get("interview").label,
         "top": _envelope(newest, records["interview"])},
        {"name": "application", "pattern": f"application:{INTERVIEW_ID}", "label": "Application details",
         "top": _envelope(APPLICATION_VERSION, records["application"])},
        {"name": "profile", "pattern": "profile", "label": "Your own details",
         "top": _envelope(PROFILE_VERSION, records["profile"])},
    ]
    for worksheet in sheets:
        kinds.append({
            "name": f"worksheet:{worksheet.id}", "worksheet": worksheet.id, "label": worksheet.label,
            "pattern": f"worksheet:{worksheet.id}" + (f":{INTERVIEW_ID}" if worksheet.uses_interviews else ""),
            "top": _envelope(worksheet.schema_version, records[f"worksheet:{worksheet.id}"], output=True),
        })
    for name, meta in META.items():
        kinds.append({"name": f"meta:{name}", "pattern": f"meta:{name}", "label": meta.label,
                      "top": _envelope(meta.newest, meta.data, keys=meta.keys)})
    return {
        "format": FORMAT,
        "limits": asdict(LIMITS),
        "kinds": kinds,
        "aside": ASIDE,
        "asideTime": ASIDE_TIME,
        "blocks": _blocks(),
        "treeTags": sorted(ALLOWED_TAGS),
    }

