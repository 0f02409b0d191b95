"""The browser side stays in parts a newcomer can find and read: every module is short, opens
with a comment that says its one job, and is named in the map beside the code
(docs/assets/ati/README.md), so where errors are shown or saving happens is found by name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.support.repo import ROOT

ASSETS = ROOT / "docs" / "assets" / "ati"
MODULES = sorted(ASSETS.rglob("*.js"))
MAX_LINES = 300
MAX_PER_FOLDER = 15


def _name(module: Path) -> str:
    return module.relative_to(ASSETS).as_posix()


@pytest.mark.parametrize("module", MODULES, ids=_name)
def test_each_module_is_short_and_opens_with_what_it_does(module):
    text = module.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_LINES, f"{_name(module)} is over {MAX_LINES} lines: split it by job"
    assert text.startswith("/**"), f"{_name(module)} does not open with a comment saying its job"


def test_the_map_names_every_module_and_folder():
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9/-]+\.js)`", readme))
    missing = [_name(m) for m in MODULES if _name(m) not in named]
    assert not missing, f"docs/assets/ati/README.md does not say what these do: {missing}"
    folders = {m.parent.name for m in MODULES if m.parent != ASSETS}
    assert all(f"| `{folder}/` |" in readme for folder in folders), "a folder is missing from the README's table"


def test_modules_live_in_folders_of_a_readable_size():
    assert [m for m in ASSETS.glob("*.js")] == [ASSETS / "main.js"], "only the entry point sits at the top"
    for folder in {m.parent for m in MODULES}:
        assert len(list(folder.glob("*.js"))) <= MAX_PER_FOLDER, f"{folder.name}/ holds too many modules: split it by job"
