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

from build.extensions import fence, forms
from build.python import runtime, wheel
from worksheets import registry
from worksheets.sheets import thank_you
from tests.support.repo import ROOT



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
    # A box holds twice its field's limit (what storage keeps); the limit itself is its count's.
    assert 'data-max-length="120"' in html and 'maxlength="240"' in html and "required" in html


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


# ---------- conditional fields, and the pinned third-party wheels


def test_conditional_fields_are_rendered_hidden_with_their_condition():
    from worksheets.sheets import outcomes

    html = forms.render(outcomes.WORKSHEET, wheel_url="w.whl", wheel_sha256="ab" * 32)
    wrappers = {a["data-field"]: a for t, a in parse(html) if "data-field" in a}
    assert wrappers["offer_deadline"]["data-show-when"] == "happened"
    assert wrappers["offer_deadline"]["data-show-values"] == "offer_elsewhere" and "hidden" in wrappers["offer_deadline"]
    assert wrappers["withdraw_reason"]["data-show-values"] == "withdrawn" and "hidden" in wrappers["withdraw_reason"]
    assert "data-show-when" not in wrappers["valued"] and "hidden" not in wrappers["valued"]


def test_condition_met_by_the_default_is_shown_from_the_start():
    from worksheets.core.fields import Choice, Field, Worksheet

    ws = Worksheet(id="t", title="t", intro="", compose=lambda v, today=None: None, entries=(
        Field("kind", "Kind", kind="radio", choices=(Choice("a", "A"), Choice("b", "B")), default="a"),
        Field("more", "More", show_when=("kind", ("a",))),
        Field("other", "Other", show_when=("kind", ("b",))),
    ))
    wrappers = {a["data-field"]: a for t, a in parse(forms.render(ws, wheel_url="x", wheel_sha256="y")) if "data-field" in a}
    assert "hidden" not in wrappers["more"] and "hidden" in wrappers["other"]


def test_show_when_must_name_values():
    from worksheets.core.fields import Field

    with pytest.raises(ValueError):
        Field("x", "X", show_when=("kind", "a"))


def test_validation_skips_hidden_fields():
    from worksheets.core.fields import Choice, Field, Worksheet
    from worksheets.core.validation import shown, validate

    more = Field("more", "More", required=True, kind="date", show_when=("kind", ("a",)))
    ws = Worksheet(id="t", title="t", intro="", compose=lambda v, today=None: None, entries=(
        Field("kind", "Kind", kind="radio", choices=(Choice("a", "A"), Choice("b", "B"))), more))
    assert set(validate(ws, {"kind": "a"}).errors) == {"more"}
    assert validate(ws, {"kind": "b", "more": "not a date"}).values["more"] is None
    assert shown(more, {"kind": " a "}) and not shown(more, {}) and not shown(more, {"kind": True})


def test_extra_wheels_are_written_into_the_page():
    html = forms.render(thank_you.WORKSHEET, wheel_url="w.whl", wheel_sha256="ab" * 32,
                        extra_wheels=(("assets/ati/wheels/m.whl?v=1", "cd" * 32),))
    [section] = [a for t, a in parse(html) if t == "section"]
    assert json.loads(section["data-extra-wheels"]) == [{"url": "assets/ati/wheels/m.whl?v=1", "sha256": "cd" * 32}]


def test_browser_wheels_are_pinned_pure_python_and_present():
    from build.python import browser_wheels

    pins = browser_wheels.pins(ROOT)
    assert [p.name for p in pins] == ["markdown"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", pins[0].version)
    lock = {line.split("==")[0].lower(): line.split("==")[1] for line in (ROOT / "requirements.lock").read_text().split()}
    assert lock["markdown"] == pins[0].version  # the tests run the version the browser runs
    [wheel] = browser_wheels.load(ROOT)
    assert wheel.filename.endswith("-py3-none-any.whl") and wheel.sha256 == pins[0].sha256
    names = zipfile.ZipFile(io.BytesIO(wheel.data)).namelist()
    assert "markdown/__init__.py" in names and not any(n.endswith((".so", ".pyd")) for n in names)


def test_missing_or_altered_browser_wheel_fails_clearly(tmp_path):
    from build.python import browser_wheels

    (tmp_path / "browser-wheels.txt").write_text("# comment\n\nmarkdown==3.11.3 --hash=sha256:" + "0" * 64 + "\n")
    with pytest.raises(browser_wheels.BrowserWheelMissing, match=r"markdown==3.11.3 is listed in browser-wheels.txt, but .*missing.*pip download"):
        browser_wheels.load(tmp_path)
    assert not browser_wheels.present(tmp_path)
    cache = tmp_path / ".cache" / "wheels"
    cache.mkdir(parents=True)
    (cache / "markdown-3.11.3-py3-none-any.whl").write_bytes(b"not the pinned file")
    with pytest.raises(browser_wheels.BrowserWheelMissing, match="pins 0000"):
        browser_wheels.load(tmp_path)
    (tmp_path / "browser-wheels.txt").write_text("markdown>=3\n")
    with pytest.raises(browser_wheels.BrowserWheelMissing, match="line 1"):
        browser_wheels.pins(tmp_path)
    assert browser_wheels.pins(tmp_path / "nowhere") == []


def test_build_fails_when_a_browser_wheel_is_missing(tmp_path):
    """The real build, with the cache pointed at an empty folder: a clear error, no site."""
    import shutil
    import subprocess
    import sys

    work = tmp_path / "repo"
    shutil.copytree(ROOT, work, ignore=shutil.ignore_patterns(".venv", ".venv-zensical", "node_modules", ".cache", "site", "_site", ".git", "__pycache__"))
    (work / "node_modules").symlink_to(ROOT / "node_modules")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")], cwd=work,
                            capture_output=True, text=True, env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode != 0
    assert "markdown==3.11.3 is listed in browser-wheels.txt" in result.stderr + result.stdout
    assert not (tmp_path / "site" / "index.html").exists()


def test_security_policy_allows_only_the_sites_own_scripts(tmp_path):
    from build.pages import csp

    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    page.write_text('<html><head><meta charset="utf-8"><script>var x=1</script></head>'
                    '<body><script src="m.js"></script></body></html>')
    other = tmp_path / "index.html"
    other.write_text('<meta charset="utf-8"><script>var y=2</script>')
    content = csp.apply(tmp_path)
    assert "default-src 'self'" in content and "connect-src 'self'" in content
    assert "'wasm-unsafe-eval'" in content and "unsafe-eval'" not in content.replace("'wasm-unsafe-eval'", "")
    assert content.count("'sha256-") == 2  # one per distinct inline script, on every page
    for html in (page.read_text(), other.read_text()):
        assert html.count("Content-Security-Policy") == 1
        assert html.index("Content-Security-Policy") < html.index("<script")
    csp.apply(tmp_path)  # idempotent
    assert page.read_text().count("Content-Security-Policy") == 1


def test_every_registered_worksheet_loads_under_its_own_id():
    assert registry.warm() == len(registry.MODULES)
