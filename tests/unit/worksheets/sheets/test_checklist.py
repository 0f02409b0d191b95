"""The step pages' checklists: real boxes with stable ids (build/extensions/task_boxes.py), ticks kept per
interview, the items the worksheets tick for the person, and each interview's progress."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest

from build.extensions.task_boxes import item_id
from tests.support.moment import context_json
from worksheets import api
from worksheets.sheets import checklist, interview
from worksheets.core.validation import validate
from tests.support.repo import ROOT

STEP_PAGES = {int(p.name[0]): p for p in (ROOT / "docs" / "steps").glob("[1-5]-*.md")}


def render(text: str) -> str:
    return markdown.Markdown(extensions=["build.extensions.task_boxes", "pymdownx.tasklist", "attr_list"]).convert(text)


# --------------------------------------------------------------------------- the build


def test_each_item_is_a_box_labelled_by_its_own_words():
    html = render("- [ ] Thank them for their **time**.\n- [ ] Forgot to ask? See [the email](2-thank-you.md).\n")
    assert ('<input class="ati-task-box" disabled="disabled" id="ati-task-thank-them-for-their-time" type="checkbox" />'
            '<label class="ati-task-label" for="ati-task-thank-them-for-their-time">Thank them for their <strong>time</strong>.</label>') in html
    assert 'data-ati-task="forgot-to-ask-see-the-email"' in html and '<a href="2-thank-you.md">the email</a>' in html
    assert html.count("data-ati-checklist") == 1 and 'class="task-list"' in html


def test_an_explicit_id_is_kept_and_not_shown():
    html = render("- [ ] Write one email for each person. {#thank-you-sent}\n")
    assert 'data-ati-task="thank-you-sent"' in html and "{#" not in html
    assert ">Write one email for each person.</label>" in html


@pytest.mark.parametrize("bad", ["{#Thank_You}", "{#}", "{#" + "a" * 49 + "}"])
def test_a_mistyped_id_stops_the_build_saying_what_to_write(bad):
    with pytest.raises(ValueError, match=r"lower-case letters, digits and hyphens.*\{#write-one-email\}"):
        render(f"- [ ] Write one email. {bad}\n")


def test_two_items_with_one_id_stop_the_build_and_same_words_get_numbered():
    with pytest.raises(ValueError, match="two checklist items on one page"):
        render("- [ ] One. {#same}\n- [ ] Two. {#same}\n")
    html = render("- [ ] Keep it short.\n- [ ] Keep it short.\n")
    assert 'data-ati-task="keep-it-short"' in html and 'data-ati-task="keep-it-short-2"' in html


def test_nested_and_loose_lists_and_plain_items():
    html = render("- [ ] Parent\n    - [x] Child\n- Plain\n\n- [ ] Loose\n")
    assert 'data-ati-task="parent"' in html and 'data-ati-task="child"' in html and 'checked="checked"' in html
    assert "<p>Plain</p>" in html and 'data-ati-task="loose"' in html


def test_ids_are_short_plain_slugs():
    assert item_id("Don't ask about the decision in a LinkedIn note. Email is the place for that.") == \
        "dont-ask-about-the-decision-in-a-linkedin-note"
    assert item_id("Café & résumé: [check](x.md)") == "cafe-resume-check"


def test_every_item_the_worksheets_tick_is_marked_on_its_step_page():
    for known in checklist.KNOWN:
        text = STEP_PAGES[known.step].read_text("utf-8")
        assert re.search(rf"^- \[ \] .*\{{#{known.item}\}}$", text, re.M), (known.item, STEP_PAGES[known.step].name)
    words = set(checklist.wording.load("progress")["known"])
    assert words == {k.item for k in checklist.KNOWN}


# --------------------------------------------------------------------------- ticks and progress


def values(**data):
    record = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "time": "10:00", "stage": "awaiting", **data}
    return validate(interview.WORKSHEET, record).values


def test_the_record_keeps_only_well_formed_ticks():
    ticks = values(checklist={"thank-you-sent": False, "ok-1": True, "Bad Id": True, "x": "yes", "y": 1})["checklist"]
    assert ticks == {"thank-you-sent": False, "ok-1": True}
    assert values(checklist=["nope"])["checklist"] == {} and values()["checklist"] == {}
    assert checklist.CHECKLIST in interview.WORKSHEET.saved and checklist.CHECKLIST.shape == "ticks"


def test_known_items_come_from_what_is_saved():
    assert checklist.known(values(), {}) == {}
    found = checklist.known(values(thanked=True, followups_sent="2", timing="by Friday"),
                            {"reflection": "written", "linkedin": "begun", "outcomes": "written"})
    assert set(found) == {"know-when", "thank-you-sent", "first-follow-up-sent", "last-follow-up-sent",
                          "reflection-written", "replied-to-outcome"}
    assert found["thank-you-sent"] == "Ticked for you: you marked your thank-you notes as sent."


def test_the_persons_own_untick_wins_and_their_tick_counts():
    own = {"thank-you-sent": False, "reflection-written": True}
    assert not checklist.is_ticked("thank-you-sent", values(thanked=True, checklist=own), {})
    assert checklist.is_ticked("reflection-written", values(checklist=own), {})
    assert checklist.is_ticked("thank-you-sent", values(thanked=True), {})


def states(data: dict, sheets: dict | None = None) -> list[str]:
    return [step["state"] for step in checklist.progress(values(**data), sheets or {})]


def test_progress_through_the_five_steps():
    assert states({}) == ["todo"] * 5
    assert states({"timing": "by Friday", "thanked": True, "followups_sent": "1"},
                  {"reflection": "begun", "linkedin": "written"}) == ["done", "done", "started", "done", "started"]
    assert states({"stage": "rejected"}, {"outcomes": "written"})[4] == "done"
    assert states({"stage": "ghosted"})[4] == "done"
    assert states({"stage": "ghosted", "checklist": {"replied-to-outcome": False}})[4] == "started"
    assert states({"thanked": True, "checklist": {"thank-you-sent": False}})[1] == "todo"
    assert states({"next_stage": "references"})[0] == "started"
    step = checklist.progress(values(thanked=True), {})[1]
    assert step == {"step": 2, "short": "Thank-you", "name": "Send a thank-you note", "state": "done",
                    "text": "Send a thank-you note: done"}


def test_the_api_says_what_the_worksheets_tick_for_an_interview():
    record = {"company": "Acme", "role": "Analyst", "date": "2026-11-24", "thanked": True}
    reply = json.loads(api.checklist(context_json("2026-11-25", record=record), json.dumps({"reflection": "written"})))
    assert reply["ok"] and set(reply["known"]) == {"thank-you-sent", "reflection-written"}
    assert json.loads(api.checklist(context_json("2026-11-25"), ""))["known"] == {}
