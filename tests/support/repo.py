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


#: Lines of the publisher block as shipped in mkdocs.yml, and as a publisher might change them.
PUBLISHER_EDITS = {
    "site_name: After the Interview": "site_name: Careers Service Interview Guide",
    'country: ""': "country: GB",
    "linkedin_limit: 200": "linkedin_limit: 300",
    'sign_off: ""': 'sign_off: "With thanks,"',
    "primary: &primary indigo": "primary: &primary teal",
    "accent: &accent indigo": "accent: &accent teal",
}


def copy_repo(target: Path, config_edits: dict[str, str] | None = None) -> Path:
    """Copy the repository to ``target``, replacing lines of ``mkdocs.yml`` as ``config_edits`` says."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*LEFT_OUT))
    config = (target / "mkdocs.yml").read_text("utf-8")
    for shipped, edited in (config_edits or {}).items():
        if config.count(shipped) != 1:
            raise AssertionError(f"mkdocs.yml should hold {shipped!r} once")
        config = config.replace(shipped, edited)
    (target / "mkdocs.yml").write_text(config, "utf-8")
    for name in SHARED:
        if (ROOT / name).exists():
            (target / name).symlink_to((ROOT / name).resolve())
    (target / ".cache").mkdir()
    (target / ".cache" / "wheels").symlink_to((ROOT / ".cache" / "wheels").resolve())
    return target
