"""The build glue: forms rendered from declarations, the wheel, the pinned runtime."""

import hashlib
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from build import fence, forms, runtime, wheel
from worksheets import registry, thank_you

ROOT = Path(__file__).resolve().parents[2]


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html):
    collector = Collector()
    collector.feed(html)
    return collector.tags


def rendered():
    return forms.render(thank_you.WORKSHEET, wheel_url="assets/w.whl", wheel_sha256="ab" * 32)


def test_every_control_has_a_label_and_an_error_slot():
    tags = parse(rendered())
    ids = {a.get("id") for _, a in tags}
    labels = {a["for"] for t, a in tags if t == "label"}
    controls = [a for t, a in tags if t in ("input", "textarea", "select")]
    assert controls
    for control in controls:
        assert control["id"] in labels, control
        if control.get("type") != "radio":
            described = control.get("aria-describedby", "").split()
            assert f"{control['id']}-error" in described
            assert all(d in ids for d in described)


def test_ids_follow_the_path_rule_and_are_unique_outside_the_template():
    html = rendered()
    outside = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    ids = [a["id"] for _, a in parse(outside) if "id" in a]
    assert len(ids) == len(set(ids))
    assert 'name="interviewers.0.name"' in outside
    assert 'id="ati-thank-you-interviewers-0-name"' in outside
    assert 'name="interviewers.__i__.name"' in html


def test_every_declared_field_is_in_the_form_with_its_limits():
    html = rendered()
    for entry in thank_you.WORKSHEET.entries:
        fields = entry.fields if hasattr(entry, "fields") else (entry,)
        for field in fields:
            assert f".{field.name}\"" in html or f'name="{field.name}"' in html, field.name
    assert 'maxlength="120"' in html and "required" in html


def test_declaration_text_is_escaped(monkeypatch):
    field = thank_you.ENTRIES[0]
    evil = type(field)(name="company", label="<b>x</b>", hint="<script>", required=True)
    ws = type(thank_you.WORKSHEET)(id="t", title="<i>", intro="&", entries=(evil,), compose=lambda v, today=None: None)
    html = forms.render(ws, wheel_url="x", wheel_sha256="y")
    assert "<b>" not in html and "<script>" not in html and "<i>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_fence_becomes_the_form_and_other_code_is_untouched():
    md = markdown.Markdown(extensions=["fenced_code", fence.WorksheetExtension(lambda name: f'<section class="ati-worksheet" data-worksheet="{name}"></section>')])
    html = md.convert("Intro\n\n```worksheet thank-you\n```\n\n```python\nprint(1)\n```\n")
    assert '<section class="ati-worksheet" data-worksheet="thank-you"></section>' in html
    assert "<p><section" not in html
    assert "print(1)" in html


def test_unknown_worksheet_fails_loudly():
    with pytest.raises(KeyError, match="known: .*thank-you"):
        registry.get("thank-yuo")


def test_wheel_is_reproducible_and_complete():
    first = wheel.build_wheel(ROOT / "worksheets", "worksheets", "0.1.0")
    second = wheel.build_wheel(ROOT / "worksheets", "worksheets", "0.1.0")
    assert first.data == second.data and first.sha256 == hashlib.sha256(first.data).hexdigest()
    assert first.filename == "worksheets-0.1.0-py3-none-any.whl"
    names = zipfile.ZipFile(io.BytesIO(first.data)).namelist()
    assert "worksheets/api.py" in names and "worksheets/templates/thank_you.toml" in names
    assert "worksheets-0.1.0.dist-info/RECORD" in names
    assert not any("__pycache__" in n for n in names)


def test_runtime_is_the_pinned_version():
    pinned = runtime.pinned_version(ROOT)
    assert re.fullmatch(r"\d+\.\d+\.\d+", pinned), "pin Pyodide to an exact version"
    lock = json.loads((ROOT / "package-lock.json").read_text())
    entry = lock["packages"]["node_modules/pyodide"]
    assert entry["version"] == pinned and entry["integrity"].startswith("sha512-")
    assert runtime.check(ROOT).name == "pyodide"
