"""The third-party wheels the browser installs next to ``worksheets`` (``browser-wheels.txt``).

Each line pins one pure-Python wheel by version and sha256, in pip's requirements format::

    markdown==3.11.3 --hash=sha256:e1a3…

``./dev`` downloads them into ``.cache/wheels`` with ``pip download --require-hashes``; the
build reads them from there, checks each against its pinned hash again, copies it into the
site and writes its URL and hash into every worksheet, and the browser checks the hash once
more before installing it. A wheel that is listed but missing (or different) fails the build
with a message that says what to run, rather than shipping a page whose Python cannot start.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from build.python.wheel import Wheel as BrowserWheel  # the same shape: a file name, its bytes, their sha256

LIST = "browser-wheels.txt"
CACHE = Path(".cache") / "wheels"

_LINE = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[A-Za-z0-9.+!_-]+)\s+--hash=sha256:(?P<sha256>[0-9a-f]{64})$")


class BrowserWheelMissing(RuntimeError):
    """A wheel listed in browser-wheels.txt is not in .cache/wheels, or differs from its pin."""


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    sha256: str

    @property
    def filename(self) -> str:
        """The py3-none-any wheel's file name (names normalised as the wheel spec says)."""
        return f"{normalised(self.name)}-{self.version}-py3-none-any.whl"




def normalised(name: str) -> str:
    """A project's name as a wheel's file name spells it (the wheel spec's normalisation)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def pins(root: Path) -> list[Pin]:
    """The pinned wheels, in the order listed. Comments and blank lines are skipped."""
    path = root / LIST
    if not path.exists():
        return []
    found = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _LINE.match(line)
        if not match:
            raise BrowserWheelMissing(
                f"{LIST}, line {number}: expected 'name==version --hash=sha256:<64 hex digits>', got {raw.strip()!r}"
            )
        found.append(Pin(match["name"], match["version"], match["sha256"]))
    return found


def _command() -> str:
    return f"pip download --require-hashes --no-deps --only-binary=:all: -r {LIST} -d {CACHE.as_posix()}"


def load(root: Path) -> list[BrowserWheel]:
    """Every pinned wheel from ``.cache/wheels``, checked against its hash."""
    wheels = []
    for pin in pins(root):
        path = root / CACHE / pin.filename
        if not path.is_file():
            raise BrowserWheelMissing(
                f"{pin.name}=={pin.version} is listed in {LIST}, but {CACHE.as_posix()}/{pin.filename} is missing. "
                f"Run ./dev build (it downloads the wheels), or from the repository root: {_command()}"
            )
        wheel = BrowserWheel(pin.filename, path.read_bytes())
        if wheel.sha256 != pin.sha256:
            raise BrowserWheelMissing(
                f"{CACHE.as_posix()}/{pin.filename} has sha256 {wheel.sha256}, but {LIST} pins {pin.sha256}. "
                f"Delete it and run ./dev build to download the pinned file again."
            )
        wheels.append(wheel)
    return wheels


def needed(wheels: list[BrowserWheel], names: tuple[str, ...]) -> list[BrowserWheel]:
    """Those of ``wheels`` that are the projects ``names`` (as spelled in browser-wheels.txt)."""
    wanted = {normalised(name) for name in names}
    return [wheel for wheel in wheels if wheel.filename.split("-")[0] in wanted]


def present(root: Path) -> bool:
    """Whether every pinned wheel is in the cache with the right hash (``./dev`` asks this)."""
    try:
        load(root)
    except BrowserWheelMissing:
        return False
    return True


if __name__ == "__main__":  # python -m build.python.browser_wheels: exit 0 when nothing is missing
    sys.exit(0 if present(Path.cwd()) else 1)
