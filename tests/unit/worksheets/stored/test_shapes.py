"""What the site stores, described once from the declarations (worksheets/stored/shapes.py), and the
check every stored value passes (worksheets/stored/check.py): everything the site itself
saves passes untouched, hostile and damaged items are refused or trimmed, with the reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.moment import context_json
from tests.support.scenarios import SCENARIOS
from tests.support.stored_cases import D, ID, REFUSED, data_specs, record, saved_by_the_page, sheet
from worksheets import api, registry
from worksheets.sheets import reflection, unwind
from worksheets.words.output import ALLOWED_TAGS
from worksheets.stored.report import report
from worksheets.core.fields import Group
from worksheets.stored.shapes import LIMITS, META
from worksheets.stored.check import check_text, check_value, kind_of, units
from tests.support.repo import ROOT



def kind(name: str) -> dict:
    found = kind_of(D, name)
    assert found, name
    return found[0]


def check(name: str, value) -> object:
    return check_text(D, name, json.dumps(value))


# --------------------------------------------------------------------------- the description


def test_every_declared_field_has_a_home_in_the_record_it_is_saved_in():
    """A field added to a declaration is covered with nothing else to change."""
    homes = {"interview": data_specs(f"interview:{ID}"), "application": data_specs(f"application:{ID}"),
             "profile": data_specs("profile")}
    for worksheet_id in registry.MODULES:
        worksheet = registry.get(worksheet_id)
        name = f"worksheet:{worksheet_id}" + (f":{ID}" if worksheet.uses_interviews else "")
        own = data_specs(name)
        for entry in worksheet.entries:
            fields = entry.fields if isinstance(entry, Group) else (entry,)
            for field in fields:
                home = own if field.scope == "worksheet" else homes[field.scope]
                spec = home[entry.name]["fields"][field.name] if isinstance(entry, Group) else home[entry.name]
                assert spec["t"] == ("bool" if field.kind == "checkbox" else "text"), (worksheet_id, field.name)
                if field.max_length:
                    assert spec["max"] >= field.max_length * LIMITS.text_factor
                if field.choices:
                    assert {c.value for c in field.choices} <= set(spec["choices"])


def test_a_text_saved_from_a_one_line_box_still_reads_when_the_box_has_lines():
    """A field that became a box of several lines (the reflection's question) keeps its stored
    shape: a text, the same limit, so what the one-line box saved passes untouched."""
    for question in ("Why this company?", "Tell me about a time\nyou disagreed with your manager"):
        item = sheet(reflection.WORKSHEET.schema_version, questions=[{"question": question, "rating": "2"}])
        verdict = check(f"worksheet:reflection:{ID}", item)
        assert verdict.ok and verdict.dropped == [] and verdict.value == item, (verdict.reason, verdict.dropped)


def test_names_are_the_ones_the_site_makes():
    for name in (f"interview:{ID}", "profile", f"worksheet:thank-you:{ID}", "worksheet:unwind", "meta:current-interview",
                 "meta:last-export", f"worksheet:reflection:{ID}:unreadable:2026-11-25T09:30:00.000Z",
                 "profile:unreadable:2026-01-01T00:00:00Z"):
        assert kind_of(D, name), name
    for name in ("__proto__", "constructor", "interview:__proto__", "../../evil", "ati:/other-site/:profile",
                 "interview:" + "a" * 100_000, "worksheet:unwind:" + ID, "worksheet:thank-you", "worksheet:nope:" + ID,
                 "interview:ABCDEF12", "meta:anything", "profile:unreadable:yesterday", "", "interview:abcd\n",
                 "profile\n", "profile:unreadable:2026-01-01T00:00:00Z\n"):
        assert not kind_of(D, name), name
    assert {k["name"] for k in D["kinds"] if k["name"].startswith("meta:")} == {f"meta:{n}" for n in META}


def test_the_records_versions_are_the_pages():
    """The page saves interviews and the profile with storage/records.js SCHEMA, worksheets with their own."""
    js = (ROOT / "docs/assets/ati/storage/records.js").read_text("utf-8")
    assert f"export const SCHEMA = {kind(f'interview:{ID}')['top']['v']['newest']};" in js
    for worksheet_id in registry.MODULES:
        worksheet = registry.get(worksheet_id)
        name = f"worksheet:{worksheet_id}" + (f":{ID}" if worksheet.uses_interviews else "")
        assert kind(name)["top"]["v"]["newest"] == worksheet.schema_version


def test_the_page_draws_no_deeper_tree_than_the_check_allows():
    js = (ROOT / "docs/assets/ati/output/markdown.js").read_text("utf-8")
    assert f"const TREE_DEPTH = {LIMITS.tree};" in js
    assert sorted(ALLOWED_TAGS) == D["treeTags"]
    assert LIMITS.depth >= 5 + 2 * LIMITS.tree


# --------------------------------------------------------------------------- what the site saves passes untouched


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_everything_the_site_saves_passes_untouched(scenario):
    for name, value in saved_by_the_page(scenario).items():
        verdict = check(name, value)
        assert verdict.ok, (name, verdict.reason, verdict.where)
        assert verdict.dropped == [], (name, verdict.dropped)
        assert verdict.value == value


def test_the_reflection_and_unwind_outputs_pass():
    values = {"company": "Acme", "role": "Analyst", "date": "2026-11-20", "went_well": "- a list\n  - nested\n> a quote",
              "questions": [{"question": "Why us?", "rating": "2", "situation": "**bold** and `code`", "task": "", "action": "", "result": ""}]}
    for worksheet, name in ((reflection, f"worksheet:reflection:{ID}"), (unwind, "worksheet:unwind")):
        reply = json.loads(api.run(worksheet.WORKSHEET.id, json.dumps(values if worksheet is reflection else {"treat": "a walk"}),
                                   context_json("2026-11-25")))
        assert reply["ok"], reply
        value = sheet(worksheet.WORKSHEET.schema_version, reply["output"])
        verdict = check(name, value)
        assert verdict.ok and verdict.dropped == [] and verdict.value == value


def test_the_largest_record_the_site_makes_is_well_under_the_limit():
    """A reflection with every box full to its limit, and its output: the largest record."""
    fields = data_specs(f"worksheet:reflection:{ID}")
    questions = fields["questions"]
    full = {name: "x" * (spec["max"] // LIMITS.text_factor) for name, spec in fields.items() if spec["t"] == "text" and "max" in spec}
    full["questions"] = [{name: "w " * (spec.get("max", 2) // LIMITS.text_factor // 2) for name, spec in questions["fields"].items()
                          if "max" in spec} | {"rating": "1"}] * questions["max"]
    reply = json.loads(api.run("reflection", json.dumps({"company": "Acme", "role": "Analyst", "date": "2026-11-20", **full}),
                               context_json("2026-11-25")))
    value = sheet(1, reply.get("output"), **full) | {"outputFor": json.dumps(full)}
    text = json.dumps(value, separators=(",", ":"))
    assert units(text) < LIMITS.value / 2, units(text)
    assert check_text(D, f"worksheet:reflection:{ID}", text).ok
    # Worse still: every box holding all it takes (twice its limit: the button refuses that, but
    # it is saved as typed), with the output of the last press that worked.
    held = {name: "x" * spec["max"] for name, spec in fields.items() if spec["t"] == "text" and "max" in spec}
    held["questions"] = [{name: "w " * (spec.get("max", 2) // 2) for name, spec in questions["fields"].items()
                          if "max" in spec} | {"rating": "1"}] * questions["max"]
    value = sheet(1, reply.get("output"), **held) | {"outputFor": json.dumps(full)}
    text = json.dumps(value, separators=(",", ":"))
    assert units(text) < LIMITS.value * 0.6, units(text)
    assert check_text(D, f"worksheet:reflection:{ID}", text).ok


# --------------------------------------------------------------------------- hostile and damaged items

@pytest.mark.parametrize("name, value, reason", REFUSED, ids=[f"{r}-{i}" for i, (_, _, r) in enumerate(REFUSED)])
def test_hostile_and_damaged_items_are_refused_with_the_reason(name, value, reason):
    verdict = check(name, value)
    assert not verdict.ok
    assert verdict.reason == reason


def test_deep_nesting_is_refused_without_recursion():
    deep = "[" * 100_000 + "]" * 100_000
    assert check_text(D, f"interview:{ID}", deep).reason == "deep"
    nested = record(company="x")
    nested["data"]["notes"] = [[[[[[[[]]]]]]]]
    value = nested
    for _ in range(LIMITS.depth):
        value = {"data": value}
    assert check_value(D, f"interview:{ID}", {**record(), "extra": value}, 10).reason == "deep"
    assert check_text(D, f"interview:{ID}", None).reason == "deep"  # the page could not write it out


def test_what_the_site_does_not_save_is_left_out_and_the_rest_kept():
    value = record(company="Acme", stage="hacked", date="tomorrow", evil="<img src=x onerror=alert(1)>",
                   interviewers=[{"name": "Tom", "__proto__": {"polluted": True}, "constructor": "x"}])
    value["__proto__"] = {"polluted": True}
    verdict = check(f"interview:{ID}", value)
    assert verdict.ok
    assert verdict.value["data"] == {"company": "Acme", "interviewers": [{"name": "Tom"}]}
    assert "__proto__" not in verdict.value
    assert sorted(code for code, _ in verdict.dropped) == ["choice", "format", "unknown", "unknown", "unknown", "unknown"]
    assert not hasattr(object, "polluted")


def test_an_output_the_site_did_not_write_is_left_out_and_the_answers_kept():
    bad_outputs = [
        {"blocks": [{"type": "script", "text": "alert(1)"}]},
        {"blocks": [{"type": "link", "text": "Go", "page": "javascript:alert(1)"}]},
        {"blocks": [{"type": "link", "text": "Go", "page": "//evil.example/"}]},
        {"blocks": [{"type": "message", "heading": "h", "body": "b", "mailto": "javascript:alert(1)"}]},
        {"blocks": [{"type": "download", "label": "l", "filename": "../x.html", "mime": "text/calendar", "content": ""}]},
        {"blocks": [{"type": "download", "label": "l", "filename": "x.html", "mime": "text/html", "content": "<script>"}]},
        {"blocks": [{"type": "markdown", "source": "", "tree": [["script", ["alert(1)"]]]}]},
        {"blocks": [{"type": "markdown", "source": "", "tree": [["p", [["img", []]]]]}]},
        {"blocks": [{"type": "paragraph", "text": "x", "onclick": "alert(1)"}]},
        {"blocks": [{"type": "paragraph"}]},
        {"blocks": [{"type": "notice", "text": "x", "tone": "loud"}]},
        {"blocks": [{"type": "table", "caption": "c", "columns": ["a"], "rows": [["a", 1]]}]},
        {"blocks": "none"},
        {"blocks": [], "more": 1},
        "text",
    ]
    tree = ["x"]
    for _ in range(LIMITS.tree):
        tree = [["blockquote", tree]]
    bad_outputs.append({"blocks": [{"type": "markdown", "source": "", "tree": tree}]})
    for output in bad_outputs:
        verdict = check(f"worksheet:unwind", sheet(1, output, treat="a walk"))
        assert verdict.ok, output
        assert verdict.value["data"] == {"treat": "a walk"}
        assert "output" not in verdict.value, output
        assert ("output", "") in verdict.dropped


# --------------------------------------------------------------------------- the preview's words


def test_the_preview_says_what_is_imported_and_what_is_skipped_in_plain_words():
    items = [
        [f"interview:{ID}", json.dumps(record(company="Acme", role="Data Analyst", stage="hacked"))],
        [f"worksheet:thank-you:{ID}", json.dumps(sheet(interviewers=[{"detail": "x" * 700, "__key": "tom"}]))],
        ["__proto__", json.dumps(record())],
        ["interview:" + "a" * 100_000, "{}"],
        ["profile", json.dumps(record(v=9))],
        ["worksheet:unwind", None],
        [f"worksheet:reflection:{ID}:unreadable:2026-01-01T00:00:00.000Z", json.dumps("{half")],
    ]
    out = report(items)["items"]
    assert [i["import"] for i in out] == [True, False, False, False, False, False, True]
    assert out[0]["label"] == "Interview details for Acme, Data Analyst"
    assert out[0]["left_out"] == ["“Stage”, which is not one of its options"]
    assert out[1]["label"] == "Thank-you emails for Acme, Data Analyst"
    assert out[1]["reason"] == "“One thing you talked about” for Interviewer 1 is longer than this site allows"
    assert out[2]["label"] == "Something this site does not save (named “__proto__”)"
    assert out[2]["reason"] == "this site never saves anything by that name"
    assert len(out[3]["label"]) < 120 and out[3]["reason"] == "its name is longer than any this site uses"
    assert out[4]["reason"] == "it was saved by a newer version of this site"
    assert out[5]["reason"] == "it is nested more deeply than anything this site saves"
    assert out[6]["value"] == "{half" and out[6]["group"] == "aside"
    for item in out:  # the site's own storage names never show; a name it does not know is quoted, as the file has it
        label = item["label"] if not item["label"].startswith("Something this site does not save") else ""
        words = " ".join([label, item.get("reason", ""), *item.get("left_out", [])])
        assert not re.search(r"worksheet:|interview:[0-9a-f]|max_length|\bdata\b|\bkey\b", words), words


def test_a_file_with_too_many_items_is_refused_as_a_whole():
    assert "more than 5,000" in report([["profile", "{}"]] * (LIMITS.items + 1))["refused"]
    assert json.loads(api.check_backup("{}"))["ok"] is False  # not a list: a calm failure, never a crash
