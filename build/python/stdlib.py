"""A precompiled, trimmed standard library for Pyodide, and the wheels precompiled too.

Pyodide's ``python_stdlib.zip`` holds only ``.py`` files, so every start compiles ~150
modules from source: most of a warm start. This makes, from the pinned npm package:

1. **The module list.** ``build/python/exercise.py`` calls every entry point of ``worksheets.api``
   inside Pyodide (under Node, ``build/python/precompile.mjs``) with the stock standard library and
   the wheels installed; every standard-library module that got imported is kept, plus those
   the worksheets name in an ``import`` (found by reading their source, for code paths the
   samples miss) and those in ``stdlib-allowlist.txt``; less those in
   ``stdlib-leave-out.txt``, which Pyodide's own start-up imports only if it can.
2. **The zip.** Those modules compiled by Pyodide's own interpreter (same bytecode magic) to
   unchecked-hash ``.pyc`` files, without docstrings (``optimize=2``), in a zip with fixed
   timestamps and sorted entries: the same inputs give the same bytes.
3. **The wheels**, each module's source replaced by its ``.pyc`` (asserts kept: the code
   runs as tested; module and function docstrings, which nothing reads, left out), likewise. Sourceless, they
   are a third smaller than with both; a traceback shows file and line, not the line's text.
4. **The split.** The modules that only the calls needing a third-party wheel import (the
   exercise's calls that fail without Python-Markdown; the html parser and ElementTree) go in
   a second zip, ``python_stdlib_for_wheels.zip``, that a page downloads with those wheels;
   every other page starts without them.

The site serves each zip gzipped as a whole (:func:`served`, ``python_stdlib.zip.gz``, the wheels too): its
entries are stored, so the compression runs across modules (~5% smaller than deflating each
.pyc, ~70 KB) and Python inflates nothing as it imports. The browser fetches it by its URL,
checks its sha256 and unzips it (``DecompressionStream``) before Python sees it, as with the
wheels. The results are cached in ``.cache/precompiled`` under a key made of every input
(the Pyodide package, the wheels, the exercise, the allowlist, the scripts), so a cache hit
gives exactly the bytes a clean build would.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from build.python import runtime
from build.python.wheel import Wheel

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "precompile.mjs"
EXERCISE = HERE / "exercise.py"
ALLOWLIST = HERE / "stdlib-allowlist.txt"
LEAVE_OUT = HERE / "stdlib-leave-out.txt"
CACHE = Path(".cache") / "precompiled"
LATER = "python_stdlib_for_wheels"  # the second zip's name (without .zip)
OPTIMIZE = 2  # docstrings and asserts left out of the standard library: ~15% smaller
KEEP = 8  # cache entries kept


class PrecompileFailed(RuntimeError):
    """Node could not run the job, or the exercise found a problem (a stale sample, an error)."""


@dataclass(frozen=True)
class Precompiled:
    stdlib: Wheel  # the zip, named like the stock one: python_stdlib.zip
    wheels: tuple[Wheel, ...]  # the given wheels, same names and order, compiled
    files: tuple[str, ...]  # the standard-library files in the zip (sources' names)
    #: The standard-library modules only the third-party wheels' code paths import (Python-
    #: Markdown's html parser and ElementTree), in a zip of their own that travels with them.
    later: Wheel
    later_files: tuple[str, ...]


def _module_names(path: Path) -> list[str]:
    """The module names a list file holds (one a line, ``#`` comments)."""
    names = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [name for name in names if name]


def allowlist(path: Path = ALLOWLIST) -> list[str]:
    """Module names to keep whatever the exercise imports."""
    return _module_names(path)


def leave_out(path: Path = LEAVE_OUT) -> list[str]:
    """Modules (and packages, with all they hold) to leave out although start-up imports them."""
    return _module_names(path)


def _under(module: str, left_out: list[str]) -> bool:
    """Whether ``module`` is one of ``left_out`` or inside one of those packages."""
    return any(module == out or module.startswith(out + ".") for out in left_out)


def kept(files: list[str], left_out: list[str]) -> list[str]:
    """``files`` (zip entries) less those of the modules and packages in ``left_out``."""
    return [name for name in files
            if not _under(name.removesuffix(".py").removesuffix("/__init__").replace("/", "."), left_out)]


def imported_names(package: Path) -> list[str]:
    """Modules named in an ``import`` anywhere in ``package`` (top level or not), but its own.
    Which of them belong to the standard library, Pyodide decides (its Python is newer)."""
    found = set()
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
    return sorted(found - {"__future__"})


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def _node(job: dict) -> dict:
    node = shutil.which("node")
    if not node:
        raise PrecompileFailed("Node.js is needed to precompile Python for the browser: run ./dev build (it installs it).")
    result = subprocess.run([node, str(SCRIPT)], input=json.dumps(job), capture_output=True, text=True)
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-15:])
        raise PrecompileFailed(f"precompiling Python for the browser failed ({job['task']}):\n{tail}")
    return json.loads(result.stdout)


def packages(wheel: Wheel) -> list[str]:
    """The top-level modules a wheel installs (what ``import`` names): its folders and
    modules at the root, less its ``.dist-info``."""
    with zipfile.ZipFile(io.BytesIO(wheel.data)) as archive:
        tops = {name.split("/", 1)[0] for name in archive.namelist()}
    return sorted(top.removesuffix(".pyc").removesuffix(".py") for top in tops if not top.endswith(".dist-info"))


def trace(pyodide: Path, wheel_paths: list[Path], third_party: list[str], extra: list[str],
          named: list[str]) -> tuple[list[str], list[str]]:
    """The standard-library files imported in stock Pyodide, in two parts: those the exercise
    imports with the worksheets' wheel alone (``wheel_paths[0]``), plus ``extra`` (each must
    import) and those of ``named`` that belong to the standard library; and those that only
    the calls needing the third-party wheels (``wheel_paths[1:]``, whose modules are
    ``third_party``) import."""
    answer = _node({"task": "trace", "pyodide": f"{pyodide}/", "wheels": [str(p) for p in wheel_paths],
                    "packages": third_party, "exercise": str(EXERCISE), "extra": extra, "named": named})
    if answer["problems"]:
        raise PrecompileFailed("build/python/exercise.py found problems (update its samples if a worksheet changed):\n  "
                               + "\n  ".join(answer["problems"]))
    return answer["files"], answer["later"]


def check(pyodide: Path, stdlib: Path, later: Path | None, wheel_paths: list[Path], third_party: list[str],
          modules: list[str] = ()) -> list[str]:
    """Run the exercise as the browser will: against the zip at ``stdlib`` with the
    worksheets' wheel alone (the calls that need none of ``third_party``), then with the
    third-party wheels and the zip at ``later`` (every call); then import those of
    ``modules`` that belong to the standard library. Return the problems."""
    answer = _node({"task": "check", "pyodide": f"{pyodide}/", "stdlib": str(stdlib), "later": str(later) if later else "",
                    "modules": list(modules), "wheels": [str(p) for p in wheel_paths], "packages": third_party,
                    "exercise": str(EXERCISE)})
    return answer["problems"]


def precompile(root: Path, wheels: list[Wheel], cache: Path | None = None) -> Precompiled:
    """The trimmed, precompiled standard library and the precompiled wheels (cached)."""
    pyodide = runtime.check(root).resolve()
    cache = root / CACHE if cache is None else cache
    extra, named, left_out = allowlist(), imported_names(root / "worksheets"), leave_out()
    wanted = [name for name in [*extra, *named] if _under(name, left_out)]
    if wanted:
        raise PrecompileFailed(f"build/python/stdlib-leave-out.txt leaves out what the worksheets need: {', '.join(wanted)}")
    # This module's own source is an input: a change to how it builds is a new entry.
    inputs = [runtime.pinned_version(root), (pyodide / "python_stdlib.zip").read_bytes(),
              SCRIPT.read_bytes(), Path(__file__).read_bytes(), EXERCISE.read_bytes(), json.dumps([extra, named, left_out]),
              *(w.filename + w.sha256 for w in wheels)]
    folder = cache / _digest(*inputs)
    names = ["files.json", "python_stdlib.zip", f"{LATER}.zip", *(w.filename for w in wheels)]
    if all((folder / name).is_file() for name in names):
        os.utime(folder)  # recently used: kept when the cache is pruned
    else:
        _make(folder, pyodide, wheels, extra, named, left_out)
        _prune(cache, keep=KEEP)
    files = json.loads((folder / "files.json").read_text())
    return Precompiled(
        stdlib=Wheel("python_stdlib.zip", (folder / "python_stdlib.zip").read_bytes()),
        wheels=tuple(Wheel(w.filename, (folder / w.filename).read_bytes()) for w in wheels),
        files=tuple(files["files"]),
        later=Wheel(f"{LATER}.zip", (folder / f"{LATER}.zip").read_bytes()),
        later_files=tuple(files["later"]),
    )


def _make(folder: Path, pyodide: Path, wheels: list[Wheel], extra: list[str], named: list[str],
          left_out: list[str]) -> None:
    """Trace, compile, and put the results in ``folder`` in one step (a parallel build never
    sees half of them)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder.parent) as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        paths = [work / "in" / wheel.filename for wheel in wheels]
        for path, wheel in zip(paths, wheels):
            path.write_bytes(wheel.data)
        third_party = sorted({name for w in wheels[1:] for name in packages(w)})
        files, later = (kept(found, left_out) for found in trace(pyodide, paths, third_party, extra, named))
        out = work / "out"
        out.mkdir()
        _node({"task": "compile", "pyodide": f"{pyodide}/", "files": files, "later": later, "optimize": OPTIMIZE,
               "stdlibOut": str(out / "python_stdlib.zip"), "laterOut": str(out / f"{LATER}.zip"),
               "wheels": [str(p) for p in paths], "wheelsOut": str(out)})
        (out / "files.json").write_text(json.dumps({"files": files, "later": later}, indent=0))
        shutil.rmtree(folder, ignore_errors=True)  # an incomplete entry, if any
        try:
            os.replace(out, folder)
        except OSError:
            pass  # a parallel build put the same bytes there first


def _prune(cache: Path, keep: int) -> None:
    """Keep the ``keep`` most recently used entries (each worksheets edit makes a new one)."""
    entries = sorted((p for p in cache.iterdir() if p.is_dir() and len(p.name) == 64), key=lambda p: p.stat().st_mtime)
    for old in entries[:-keep]:
        shutil.rmtree(old, ignore_errors=True)


def served(zipped: Wheel) -> Wheel:
    """A zip we made (the library, a wheel) as the site serves it: gzipped whole, the same
    bytes every time. Its entries are stored, so the compression runs across modules; the
    browser unzips it before Python sees it (python/worker.js)."""
    return Wheel(zipped.filename + ".gz", gzip.compress(zipped.data, compresslevel=9, mtime=0))


@dataclass(frozen=True)
class ForSite:
    """The Python the site serves."""

    wheel: Wheel  # the worksheets
    extras: list[Wheel]  # the third-party wheels
    stdlib: Wheel  # the standard library
    #: What of the standard library only the third-party wheels need: installed with them,
    #: on the pages that use them (``None``: all of it is in ``stdlib``).
    for_wheels: Wheel | None = None


def for_site(root: Path, wheel: Wheel, extras: list[Wheel], *, stock: bool = False) -> ForSite:
    """The worksheets wheel, the third-party wheels and the standard library the site
    serves: precompiled, each gzipped whole (the library as ``python_stdlib.zip.gz``, and
    what only the third-party wheels need of it as ``python_stdlib_for_wheels.zip.gz``), or
    (``stock=True``, for ``mkdocs serve``) as they come (Pyodide's own ``python_stdlib.zip``)."""
    if stock:
        return ForSite(wheel, extras, Wheel("python_stdlib.zip", (runtime.check(root) / "python_stdlib.zip").read_bytes()))
    done = precompile(root, [wheel, *extras])
    return ForSite(served(done.wheels[0]), [served(w) for w in done.wheels[1:]], served(done.stdlib),
                   served(done.later) if done.later_files else None)
