"""Step 3 across interviews: every written reflection read at once, for the reflection log.

:func:`question_bank` (the questions still worth practising) and :func:`fit_overview` (how the
roles compare) read several saved entries; :func:`log_overview` turns them, with every entry
newest first, into output blocks, each with its Markdown to download.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.validation import validate
from ..words import wording
from ..words.dates import English, long_date
from ..words.markdown_safe import as_text, escape_markdown, escape_markdown_lines
from ..words.output import Download, Heading, Markdown, Output, Paragraph, Table
from .reflection import ANSWER_SCALE, FIT_FACTORS, FIT_SCALE, NEEDS_PRACTICE, STAR, WORKSHEET, choice_label, iso_date, to_markdown

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
                "rating_label": choice_label(ANSWER_SCALE, item["rating"]),
                "company": values.get("company") or "",
                "role": values.get("role") or "",
                "round": values.get("round") or "",
                "date": iso_date(values.get("date")),
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
                                          "date": iso_date(values.get("date")), "factors": {}})
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
                          "rating_label": choice_label(FIT_SCALE, rating), "note": note})
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


def bank_markdown(bank: list[dict], english: English = "gb") -> str:
    """The question bank as Markdown: one ``##`` section per question (user text escaped)."""
    text = wording.load("reflection", english)["log"]
    e = escape_markdown
    blocks = []
    for number, item in enumerate(bank, start=1):
        day = _date_or_none(item["date"])
        slots = {"n": str(number), "question": e(item["question"]), "rating": e(item["rating_label"]),
                 "company": e(item["company"]), "role": e(item["role"]), "round": e(item["round"]),
                 "date": e(long_date(day, english)) if day else ""}
        blocks.append("## " + wording.fill(text["bank_question"], slots))
        blocks.append(wording.fill(text["bank_from_round" if item["round"] else "bank_from"], slots))
        star = [(key, item["improved"].get(key)) for key, _, _ in STAR if item["improved"].get(key)]
        if star:
            star_text = wording.load("reflection", english)["star"]
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


def fit_table(rows: list[dict], english: English = "gb") -> Table | None:
    """:func:`fit_overview` as a table: one row per factor, one column per role."""
    if not rows:
        return None
    text = wording.load("reflection", english)["log"]
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


def log_overview(entries: list[Any], today: dt.date | None = None, english: English = "gb") -> Output:
    """Every written entry across interviews: the question bank, the roles compared, and
    the whole log, newest first, with each of them to download as Markdown."""
    text = wording.load("reflection", english)["log"]
    values = valid_entries(entries)
    out = Output()
    if not values:
        out.add(Paragraph(text["empty"]))
        return out
    # Imported here, once there is something to render, not at the top: every page imports
    # this module, and only the pages that show Markdown download what rendering needs.
    from ..words.markdown_tree import markdown_tree

    written = wording.fill(text["written"], {"today": escape_markdown(long_date(today, english))}) + "\n\n" if today else ""

    out.add(Heading(text["bank_heading"]))
    bank = question_bank(values)
    if bank:
        out.add(Paragraph(wording.fill(text["bank_intro_one" if len(bank) == 1 else "bank_intro_many"], {"count": str(len(bank))})))
        body = bank_markdown(bank, english)
        out.add(Markdown(source=as_text(body), tree=markdown_tree(body, shift=2), label=text["bank_heading"]))
        out.add(Download(label=text["bank_download"], filename="question-bank.md", mime="text/markdown",
                         content=as_text(f"# {text['bank_title']}\n\n{written}{body}")))
    else:
        out.add(Paragraph(text["bank_empty"]))

    out.add(Heading(text["fit_heading"]))
    table = fit_table(fit_overview(values), english)
    if table:
        out.add(Paragraph(text["fit_intro"]))
        out.add(table)
    else:
        out.add(Paragraph(text["fit_empty"]))

    out.add(Heading(wording.fill(text["entries_heading_one" if len(values) == 1 else "entries_heading_many"],
                                 {"count": str(len(values))})))
    sources = [to_markdown({"english": english, **v}, None) for v in values]
    out.add(Download(label=text["log_download"], filename="reflection-log.md", mime="text/markdown",
                     content=as_text(f"# {text['log_title']}\n\n{written}" + "\n".join(sources))))
    heading = wording.load("reflection", english)["output"]["heading"]
    for entry, source in zip(values, sources):
        out.add(Markdown(source=as_text(source), tree=markdown_tree(source, shift=2),
                         label=wording.fill(heading, {"company": entry["company"], "role": entry["role"]})))
    return out
