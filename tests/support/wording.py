"""Placeholders used in a publisher-editable wording file, for the wording tests."""

from __future__ import annotations

import string

from worksheets.words import wording


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def placeholders(name: str) -> set[str]:
    """Every ``{name}`` in ``worksheets/templates/<name>.toml``."""
    return {field for template in _strings(wording.load(name))
            for _, field, _, _ in string.Formatter().parse(template) if field is not None}
