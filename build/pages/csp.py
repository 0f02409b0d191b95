"""A Content-Security-Policy for every built page, as a ``<meta>`` tag.

GitHub Pages cannot send headers, so the policy travels in the page. It enforces what the
project promises: scripts, styles, fetches and workers from the site's own origin only (so
no request can leave it, even by mistake), WebAssembly allowed for Pyodide, and no inline
script but the few Material for MkDocs writes, each allowed by its hash. The hashes are
gathered from all pages and every page gets the same list, because Material's instant
navigation keeps the first page's policy while it swaps in the others.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

_INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.I)


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def policy(hashes: list[str]) -> str:
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def apply(site: Path) -> str:
    """Add the policy to every HTML file under ``site``; return it (for the tests)."""
    pages = sorted(site.rglob("*.html"))
    hashes = sorted({_hash(body) for page in pages for body in _INLINE.findall(page.read_text("utf-8")) if body.strip()})
    content = policy(hashes)
    tag = f'<meta http-equiv="Content-Security-Policy" content="{content}">'
    for page in pages:
        html = page.read_text("utf-8")
        if "Content-Security-Policy" in html:
            continue
        html, count = _CHARSET.subn(lambda m: m.group(0) + tag, html, count=1)
        if not count:
            raise ValueError(f"{page}: no <meta charset> to put the security policy after")
        page.write_text(html, "utf-8")
    return content
