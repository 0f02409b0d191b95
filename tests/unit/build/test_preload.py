"""The build preloads every browser module the entry point imports, so none waits for its importer."""

from pathlib import Path

from build.pages import preload
from build.site import STORED_SHAPES
from tests.support.repo import ROOT

ATI = ROOT / "docs" / "assets" / "ati"


def test_the_graph_follows_every_kind_of_import_once(tmp_path):
    (tmp_path / "main.js").write_text('import { a } from "./a.js";\nimport "./side.js";\n')
    (tmp_path / "a.js").write_text('import * as b from "./b.js";\nexport { c } from "./c.js";\n')
    (tmp_path / "b.js").write_text('import {\n  a,\n} from "./a.js";\nimport { main } from "./main.js";\n')  # cycles end
    (tmp_path / "c.js").write_text("export const c = 1;\n")
    (tmp_path / "side.js").write_text("")
    (tmp_path / "worker.js").write_text('import "./c.js";\n')  # not imported by the entry
    assert preload.module_graph(tmp_path / "main.js") == ["a.js", "side.js", "b.js", "c.js"]


def test_links_go_at_the_end_of_the_head():
    html = preload.add_links("<html><head><title>x</title></head><body></body></html>", ["../a.js", "../b.js"])
    assert html == ('<html><head><title>x</title><link rel="modulepreload" href="../a.js">'
                    '<link rel="modulepreload" href="../b.js"></head><body></body></html>')


def test_main_or_a_panel_reaches_every_browser_module_but_the_worker():
    # A module neither main.js nor a panel reaches would be neither preloaded nor, probably,
    # used. The description of what the site stores is written by the build: preloaded, not in docs/.
    # The worker and what it imports run in the worker, which fetches them itself; a classic
    # script the build puts in the page is no module. A panel's early start (build/pages/early.py)
    # is in the head of its page itself, and what it imports is the panel's, preloaded.
    from build.extensions import panels
    from build.pages import early, search_later

    blocks = "".join(render("") for render in panels.panels().values())
    reached = set(preload.page_modules(ATI / "main.js", blocks))
    every = {path.relative_to(ATI).as_posix() for path in ATI.rglob("*.js")}
    in_worker = {"python/worker.js", *preload.module_graph(ATI / "main.js", "python/worker.js")}
    assert in_worker & every == {"python/worker.js", "python/wasm.js"}
    classic = {Path(search_later.SCRIPT).relative_to("assets/ati").as_posix()}
    started = {Path(script).relative_to("assets/ati").as_posix() for script in early.EARLY.values()}
    assert reached == every - {"main.js"} - in_worker - classic - started | {Path(STORED_SHAPES).relative_to("assets/ati").as_posix()}
    for script in started:
        assert set(preload.module_graph(ATI / "main.js", script)) <= reached


def test_a_page_preloads_the_modules_of_its_own_panels_only(tmp_path):
    (tmp_path / "main.js").write_text('import { a } from "./a.js";\n')
    (tmp_path / "a.js").write_text("")
    (tmp_path / "panel.js").write_text('import { a } from "./a.js";\nimport { p } from "./panel-part.js";\n')
    (tmp_path / "panel-part.js").write_text("")
    page = '<section class="ati-panel" data-panel="x" data-module="panel.js">'
    assert preload.page_modules(tmp_path / "main.js", page) == ["a.js", "panel.js", "panel-part.js"]
    assert preload.page_modules(tmp_path / "main.js", "<p>data-module=\"panel.js\"</p>") == ["a.js"]  # words, not a block
    # A worksheet page does not fetch the panels' modules; the page with the list of interviews does.
    from build import site

    build = site.prepare(ROOT, {}, serving=True)
    assert "dashboard/index.js" not in preload.page_modules(ATI / "main.js", build.render("thank-you"))
    assert "dashboard/index.js" in preload.page_modules(ATI / "main.js", build.render("interviews"))


def test_imports_across_folders_are_resolved_from_the_importer(tmp_path):
    (tmp_path / "form").mkdir()
    (tmp_path / "utilities").mkdir()
    (tmp_path / "main.js").write_text('import { bind } from "./form/index.js";\n')
    (tmp_path / "form" / "index.js").write_text('import { v } from "./values.js";\nimport { el } from "../utilities/dom.js";\n')
    (tmp_path / "form" / "values.js").write_text('import { el } from "../utilities/dom.js";\n')
    (tmp_path / "utilities" / "dom.js").write_text("")
    assert preload.module_graph(tmp_path / "main.js") == ["form/index.js", "form/values.js", "utilities/dom.js"]


def test_a_module_the_build_writes_is_preloaded_but_not_read(tmp_path):
    (tmp_path / "main.js").write_text('import SHAPES from "./written-by-the-build.js";\n')
    assert preload.module_graph(tmp_path / "main.js") == ["written-by-the-build.js"]
