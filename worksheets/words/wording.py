"""Load the publisher-editable wording files in ``worksheets/templates/``.

They are TOML so that a publisher can change them without reading code; they travel inside
the wheel, so the browser reads exactly the same text as the tests.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``templates/<name>.toml``."""
    text = resources.files("worksheets.templates").joinpath(f"{name}.toml").read_text("utf-8")
    return tomllib.loads(text)


def fill(template: str, values: dict[str, str]) -> str:
    """Fill ``{placeholders}`` once. Values are never re-read as templates, so braces a user
    types stay as typed."""
    return template.format_map(values)
