"""Put the pinned Pyodide runtime into the built site.

The files come from the npm package ``pyodide`` installed by ``npm ci`` from
``package-lock.json``, which pins the exact version and its integrity hash; the build refuses
any other version. Only what ``loadPyodide`` fetches at run time is copied: not the type
declarations, source maps or console pages; the lock file is cut to its header, and the build
may give other bytes for a file (the precompiled standard library, ``build/python/stdlib.py``).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

STDLIB = "python_stdlib.zip"
WASM = "pyodide.asm.wasm"  # copied as it is: its sha256 names it in the pages (build/site.py)
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    WASM,
    "python_stdlib.zip",  # STDLIB: Pyodide's own, unless the build gives the site another
    "pyodide-lock.json",
)


def _lock(package: Path) -> bytes:
    """The lock file, header only: the site installs no package from Pyodide's distribution,
    and ``loadPyodide`` checks only the header (the full file is 119 KB of package names)."""
    return json.dumps({"info": json.loads((package / "pyodide-lock.json").read_text())["info"], "packages": {}}).encode()


class RuntimeMissing(RuntimeError):
    pass


def pinned_version(root: Path) -> str:
    return json.loads((root / "package.json").read_text())["dependencies"]["pyodide"]


def check(root: Path) -> Path:
    """The installed package folder, after checking it is the pinned version."""
    package = root / "node_modules" / "pyodide"
    wanted = pinned_version(root)
    manifest = package / "package.json"
    if not manifest.exists():
        raise RuntimeMissing(f"Pyodide {wanted} is not installed: run `npm ci` (the README's commands do it).")
    found = json.loads(manifest.read_text())["version"]
    if found != wanted:
        raise RuntimeMissing(f"node_modules has Pyodide {found}, package.json pins {wanted}: run `npm ci`.")
    return package


def sha256(root: Path, name: str) -> str:
    """The sha256 of one runtime file as the installed (checked) package holds it."""
    return hashlib.sha256((check(root) / name).read_bytes()).hexdigest()


def copy_runtime(root: Path, dest: Path, stdlib: tuple[str, bytes] | None = None) -> dict[str, str]:
    """Copy the runtime files into ``dest`` and return their sha256, by name. ``stdlib`` is
    the standard library the site serves instead of Pyodide's own, ``(file name, bytes)``."""
    package = check(root)
    dest.mkdir(parents=True, exist_ok=True)
    sums = {}
    replace = {"pyodide-lock.json": _lock(package)}
    names = list(RUNTIME_FILES)
    if stdlib:
        names.remove(STDLIB)
        names.append(stdlib[0])
        replace[stdlib[0]] = stdlib[1]
    for name in names:
        source = package / name
        target = dest / name
        if name in replace:
            if not target.exists() or target.read_bytes() != replace[name]:
                target.write_bytes(replace[name])
            sums[name] = hashlib.sha256(replace[name]).hexdigest()
            continue
        if not target.exists() or target.stat().st_size != source.stat().st_size or target.stat().st_mtime < source.stat().st_mtime:
            shutil.copy2(source, target)
        sums[name] = hashlib.sha256(source.read_bytes()).hexdigest()
    (dest / "SHA256SUMS").write_text("".join(f"{digest}  {name}\n" for name, digest in sums.items()))
    return sums
