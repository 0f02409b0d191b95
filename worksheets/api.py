"""The one entry point the browser calls, JSON in and JSON out.

Strings cross the worker boundary rather than proxies: nothing leaks, nothing needs
destroying, and the same function is easy to test from CPython.
"""

from __future__ import annotations

import datetime as dt
import json
import traceback
from typing import Any

from . import __version__, registry
from .validation import validate


def run(worksheet_id: str, data_json: str, today_iso: str = "") -> str:
    """Validate and compose. Returns ``{"ok": true, "output": …}`` or
    ``{"ok": false, "errors": {path: message}}``; an unexpected failure is reported as
    ``{"ok": false, "failure": …}`` rather than raised, so the page can say so calmly."""
    try:
        data: Any = json.loads(data_json) if data_json else {}
        worksheet = registry.get(worksheet_id)
        today = dt.date.fromisoformat(today_iso) if today_iso else None
        result = validate(worksheet, data)
        if not result.ok:
            return json.dumps({"ok": False, "errors": result.errors})
        output = worksheet.compose(result.values, today=today)
        return json.dumps({"ok": True, "output": output.to_dict()})
    except Exception as error:  # report, never crash the worker
        return json.dumps({"ok": False, "failure": f"{type(error).__name__}: {error}",
                           "trace": traceback.format_exc(limit=5)})


def version() -> str:
    return __version__
