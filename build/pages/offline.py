"""Offline use and the home screen: the service worker's file list, and the web app manifest.

After the build, :func:`apply`:

- adds to every page a link to the web app manifest, the home-screen icon, the theme colour
  and the ``ati-offline`` switch that tells ``assets/ati/page/offline.js`` to register the
  service worker (``docs/sw.js``);
- writes ``manifest.webmanifest`` (name, colours and icons, so a phone can add the site to
  its home screen);
- writes ``sw-files.js``: every file a visitor needs offline with its sha256, and a version
  that is a hash of that list, so any change to any file is a new version and its cache.

With ``offline: false`` under ``extra:`` in mkdocs.yml (and always under ``mkdocs serve``)
the pages get no switch and ``sw-files.js`` lists no file: a service worker that a visitor's
browser already has then removes itself and its copy of the site.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "manifest.webmanifest"
FILE_LIST = "sw-files.js"
ICONS = (
    ("assets/images/icon-192.png", "192x192", "any"),
    ("assets/images/icon-512.png", "512x512", "any"),
    ("assets/images/icon-maskable-512.png", "512x512", "maskable"),
)
TOUCH_ICON = "assets/images/apple-touch-icon.png"

#: Never copied for offline use: the service worker's own scripts (the browser keeps those),
#: source maps, the sitemap, checksums, the search stemmers of other languages, and the
#: home-screen icons (a phone fetches them when the site is added, which needs a network).
_SKIP = re.compile(r"^(sw\.js|sw-files\.js|sitemap\.xml(\.gz)?|.*\.map|.*/SHA256SUMS|assets/javascripts/lunr/.*"
                   r"|assets/images/(icon.*|apple-touch-icon\.png))$")
_LUNR = "assets/javascripts/lunr/"
_PRIMARY = re.compile(r"\[data-md-color-primary=([a-z-]+)\]\{[^}]*?--md-primary-fg-color:(#[0-9a-fA-F]{3,8})")


@dataclass(frozen=True)
class Site:
    """What the manifest says about the site (from mkdocs.yml)."""

    name: str
    description: str
    primary: str = "indigo"  # Material's palette name for the primary colour
    languages: tuple[str, ...] = ("en",)  # the search languages
    path: str = "/"  # the site's path on its host, from site_url (404.html is served at any depth)
    enabled: bool = True  # ``offline:`` under ``extra:``
    short_name: str = ""  # ``short_name:`` under ``extra:``, the name under the home-screen icon


def from_config(config) -> Site:
    """The :class:`Site` of a loaded mkdocs.yml (MkDocs' config object, or a plain dict)."""
    theme = config.get("theme") or {}
    palette = theme.get("palette") or [{}]
    palette = palette if isinstance(palette, list) else [palette]
    plugins = config.get("plugins")
    search = plugins.get("search") if hasattr(plugins, "get") else None
    lang = (getattr(search, "config", None) or {}).get("lang")  # Material's default: the theme's language
    languages = tuple(lang) if isinstance(lang, list) else (lang,) if lang else (theme.get("language") or "en",)
    url = config.get("site_url") or "/"
    path = "/" + url.split("://", 1)[-1].partition("/")[2] if "://" in url else url
    return Site(name=config.get("site_name") or "", description=config.get("site_description") or "",
                primary=(palette[0] or {}).get("primary") or "indigo", languages=languages,
                path=path if path.endswith("/") else path + "/",
                enabled=(config.get("extra") or {}).get("offline", True) is not False,
                short_name=str((config.get("extra") or {}).get("short_name") or ""))


def files(site: Path, languages: tuple[str, ...] = ("en",)) -> list[tuple[str, str]]:
    """``(path relative to the site, sha256)`` of every file needed offline, sorted."""
    keep_lunr = _lunr_files(languages)
    found = []
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        name = path.relative_to(site).as_posix()
        if _SKIP.match(name) and name not in keep_lunr:
            continue
        found.append((name, hashlib.sha256(path.read_bytes()).hexdigest()))
    return found


def _lunr_files(languages: tuple[str, ...]) -> set[str]:
    """Material's search loads a stemmer for each language but English (and a word splitter
    for Japanese and Thai)."""
    other = [lang for lang in languages if lang != "en"]
    if not other:
        return set()
    names = {f"{_LUNR}min/lunr.stemmer.support.min.js", f"{_LUNR}min/lunr.multi.min.js"}
    names |= {f"{_LUNR}min/lunr.{lang}.min.js" for lang in other}
    names |= {f"{_LUNR}tinyseg.js" for lang in other if lang == "ja"} | {f"{_LUNR}wordcut.js" for lang in other if lang == "th"}
    return names


def version(listed: list[tuple[str, str]]) -> str:
    return hashlib.sha256(json.dumps(listed).encode()).hexdigest()[:16]


def file_list_script(listed: list[tuple[str, str]]) -> str:
    """``sw-files.js``: the service worker imports it (an empty list switches it off)."""
    data = {"version": version(listed) if listed else "off", "files": listed}
    return ("// Written by the build (build/pages/offline.py): the files docs/sw.js keeps for offline use.\n"
            f"self.ATI_OFFLINE = {json.dumps(data, separators=(',', ':'))};\n")


def theme_colour(site: Path, primary: str) -> str:
    """The hex colour of Material's primary palette entry, read from the built stylesheet."""
    for css in sorted(site.glob("assets/stylesheets/palette.*.min.css")):
        for name, colour in _PRIMARY.findall(css.read_text(encoding="utf-8")):
            if name == primary:
                return colour
    return "#4051b5"


def web_manifest(info: Site, colour: str) -> str:
    return json.dumps({
        "name": info.name,
        "short_name": info.short_name or info.name,
        "description": info.description,
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": colour,
        "icons": [{"src": src, "sizes": sizes, "type": "image/png", "purpose": purpose} for src, sizes, purpose in ICONS],
    }, indent=2) + "\n"


def head(prefix: str, colour: str) -> str:
    """The tags every page gets; ``prefix`` leads from the page back to the site root."""
    return (f'<link rel="manifest" href="{prefix}{MANIFEST}">'
            f'<link rel="apple-touch-icon" href="{prefix}{TOUCH_ICON}">'
            f'<meta name="theme-color" content="{colour}">'
            '<meta name="ati-offline" content="on">')


def apply(site: Path, info: Site, *, serving: bool = False) -> str:
    """Write the manifest, the head tags and ``sw-files.js`` into the built ``site``; return
    the version (``"off"`` when switched off, or for ``mkdocs serve``). Run it last: the
    list hashes the final bytes."""
    enabled = info.enabled and not serving
    if enabled:
        colour = theme_colour(site, info.primary)
        (site / MANIFEST).write_text(web_manifest(info, colour), encoding="utf-8")
        for page in sorted(site.rglob("*.html")):
            html = page.read_text("utf-8")
            if 'name="ati-offline"' in html:
                continue
            name = page.relative_to(site).as_posix()
            prefix = info.path if name == "404.html" else "../" * name.count("/")
            html, count = re.subn(r"</head>", lambda m: head(prefix, colour) + m.group(0), html, count=1)
            if count:
                page.write_text(html, "utf-8")
    listed = files(site, info.languages) if enabled else []
    (site / FILE_LIST).write_text(file_list_script(listed), encoding="utf-8")
    return version(listed) if listed else "off"
