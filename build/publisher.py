"""The publisher's block of ``mkdocs.yml`` (``extra: publisher:``), read the same way by every engine.

MkDocs hands the hooks its parsed configuration; another engine does not, so this reads the
file itself. The loader accepts the tags ``mkdocs.yml`` may hold (``!ENV``, ``!!python/name:``)
without running anything: only the publisher's block is used.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from worksheets.core import settings as publisher_settings
from worksheets.days.holidays import COUNTRIES

CONFIG = "mkdocs.yml"


class PublisherSettingsError(ValueError):
    """The publisher's block has a value the site cannot use."""


class _Loader(yaml.SafeLoader):
    pass


def _env(loader: _Loader, node: yaml.Node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, …, fallback]``, as MkDocs reads it."""
    if isinstance(node, yaml.ScalarNode):
        names, fallback = [loader.construct_scalar(node)], None
    else:
        items = loader.construct_sequence(node)
        names, fallback = (items[:-1], items[-1]) if len(items) > 1 else (items, None)
    return next((os.environ[name] for name in names if name in os.environ), fallback)


_Loader.add_constructor("!ENV", _env)
_Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # other tags: not needed here


def read_config(path: Path) -> dict[str, Any]:
    return yaml.load(path.read_text("utf-8"), Loader=_Loader) or {}


def block(config: dict[str, Any]) -> dict[str, Any]:
    """``extra.publisher`` of a parsed configuration (MkDocs' or :func:`read_config`'s)."""
    extra = config.get("extra") or {}
    found = extra.get("publisher") or {}
    if not isinstance(found, dict):
        raise PublisherSettingsError(f"{CONFIG}: extra.publisher must be a block of settings, got {found!r}")
    return found


#: Keys of the block that the theme reads (through the YAML marks ``&primary`` and ``&accent``)
#: rather than the worksheets.
THEME_KEYS = ("primary", "accent")


def settings(values: dict[str, Any]) -> publisher_settings.Settings:
    """The worksheets' settings from the block, checked; a mistake stops the build with a sentence."""
    worksheet_values = {k: v for k, v in values.items() if k not in THEME_KEYS}
    try:
        found = publisher_settings.parse(worksheet_values)
    except ValueError as error:
        raise PublisherSettingsError(f"{CONFIG}, extra.publisher: {error}") from None
    if found.country and found.country not in COUNTRIES:
        raise PublisherSettingsError(
            f"{CONFIG}, extra.publisher: no public holidays for country {found.country!r}; "
            f"known: {', '.join(sorted(COUNTRIES))} (or \"\" for weekends only)")
    return found


def load(root: Path, config: dict[str, Any] | None = None) -> publisher_settings.Settings:
    """The settings from ``config`` when an engine passes it, else from ``root/mkdocs.yml``."""
    return settings(block(config if config is not None else read_config(root / CONFIG)))


def wheel_files(found: publisher_settings.Settings) -> dict[str, bytes]:
    """The generated file the browser's Python reads the settings from."""
    return {publisher_settings.FILE: found.to_json().encode("utf-8")}
