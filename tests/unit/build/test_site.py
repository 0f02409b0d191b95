"""The build steps any engine can call (build/site.py), the site's Markdown extensions, and the
publisher's settings: one block of mkdocs.yml that reaches the pages and the browser's Python."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from html import unescape
from pathlib import Path

import markdown
import pytest

from build import publisher, site
from build.extensions import forms
from build.pages import boot, early, search_later, skip
from tests.support.repo import PUBLISHER_EDITS, copy_repo
from worksheets.core import settings
from worksheets.stored import shapes as stored
from worksheets.days.holidays import COUNTRIES
from worksheets.sheets.linkedin import WORKSHEET as LINKEDIN
from worksheets.sheets.thank_you import WORKSHEET as THANK_YOU
from tests.support.repo import ROOT



# ---------- the settings, as the worksheets read them


def test_a_source_checkout_gets_the_defaults():
    assert settings.load() == settings.DEFAULTS == settings.Settings(country="", linkedin_limit=200, english="gb", sign_off="")
    assert not settings.DEFAULTS.linkedin_premium
    assert not (ROOT / "worksheets" / settings.FILE).exists()  # generated into the wheel only


def test_settings_are_checked_with_a_sentence_a_publisher_can_act_on():
    assert settings.parse({"country": "gb", "linkedin_limit": 300, "sign_off": " Best wishes, "}) == settings.Settings(
        country="GB", linkedin_limit=300, sign_off="Best wishes,")
    assert settings.parse(None) == settings.parse({"country": None}) == settings.DEFAULTS
    for bad, words in [({"countyr": "GB"}, "unknown publisher setting countyr"), ({"country": "Britain"}, "two-letter"),
                       ({"linkedin_limit": 250}, "200 .* or 300"), ({"linkedin_limit": True}, "200"),
                       ({"english": "uk"}, "gb.*British.*us.*American"), ({"sign_off": "a\nb"}, "one line")]:
        with pytest.raises(ValueError, match=words):
            settings.parse(bad)


def test_settings_survive_the_trip_through_the_wheel():
    custom = settings.Settings(country="IE", linkedin_limit=300, sign_off="Warm regards,")
    assert settings.parse(json.loads(custom.to_json())) == custom


# ---------- the block in mkdocs.yml


def test_the_block_is_read_with_the_tags_mkdocs_yml_may_hold(tmp_path, monkeypatch):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_url: !ENV [NOPE_UNSET, SITE_URL_X, 'http://fallback/']\n"
                      "emoji: !!python/name:material.extensions.emoji.twemoji\n"
                      "extra:\n  publisher:\n    country: NZ\n    primary: &p teal\n"
                      "theme:\n  palette:\n    primary: *p\n")
    monkeypatch.setenv("SITE_URL_X", "https://org.github.io/repo/")
    parsed = publisher.read_config(config)
    assert parsed["site_url"] == "https://org.github.io/repo/" and parsed["emoji"] is None
    assert parsed["theme"]["palette"]["primary"] == "teal"
    assert publisher.load(tmp_path) == settings.Settings(country="NZ")


def test_an_unknown_country_stops_the_build():
    with pytest.raises(publisher.PublisherSettingsError, match="no public holidays for country 'ZZ'; known: AU"):
        publisher.settings({"country": "ZZ"})
    with pytest.raises(publisher.PublisherSettingsError, match="extra.publisher: linkedin_limit"):
        publisher.settings({"linkedin_limit": 100})


def test_the_block_in_mkdocs_yml_lists_the_countries_the_site_knows():
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    listed = re.search(r"country code\s*\n\s*#\s*\(([A-Z ]+)\)", text)
    assert listed, "the comment above country: lists the codes"
    assert listed.group(1).split() == sorted(COUNTRIES)
    block = publisher.block(publisher.read_config(ROOT / "mkdocs.yml"))
    assert set(block) == {"country", "linkedin_limit", "english", "sign_off", *publisher.THEME_KEYS}
    assert publisher.settings(block) == settings.DEFAULTS  # the shipped block is the defaults


# ---------- what the settings change in a worksheet's form


def test_the_publishers_defaults_preselect_the_country_and_premium():
    build = site.prepare(ROOT, {"extra": {"publisher": {"country": "GB", "linkedin_limit": 300}}}, serving=True)
    assert build.defaults == {"country": "GB", "premium": "true"}
    html = forms.render(LINKEDIN, wheel_url="w", wheel_sha256="0", defaults=build.defaults)
    assert re.search(r'<input type="checkbox" checked data-ati-default id="ati-linkedin-premium"', html)
    def country(html: str) -> str:
        return re.search(r'<select[^>]*name="country".*?</select>', html, re.S)[0]

    html = country(build.render("follow-up"))
    assert '<option value="GB" selected data-ati-default>' in html
    assert '<option value="" selected' not in html
    plain = country(site.prepare(ROOT, {}, serving=True).render("follow-up"))
    assert '<option value="" selected data-ati-default>' in plain and 'value="GB" selected' not in plain


def test_defaults_reach_fields_inside_groups_and_leave_the_declaration_alone():
    changed = forms.with_defaults(THANK_YOU, {"name": "Priya"})
    group = next(e for e in changed.entries if hasattr(e, "fields"))
    assert next(f for f in group.fields if f.name == "name").default == "Priya"
    original = next(e for e in THANK_YOU.entries if hasattr(e, "fields"))
    assert next(f for f in original.fields if f.name == "name").default == ""


def test_the_wheel_carries_the_settings_for_the_browsers_python():
    build = site.prepare(ROOT, {"extra": {"publisher": {"sign_off": "Best wishes,", "country": "US"}}}, serving=True)
    archive = zipfile.ZipFile(io.BytesIO(build.wheel.data))
    assert json.loads(archive.read("worksheets/publisher.json")) == {"country": "US", "linkedin_limit": 200, "english": "gb",
                                                                      "sign_off": "Best wishes,"}
    record = archive.read("worksheets-0.1.0.dist-info/RECORD").decode()
    assert "worksheets/publisher.json,sha256=" in record
    assert site.prepare(ROOT, {}, serving=True).wheel.sha256 != build.wheel.sha256


def test_python_reads_the_settings_from_the_installed_wheel(tmp_path):
    """As Pyodide does: the wheel unpacked into site-packages, ``settings.load()`` in it.
    (A dev server's build: the published one is compiled for Pyodide's own Python.)"""
    build = site.prepare(ROOT, {"extra": {"publisher": {"sign_off": "Best wishes,", "linkedin_limit": 300}}}, serving=True)
    zipfile.ZipFile(io.BytesIO(build.wheel.data)).extractall(tmp_path)
    code = "from worksheets.core import settings; s = settings.load(); print(s.sign_off, s.linkedin_limit, s.linkedin_premium)"
    result = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); {code}"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["Best", "wishes,", "300", "True"]


# ---------- the steps around an engine


def test_fences_render_through_the_extension_named_in_mkdocs_yml():
    site.prepare(ROOT, {}, serving=True)
    md = markdown.Markdown(extensions=["build.extensions.fence", "build.extensions.task_boxes", "pymdownx.tasklist", "fenced_code"])
    html = md.convert("```worksheet unwind\n```\n\n- [ ] a task\n")
    assert 'data-worksheet="unwind"' in html and f'data-wheel-sha256="{site.current().wheel.sha256}"' in html
    assert '<label class="ati-task-label" for="ati-task-a-task">a task</label>' in html


def fake_site(tmp_path: Path, body: str) -> Path:
    out = tmp_path / "out"
    (out / "steps").mkdir(parents=True)
    (out / "steps" / "index.html").write_text(f'<html><head><meta charset="utf-8"><script>var a=1</script></head><body>{body}</body></html>')
    return out


def test_finish_completes_a_site_any_engine_built(tmp_path):
    build = site.prepare(ROOT, {}, serving=True)
    out = fake_site(tmp_path, build.render("unwind"))
    site.finish(out, build)
    wheels = sorted(p.name for p in (out / site.WHEEL_DIR).iterdir())
    assert wheels == sorted([build.wheel.filename, *(w.filename for w in build.extra_wheels)])
    assert (out / site.PYODIDE_DIR / "pyodide.asm.wasm").is_file()
    assert "Content-Security-Policy" in (out / "steps" / "index.html").read_text()
    # What the site stores, derived now from the declarations, as a module the page imports.
    shapes = (out / site.STORED_SHAPES).read_text("utf-8")
    assert shapes.startswith("/* Written by the build") and shapes.rstrip().endswith(";")
    assert json.loads(shapes.split("export default ", 1)[1].rstrip().rstrip(";")) == json.loads(json.dumps(stored.describe()))


def test_the_backup_panel_can_start_python_to_check_a_file():
    build = site.prepare(ROOT, {}, serving=True)
    html = build.render("backup")
    assert f'data-wheel-sha256="{build.wheel.sha256}"' in html and "data-extra-wheels=" in html
    assert "data-wheel=" not in build.render("interviews")  # the worksheet beside it starts Python


def test_finish_refuses_pages_whose_worksheets_cannot_work(tmp_path):
    build = site.prepare(ROOT, {}, serving=True)
    out = fake_site(tmp_path, '<pre><code class="language-worksheet">thank-you</code></pre>')
    with pytest.raises(site.BuildError, match="steps/index.html: a worksheet fence was not rendered"):
        site.finish(out, build)
    out = fake_site(tmp_path / "b", '<section data-wheel-sha256="' + "0" * 64 + '"></section>')
    with pytest.raises(site.BuildError, match="expect another worksheets wheel"):
        site.finish(out, build)


def test_finish_links_the_top_of_a_step_page_to_its_worksheets(tmp_path):
    build = site.prepare(ROOT, {})
    theme_skip = '<a href="#guide" class="md-skip">\n  Skip to content\n</a>'
    sheets = build.render("follow-up") + build.render("outcomes")
    out = fake_site(tmp_path, f'{theme_skip}<article><h1 id="guide">Guide</h1><h2 id="why">Why</h2><p>Words.</p>{sheets}</article>')
    site.finish(out, build)
    html = (out / "steps" / "index.html").read_text("utf-8")
    # Among the first Tab stops, after the theme's own; and one tap away under the title.
    assert theme_skip + '<a href="#ati-follow-up-title" class="md-skip">Skip to the worksheet</a>' in html
    assert ('<h1 id="guide">Guide</h1><p class="ati-jump ati-no-print">Go to a worksheet: '
            '<a href="#ati-follow-up-title">Plan your follow-ups</a> · '
            '<a href="#ati-outcomes-title">Write your reply, whatever the outcome</a></p>') in html
    assert '<h2 class="ati-title" id="ati-follow-up-title" tabindex="-1">' in html  # where they land takes focus
    assert skip.add_links(html) == html  # once only

    # No guidance before the first block (Your interviews: the dashboard comes first): no links.
    first = build.render("interviews") + build.render("interview")
    page = f'{theme_skip}<h1 id="guide">Guide</h1>{first}<h2 id="more">More</h2>'
    assert skip.add_links(page) == page
    assert skip.add_links("<h1>No worksheet</h1><h2>Here</h2>") == "<h1>No worksheet</h1><h2>Here</h2>"


def finished(tmp_path: Path, build: site.Build, *blocks: str) -> tuple[Path, str, str]:
    """A site of two pages, ``steps/`` with ``blocks`` and the home page with the backup panel,
    finished: (its folder, the steps page, that page's head)."""
    out = fake_site(tmp_path, "".join(build.render(block) for block in blocks))
    (out / "index.html").write_text('<html><head><meta charset="utf-8"></head><body>' + build.render("backup") + "</body></html>")
    site.finish(out, build)
    html = (out / "steps" / "index.html").read_text("utf-8")
    return out, html, html[:html.index("</head>")]


def test_finish_starts_python_from_the_head_of_a_page_with_a_worksheet(tmp_path):
    build = site.prepare(ROOT, {})
    out, html, head = finished(tmp_path, build, "follow-up", "outcomes")
    # After the security policy (it governs only what follows it), before anything else loads.
    assert head.index("Content-Security-Policy") < head.index('name="ati-python"') < head.index("<script>var a=1")
    assert '<script type="module" async src="../assets/ati/python/boot.js"></script>' in head
    content = re.search(r'<meta name="ati-python" content="([^"]*)">', head).group(1)
    stdlib_url, stdlib_sha256 = build.stdlib
    assert json.loads(unescape(content)) == {
        "wheelUrl": build.url(build.wheel), "sha256": build.wheel.sha256, "extraWheels": [],
        "stdlibUrl": stdlib_url, "stdlibSha256": stdlib_sha256, "wasmUrl": build.wasm, "worksheets": ["follow-up", "outcomes"],
    }
    assert boot.add_boot(html, "x.js") == html  # once only
    # A page without a worksheet loads no Python, even one whose panel can start it on demand.
    assert "ati-python" not in (out / "index.html").read_text("utf-8")


def test_your_interviews_starts_from_the_head_after_python(tmp_path):
    out, html, head = finished(tmp_path, site.prepare(ROOT, {}), "interviews", "interview")
    tag = '<script type="module" async src="../assets/ati/dashboard/early.js"></script>'
    assert head.count(tag) == 1 and head.index("python/boot.js") < head.index(tag) < head.index("<script>var a=1")
    assert early.add_early(html, "steps") == html  # once only
    # Only the panel that draws what it remembers: the backup panel waits for main.js.
    assert "early.js" not in (out / "index.html").read_text("utf-8")


def test_the_theme_search_index_waits_for_python_on_a_page_with_a_worksheet():
    theme = '<script src="../../assets/javascripts/bundle.a5f9d56c.min.js"></script>'
    page = f'<html><head><meta name="ati-python" content="{{}}"></head><body><p>x</p>{theme}</body></html>'
    held = search_later.add_script(page, "../../assets/ati/page/search-later.js")
    # Just before the theme's script, which asks for the index as it runs.
    assert held.count("search-later.js") == 1
    assert held.index('<script src="../../assets/ati/page/search-later.js"></script>') + len(
        '<script src="../../assets/ati/page/search-later.js"></script>') == held.index(theme)
    assert search_later.add_script(held, "x.js") == held  # once only
    # A page that starts no Python, or a theme without that script, is left as it is.
    plain = page.replace('<meta name="ati-python" content="{}">', "")
    assert search_later.add_script(plain, "x.js") == plain
    other = page.replace(theme, '<script src="../../assets/javascripts/other.js"></script>')
    assert search_later.add_script(other, "x.js") == other


def test_the_command_line_adapter_reports_a_failure_in_words(tmp_path, capsys):
    assert site.main(["finish"]) == 2
    out = fake_site(tmp_path, "```worksheet thank-you\n```")
    assert site.main(["finish", str(out)]) == 1
    assert "Build failed: The built pages are not usable" in capsys.readouterr().err


def test_zensical_renders_markdown_with_the_versions_mkdocs_does():
    def pins(name):
        lines = (ROOT / name).read_text().splitlines()
        return {l.split("==")[0].lower(): l.split("==")[1] for l in lines if "==" in l and not l.startswith("#")}

    zensical, main = pins("requirements-zensical.lock"), pins("requirements.lock")
    assert re.fullmatch(r"\d+\.\d+\.\d+", zensical["zensical"])
    for shared in ("markdown", "pymdown-extensions", "pyyaml", "jinja2", "pygments"):
        assert zensical[shared] == main[shared], shared


# ---------- changing the block changes the built site, with either engine


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_changing_the_block_changes_the_built_site(tmp_path, engine):
    work = copy_repo(tmp_path / "repo", PUBLISHER_EDITS)
    out = tmp_path / "built"
    env = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "PYTHONPATH")}
    result = subprocess.run(["./dev", "build", "--engine", engine, "-d", str(out)], cwd=work, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    home = (out / "index.html").read_text("utf-8")
    assert "Careers Service Interview Guide</title>" in home  # Zensical puts the page title first
    assert 'data-md-color-primary="teal"' in home and 'data-md-color-primary="indigo"' not in home
    follow_up = (out / "steps" / "5-follow-up" / "index.html").read_text("utf-8")
    assert '<option value="GB" selected data-ati-default>' in follow_up
    linkedin = (out / "steps" / "4-linkedin" / "index.html").read_text("utf-8")
    assert re.search(r'<input type="checkbox" checked data-ati-default id="ati-linkedin-premium"', linkedin)
    [wheel] = (out / site.WHEEL_DIR).glob("worksheets-*.whl.gz")  # served gzipped whole
    published = json.loads(zipfile.ZipFile(io.BytesIO(gzip.decompress(wheel.read_bytes()))).read("worksheets/publisher.json"))
    assert published == {"country": "GB", "linkedin_limit": 300, "english": "gb", "sign_off": "With thanks,"}
    assert f'data-wheel-sha256="{hashlib.sha256(wheel.read_bytes()).hexdigest()}"' in linkedin
