"""One application, many rounds: which interviews belong together, in what order, and which
one the application is at now.

Each interview record is one round and names its application (``application``, kept by the
page); a record from before applications is an application of its own. The rounds of an
application are ordered by date (a round whose date is not known yet comes last); the last is
the current one. Every earlier round is ``superseded``: the person went through it, so its
chasers are closed and only its dates remain, in the current round's timeline.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Mapping

from . import offers

_LAST = dt.date.max


def grouped(records: Mapping[str, Mapping[str, Any]]) -> dict[str, list[str]]:
    """Application id -> the ids of its rounds, oldest first (a round with no date last)."""
    found: dict[str, list[str]] = {}
    for record_id, values in records.items():
        found.setdefault(values.get("application") or record_id, []).append(record_id)
    for ids in found.values():
        ids.sort(key=lambda rid: (records[rid].get("date") if isinstance(records[rid].get("date"), dt.date) else _LAST, rid))
    return found


def annotated(records: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every record, each earlier round marked ``superseded``, and the current round of each
    application given its earlier rounds (``earlier``: their values, oldest first); every
    record is given the offers of the person's other applications (``elsewhere``)."""
    out = {rid: dict(values) for rid, values in records.items()}
    groups = grouped(records)
    offered = {app: offers.facts(records[ids[-1]]) for app, ids in groups.items() if offers.offer_of(records[ids[-1]])}
    for app, ids in groups.items():
        for rid in ids[:-1]:
            out[rid]["superseded"] = True
        out[ids[-1]]["earlier"] = [out[rid] for rid in ids[:-1]]
        others = [facts for other, facts in offered.items() if other != app]
        for rid in ids:
            out[rid]["elsewhere"] = others
    return out


def current(records: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Application id -> the id of its current (latest) round."""
    return {app: ids[-1] for app, ids in grouped(records).items()}
