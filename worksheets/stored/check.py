"""The check a stored value passes before the site trusts it, driven by the description
:func:`worksheets.stored.describe` derives from the declarations.

The same rules run in the page at start-up (``docs/assets/ati/stored-check.js``, over the
same description); a test holds the two to the same answers on a table of cases. So keep
this plain: every rule here has its twin there, in the same order.

It checks shape, not answers: a half-typed form is valid storage (an empty company, a
half-typed email address). What it refuses, item by item, with a reason code:

* ``name``: a name longer than :attr:`Limits.name`; ``unknown``: a name the site never saves;
* ``large``: a value longer than :attr:`Limits.value`; ``deep``: nested deeper than
  :attr:`Limits.depth`; ``unreadable``: not JSON;
* ``shape``: not a record of this site (no format, no version, no data…); ``newer``: saved by
  a newer version of the site;
* ``type``: a known field holding the wrong kind of value (a number for a name, a text for a
  list of people); ``long``: a text longer than its field allows; ``many``: more entries
  than a group (or the drafts) allow.

What it leaves out, keeping the rest of the record (``dropped``, with a code): a key the site
does not save (``unknown``), a choice that is not one of the options (``choice``), a date or
time that is not one (``format``), an output that is not one the site writes (``output``,
written again on the next press of the button).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any


@dataclass
class Verdict:
    """What the check decided about one item. ``value`` is what to store (the record without
    the keys left out, or a kept-aside text); ``dropped`` lists ``(code, label)`` of each
    key left out; ``where`` names the field a refusal is about (its label, the entry)."""

    ok: bool
    kind: dict | None = None
    aside: bool = False
    value: Any = None
    reason: str = ""
    where: str = ""
    dropped: list[tuple[str, str]] = field(default_factory=list)


class Refused(Exception):
    def __init__(self, code: str, where: str = ""):
        super().__init__(code)
        self.code = code
        self.where = where


def units(text: str) -> int:
    """The length of a text as the browser counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


@cache
def _pattern(source: str) -> re.Pattern:
    return re.compile(source)


def fits(source: str, text: str) -> bool:
    """Whether the whole text matches a pattern of the description."""
    return _pattern(source).fullmatch(text) is not None


def kind_of(described: dict, name: str) -> tuple[dict, bool] | None:
    """The kind of a storage name, and whether it is a value kept aside; None when the site
    never saves anything under that name."""
    at = name.find(described["aside"])
    base = name if at < 0 else name[:at]
    if at >= 0 and not fits(described["asideTime"], name[at + len(described["aside"]):]):
        return None
    for kind in described["kinds"]:
        if fits(kind["pattern"], base):
            return kind, at >= 0
    return None


def depth(value: Any) -> int:
    """Levels of nesting: 0 for a text or number, 1 for ``[]`` or ``{}``, one more per level
    (without recursion, so no value is too deep to measure)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


def _integer(value: Any) -> bool:
    """A whole number, as JSON means it (2 and 2.0 alike; never true or false)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or isinstance(value, float) and value.is_integer()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


class _Checker:
    def __init__(self, described: dict):
        self.d = described
        self.limits = described["limits"]
        self.dropped: list[tuple[str, str]] = []

    def fields(self, specs: dict[str, dict], value: Any, where: str = "") -> dict:
        out = {}
        for key, item in value.items():
            spec = specs.get(key)
            if spec is None:
                self.dropped.append(("unknown", ""))
                continue
            label = _label(spec, where)
            try:
                kept, clean = self.value(spec, item, label)
            except Refused as refused:
                if not spec.get("drop"):
                    raise
                self.dropped.append((spec.get("code", refused.code), label))
                continue
            if kept:
                out[key] = clean
            else:
                self.dropped.append((clean, label))
        for key, spec in specs.items():
            if spec.get("need") and key not in out:
                raise Refused("shape")
        return out

    def value(self, spec: dict, value: Any, label: str) -> tuple[bool, Any]:
        """``(True, clean value)`` to keep it, ``(False, code)`` to leave it out; raises
        :class:`Refused` when the whole record must go."""
        kind = spec["t"]
        if value is None and not spec.get("need"):
            return True, None
        if kind == "const":
            if value != spec["value"] or not isinstance(value, str):
                raise Refused("shape")
            return True, value
        if kind == "version":
            if not _integer(value) or value < 1:
                raise Refused("shape")
            if value > spec["newest"]:
                raise Refused("newer")
            return True, int(value)
        if kind == "text":
            if not isinstance(value, str):
                raise Refused("type", label)
            if "max" in spec and units(value) > spec["max"]:
                raise Refused("long", label)
            if value and "choices" in spec and value not in spec["choices"]:
                return False, "choice"
            if value and "pattern" in spec and not fits(spec["pattern"], value):
                return False, "format"
            return True, value
        if kind == "bool":
            if not isinstance(value, bool):
                raise Refused("type", label)
            return True, value
        if kind == "fields":
            if not isinstance(value, dict):
                raise Refused("shape")
            return True, self.fields(spec["fields"], value)
        if kind == "group":
            return True, self.group(spec, value, label)
        if kind == "edits":
            return True, self.edits(value, label)
        if kind == "output":
            return True, self.output(value)
        if kind == "ticks":
            if (not isinstance(value, dict) or len(value) > spec["max"]
                    or not all(fits(spec["key"], k) and isinstance(v, bool) for k, v in value.items())):
                return False, "format"
            return True, dict(value)
        raise ValueError(f"the description has a type the check does not know: {kind!r}")

    def group(self, spec: dict, value: Any, label: str) -> list:
        if not isinstance(value, list):
            raise Refused("type", label)
        if len(value) > spec["max"]:
            raise Refused("many", label)
        out = []
        for index, entry in enumerate(value):
            where = spec["item"].replace("{n}", str(index + 1))
            if not isinstance(entry, dict):
                raise Refused("type", where)
            out.append(self.fields(spec["fields"], entry, where))
        return out

    def edits(self, value: Any, label: str) -> dict:
        if not isinstance(value, dict):
            raise Refused("type", label)
        if len(value) > self.limits["edits"]:
            raise Refused("many", label)
        if not all(isinstance(text, str) for text in value.values()):
            raise Refused("type", label)
        if any(units(key) > self.limits["name"] or units(text) > self.limits["edit_text"] for key, text in value.items()):
            raise Refused("long", label)
        return dict(value)

    def output(self, value: Any) -> dict:
        if not isinstance(value, dict) or list(value) != ["blocks"] or not isinstance(value["blocks"], list):
            raise Refused("output")
        for block in value["blocks"]:
            specs = self.d["blocks"].get(block.get("type")) if isinstance(block, dict) and isinstance(block.get("type"), str) else None
            if specs is None or any(key not in specs for key in block):
                raise Refused("output")
            for key, spec in specs.items():
                if key not in block:
                    if spec.get("need"):
                        raise Refused("output")
                elif not self.part(spec, block[key]):
                    raise Refused("output")
        return value

    def part(self, spec: dict, value: Any) -> bool:
        """Whether one field of an output block is as the site writes it."""
        kind = spec["t"]
        if kind == "text":
            return isinstance(value, str) and not (value and "choices" in spec and value not in spec["choices"]) \
                and ("pattern" not in spec or fits(spec["pattern"], value))
        if kind == "int":
            return _integer(value) and 0 <= value <= self.limits["number"]
        if kind == "texts":
            return isinstance(value, list) and all(isinstance(text, str) for text in value)
        if kind == "rows":
            return isinstance(value, list) and all(isinstance(row, list) and all(isinstance(t, str) for t in row) for row in value)
        return self.tree(value, 1)

    def tree(self, nodes: Any, level: int) -> bool:
        if not isinstance(nodes, list) or level > self.limits["tree"]:
            return False
        for node in nodes:
            if isinstance(node, str):
                continue
            if not (isinstance(node, list) and len(node) == 2 and node[0] in self.d["treeTags"] and self.tree(node[1], level + 1)):
                return False
        return True


def _label(spec: dict, where: str) -> str:
    """A field as a person reads it: “Full name” for Interviewer 2."""
    label = f"“{spec['label']}”" if spec.get("label") else ""
    return f"{label} for {where}" if where and label else label or where


def _named(described: dict, name: str) -> tuple[tuple[dict, bool] | None, Verdict | None]:
    """``(kind, set aside)`` for a storage name, or the verdict refusing the name itself:
    too long, or a shape no declaration describes."""
    if not isinstance(name, str) or units(name) > described["limits"]["name"]:
        return None, Verdict(False, reason="name")
    found = kind_of(described, name)
    if found is None:
        return None, Verdict(False, reason="unknown")
    return found, None


def check_value(described: dict, name: str, value: Any, size: int) -> Verdict:
    """Check a value already read as JSON (``size``: the characters of its JSON text)."""
    limits = described["limits"]
    found, refused = _named(described, name)
    if refused:
        return refused
    kind, aside = found
    if size > limits["value"]:
        return Verdict(False, kind, aside, reason="large")
    if depth(value) > limits["depth"]:
        return Verdict(False, kind, aside, reason="deep")
    if aside:
        return Verdict(True, kind, True, value) if isinstance(value, str) else Verdict(False, kind, True, reason="shape")
    checker = _Checker(described)
    try:
        if not isinstance(value, dict):
            raise Refused("shape")
        clean = checker.fields(kind["top"], value)
    except Refused as refused:
        return Verdict(False, kind, reason=refused.code, where=refused.where)
    return Verdict(True, kind, False, clean, dropped=checker.dropped)


def check_text(described: dict, name: str, raw: str | None) -> Verdict:
    """Check one item as JSON text; ``raw`` None means the page found it nested too deeply
    to write out (the worker is never handed anything deeper than the limit)."""
    limits = described["limits"]
    found, refused = _named(described, name)
    if refused:
        return refused
    if raw is None:
        return Verdict(False, *found, reason="deep")
    if not isinstance(raw, str):
        return Verdict(False, *found, reason="unreadable")
    size = units(raw)
    if size > limits["value"]:
        return Verdict(False, *found, reason="large")
    try:
        value = json.loads(raw, parse_constant=_reject_constant)
    except RecursionError:
        return Verdict(False, *found, reason="deep")
    except ValueError:
        return Verdict(False, *found, reason="unreadable")
    return check_value(described, name, value, size)
