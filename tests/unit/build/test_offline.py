"""Offline use at build time (build/pages/offline.py): the service worker's list of files, its
version, the web app manifest and the tags every page gets."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from build.pages import offline
from tests.support.repo import ROOT

INFO = offline.Site(name="After the Interview", description="What to do next.", path="/after-the-interview/")


def site(tmp_path: Path) -> Path:
    files = {
        "index.html": "<html><head><meta charset=utf-8></head><body>home</body></html>",
        "steps/2-thank-you/index.html": "<html><head></head><body>step</body></html>",
        "404.html": "<html><head></head><body>missing</body></html>",
        "assets/pyodide/pyodide.asm.wasm": "wasm",
        "assets/pyodide/SHA256SUMS": "sums",
        "assets/ati/wheels/worksheets-0.1.0-py3-none-any.whl": "wheel",
        "assets/javascripts/bundle.js": "js",
        "assets/javascripts/bundle.js.map": "map",
        "assets/javascripts/lunr/min/lunr.fr.min.js": "fr",
        "assets/javascripts/lunr/min/lunr.stemmer.support.min.js": "support",
        "assets/stylesheets/palette.abc.min.css": "[data-md-color-primary=indigo]{--md-primary-fg-color:#4051b5;--x:1}"
                                                  "[data-md-color-primary=teal]{--md-primary-fg-color:#009485}",
        "sitemap.xml": "<urlset/>",
        "sitemap.xml.gz": "gz",
        "sw.js": "worker",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def listed(root: Path) -> list[str]:
    text = (root / offline.FILE_LIST).read_text()
    return [path for path, _ in json.loads(text.split("=", 1)[1].rstrip().rstrip(";"))["files"]]


def test_every_file_a_visitor_needs_is_listed_and_nothing_else(tmp_path):
    root = site(tmp_path)
    names = [name for name, _ in offline.files(root)]
    assert names == sorted(names)
    assert {"index.html", "steps/2-thank-you/index.html", "404.html", "assets/pyodide/pyodide.asm.wasm",
            "assets/ati/wheels/worksheets-0.1.0-py3-none-any.whl", "assets/javascripts/bundle.js",
            "assets/stylesheets/palette.abc.min.css"} == set(names)
    french = [name for name, _ in offline.files(root, ("fr",))]
    assert {"assets/javascripts/lunr/min/lunr.fr.min.js", "assets/javascripts/lunr/min/lunr.stemmer.support.min.js"} <= set(french)


def test_any_change_to_any_file_is_a_new_version(tmp_path):
    root = site(tmp_path)
    before = offline.version(offline.files(root))
    (root / "assets/javascripts/bundle.js").write_text("js!")
    assert offline.version(offline.files(root)) != before
    (root / "assets/javascripts/bundle.js").write_text("js")
    assert offline.version(offline.files(root)) == before


def test_apply_links_every_page_to_the_manifest_and_lists_the_final_bytes(tmp_path):
    root = site(tmp_path)
    version = offline.apply(root, INFO)
    step = (root / "steps/2-thank-you/index.html").read_text()
    assert '<link rel="manifest" href="../../manifest.webmanifest">' in step
    assert '<meta name="ati-offline" content="on">' in step and '<meta name="theme-color" content="#4051b5">' in step
    assert '<link rel="manifest" href="manifest.webmanifest">' in (root / "index.html").read_text()
    assert 'href="/after-the-interview/manifest.webmanifest"' in (root / "404.html").read_text()  # served at any depth
    assert "manifest.webmanifest" in listed(root) and version == offline.version(offline.files(root))
    assert "sw-files.js" not in listed(root)
    offline.apply(root, INFO)  # again: the tags are not doubled
    assert (root / "index.html").read_text().count('name="ati-offline"') == 1


def test_the_manifest_names_the_site_and_its_icons(tmp_path):
    root = site(tmp_path)
    offline.apply(root, offline.Site(name="Careers Hub Guide", description="d", primary="teal", short_name="Careers"))
    manifest = json.loads((root / offline.MANIFEST).read_text())
    assert manifest["name"] == "Careers Hub Guide" and manifest["short_name"] == "Careers"
    assert manifest["theme_color"] == "#009485" and manifest["start_url"] == "./" and manifest["scope"] == "./"
    assert manifest["display"] == "standalone"
    purposes = {icon["purpose"] for icon in manifest["icons"]}
    assert purposes == {"any", "maskable"}
    for icon in manifest["icons"] + [{"src": offline.TOUCH_ICON, "sizes": "180x180"}]:
        png = (ROOT / "docs" / icon["src"]).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])
        assert f"{width}x{height}" == icon["sizes"]


def test_switched_off_or_served_for_editing_there_is_nothing_to_keep(tmp_path):
    root = site(tmp_path)
    assert offline.apply(root, INFO, serving=True) == "off"
    assert listed(root) == [] and 'ati-offline' not in (root / "index.html").read_text()
    assert not (root / offline.MANIFEST).exists()
    off = offline.Site(name="x", description="", enabled=False)
    assert offline.apply(root, off) == "off" and listed(root) == []


def test_the_settings_come_from_mkdocs_yml():
    from mkdocs.config import load_config

    info = offline.from_config(load_config(str(ROOT / "mkdocs.yml")))
    assert info.name == "After the Interview" and info.enabled and info.short_name
    assert info.path.endswith("/") and info.primary == "indigo" and info.languages == ("en",)
    plain = offline.from_config({"site_name": "S", "site_url": "https://org.github.io/repo", "extra": {"offline": False}})
    assert plain.path == "/repo/" and not plain.enabled
