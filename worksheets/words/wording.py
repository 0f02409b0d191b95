"""Load the publisher-editable wording files in ``worksheets/templates/``, in the reader's English.

They are TOML so that a publisher can change them without reading code; they travel inside
the wheel, so the browser reads exactly the same text as the tests. A wording that differs
between British and American English is written as both, side by side, in a table with
exactly the keys ``gb`` and ``us``::

    subject = { gb = "Thank you for organising my interview", us = "Thank you for organizing my interview" }

:func:`load` gives the file with every such pair resolved to the one English asked for; a
plain string serves both (``tests/unit/worksheets/words/test_wording.py`` fails when a plain
string holds a spelling that one of the two would not use).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from .dates import ENGLISHES, English


@cache
def raw(name: str) -> dict[str, Any]:
    """The parsed ``templates/<name>.toml``, with both Englishes side by side."""
    text = resources.files("worksheets.templates").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def is_pair(value: Any) -> bool:
    """Whether ``value`` is a wording written in both Englishes (a ``{gb, us}`` table)."""
    return isinstance(value, dict) and set(value) == set(ENGLISHES)


def _resolve(value: Any, english: English) -> Any:
    if is_pair(value):
        return value[english]
    if isinstance(value, dict):
        return {key: _resolve(item, english) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, english) for item in value]
    return value


@cache
def load(name: str, english: English = "gb") -> dict[str, Any]:
    """The parsed ``templates/<name>.toml`` in one English (British unless told otherwise)."""
    return _resolve(raw(name), english)


def fill(template: str, values: dict[str, str]) -> str:
    """Fill ``{placeholders}`` once. Values are never re-read as templates, so braces a user
    types stay as typed."""
    return template.format_map(values)
