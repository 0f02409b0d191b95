"""The GitHub Pages workflow: checked offline by zizmor and the workflow schema, and held to
what the README promises (tests first, least privilege, pinned actions, caches, one deploy at a time).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import workflow

BIN = Path(sys.executable).parent
PINNED = re.compile(r"^(?P<name>[\w.-]+/[\w.-]+)@(?P<sha>[0-9a-f]{40})$")


@pytest.fixture(scope="module")
def wf():
    return workflow.load()


def steps(wf, job):
    return wf["jobs"][job]["steps"]


def test_zizmor_finds_nothing_of_medium_severity_or_higher():
    result = subprocess.run([BIN / "zizmor", "--offline", "--min-severity", "medium", "--no-progress", workflow.WORKFLOW],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_workflow_matches_githubs_schema():
    result = subprocess.run([BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", workflow.WORKFLOW],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_it_runs_on_push_to_main_and_by_hand(wf):
    assert wf["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in wf["on"]
    assert "pull_request_target" not in wf["on"]


def test_the_whole_suite_runs_first_and_a_red_suite_deploys_nothing(wf):
    jobs = wf["jobs"]
    assert [s["run"] for s in steps(wf, "test") if "run" in s] == [".ci/run"]
    assert (Path(workflow.ROOT) / ".ci" / "run").read_text().strip().endswith("./dev test")
    assert jobs["build"]["needs"] == "test" and jobs["deploy"]["needs"] == "build"
    assert not any("if" in job for job in jobs.values())  # nothing runs on a failure
    assert not any(s.get("continue-on-error") for job in jobs for s in steps(wf, job))


def test_tests_run_in_debian_where_chromium_is_a_real_browser(wf):
    container = wf["jobs"]["test"]["container"]
    assert re.fullmatch(r"python:3\.11-bookworm(@sha256:[0-9a-f]{64})?", container["image"])


def test_least_privilege(wf):
    assert wf["permissions"] == {}
    grants = {name: job.get("permissions") for name, job in wf["jobs"].items()}
    assert grants["deploy"] == {"pages": "write", "id-token": "write"}
    for name, granted in grants.items():
        if name != "deploy":
            assert "write" not in granted.values(), name
    assert grants["test"] == {"contents": "read"}
    assert grants["build"] == {"contents": "read", "pages": "read"}
    for job in ("test", "build"):
        checkout = next(s for s in steps(wf, job) if workflow.action(s) == "actions/checkout" if "uses" in s)
        assert checkout["with"]["persist-credentials"] is False


def test_every_action_is_pinned_by_commit_with_its_version_in_a_comment(wf):
    text = workflow.WORKFLOW.read_text("utf-8")
    uses = re.findall(r"uses:\s*(\S+)(.*)", text)
    assert len(uses) >= 8
    for ref, comment in uses:
        assert PINNED.match(ref), ref
        assert re.fullmatch(r"\s*# v\d+\.\d+\.\d+", comment), f"{ref}: say the version in a comment"
    used = {workflow.action(s) for job in wf["jobs"] for s in steps(wf, job) if "uses" in s}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= used


def test_pip_and_npm_caches_are_keyed_on_the_lock_files(wf):
    keys = [s["with"]["key"] for job in ("test", "build") for s in steps(wf, job)
            if "uses" in s and workflow.action(s) == "actions/cache"]
    assert any("hashFiles('requirements.lock'" in k and "requirements-zensical.lock" in k for k in keys)
    assert sum("hashFiles('package-lock.json')" in k for k in keys) == 2
    setup = next(s for s in steps(wf, "build") if "uses" in s and workflow.action(s) == "actions/setup-python")
    assert setup["with"]["cache"] == "pip" and "requirements.lock" in setup["with"]["cache-dependency-path"]


def test_two_deploys_never_race(wf):
    assert wf["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_the_site_is_built_for_the_address_pages_reports(wf):
    build = steps(wf, "build")
    names = [workflow.action(s) if "uses" in s else "run" for s in build]
    assert names.index("actions/configure-pages") < names.index("run") < names.index("actions/upload-pages-artifact")
    configure = next(s for s in build if "uses" in s and workflow.action(s) == "actions/configure-pages")
    [run] = [s for s in build if "run" in s]
    assert run["env"] == {"SITE_URL": "${{ steps.%s.outputs.base_url }}/" % configure["id"]}
    output = re.fullmatch(r"\./dev build -d (\S+)", run["run"].strip()).group(1)
    upload = next(s for s in build if "uses" in s and workflow.action(s) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == output
    deploy = steps(wf, "deploy")
    assert [workflow.action(s) for s in deploy] == ["actions/deploy-pages"]
    assert wf["jobs"]["deploy"]["environment"]["name"] == "github-pages"
