"""Rewrite worksheets/days/holidays.json, the source tree's copy of the holiday data.

The build generates the same file into the wheel for the years around the day it runs
(build/python/holiday_data.py); this copy covers fixed years (SOURCE_YEARS there) for CPython:
the tests, and a checkout that was never built.

    .venv/bin/python scripts/generate_holiday_table.py          # rewrite the file
    .venv/bin/python scripts/generate_holiday_table.py --check  # exit 1 if it is stale

tests/unit/worksheets/days/test_holidays.py regenerates it in memory and compares, so a
`holidays` upgrade or an edit of build/python/holiday_names.toml fails the tests until this
is rerun.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build.python import holiday_data  # noqa: E402

TARGET = ROOT / "worksheets" / holiday_data.FILE
COMMAND = "python scripts/generate_holiday_table.py"


def render() -> bytes:
    return holiday_data.render(holiday_data.SOURCE_YEARS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    data = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_bytes() != data:
            print(f"{TARGET} is out of date: run {COMMAND}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_bytes(data)
    print(f"wrote {TARGET} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
