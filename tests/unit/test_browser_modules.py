"""The browser side stays in parts a newcomer can find and read: every module is short, opens
with a comment that says its one job, and is named in the map beside the code
(docs/assets/ati/README.md), so where errors are shown or saving happens is found by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ASSETS = Path(__file__).resolve().parents[2] / "docs" / "assets" / "ati"
MODULES = sorted(ASSETS.glob("*.js"))
MAX_LINES = 300


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_each_module_is_short_and_opens_with_what_it_does(module):
    text = module.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_LINES, f"{module.name} is over {MAX_LINES} lines: split it by job"
    assert text.startswith("/**"), f"{module.name} does not open with a comment saying its job"


def test_the_map_names_every_module():
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9-]+\.js)`", readme))
    missing = [m.name for m in MODULES if m.name not in named]
    assert not missing, f"docs/assets/ati/README.md does not say what these do: {missing}"
