"""Step 3: a reflection log entry, written while the interview is fresh.

The output is Markdown, because it is meant to be kept: pasted into the user's own notes,
saved with their other entries, exported. It travels as a :class:`~worksheets.words.output.Markdown`
block: the source (to copy, and as a ``.md`` download) and the safe tree the browser builds
with createElement and textContent only (:mod:`worksheets.words.markdown_tree`; every piece of
typed text is escaped before it goes into the source, :mod:`worksheets.words.markdown_safe`).

Reading several saved entries at once (the question bank, the roles compared, the whole log)
is :mod:`worksheets.sheets.reflection_log`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from ..core.context import Context
from ..core.fields import Choice, Field, Group, Worksheet
from ..words import wording
from ..core.voice import english_of
from ..words.dates import long_date
from ..words.markdown_safe import as_text, escape_markdown, escape_markdown_lines
from ..words.output import Download, Markdown, Notice, Output
from .shared import COMPANY, DATE, ROLE, ROUND

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
    hint="Note the questions you remember, especially the hard ones: this is where most of the learning is.",
    min_items=0,
    max_items=15,
    fields=(
        # A box of several lines: a long question stays in view as it is typed. Its line breaks
        # become spaces wherever it is written out (escape_markdown), and a text saved from the
        # one-line box it was is the same string.
        Field("question", "The question", kind="textarea", required=True, max_length=300, autocomplete="off",
              hint="As close to their words as you remember.",
              missing="Write down the question, or remove this block."),
        Field("rating", "How well you answered", kind="radio", choices=ANSWER_SCALE, required=True,
              missing="Choose how well you think you answered."),
        *(
            Field(key, label, kind="textarea", max_length=1000, autocomplete="off",
                  hint=f"What a better answer would include. {hint}")
            for key, label, hint in STAR
        ),
    ),
)


def _fit_fields() -> tuple[Field, ...]:
    fields: list[Field] = []
    for key, label in FIT_FACTORS:
        fields.append(Field(f"fit_{key}", label, kind="select", choices=FIT_SCALE, default="unsure"))
        fields.append(Field(f"fit_{key}_note", f"{label}: note", kind="textarea", max_length=200, autocomplete="off",
                            hint="What you saw or heard that makes you think so."))
    return tuple(fields)


FIT_FIELDS = _fit_fields()

# The interview itself comes from the interview record, typed once for every step.
ENTRIES = (
    COMPANY, ROLE, ROUND, DATE,
    QUESTION,
    Field("went_well", "What went well", kind="textarea", max_length=2000, autocomplete="off",
          hint="Answers that landed, moments you felt at ease, good preparation."),
    Field("would_change", "What you would do differently", kind="textarea", max_length=2000, autocomplete="off",
          hint="Preparation, timing, an answer you would give another way."),
    Field("still_want_to_know", "What you still want to know", kind="textarea", max_length=2000, autocomplete="off",
          hint="Questions to ask at the next stage, or before accepting an offer."),
    *FIT_FIELDS,
)

# --------------------------------------------------------------------------- composing


def choice_label(choices: tuple[Choice, ...], value: str | None) -> str:
    for choice in choices:
        if choice.value == value:
            return choice.label
    return ""


def iso_date(day: Any) -> str:
    return day.isoformat() if isinstance(day, dt.date) else str(day or "")


def to_markdown(values: dict[str, Any], today: dt.date | None = None) -> str:
    """The log entry as Markdown source, from cleaned values (as :func:`validate` returns).

    Every slot value is escaped here, in one place, before any template sees it; the
    templates themselves are the publisher's Markdown.
    """
    english = english_of(values)
    text = wording.load("reflection", english)
    day: dt.date = values["date"]
    e = escape_markdown
    slots = {
        "company": e(values["company"]),
        "role": e(values["role"]),
        "round": e(values.get("round") or ""),
        "iso_date": day.isoformat(),
        "date": e(long_date(day, english)),
        "today": e(long_date(today, english)) if today else "",
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
                          rating=e(choice_label(ANSWER_SCALE, rating)), score=e(rating), out_of=str(len(ANSWER_SCALE)))
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
        fslots = dict(slots, factor=e(label), rating=e(choice_label(FIT_SCALE, rating)), note=e(note))
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
    parts = ["reflection", iso_date(values.get("date")), _slug(values.get("company") or "")]
    return "-".join(p for p in parts if p) + ".md"


def compose(values: dict[str, Any], context: Context) -> Output:
    """The log entry, shown formatted (a :class:`Markdown` block: its source and the safe
    tree the browser builds), offered as a ``.md`` file, with notices around it in plain text.
    """
    # Imported here, not at the top: every page imports this module, and only the pages that
    # show Markdown download what rendering needs.
    from ..words.markdown_tree import markdown_tree

    text = wording.load("reflection", english_of(values))
    slots = {"company": values["company"], "role": values["role"]}
    source = to_markdown(values, context.today)  # for the page's tree; the file and the copy get as_text
    out = Output()
    # The entry's own title is its heading; "##" becomes an h3 under the worksheet's h2.
    out.add(Markdown(source=as_text(source), tree=markdown_tree(source, shift=1),
                     label=wording.fill(text["output"]["heading"], slots)))
    out.add(Download(label=text["output"]["download"], filename=filename(values), mime="text/markdown",
                     content=as_text(source), note=text["output"]["download_note"]))
    practice = [q for q in values.get("questions") or [] if q.get("rating") in NEEDS_PRACTICE]
    if practice:
        template = text["output"]["practice_one" if len(practice) == 1 else "practice_many"]
        out.add(Notice(wording.fill(template, dict(slots, count=str(len(practice)))), tone="info"))
    if not (values.get("questions") or values.get("went_well") or values.get("would_change")):
        out.add(Notice(text["output"]["thin"], tone="info"))
    out.add(Notice(text["output"]["keep"], tone="info"))
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
