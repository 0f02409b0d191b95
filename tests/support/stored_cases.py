"""Stored items for the storage-check tests: records as the page saves them, one interview as
the page saves it, and a table of hostile and damaged items with the reason each is refused."""

from __future__ import annotations

from tests.support.scenarios import Scenario, run, sheets_for
from worksheets import registry
from worksheets.stored.shapes import FORMAT, LIMITS, describe
from worksheets.stored.check import kind_of

ID = "0123456789abcdef"
D = describe()


def data_specs(name: str) -> dict:
    """The fields a stored name's record holds in its data."""
    found = kind_of(D, name)
    assert found, name
    return found[0]["top"]["data"]["fields"]


def record(v: int = 2, **data) -> dict:
    return {"format": FORMAT, "v": v, "savedAt": "2026-11-25T09:30:00.000Z", "data": data}


def sheet(v: int = 2, output=None, **data) -> dict:
    return {**record(v, **data), "output": output, "outputFor": "", "edits": {}}


def saved_by_the_page(scenario: Scenario) -> dict[str, dict]:
    """One interview as the page saves it: its application's facts in the application record,
    its own in the interview record, the person's in the profile, each worksheet's own answers
    with its output."""
    application, profile = data_specs(f"application:{ID}"), data_specs("profile")
    interview = {k: v for k, v in data_specs(f"interview:{ID}").items() if k not in application}
    answers = {**scenario.profile, **scenario.record}
    items = {f"application:{ID}": record(1, **{k: v for k, v in answers.items() if k in application}),
             f"interview:{ID}": record(3, application=ID, **{k: v for k, v in answers.items() if k in interview}),
             "profile": record(**{k: v for k, v in answers.items() if k in profile})}
    for sheet_id in sheets_for(scenario):
        own = data_specs(f"worksheet:{sheet_id}:{ID}")
        extra = scenario.sheets.get(sheet_id, {})
        assert all(k in own or k in interview or k in application or k in profile for k in extra), extra
        items["profile"]["data"].update({k: v for k, v in extra.items() if k in profile})
        reply = run(scenario, sheet_id)
        output = reply.get("output")
        items[f"worksheet:{sheet_id}:{ID}"] = sheet(registry.get(sheet_id).schema_version, output,
                                                    **{k: v for k, v in extra.items() if k in own})
    return items


#: Items the check refuses, and the reason it gives.
REFUSED = [
    ("__proto__", record(), "unknown"),
    ("constructor", record(), "unknown"),
    ("interview:__proto__", record(), "unknown"),
    ("../../evil", record(), "unknown"),
    ("ati:/other-site/:profile", record(), "unknown"),
    ("interview:" + "a" * 100_000, record(), "name"),
    (f"interview:{ID}", "just text", "shape"),
    (f"interview:{ID}", [record()], "shape"),
    (f"interview:{ID}", {"v": 2, "data": {}}, "shape"),
    (f"interview:{ID}", {"format": "other", "v": 2, "data": {}}, "shape"),
    (f"interview:{ID}", {"format": FORMAT, "v": "2", "data": {}}, "shape"),
    (f"interview:{ID}", {"format": FORMAT, "v": True, "data": {}}, "shape"),
    (f"interview:{ID}", {"format": FORMAT, "v": 0, "data": {}}, "shape"),
    (f"interview:{ID}", {"format": FORMAT, "v": 1.5, "data": {}}, "shape"),
    (f"interview:{ID}", {"format": FORMAT, "v": 2}, "shape"),
    (f"interview:{ID}", {"format": FORMAT, "v": 2, "data": []}, "shape"),
    (f"interview:{ID}", record(v=4), "newer"),
    (f"interview:{ID}", record(company=12), "type"),
    (f"interview:{ID}", record(company=["Acme"]), "type"),
    (f"interview:{ID}", record(company={"toString": "x"}), "type"),
    (f"interview:{ID}", record(agency="true"), "type"),
    (f"interview:{ID}", record(interviewers={"name": "Tom"}), "type"),
    (f"interview:{ID}", record(interviewers=["Tom"]), "type"),
    (f"interview:{ID}", record(interviewers=[{"name": 5}]), "type"),
    (f"interview:{ID}", record(company="A" * 241), "long"),
    (f"interview:{ID}", record(notes="n" * 100_000), "long"),
    (f"interview:{ID}", record(interviewers=[{"name": "Tom"}] * 11), "many"),
    (f"interview:{ID}", record(company="x" * (LIMITS.value + 1)), "large"),
    (f"worksheet:linkedin:{ID}", sheet() | {"edits": {"k": 3}}, "type"),
    (f"worksheet:linkedin:{ID}", sheet() | {"edits": {"k": "x" * (LIMITS.edit_text + 1)}}, "long"),
    (f"worksheet:linkedin:{ID}", sheet() | {"edits": {str(i): "x" for i in range(LIMITS.edits + 1)}}, "many"),
    ("worksheet:unwind:unreadable:2026-01-01T00:00:00.000Z", {"not": "text"}, "shape"),
    ("worksheet:unwind:unreadable:last tuesday", "text", "unknown"),
    (f"profile:unreadable:2026-01-01T00:00:00.000Z", {"not": "text"}, "shape"),
]
