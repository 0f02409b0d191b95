"""Preload the browser's ES modules, so the browser fetches them all at once.

Without a bundler, the browser learns of a module only when it has fetched and parsed the one
that imports it: each level of imports costs another round trip before Python can start. A
``<link rel="modulepreload">`` in the page's head for every module the entry point imports,
directly or not, lets it fetch them all in parallel while the page loads.

A panel's module (``data-module="dashboard.js"`` on the block) is not imported by the entry
point, which loads it only on a page with the panel: :func:`page_modules` adds it, and what it
imports, to that page's list, and to no other page's.
"""

from __future__ import annotations

import re
from pathlib import Path

_PANEL_MODULE = re.compile(r'<section [^>]*\bdata-module="([a-z-]+\.js)"')

# Static imports and re-exports of sibling modules: `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`.
_IMPORT = re.compile(r'^\s*(?:import|export)\b[^;]*?\bfrom\s*"\./([\w.-]+\.js)"|^\s*import\s*"\./([\w.-]+\.js)"', re.M)


def module_graph(entry: Path) -> list[str]:
    """The file names of every module `entry` imports, directly or not, in the order found
    (a module the build writes into the site, not in ``docs/``, is listed but not read)."""
    found: list[str] = []
    queue = [entry.name]
    while queue:
        path = entry.parent / queue.pop(0)
        if not path.exists():
            continue  # written by the build (stored-shapes.js): preloaded too, and it imports nothing
        source = path.read_text("utf-8")
        for direct, bare in _IMPORT.findall(source):
            name = direct or bare
            if name != entry.name and name not in found:
                found.append(name)
                queue.append(name)
    return found


def page_modules(entry: Path, html: str) -> list[str]:
    """The file names of the modules a page loads: the entry point's graph, then the panel
    modules the page names, with what they import (each once)."""
    found = module_graph(entry)
    for name in _PANEL_MODULE.findall(html):
        for module in [name, *module_graph(entry.parent / name)]:
            if module != entry.name and module not in found:
                found.append(module)
    return found


def add_links(html: str, urls: list[str]) -> str:
    """Put one ``<link rel="modulepreload">`` per URL at the end of the page's head."""
    links = "".join(f'<link rel="modulepreload" href="{url}">' for url in urls)
    return html.replace("</head>", links + "</head>", 1)
