"""MkDocs hooks: a thin adapter over :mod:`build.site`, where every build step lives.

``mkdocs build`` and ``mkdocs serve`` both: :func:`build.site.prepare` when the configuration
is loaded (the ``worksheet`` fences are then rendered by the Markdown extension
:mod:`build.extensions.fence`, listed under ``markdown_extensions``), and :func:`build.site.finish` after
the pages are written. ``mkdocs serve`` also watches ``worksheets/`` and ``build/`` and starts
from fresh modules on each rebuild, so an edit there shows without a restart.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent

MODULES_ENTRY = "assets/ati/main.js"  # the browser side's entry point, preloaded with what it imports

_state: dict = {}


def _fresh_site():
    """``build.site``, imported anew together with everything under it."""
    if str(ROOT) not in sys.path:  # MkDocs restores sys.path after loading a hook file
        sys.path.insert(0, str(ROOT))
    for name in sorted(n for n in sys.modules if n == "worksheets" or n.startswith(("worksheets.", "build."))):
        del sys.modules[name]
        parent, _, child = name.rpartition(".")
        if parent in sys.modules and getattr(sys.modules[parent], child, None) is not None:
            delattr(sys.modules[parent], child)
    return importlib.import_module("build.site")


def on_startup(command, dirty):
    _state["command"] = command


def on_config(config):
    site = _fresh_site()
    try:
        # `mkdocs serve` keeps Pyodide's own standard library: no precompiling on every edit.
        _state["build"] = site.prepare(ROOT, config, serving=_state.get("command") == "serve")
    except site.BuildError as error:
        raise PluginError(str(error)) from None
    return config


def on_serve(server, config, builder):
    server.watch(str(ROOT / "worksheets"))
    server.watch(str(ROOT / "build"))
    return server


def on_post_build(config):
    site = importlib.import_module("build.site")
    try:
        # The dev server injects an inline live-reload script: no policy there.
        site.finish(Path(config.site_dir), _state["build"], policy=_state.get("command") != "serve",
                    about=offline_site(config))
    except site.BuildError as error:
        raise PluginError(str(error)) from None


def offline_site(config):
    """What the web app manifest says, from MkDocs' own configuration."""
    return importlib.import_module("build.pages.offline").from_config(config)


def on_post_page(output, page, config):
    # Every page loads the browser side: fetch all its modules at once, not one level at a time
    # (its panels' modules too, on the pages that have them).
    from mkdocs.utils import get_relative_url

    preload = importlib.import_module("build.pages.preload")
    entry = Path(config.docs_dir) / MODULES_ENTRY
    modules = [f"{Path(MODULES_ENTRY).parent.as_posix()}/{name}" for name in preload.page_modules(entry, output)]
    return preload.add_links(output, [get_relative_url(module, page.url) for module in modules])
