"""A throwaway copy of the repository, for tests that build the site from changed files.

The copy shares the installed tools (``.venv``, ``.venv-zensical``, ``node_modules``, the
downloaded browser wheels) through symlinks, so ``./dev build`` in it installs nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = (".venv", ".venv-zensical", "node_modules")
LEFT_OUT = (*SHARED, ".cache", "site", "_site", ".git", "__pycache__", ".pytest_cache", "tests")


def copy_repo(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*LEFT_OUT))
    for name in SHARED:
        if (ROOT / name).exists():
            (target / name).symlink_to((ROOT / name).resolve())
    (target / ".cache").mkdir()
    (target / ".cache" / "wheels").symlink_to((ROOT / ".cache" / "wheels").resolve())
    return target
