"""The GitHub Pages workflow (.github/workflows/pages.yml), read and partly run by the tests.

:func:`run_build_job` runs the build job's own commands, in order, in a copy of the repository,
as the runner would after ``actions/configure-pages`` reported ``base_url``: so the tests check
the site the workflow would publish, not a build made another way.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.support.repo import ROOT, copy_repo

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
BASE_URL = "${{ steps.pages.outputs.base_url }}"
#: Actions the build job may use, and what the emulation does instead of running them.
SET_UP_BY_THE_RUNNER = {"actions/checkout", "actions/setup-python", "actions/cache"}  # the copy is already there
CONFIGURE = "actions/configure-pages"  # emulated: gives BASE_URL
UPLOAD = "actions/upload-pages-artifact"  # emulated: its `path` is the site


def load() -> dict[str, Any]:
    workflow = yaml.safe_load(WORKFLOW.read_text("utf-8"))
    if True in workflow:  # YAML 1.1 reads the key `on` as true
        workflow["on"] = workflow.pop(True)
    return workflow


def action(step: dict) -> str:
    return step["uses"].split("@")[0]


def run_build_job(work: Path, base_url: str) -> Path:
    """Run the build job in a copy of the repository at ``work``; return the folder it uploads."""
    copy_repo(work)
    uploaded = None
    for step in load()["jobs"]["build"]["steps"]:
        if "uses" in step:
            name = action(step)
            if name == UPLOAD:
                uploaded = work / step["with"]["path"]
            elif name not in SET_UP_BY_THE_RUNNER | {CONFIGURE}:
                raise AssertionError(f"the build job uses {name}, which this emulation does not know")
            continue
        env = {key: str(value).replace(BASE_URL, base_url) for key, value in (step.get("env") or {}).items()}
        command = step["run"]
        for text in (command, *env.values()):
            if re.search(r"\$\{\{", text):
                raise AssertionError(f"an expression this emulation cannot fill in: {text}")
        clean = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "PYTHONPATH")}
        subprocess.run(["bash", "-euo", "pipefail", "-c", command], cwd=work, env={**clean, **env},
                       check=True, capture_output=True)
    if uploaded is None:
        raise AssertionError(f"the build job uploads nothing with {UPLOAD}")
    return uploaded
