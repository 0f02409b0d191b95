"""What earlier versions of the site saved comes through the upgrade whole.

storage/migrate.js runs at start-up and after an import, before anything reads what is
saved. Here it runs under Node on data saved the way versions 1 and 2 saved it (and on a backup
made by version 2), with the page's own storage modules and the description the build writes.
Every value typed comes through in its new home, the upgrade does nothing a second time, the
results pass Python's check of what the site stores, and Python reads them as one application
with its rounds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from build.site import STORED_SHAPES, write_stored_shapes
from tests.support.repo import ROOT
from tests.support.moment import context_json
from worksheets import api
from worksheets.stored.check import check_text
from worksheets.stored.shapes import FORMAT, describe

ATI = ROOT / "docs" / "assets" / "ati"
D = describe()

NODE_SCRIPT = """
globalThis.document = { dispatchEvent() {}, addEventListener() {} };
globalThis.CustomEvent = class { constructor(type, init) { this.type = type; this.detail = init && init.detail; } };
const storage = await import("./storage/index.js");
const { migrateStorage } = await import("./storage/migrate.js");
const records = await import("./storage/records.js");
let input = "";
for await (const chunk of process.stdin) input += chunk;
for (const [name, raw] of JSON.parse(input)) storage.writeRaw(name, raw);
const first = migrateStorage();
const after = Object.fromEntries(storage.listNames().map((name) => [name, storage.readRaw(name)]));
const second = migrateStorage();
const again = Object.fromEntries(storage.listNames().map((name) => [name, storage.readRaw(name)]));
process.stdout.write(JSON.stringify({ first, second, after, same: JSON.stringify(after) === JSON.stringify(again),
  joined: records.all(), applications: Object.fromEntries(records.applications(records.all())) }));
"""


def run_migration(tmp_path: Path, items: dict[str, dict]) -> dict:
    node = shutil.which("node")
    assert node, "node is not installed: ./dev test installs it"
    site = tmp_path / "site"
    write_stored_shapes(site)
    ati = (site / STORED_SHAPES).parent.parent
    for folder in ("storage", "utilities"):
        (ati / folder).mkdir(parents=True, exist_ok=True)
        for path in (ATI / folder).glob("*.js"):
            shutil.copy(path, ati / folder / path.name)
    (ati / "package.json").write_text('{"type": "module"}', "utf-8")
    (ati / "migrate-run.js").write_text(NODE_SCRIPT, "utf-8")
    done = subprocess.run([node, "migrate-run.js"], cwd=ati, input=json.dumps([[k, json.dumps(v)] for k, v in items.items()]),
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def saved(v: int, **data) -> dict:
    return {"format": FORMAT, "v": v, "savedAt": "2026-10-01T09:00:00.000Z", "data": data}


#: An interview as version 1 saved it: one "contact", step 5's outcome on its own page.
V1 = {
    "interview:aaaa1111": saved(1, company="Hallam & Pryce", role="Graduate Consultant", date="2026-10-12", time="10:00",
                                format="in_person", interviewers=[{"name": "Oliver Grant", "email": "oliver@hp.example"}],
                                contact_name="Fiona MacLeod", contact_email="fiona@hp.example", stage="awaiting",
                                timing="by the end of next week"),
    "worksheet:thank-you:aaaa1111": {**saved(1, interviewers=[{"name": "Oliver Grant", "detail": "the Manchester clients"}]),
                                     "output": None, "outputFor": "", "edits": {}},
    "worksheet:outcomes:aaaa1111": {**saved(1, outcome="rejected", heard_on="2026-10-20"), "output": None, "outputFor": "",
                                    "edits": {}},
}
#: Two interviews as version 2 saved them, each its own record with every fact in it.
V2 = {
    "interview:bbbb2222": saved(2, company="Brightline Health", role="Data Engineer", round="Phone screen", date="2026-11-03",
                                time="11:00", format="phone", interviewers=[{"name": "Dana Whitfield", "detail": "on-call work"}],
                                coordinator_name="Dana Whitfield", coordinator_email="dana@brightline.example",
                                agency=False, stage="interviewing", next_stage="another_round", timing="by Friday",
                                thanked=True, checklist={"thank-you-sent": True}, notes="Ask about remote days."),
    "interview:cccc3333": saved(2, company="Acme", role="Analyst", date="2026-11-10", time="14:00", format="video",
                                interviewers=[{"name": "Priya Shah"}], agency=True, consultant_name="Jo Bloggs",
                                consultant_email="jo@agency.example", thanks_via="ask", stage="rejected",
                                news_from="consultant", last_reply="2026-11-20", offer_deadline="2026-12-01"),
    "worksheet:outcomes:cccc3333": {**saved(2, valued="meeting the team"), "output": None, "outputFor": "", "edits": {}},
    "profile": saved(2, your_name="Sam Jones", country="GB"),
}


def values_of(record: dict) -> set[str]:
    """Every typed value of a record's data, as text (nested ones too)."""
    out = set()
    for value in record["data"].values():
        if isinstance(value, list):
            out |= {json.dumps(item, sort_keys=True) for item in value}
        elif not isinstance(value, dict):
            out.add(json.dumps(value))
    return out


def test_version_2_interviews_become_applications_with_their_rounds(tmp_path):
    result = run_migration(tmp_path, V2)
    assert result["first"] == {"upgraded": 2, "failed": 0}
    assert result["second"] == {"upgraded": 0, "failed": 0} and result["same"]  # once only
    after = {name: json.loads(raw) for name, raw in result["after"].items()}
    app, round_ = after["application:bbbb2222"], after["interview:bbbb2222"]
    assert app["v"] == 1 and round_["v"] == 3 and round_["data"]["application"] == "bbbb2222"
    assert app["data"]["company"] == "Brightline Health" and app["data"]["coordinator_email"] == "dana@brightline.example"
    assert "company" not in round_["data"] and round_["data"]["round"] == "Phone screen"
    assert round_["data"]["checklist"] == {"thank-you-sent": True} and round_["data"]["notes"] == "Ask about remote days."
    for name in ("bbbb2222", "cccc3333"):  # nothing typed is lost: every value has a home
        before = values_of(V2[f"interview:{name}"])
        moved = values_of(after[f"application:{name}"]) | values_of(after[f"interview:{name}"])
        assert before <= moved, before - moved
    # Step 5's answer starts as the stage it used to be.
    assert after["worksheet:outcomes:cccc3333"]["data"] == {"valued": "meeting the team", "happened": "rejected"}
    assert after["worksheet:outcomes:cccc3333"]["v"] == 3
    # The page reads each round with its application's facts, one application each.
    assert result["joined"]["cccc3333"]["consultant_name"] == "Jo Bloggs"
    assert result["applications"] == {"bbbb2222": ["bbbb2222"], "cccc3333": ["cccc3333"]}


def test_version_1_comes_through_both_steps(tmp_path):
    after = {name: json.loads(raw) for name, raw in run_migration(tmp_path, V1)["after"].items()}
    app, round_ = after["application:aaaa1111"]["data"], after["interview:aaaa1111"]["data"]
    assert app["coordinator_name"] == "Fiona MacLeod" and app["coordinator_email"] == "fiona@hp.example"
    assert app["stage"] == "rejected"  # step 5's outcome became the stage (version 2), kept with the application
    assert round_["interviewers"][0]["detail"] == "the Manchester clients" and round_["last_reply"] == "2026-10-20"
    assert "contact_name" not in round_ and "contact_name" not in app


def test_what_the_upgrade_saves_passes_the_check_and_reads_as_one_application_per_interview(tmp_path):
    result = run_migration(tmp_path, {**V1, **V2})
    for name, raw in result["after"].items():
        verdict = check_text(D, name, raw)
        assert verdict.ok, (name, verdict)
        if name.startswith(("interview:", "application:")):  # what the upgrade wrote: nothing to leave out
            assert not verdict.dropped, (name, verdict.dropped)
    rows = json.loads(api.dashboard(json.dumps(result["joined"]), context_json("2026-11-25", "09:30", country="GB")))
    assert rows["ok"] and {row["id"] for row in rows["rows"]} == {"aaaa1111", "bbbb2222", "cccc3333"}


def test_a_next_round_joins_its_application_and_closes_the_one_before(tmp_path):
    """Round 2 of an application, as the page adds it, on Your interviews and in Python."""
    items = dict(V2)
    items["interview:dddd4444"] = saved(3, application="bbbb2222", round="Assessment centre", round_kind="assessment",
                                        date="2026-12-14", time="09:00", format="in_person")
    result = run_migration(tmp_path, items)
    assert result["applications"]["bbbb2222"] == ["bbbb2222", "dddd4444"]
    joined = result["joined"]
    assert joined["dddd4444"]["company"] == "Brightline Health"  # typed once, for both rounds
    reply = json.loads(api.dashboard(json.dumps(joined), context_json("2026-12-01", "09:30")))
    [row] = [r for r in reply["rows"] if r["application"] == "bbbb2222"]
    assert row["id"] == "dddd4444" and [r["title"] for r in row["rounds"]] == ["Phone screen", "Assessment centre"]
    assert "follow up" not in row["next"].lower()  # no chaser for the round she is through
    ics = json.loads(api.calendar(json.dumps(joined), context_json("2026-12-01", "09:30")))["ics"]
    assert "Follow up with Brightline" not in ics and "aptitude tests" in ics
