"""The page's start-up check (docs/assets/ati/storage/check.js, run here by Node) and Python's
(worksheets/stored/check.py) give the same answer on a table of cases: every declared field
given every kind of wrong value, hostile names and keys, damaged records, outputs the site
never wrote. Both read the description the build writes (storage/shapes.js)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from build.site import STORED_SHAPES, write_stored_shapes
from tests.support.scenarios import SCENARIOS
from tests.support.stored_cases import D, ID, REFUSED, record, saved_by_the_page, sheet
from worksheets.stored.shapes import FORMAT, LIMITS
from worksheets.stored.check import check_text
from tests.support.repo import ROOT


#: Values of the wrong kind, markup, and edge cases, given to every field in turn.
ODD = [None, 0, 1, -1, 1.5, 2**70, True, False, "", " ", "x", "\u0000", "\ud800", "\U0001F600" * 3, "<img src=x onerror=alert(1)>",
       "1", "2026-02-30", "2026-11-25", "25/11/2026", "09:30", "24:00", "9:5", "0123456789abcdef", "true", [], [{}], [None],
       [{"name": "x"}], {}, {"__proto__": "x"}, {"constructor": {"prototype": 1}}, "a" * 161, "a" * 10_001]
HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "0", "", "__key", "format"]


def cases() -> list[list]:
    """[name, JSON text or None] pairs."""
    out: list[list] = [[name, json.dumps(value)] for name, value, _ in REFUSED]
    for scenario in SCENARIOS[:5]:
        out += [[name, json.dumps(value)] for name, value in saved_by_the_page(scenario).items()]
    for kind in D["kinds"]:
        name = kind["pattern"].replace("[0-9a-f]{4,32}", ID)
        base = {key: (spec["value"] if spec["t"] == "const" else 1 if spec["t"] == "version" else {} if spec["t"] == "fields" else None)
                for key, spec in kind["top"].items() if spec.get("need")}
        for key, spec in kind["top"].items():
            for odd in ODD:
                out.append([name, json.dumps({**base, key: odd})])
        for key in HOSTILE_KEYS:
            out.append([name, json.dumps({**base, key: {"polluted": True}})])
            if "data" in base:
                out.append([name, json.dumps({**base, "data": {key: "x"}})])
        for field, spec in kind["top"].get("data", {}).get("fields", {}).items():
            for odd in ODD:
                out.append([name, json.dumps({**base, "data": {field: odd}})])
            if spec["t"] == "group":
                for child in spec["fields"]:
                    for odd in ODD:
                        out.append([name, json.dumps({**base, "data": {field: [{child: odd}]}})])
                out.append([name, json.dumps({**base, "data": {field: [{}] * (spec["max"] + 1)}})])
        out.append([f"{name}:unreadable:2026-11-25T09:30:00.000Z", json.dumps("raw text")])
        out.append([f"{name}:unreadable:2026-11-25T09:30:00.000Z", json.dumps({"not": "text"})])
    for block, specs in D["blocks"].items():
        good = {key: ("x" if spec["t"] == "text" else 0 if spec["t"] == "int" else []) for key, spec in specs.items()}
        good["type"] = block
        for key in specs:
            for odd in [*ODD, "mailto:a@b.example", "text/calendar", "a.ics", "steps/3-reflect/", [["p", ["x"]]], [["script", []]], [["x"]]]:
                out.append(["worksheet:unwind", json.dumps(sheet(1, {"blocks": [{**good, key: odd}]}))])
        out.append(["worksheet:unwind", json.dumps(sheet(1, {"blocks": [{**good, "extra": 1}]}))])
    deep = "[" * (LIMITS.depth + 1) + "]" * (LIMITS.depth + 1)
    out += [[f"interview:{ID}", deep], [f"interview:{ID}", None], [f"interview:{ID}", "{not json"], [f"interview:{ID}", "NaN"],
            [f"interview:{ID}", json.dumps(record(notes="x" * LIMITS.value))], ["x" * (LIMITS.name + 1), "{}"],
            [f"worksheet:linkedin:{ID}", json.dumps(sheet() | {"edits": {"b": 5, "1": "x" * (LIMITS.edit_text + 1)}})],
            [f"interview:{ID}", json.dumps({"format": FORMAT, "v": 2.0, "data": {}})],
            [f"interview:{ID}", json.dumps({"format": FORMAT, "v": 1e300, "data": {}})]]
    return out


NODE_SCRIPT = """
import { checkText } from "./check.js";
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map(([name, raw]) => {
    const verdict = checkText(name, raw);
    return verdict.ok ? { ok: true, value: verdict.value, dropped: [...verdict.dropped].sort() } : { ok: false, reason: verdict.reason };
  });
  process.stdout.write(JSON.stringify(out));
});
"""


def run_in_node(tmp_path: Path, items: list[list]) -> list[dict]:
    node = shutil.which("node")
    assert node, "node is not installed: ./dev test installs it"
    write_stored_shapes(tmp_path)
    folder = (tmp_path / STORED_SHAPES).parent
    shutil.copy(ROOT / "docs/assets/ati/storage/check.js", folder)
    (folder / "package.json").write_text('{"type": "module"}', "utf-8")
    (folder / "agree.js").write_text(NODE_SCRIPT, "utf-8")
    done = subprocess.run([node, "agree.js"], cwd=folder, input=json.dumps(items), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_the_page_and_python_agree_on_every_case(tmp_path):
    items = cases()
    assert len(items) > 3000
    answers = run_in_node(tmp_path, items)
    disagree = []
    for (name, raw), js in zip(items, answers, strict=True):
        verdict = check_text(D, name, raw)
        py = ({"ok": True, "value": verdict.value, "dropped": sorted(code for code, _ in verdict.dropped)}
              if verdict.ok else {"ok": False, "reason": verdict.reason})
        if py != js:
            disagree.append((name[:60], (raw or "")[:200], py if not verdict.ok else py["dropped"], js.get("reason", js.get("dropped"))))
    assert not disagree, f"{len(disagree)} of {len(items)} disagree, first: {disagree[:5]}"
    assert sum(1 for a in answers if a["ok"]) > 500 and sum(1 for a in answers if not a["ok"]) > 500
