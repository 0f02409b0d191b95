"""MkDocs hooks: the thin glue between MkDocs and the plain functions in this folder.

``mkdocs build`` and ``mkdocs serve`` both: build the ``worksheets`` wheel, render each
``worksheet`` fence into its form, and put the wheel and the pinned Pyodide runtime into the
site. ``mkdocs serve`` also watches ``worksheets/`` so an edit there rebuilds everything.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent

WHEEL_DIR = "assets/ati/wheels"
MODULES_ENTRY = "assets/ati/main.js"  # the browser side's entry point, preloaded with what it imports
PYODIDE_DIR = "assets/pyodide"

_state: dict = {}


def _fresh_modules():
    """Reload ``worksheets`` so that ``mkdocs serve`` picks up edits without a restart."""
    # MkDocs restores sys.path after loading a hook file, so the project root is added here.
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    for name in sorted(n for n in sys.modules if n == "worksheets" or n.startswith("worksheets.")):
        del sys.modules[name]
    import worksheets
    from worksheets import registry

    for name in sorted(n for n in sys.modules if n.startswith("build.")):
        importlib.reload(sys.modules[name])
    from build import fence, forms, panels, wheel

    return worksheets, registry, forms, wheel, fence, panels


def on_startup(command, dirty):
    _state["command"] = command


def on_config(config):
    worksheets, registry, forms, wheel_mod, fence, panels = _fresh_modules()
    wheel = wheel_mod.build_wheel(ROOT / "worksheets", "worksheets", worksheets.__version__)
    _state["wheel"] = wheel
    url = f"{WHEEL_DIR}/{wheel.filename}?v={wheel.sha256[:12]}"
    # The pinned third-party wheels (browser-wheels.txt): missing ones fail the build here.
    from build import browser_wheels

    try:
        extras = browser_wheels.load(ROOT)
    except browser_wheels.BrowserWheelMissing as error:
        raise PluginError(str(error)) from None
    _state["extra_wheels"] = extras
    extra_urls = tuple((f"{WHEEL_DIR}/{w.filename}?v={w.sha256[:12]}", w.sha256) for w in extras)

    def render(name: str) -> str:
        known = panels.panels()
        if name in known:
            return known[name]()
        return forms.render(registry.get(name), wheel_url=url, wheel_sha256=wheel.sha256, extra_wheels=extra_urls)

    config.markdown_extensions.append(fence.WorksheetExtension(render))
    return config


def on_serve(server, config, builder):
    server.watch(str(ROOT / "worksheets"))
    server.watch(str(ROOT / "build"))
    return server


def on_post_build(config):
    from build import runtime

    site = Path(config.site_dir)
    wheel = _state["wheel"]
    target = site / WHEEL_DIR
    target.mkdir(parents=True, exist_ok=True)
    (target / wheel.filename).write_bytes(wheel.data)
    for extra in _state.get("extra_wheels", ()):
        (target / extra.filename).write_bytes(extra.data)
    runtime.copy_runtime(ROOT, site / PYODIDE_DIR)
    if _state.get("command") != "serve":  # the dev server injects an inline livereload script
        from build import csp

        csp.apply(site)


def on_page_content(html, page, config, files):
    # Task-list boxes are printed decoration: the item's text is the content. Hidden from
    # assistive technology they no longer read as unlabelled form fields.
    return html.replace('<input type="checkbox" disabled/>', '<input type="checkbox" disabled aria-hidden="true" tabindex="-1"/>')


def on_post_page(output, page, config):
    # Every page loads the browser side: fetch all its modules at once, not one level at a time.
    from mkdocs.utils import get_relative_url

    from build import preload

    entry = Path(config.docs_dir) / MODULES_ENTRY
    modules = [f"{Path(MODULES_ENTRY).parent.as_posix()}/{name}" for name in preload.module_graph(entry)]
    return preload.add_links(output, [get_relative_url(module, page.url) for module in modules])
