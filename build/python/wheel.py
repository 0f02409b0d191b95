"""Package ``worksheets`` as a ``py3-none-any`` wheel, reproducibly.

This writes the same archive ``python -m build`` would for a pure-Python package (the
``.dist-info`` with METADATA, WHEEL and RECORD), without a build environment: it takes
milliseconds, so ``mkdocs serve`` can rebuild it on every change to ``worksheets/``. Fixed
timestamps and sorted entries make the bytes, and so the sha256 the browser checks, depend
only on the sources.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

_EPOCH = (1980, 1, 1, 0, 0, 0)
_INCLUDE = (".py", ".toml")


@dataclass(frozen=True)
class Wheel:
    filename: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest},{len(data)}"


def build_wheel(package_dir: Path, name: str, version: str, extra: dict[str, bytes] | None = None) -> Wheel:
    """Zip every ``.py`` and ``.toml`` file of ``package_dir`` into a wheel in memory.

    ``extra`` adds generated files by their path inside the package (``{"publisher.json": …}``):
    they exist in the wheel only, never in the source tree.
    """
    found: dict[str, bytes] = {}
    for path in sorted(package_dir.rglob("*")):
        if path.is_file() and path.suffix in _INCLUDE and "__pycache__" not in path.parts:
            found[path.relative_to(package_dir).as_posix()] = path.read_bytes()
    found.update(extra or {})
    files = [(f"{package_dir.name}/{relative}", data) for relative, data in sorted(found.items())]
    dist_info = f"{name}-{version}.dist-info"
    files.append((f"{dist_info}/METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode()))
    files.append((f"{dist_info}/WHEEL", b"Wheel-Version: 1.0\nGenerator: after-the-interview build\nRoot-Is-Purelib: true\nTag: py3-none-any\n"))
    files.append((f"{dist_info}/top_level.txt", f"{package_dir.name}\n".encode()))
    record = "".join(f"{arc},{_record_hash(data)}\n" for arc, data in files) + f"{dist_info}/RECORD,,\n"
    files.append((f"{dist_info}/RECORD", record.encode()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for arcname, data in files:
            info = zipfile.ZipInfo(arcname, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return Wheel(f"{name}-{version}-py3-none-any.whl", buffer.getvalue())
