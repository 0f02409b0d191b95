"""The unwind worksheet: light, optional, saved, and it points back to the reflection log."""

from __future__ import annotations

import json

from worksheets import api
from worksheets.sheets import unwind
from worksheets.words import wording
from worksheets.words.output import Link, Notice, Paragraph
from worksheets.sheets.unwind import WORKSHEET
from worksheets.core.validation import validate
from tests.support.moment import at, context_json


def test_one_thing_for_yourself_is_asked_the_rest_is_optional():
    assert set(validate(WORKSHEET, {}).errors) == {"treat"}
    assert validate(WORKSHEET, {"treat": "A walk"}).ok
    assert not WORKSHEET.uses_interviews  # saved once for the browser, not per interview


def test_output_names_the_treat_and_links_to_the_log():
    values = validate(WORKSHEET, {"treat": "Pizza and a film.", "let_go": "The salary question"}).values
    out = unwind.compose(values, at(None))
    notice, moment, learn, link = out.blocks
    assert isinstance(notice, Notice) and "pizza and a film" in notice.text and ".." not in notice.text
    assert isinstance(moment, Paragraph) and "The salary question" in moment.text
    assert isinstance(learn, Paragraph) and learn.text.startswith("Learn, log, let go")
    assert isinstance(link, Link) and link.page == "steps/3-reflect/" and "reflection log" in link.text


def test_without_a_moment_there_is_no_moment_paragraph():
    out = unwind.compose(validate(WORKSHEET, {"treat": "A walk"}).values, at(None))
    assert [b.type for b in out.blocks] == ["notice", "paragraph", "link"]


def test_runs_through_the_api():
    result = json.loads(api.run("unwind", json.dumps({"treat": "<img src=x onerror=alert(1)>"}), context_json("2026-03-03")))
    assert result["ok"] and "<img src=x onerror=alert(1)>" in result["output"]["blocks"][0]["text"]


def test_wording_fills():
    text = wording.load("unwind")
    assert {"today", "let_go", "learn_log_let_go", "link"} <= set(text)
