"""Preload the browser's ES modules, so the browser fetches them all at once.

Without a bundler, the browser learns of a module only when it has fetched and parsed the one
that imports it: each level of imports costs another round trip before Python can start. A
``<link rel="modulepreload">`` in the page's head for every module the entry point imports,
directly or not, lets it fetch them all in parallel while the page loads.

A panel's module (``data-module="dashboard/index.js"`` on the block) is not imported by the entry
point, which loads it only on a page with the panel: :func:`page_modules` adds it, and what it
imports, to that page's list, and to no other page's.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

#: A panel's block names the module that binds it, as a path under the entry point's folder
#: (``data-module="dashboard/index.js"``). The names a panel may give are the panels' own
#: (:data:`build.extensions.panels.MODULES`); this finds them in a page.
_PANEL_MODULE = re.compile(r'<section [^>]*\bdata-module="([^"]+)"')

# Static imports and re-exports of the site's own modules, by a relative path:
# `import … from "./x.js"`, `export … from "../y/x.js"`, `import "./x.js"`.
_IMPORT = re.compile(r'^\s*(?:import|export)\b[^;]*?\bfrom\s*"(\.{1,2}/[\w./-]+\.js)"|^\s*import\s*"(\.{1,2}/[\w./-]+\.js)"', re.M)


def _resolve(importer: str, specifier: str) -> str:
    """``specifier`` as imported by ``importer``, both as paths under the entry's folder."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(importer), specifier))


def module_graph(entry: Path, start: str | None = None) -> list[str]:
    """The paths (under ``entry``'s folder) of every module ``start`` imports, directly or
    not, in the order found; ``start`` is the entry itself unless given. A module the build
    writes into the site, not in ``docs/``, is listed but not read."""
    root = entry.parent
    first = start or entry.name
    found: list[str] = []
    queue = [first]
    while queue:
        module = queue.pop(0)
        path = root / module
        if not path.exists():
            continue  # written by the build (storage/shapes.js): preloaded too, and it imports nothing
        for direct, bare in _IMPORT.findall(path.read_text("utf-8")):
            name = _resolve(module, direct or bare)
            if name not in (entry.name, first) and name not in found:
                found.append(name)
                queue.append(name)
    return found


def panel_modules(html: str) -> list[str]:
    """The modules the page's panels name (``data-module``), each once, in page order."""
    return list(dict.fromkeys(_PANEL_MODULE.findall(html)))


def page_modules(entry: Path, html: str) -> list[str]:
    """The paths of the modules a page loads: the entry point's graph, then the panel
    modules the page names, with what they import (each once)."""
    found = module_graph(entry)
    for name in panel_modules(html):
        for module in [name, *module_graph(entry, name)]:
            if module != entry.name and module not in found:
                found.append(module)
    return found


def add_links(html: str, urls: list[str]) -> str:
    """Put one ``<link rel="modulepreload">`` per URL at the end of the page's head."""
    links = "".join(f'<link rel="modulepreload" href="{url}">' for url in urls)
    return html.replace("</head>", links + "</head>", 1)
