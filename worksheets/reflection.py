"""Step 3: a reflection log entry, written while the interview is fresh.

The output is Markdown, because it is meant to be kept: pasted into the user's own notes,
saved with their other entries, exported. It travels as a :class:`~worksheets.output.Markdown`
block: the source (to copy, and as a ``.md`` download) and :func:`markdown_tree`, the safe
rendering that the browser builds with createElement and textContent only.

Safety rests on two independent layers, so that a slip in one is not a hole:

1. :func:`escape_markdown` runs over **every** piece of user text *before* it is placed into
   the Markdown source. HTML-significant characters become entities and Markdown-significant
   ones are backslash-escaped, so user text can only ever be text: never a tag, link, image,
   emphasis, code span, heading or list. Only the publisher's wording in
   ``templates/reflection.toml`` is read as Markdown.
2. :func:`render_markdown` uses a Python-Markdown instance with raw HTML, links, images and
   autolinks switched off, and then re-serialises the result through an allow-list of a dozen
   attribute-free tags. Even Markdown that was never escaped cannot produce a script, an
   event handler, a link or an image.

:func:`question_bank` and :func:`fit_overview` read several saved entries at once, for the
"all my interviews" view: the questions still worth practising, and how the roles compare;
:func:`log_overview` turns them, with every entry newest first, into output blocks.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from html.parser import HTMLParser
from typing import Any

from . import wording
from .context import Context
from .dates import long_date
from .fields import Choice, Field, Group, Worksheet
from .output import Download, Heading, Markdown, Notice, Output, Paragraph, Table, TreeNode
from .shared_fields import COMPANY, DATE, ROLE, ROUND
from .validation import validate

# --------------------------------------------------------------------------- declaration

#: How well a question was answered. Values are stable (they are saved); labels may change.
ANSWER_SCALE = (
    Choice("1", "Struggled"),
    Choice("2", "OK"),
    Choice("3", "Good"),
    Choice("4", "Strong"),
)
#: Ratings that put a question into the question bank.
NEEDS_PRACTICE = frozenset({"1", "2"})

#: How well one aspect of the role fits. "Not sure yet" is a real answer (and the default)
#: rather than an empty option, because the form renderer drops empty option values.
FIT_SCALE = (
    Choice("unsure", "Not sure yet"),
    Choice("1", "Poor fit"),
    Choice("2", "Mixed"),
    Choice("3", "Good fit"),
    Choice("4", "Great fit"),
)

#: The fit factors, in one place: the fields ``fit_<key>`` and ``fit_<key>_note``, the log
#: and :func:`fit_overview` are all generated from this tuple. Keys are stable (saved data).
FIT_FACTORS: tuple[tuple[str, str], ...] = (
    ("work", "The work itself"),
    ("team", "Team and manager"),
    ("growth", "Growth and learning"),
    ("pay", "Pay and benefits"),
    ("location", "Location and hybrid working"),
    ("values", "Values and culture"),
)

#: STAR prompts for a better answer, with the hint that explains each letter.
STAR: tuple[tuple[str, str, str], ...] = (
    ("situation", "Situation", "The context: where you were, what was at stake."),
    ("task", "Task", "What you were responsible for, or the problem to solve."),
    ("action", "Action", "What you did yourself: the steps, your choices, and why."),
    ("result", "Result", "What happened, with a number if you have one, and what you learned."),
)

QUESTION = Group(
    name="questions",
    label="Questions",
    item_label="Question {n}",
    add_label="Add another question",
    hint="Note the questions you remember, especially the hard ones. Optional, but this is where most of the learning is.",
    min_items=0,
    max_items=15,
    fields=(
        Field("question", "The question", required=True, max_length=300, autocomplete="off",
              hint="As close to their words as you remember.",
              missing="Write down the question, or remove this block."),
        Field("rating", "How well you answered", kind="radio", choices=ANSWER_SCALE, required=True,
              missing="Choose how well you think you answered."),
        *(
            Field(key, label, kind="textarea", max_length=1000, autocomplete="off",
                  hint=f"Optional. What a better answer would include. {hint}")
            for key, label, hint in STAR
        ),
    ),
)


def _fit_fields() -> tuple[Field, ...]:
    fields: list[Field] = []
    for key, label in FIT_FACTORS:
        fields.append(Field(f"fit_{key}", label, kind="select", choices=FIT_SCALE, default="unsure"))
        fields.append(Field(f"fit_{key}_note", f"{label}: note", max_length=200, autocomplete="off",
                            hint="Optional. What you saw or heard that makes you think so."))
    return tuple(fields)


FIT_FIELDS = _fit_fields()

# The interview itself comes from the interview record, typed once for every step.
ENTRIES = (
    COMPANY, ROLE, ROUND, DATE,
    QUESTION,
    Field("went_well", "What went well", kind="textarea", max_length=2000, autocomplete="off",
          hint="Optional. Answers that landed, moments you felt at ease, good preparation."),
    Field("would_change", "What you would do differently", kind="textarea", max_length=2000, autocomplete="off",
          hint="Optional. Preparation, timing, an answer you would give another way."),
    Field("still_want_to_know", "What you still want to know", kind="textarea", max_length=2000, autocomplete="off",
          hint="Optional. Questions to ask at the next stage, or before accepting an offer."),
    *FIT_FIELDS,
)

# --------------------------------------------------------------------------- escaping

# Backslash escapes work only for the characters Python-Markdown lists in ESCAPED_CHARS
# (elsewhere the backslash stays visible), and CommonMark accepts the same escapes, so the
# source reads the same in the user's own Markdown tools.
_INLINE_SIGNIFICANT = re.compile(r"([\\`*_\[\]#])")
# What can start a block once inline escaping is done: list markers (- + and "1." or
# "1)"), setext underlines (= and -), fenced code (~). "*", "#", ">", "`" are escaped
# everywhere already; leading whitespace (indented code) is stripped by the caller.
_LINE_START = re.compile(r"^(?:([-+])|(=)|(~)|(\d+)([.)]))")


def _escape_line_start(match: re.Match[str]) -> str:
    marker, equals, tilde, digits, closer = match.groups()
    if marker:
        return "\\" + marker
    if equals:
        return "&#61;"  # "=" has no backslash escape in Python-Markdown; an entity is text
    if tilde:
        return "&#126;"
    return f"{digits}\\{closer}"


def escape_markdown(text: str) -> str:
    """User text as Markdown that renders to exactly that text, on one line.

    First the HTML characters ``& < > "`` become entities: no tag, autolink (``<http:…>``),
    entity or attribute can start. Then ``\\ ` * _ [ ] #`` are backslash-escaped wherever
    they appear: no emphasis, code span, link, image or reference (all need ``[``, ``*``,
    ``_`` or a backtick) and no heading or closing hashes. ``( ) ! . + -`` only matter
    after a ``[`` or at the start of a line, so they are escaped only at a line start,
    which keeps ordinary prose readable in the source. Line breaks become spaces; use
    :func:`escape_markdown_lines` to keep them.
    """
    text = " ".join(str(text).split())
    text = html.escape(text, quote=False).replace('"', "&quot;")
    text = _INLINE_SIGNIFICANT.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def escape_markdown_lines(text: str) -> str:
    """Multi-line user text, each line escaped as if it started a line of the source.

    Lines are joined with a Markdown hard break (two spaces, newline) so the user's own line
    breaks survive; blank lines are dropped, because in the source they would end the list
    item or section the text belongs to. Leading spaces are dropped too: four of them would
    start a code block.
    """
    lines = [escape_markdown(line) for line in str(text).splitlines() if line.strip()]
    return "  \n".join(lines)


# --------------------------------------------------------------------------- composing


def _label(choices: tuple[Choice, ...], value: str | None) -> str:
    for choice in choices:
        if choice.value == value:
            return choice.label
    return ""


def _iso(day: Any) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day or "")


def to_markdown(values: dict[str, Any], today: dt.date | None = None) -> str:
    """The log entry as Markdown source, from cleaned values (as :func:`validate` returns).

    Every slot value is escaped here, in one place, before any template sees it; the
    templates themselves are the publisher's Markdown.
    """
    text = wording.load("reflection")
    day: dt.date = values["date"]
    e = escape_markdown
    slots = {
        "company": e(values["company"]),
        "role": e(values["role"]),
        "round": e(values.get("round") or ""),
        "iso_date": day.isoformat(),
        "date": e(long_date(day)),
        "today": e(long_date(today)) if today else "",
    }
    blocks: list[str] = []
    title = text["title_round"] if slots["round"] else text["title"]
    blocks.append("## " + wording.fill(title, slots))
    blocks.append(wording.fill(text["dated_written"] if today else text["dated"], slots))

    questions = values.get("questions") or []
    if questions:
        blocks.append("### " + wording.fill(text["sections"]["questions"], slots))
        for number, item in enumerate(questions, start=1):
            rating = item.get("rating") or ""
            qslots = dict(slots, n=str(number), question=e(item["question"]),
                          rating=e(_label(ANSWER_SCALE, rating)), score=e(rating), out_of=str(len(ANSWER_SCALE)))
            blocks.append("#### " + wording.fill(text["question"]["heading"], qslots))
            blocks.append(wording.fill(text["question"]["rating"], qslots))
            star = [(key, item.get(key)) for key, _, _ in STAR if item.get(key)]
            if star:
                blocks.append(wording.fill(text["question"]["better"], qslots))
                blocks.append("\n".join(
                    "- " + wording.fill(text["question"]["star_line"],
                                        dict(qslots, part=e(text["star"][key]), text=escape_markdown_lines(answer)))
                    for key, answer in star
                ))
            elif rating in NEEDS_PRACTICE:
                blocks.append(wording.fill(text["question"]["no_better"], qslots))

    for key in ("went_well", "would_change", "still_want_to_know"):
        if values.get(key):
            blocks.append("### " + wording.fill(text["sections"][key], slots))
            blocks.append(escape_markdown_lines(values[key]))

    fit_lines = []
    for key, label in FIT_FACTORS:
        rating = values.get(f"fit_{key}") or "unsure"
        note = values.get(f"fit_{key}_note") or ""
        if rating == "unsure" and not note:
            continue
        fslots = dict(slots, factor=e(label), rating=e(_label(FIT_SCALE, rating)), note=e(note))
        fit_lines.append("- " + wording.fill(text["fit"]["line_note" if note else "line"], fslots))
    if fit_lines:
        blocks.append("### " + wording.fill(text["sections"]["fit"], slots))
        blocks.append("\n".join(fit_lines))

    return "\n\n".join(blocks) + "\n"


def _slug(text: str, limit: int = 40) -> str:
    """A file-name-safe fragment: ASCII letters and digits joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "-".join(words)[:limit].strip("-")


def filename(values: dict[str, Any]) -> str:
    """``reflection-2026-03-03-acme.md``: sorts by date among the user's files."""
    parts = ["reflection", _iso(values.get("date")), _slug(values.get("company") or "")]
    return "-".join(p for p in parts if p) + ".md"


def compose(values: dict[str, Any], context: Context) -> Output:
    """The log entry, shown formatted (a :class:`Markdown` block: its source and the safe
    tree the browser builds), offered as a ``.md`` file, with notices around it in plain text.
    """
    text = wording.load("reflection")
    slots = {"company": values["company"], "role": values["role"]}
    source = to_markdown(values, context.today)
    out = Output()
    # The entry's own title is its heading; "##" becomes an h3 under the worksheet's h2.
    out.add(Markdown(source=source, tree=markdown_tree(source, shift=1),
                     label=wording.fill(text["output"]["heading"], slots)))
    out.add(Download(label=text["output"]["download"], filename=filename(values), mime="text/markdown",
                     content=source, note=text["output"]["download_note"]))
    practice = [q for q in values.get("questions") or [] if q.get("rating") in NEEDS_PRACTICE]
    if practice:
        template = text["output"]["practice_one" if len(practice) == 1 else "practice_many"]
        out.add(Notice(wording.fill(template, dict(slots, count=str(len(practice)))), tone="info"))
    if not (values.get("questions") or values.get("went_well") or values.get("would_change")):
        out.add(Notice(text["output"]["thin"], tone="info"))
    out.add(Notice(text["output"]["keep"], tone="info"))
    return out


# --------------------------------------------------------------------------- rendering

#: Tags a log entry may contain once rendered. None takes attributes.
ALLOWED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li",
                          "strong", "em", "code", "pre", "blockquote"})
_VOID = frozenset({"br", "hr"})

#: Python-Markdown parts that could turn text into markup we never produce on purpose.
_DISABLED_INLINE = ("html", "link", "image_link", "reference", "image_reference", "short_reference",
                    "short_image_ref", "autolink", "automail")


class _AllowList(HTMLParser):
    """Re-serialise HTML keeping only :data:`ALLOWED_TAGS`, with no attributes, and all
    text escaped. A disallowed tag is dropped but its text is kept, so nothing a user typed
    silently disappears."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ALLOWED_TAGS:
            self.parts.append(f"<{tag} />" if tag in _VOID else f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ALLOWED_TAGS:
            self.parts.append(f"<{tag} />" if tag in _VOID else f"<{tag}></{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in ALLOWED_TAGS and tag not in _VOID:
            self.parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.parts.append(html.escape(data, quote=False))


def _sanitise(markup: str) -> str:
    parser = _AllowList()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def render_markdown(md: str) -> str:
    """HTML for a log entry's Markdown source, safe to insert into the page.

    Raw HTML, links, images, autolinks and link definitions are switched off in the
    parser, and the result is filtered through :data:`ALLOWED_TAGS`; so even Markdown that
    was not escaped (edited by hand, imported) cannot inject markup. ``markdown`` is
    imported here rather than at the top so that the other worksheets keep working in the
    browser before, or without, the Markdown wheel.
    """
    import markdown  # Python-Markdown, shipped to the browser as a wheel

    converter = markdown.Markdown(extensions=[], output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.parser.blockprocessors.deregister("reference")
    for name in _DISABLED_INLINE:
        converter.inlinePatterns.deregister(name, strict=False)
    return _sanitise(converter.convert(str(md)))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements whose whitespace-only text is layout, not content.
_CONTAINERS = frozenset({"", "ul", "ol", "blockquote"})


class _Tree(HTMLParser):
    """Allow-listed HTML (as :func:`render_markdown` returns) as nested lists."""

    def __init__(self, shift: int) -> None:
        super().__init__(convert_charrefs=True)
        self.shift = shift
        self.root: list[TreeNode] = []
        self.stack: list[tuple[str, list[TreeNode]]] = [("", self.root)]

    def _name(self, tag: str) -> str:
        return f"h{min(6, int(tag[1]) + self.shift)}" if tag in _HEADINGS else tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            return
        node: list = [self._name(tag), []]
        self.stack[-1][1].append(node)
        if tag not in _VOID:
            self.stack.append((tag, node[1]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ALLOWED_TAGS:
            self.stack[-1][1].append([self._name(tag), []])

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        tag, children = self.stack[-1]
        if tag in _CONTAINERS and not data.strip():
            return
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def markdown_tree(md: str, shift: int = 0) -> list[TreeNode]:
    """The log's Markdown as a tree the browser builds with createElement and textContent:
    ``["h2", ["2026-03-03: …"]]``, ``["p", ["text", ["strong", ["bold"]]]]``, … Only
    :data:`ALLOWED_TAGS`, no attributes, text unescaped (it is never parsed as markup
    again). ``shift`` moves headings down (``2`` makes ``##`` an ``h4``) to fit the page.
    """
    parser = _Tree(shift)
    parser.feed(render_markdown(md))
    parser.close()
    return parser.root


# --------------------------------------------------------------------------- across entries


def _clean(entry: Any) -> dict[str, Any]:
    """An entry as saved by the browser (strings) or as cleaned (dates): the same dict.

    Validation is idempotent on cleaned values, so running it again accepts both shapes;
    fields it rejects come back as ``None`` and are simply left out of the overviews.
    """
    return validate(WORKSHEET, entry if isinstance(entry, dict) else {}).values


def _newest_first(entries: list[dict]) -> list[dict[str, Any]]:
    cleaned = [_clean(entry) for entry in entries]
    # Undated entries sort last; the sort is stable, so same-day entries keep their order.
    return sorted(cleaned, key=lambda v: v.get("date") or dt.date.min, reverse=True)


def question_bank(entries: list[dict]) -> list[dict]:
    """Every question rated Struggled or OK, across all entries, newest interview first,
    with what a better answer would include. JSON-ready (dates as ISO strings)."""
    bank = []
    for values in _newest_first(entries):
        for item in values.get("questions") or []:
            if item.get("rating") not in NEEDS_PRACTICE or not item.get("question"):
                continue
            bank.append({
                "question": item["question"],
                "rating": item["rating"],
                "rating_label": _label(ANSWER_SCALE, item["rating"]),
                "company": values.get("company") or "",
                "role": values.get("role") or "",
                "round": values.get("round") or "",
                "date": _iso(values.get("date")),
                "improved": {key: item.get(key) or "" for key, _, _ in STAR},
                "has_improved_answer": any(item.get(key) for key, _, _ in STAR),
            })
    return bank


def fit_overview(entries: list[dict]) -> list[dict]:
    """The roles side by side, one row per fit factor.

    Every row has the same ``roles`` columns in the same order (newest interview first).
    Several rounds for the same company and role make one column: for each factor the most
    recent rating or note wins, since later rounds show more of the job. A role nobody has
    rated yet gets no column.
    """
    columns: dict[tuple[str, str], dict[str, Any]] = {}
    for values in _newest_first(entries):
        key = ((values.get("company") or "").casefold(), (values.get("role") or "").casefold())
        column = columns.setdefault(key, {"company": values.get("company") or "", "role": values.get("role") or "",
                                          "date": _iso(values.get("date")), "factors": {}})
        for factor, _ in FIT_FACTORS:
            rating = values.get(f"fit_{factor}") or "unsure"
            note = values.get(f"fit_{factor}_note") or ""
            if factor not in column["factors"] and (rating != "unsure" or note):
                column["factors"][factor] = (rating, note)
    roles = [c for c in columns.values() if c["factors"]]
    rows = []
    for factor, label in FIT_FACTORS:
        cells = []
        for column in roles:
            rating, note = column["factors"].get(factor, ("unsure", ""))
            cells.append({"company": column["company"], "role": column["role"], "date": column["date"],
                          "rating": None if rating == "unsure" else int(rating),
                          "rating_label": _label(FIT_SCALE, rating), "note": note})
        # "best" marks the strongest role on this factor, only when there is a difference.
        scores = {c["rating"] for c in cells if c["rating"] is not None}
        for cell in cells:
            cell["best"] = len(scores) > 1 and cell["rating"] == max(scores)
        rows.append({"factor": factor, "label": label, "roles": cells})
    return rows if roles else []


def valid_entries(entries: list[Any]) -> list[dict[str, Any]]:
    """The entries that make a complete log entry, cleaned, newest interview first."""
    results = [validate(WORKSHEET, entry) for entry in entries if isinstance(entry, dict)]
    return _newest_first([r.values for r in results if r.ok])


def bank_markdown(bank: list[dict]) -> str:
    """The question bank as Markdown: one ``##`` section per question (user text escaped)."""
    text = wording.load("reflection")["log"]
    e = escape_markdown
    blocks = []
    for number, item in enumerate(bank, start=1):
        day = _date_or_none(item["date"])
        slots = {"n": str(number), "question": e(item["question"]), "rating": e(item["rating_label"]),
                 "company": e(item["company"]), "role": e(item["role"]), "round": e(item["round"]),
                 "date": e(long_date(day)) if day else ""}
        blocks.append("## " + wording.fill(text["bank_question"], slots))
        blocks.append(wording.fill(text["bank_from_round" if item["round"] else "bank_from"], slots))
        star = [(key, item["improved"].get(key)) for key, _, _ in STAR if item["improved"].get(key)]
        if star:
            star_text = wording.load("reflection")["star"]
            blocks.append("\n".join(
                "- " + wording.fill(text["bank_star_line"], dict(slots, part=e(star_text[key]), text=escape_markdown_lines(answer)))
                for key, answer in star
            ))
        else:
            blocks.append(wording.fill(text["bank_no_answer"], slots))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _date_or_none(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return None


def fit_table(rows: list[dict]) -> Table | None:
    """:func:`fit_overview` as a table: one row per factor, one column per role."""
    if not rows:
        return None
    text = wording.load("reflection")["log"]
    columns = [text["fit_factor"]] + [wording.fill(text["fit_role"], cell) for cell in rows[0]["roles"]]
    body = []
    for row in rows:
        if all(cell["rating"] is None and not cell["note"] for cell in row["roles"]):
            continue  # a factor nobody has rated yet says nothing
        cells = [row["label"]]
        for cell in row["roles"]:
            value = wording.fill(text["fit_cell_note" if cell["note"] else "fit_cell"],
                                 {"rating": cell["rating_label"], "note": cell["note"]})
            cells.append(wording.fill(text["fit_best"], {"cell": value}) if cell["best"] else value)
        body.append(tuple(cells))
    return Table(caption=text["fit_caption"], columns=tuple(columns), rows=tuple(body))


def log_overview(entries: list[Any], today: dt.date | None = None) -> Output:
    """Every written entry across interviews: the question bank, the roles compared, and
    the whole log, newest first, with each of them to download as Markdown."""
    text = wording.load("reflection")["log"]
    values = valid_entries(entries)
    out = Output()
    if not values:
        out.add(Paragraph(text["empty"]))
        return out
    written = wording.fill(text["written"], {"today": escape_markdown(long_date(today))}) + "\n\n" if today else ""

    out.add(Heading(text["bank_heading"]))
    bank = question_bank(values)
    if bank:
        out.add(Paragraph(wording.fill(text["bank_intro_one" if len(bank) == 1 else "bank_intro_many"], {"count": str(len(bank))})))
        body = bank_markdown(bank)
        out.add(Markdown(source=body, tree=markdown_tree(body, shift=2), label=text["bank_heading"]))
        out.add(Download(label=text["bank_download"], filename="question-bank.md", mime="text/markdown",
                         content=f"# {text['bank_title']}\n\n{written}{body}"))
    else:
        out.add(Paragraph(text["bank_empty"]))

    out.add(Heading(text["fit_heading"]))
    table = fit_table(fit_overview(values))
    if table:
        out.add(Paragraph(text["fit_intro"]))
        out.add(table)
    else:
        out.add(Paragraph(text["fit_empty"]))

    out.add(Heading(wording.fill(text["entries_heading_one" if len(values) == 1 else "entries_heading_many"],
                                 {"count": str(len(values))})))
    sources = [to_markdown(v, None) for v in values]
    out.add(Download(label=text["log_download"], filename="reflection-log.md", mime="text/markdown",
                     content=f"# {text['log_title']}\n\n{written}" + "\n".join(sources)))
    heading = wording.load("reflection")["output"]["heading"]
    for entry, source in zip(values, sources):
        out.add(Markdown(source=source, tree=markdown_tree(source, shift=2),
                         label=wording.fill(heading, {"company": entry["company"], "role": entry["role"]})))
    return out


WORKSHEET = Worksheet(
    id="reflection",
    saved_as="Reflection",
    title="Write your reflection log",
    intro="While it is fresh: the questions you found hard, what a better answer would include, what went well, and whether the job fits you. You get a dated log entry to keep.",
    entries=ENTRIES,
    compose=compose,
    submit_label="Write my log entry",
    fieldsets=(
        ("The interview", ("company", "role", "round", "date")),
        ("The questions", ("questions",)),
        ("Looking back", ("went_well", "would_change", "still_want_to_know")),
        ("Does it fit you?", tuple(f.name for f in FIT_FIELDS)),
    ),
)
