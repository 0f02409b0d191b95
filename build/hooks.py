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
    # The pinned third-party wheels (browser-wheels.txt): missing ones fail the build here.
    from build import browser_wheels, stdlib

    try:
        extras = browser_wheels.load(ROOT)
        # Precompiled for the browser (build/stdlib.py); `mkdocs serve` keeps the stock files.
        wheel, extras, python_stdlib = stdlib.for_site(ROOT, wheel, extras, stock=_state.get("command") == "serve")
    except (browser_wheels.BrowserWheelMissing, stdlib.PrecompileFailed) as error:
        raise PluginError(str(error)) from None
    _state["wheel"], _state["extra_wheels"], _state["stdlib"] = wheel, extras, python_stdlib
    url = f"{WHEEL_DIR}/{wheel.filename}?v={wheel.sha256[:12]}"
    stdlib_url = (f"{PYODIDE_DIR}/{python_stdlib.filename}?v={python_stdlib.sha256[:12]}", python_stdlib.sha256)

    def render(name: str) -> str:
        known = panels.panels()
        if name in known:
            return known[name]()
        needed = browser_wheels.needed(extras, registry.NEEDS.get(name, ()))
        extra_urls = tuple((f"{WHEEL_DIR}/{w.filename}?v={w.sha256[:12]}", w.sha256) for w in needed)
        return forms.render(registry.get(name), wheel_url=url, wheel_sha256=wheel.sha256, extra_wheels=extra_urls,
                            stdlib=stdlib_url)

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
    runtime.copy_runtime(ROOT, site / PYODIDE_DIR, replace={_state["stdlib"].filename: _state["stdlib"].data})
    if _state.get("command") != "serve":  # the dev server injects an inline livereload script
        from build import csp

        csp.apply(site)
    from build import offline  # last: its list of files hashes their final bytes

    offline.apply(site, offline.from_config(config), serving=_state.get("command") == "serve")


def on_page_content(html, page, config, files):
    # Task-list boxes are printed decoration: the item's text is the content. Hidden from
    # assistive technology they no longer read as unlabelled form fields.
    return html.replace('<input type="checkbox" disabled/>', '<input type="checkbox" disabled aria-hidden="true" tabindex="-1"/>')
