"""The precompiled, trimmed standard library and wheels the browser runs (build/python/stdlib.py), and
the guard that no worksheet imports a module the trimmed zip lacks."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import sys
import types
import zipfile
from pathlib import Path

import pytest

from build.python import browser_wheels, exercise, stdlib, wheel
from worksheets import api, registry
from tests.support.repo import ROOT



@pytest.fixture(scope="module")
def inputs():
    import worksheets

    return [wheel.build_wheel(ROOT / "worksheets", "worksheets", worksheets.__version__), *browser_wheels.load(ROOT)]


@pytest.fixture(scope="module")
def precompiled(inputs):
    """What the build puts in the site (from the project's cache, filled by any earlier build)."""
    return stdlib.precompile(ROOT, inputs)


@pytest.fixture(scope="module")
def on_disk(precompiled, tmp_path_factory):
    folder = tmp_path_factory.mktemp("precompiled")
    (folder / "python_stdlib.zip").write_bytes(precompiled.stdlib.data)
    (folder / precompiled.later.filename).write_bytes(precompiled.later.data)
    for built in precompiled.wheels:
        (folder / built.filename).write_bytes(built.data)
    return folder


# ---------- the exercise: every entry point, derived from the code


def test_the_exercise_calls_every_entry_point_and_every_worksheet_composes():
    assert exercise.exercise(api, registry) == []
    called = {name for name, _, _ in exercise.calls(registry)}
    assert set(exercise.entry_points(api)) <= called
    composed = {args[0] for name, args, must in exercise.calls(registry) if name == "run" and must}
    assert composed == set(registry.MODULES)


def test_a_stale_sample_or_a_new_entry_point_is_reported():
    fake = types.ModuleType("fake")

    def run(*args):
        return json.dumps({"ok": False, "errors": {"company": "Enter the company."}})

    def brand_new(records_json):
        return "{}"

    for function in (run, brand_new):
        function.__module__ = "fake"
        setattr(fake, function.__name__, function)
    for name in ("explain", "dashboard", "calendar", "reflection_log", "markdown", "check_backup", "checklist", "version", "warm"):
        setattr(fake, name, lambda *args: json.dumps({"ok": True}))
    problems = exercise.exercise(fake, registry)
    assert any("did not pass" in p and "Enter the company." in p for p in problems)
    assert any("never called" in p and "brand_new" in p for p in problems)


def test_only_the_worksheets_that_declare_a_third_party_package_import_it(monkeypatch):
    """registry.NEEDS decides which pages download Python-Markdown: every other worksheet
    must run without it."""
    monkeypatch.setitem(sys.modules, "markdown", None)  # importing it now fails
    runs = [args for name, args, _ in exercise.calls(registry) if name == "run" and args[1] != "{}"]
    for args in runs:
        if "markdown" not in registry.NEEDS.get(args[0], ()):
            reply = json.loads(api.run(*args))
            assert "failure" not in reply, (args[0], reply.get("failure"))
    reflection = next(args for args in runs if args[0] == "reflection")
    assert "markdown" in json.loads(api.run(*reflection)).get("failure", ""), "reflection imports markdown: keep it in registry.NEEDS"


class _Uninstalled:
    """A finder that makes ``import markdown`` fail as it does where its wheel is not installed."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "markdown":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)


def test_the_calls_that_need_python_markdown_are_found_by_running_them_without_it(monkeypatch):
    for name in [m for m in sys.modules if m == "markdown" or m.startswith("markdown.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_Uninstalled, *sys.meta_path])
    needs = exercise.needing(["markdown"], api, registry)
    everything = list(exercise.calls(registry))
    named = {everything[i][0] for i in needs} | {everything[i][1][0] for i in needs if everything[i][0] in ("run", "explain")}
    assert {"markdown", "reflection_log", "reflection"} <= named
    assert "thank-you" not in named and "dashboard" not in named
    assert exercise.exercise(api, registry, skip=set(needs)) == []  # the others answer without it


def test_the_source_scan_finds_imports_inside_functions(tmp_path):
    (tmp_path / "a.py").write_text("import json\nfrom . import b\n\ndef f():\n    import calendar\n    from email.utils import x\n")
    assert stdlib.imported_names(tmp_path) == ["calendar", "email.utils", "json"]


# ---------- what the build makes


def test_the_zip_holds_only_unchecked_pycs_in_a_fixed_order(precompiled):
    archive = zipfile.ZipFile(io.BytesIO(precompiled.stdlib.data))
    names = archive.namelist()
    assert names == sorted(names) and all(n.endswith(".pyc") for n in names)
    assert {f + "c" for f in precompiled.files} == set(names)
    assert {"json/__init__.pyc", "tomllib/__init__.pyc", "datetime.pyc", "_strptime.pyc"} <= set(names)
    assert "unittest/__init__.pyc" not in names and "sqlite3/__init__.pyc" not in names  # trimmed
    for info in archive.infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        flags = int.from_bytes(archive.read(info)[4:8], "little")
        assert flags == 0b01, info.filename  # hash-based, not checked against a source
    # Entries stored, not deflated: the site serves the zip gzipped as a whole, always the same bytes.
    assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}
    served = stdlib.served(precompiled.stdlib)
    assert served.filename == "python_stdlib.zip.gz" and served == stdlib.served(precompiled.stdlib)
    assert gzip.decompress(served.data) == precompiled.stdlib.data
    assert len(served.data) < 0.6 * len((ROOT / "node_modules/pyodide/python_stdlib.zip").read_bytes())


def test_what_only_python_markdown_needs_is_a_zip_of_its_own(precompiled):
    """A page without Markdown never downloads the html parser and ElementTree: they travel
    in a second zip, with Python-Markdown's wheel; nothing is in both."""
    start = set(zipfile.ZipFile(io.BytesIO(precompiled.stdlib.data)).namelist())
    later = zipfile.ZipFile(io.BytesIO(precompiled.later.data))
    names = later.namelist()
    assert names == sorted(names) and {f + "c" for f in precompiled.later_files} == set(names)
    assert {"html/__init__.pyc", "html/parser.pyc", "html/entities.pyc", "xml/etree/ElementTree.pyc"} <= set(names)
    assert not start & set(names)
    assert {info.compress_type for info in later.infolist()} == {zipfile.ZIP_STORED}
    # Nor does any page download ipaddress, which urllib.parse imports (words/mailto.py encodes itself).
    assert not [n for n in start | set(names) if n.startswith(("ipaddress", "urllib/"))]
    assert stdlib.packages(precompiled.wheels[1]) == ["markdown"]


def test_the_wheels_are_sourceless_and_still_wheels(precompiled, inputs):
    for built, original in zip(precompiled.wheels, inputs):
        assert built.filename == original.filename
        archive = zipfile.ZipFile(io.BytesIO(built.data))
        names = archive.namelist()
        assert not [n for n in names if n.endswith(".py")]
        assert {info.compress_type for info in archive.infolist()} == {zipfile.ZIP_STORED}  # served gzipped whole
        assert {n[:-1] for n in names if n.endswith(".pyc")} == {n for n in zipfile.ZipFile(io.BytesIO(original.data)).namelist() if n.endswith(".py")}
        record = next(n for n in names if n.endswith(".dist-info/RECORD"))
        assert names[-1] == record and set(archive.read(record).decode().split()) >= {f"{record},,"}
    ours = zipfile.ZipFile(io.BytesIO(precompiled.wheels[0].data))
    assert "worksheets/templates/thank_you.toml" in ours.namelist()
    # Compiled as tested, asserts and all; the docstrings, which nothing reads, left out.
    registry_pyc = ours.read("worksheets/registry.pyc")
    assert b"registered as " in registry_pyc  # an assert's message
    assert b"JSON in and JSON out" not in ours.read("worksheets/api.pyc")  # the module's docstring


def test_a_cached_result_is_byte_for_byte_a_clean_build(precompiled, inputs, tmp_path):
    clean = stdlib.precompile(ROOT, inputs, cache=tmp_path)
    assert clean.stdlib.data == precompiled.stdlib.data
    assert [w.data for w in clean.wheels] == [w.data for w in precompiled.wheels]
    again = stdlib.precompile(ROOT, inputs, cache=tmp_path)  # a cache hit
    assert again == clean


# ---------- the guard: every entry point against the trimmed zip, in Pyodide


def test_every_entry_point_runs_in_pyodide_against_the_trimmed_standard_library(precompiled, on_disk):
    pyodide = (ROOT / "node_modules" / "pyodide").resolve()
    wheels = [on_disk / w.filename for w in precompiled.wheels]
    named = [*stdlib.allowlist(), *stdlib.imported_names(ROOT / "worksheets")]  # code paths the samples may miss
    later = on_disk / precompiled.later.filename
    assert stdlib.check(pyodide, on_disk / "python_stdlib.zip", later, wheels, ["markdown"], named) == []


def test_a_module_missing_from_the_zip_fails_the_guard(precompiled, on_disk, tmp_path):
    """Take out a module only the reflection worksheet imports (from the zip that travels with
    Python-Markdown), then one every worksheet imports (from the first): the guard names each."""
    pyodide = (ROOT / "node_modules" / "pyodide").resolve()
    wheels = [on_disk / w.filename for w in precompiled.wheels]
    for zipped, module in ((precompiled.later, "html/parser"), (precompiled.stdlib, "tomllib/")):
        lacking = tmp_path / zipped.filename
        with zipfile.ZipFile(io.BytesIO(zipped.data)) as source, zipfile.ZipFile(lacking, "w") as out:
            for info in source.infolist():
                if not info.filename.startswith(module):
                    out.writestr(info, source.read(info))
        paths = {precompiled.stdlib.filename: on_disk / "python_stdlib.zip", precompiled.later.filename: on_disk / precompiled.later.filename,
                 zipped.filename: lacking}
        problems = stdlib.check(pyodide, paths["python_stdlib.zip"], paths[precompiled.later.filename], wheels, ["markdown"])
        name = module.rstrip("/").replace("/", ".")
        assert problems and all(f"No module named '{name}" in p for p in problems), problems


def test_the_allowlist_is_documented_and_importable():
    names = stdlib.allowlist()
    assert names and all(importlib.util.find_spec(n.split(".")[0]) for n in names)
    for line in stdlib.ALLOWLIST.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert "#" in line, f"say why {line.split()[0]} is kept"


def test_the_modules_left_out_are_documented_and_absent(precompiled):
    names = stdlib.leave_out()
    assert names
    for line in stdlib.LEAVE_OUT.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert "#" in line, f"say why {line.split()[0]} is left out"
    entries = zipfile.ZipFile(io.BytesIO(precompiled.stdlib.data)).namelist()
    assert not [e for e in entries if e.startswith(("bz2.", "lzma.", "compression/"))]
    assert "zipfile/__init__.pyc" in entries  # its importer stays
    assert stdlib.kept(["bz2.py", "bz2x.py", "compression/zstd/__init__.py", "compressionist.py"], ["bz2", "compression"]) == [
        "bz2x.py", "compressionist.py"]


def test_leaving_out_a_module_the_worksheets_need_stops_the_build(monkeypatch, inputs):
    monkeypatch.setattr(stdlib, "leave_out", lambda: ["json"])  # worksheets/ imports json
    with pytest.raises(stdlib.PrecompileFailed, match="leaves out what the worksheets need: json"):
        stdlib.precompile(ROOT, inputs)
