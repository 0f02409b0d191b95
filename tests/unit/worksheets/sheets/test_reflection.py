"""The reflection log (step 3): declaration, the Markdown entry, and that nothing a user
types can become markup, whether or not the renderer's safety net is there."""

from __future__ import annotations

import datetime as dt
import json
import random
import string
from html.parser import HTMLParser

import markdown
import pytest

from worksheets import api
from worksheets.sheets import reflection, shared as shared_fields
from worksheets.words import wording
from tests.support.wording import placeholders
from worksheets.core.fields import Group
from worksheets.words.output import Download, Heading, Markdown, Paragraph, Table
from worksheets.sheets.reflection import FIT_FACTORS, WORKSHEET, to_markdown
from worksheets.sheets.reflection_log import fit_overview, log_overview, question_bank
from worksheets.words.markdown_safe import escape_markdown, escape_markdown_lines
from worksheets.words.markdown_tree import markdown_tree, render_markdown
from worksheets.words.output import ALLOWED_TAGS
from worksheets.core.validation import validate
from tests.support.moment import at, context_json

TODAY = dt.date(2026, 3, 4)

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![x](http://evil/x.png)",
    "<http://evil>",
    "<evil@example.com>",
    "**bold** and __strong__ and *em* and _em_",
    "# heading",
    "1. list",
    "- item",
    "+ item",
    "> quote",
    "`code` and ``more``",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "    indented code",
    "Title\n=====",
    "Title\n-----",
    "***",
    "[ref]: http://evil\n[x][ref]",
    '<a href="javascript:alert(1)">click</a>',
    "&lt;script&gt; &amp; &#60;img&#62;",
    "<div onclick=\"alert(1)\">x</div>",
    "<!-- comment --> <?php ?> <![CDATA[x]]>",
    'say "hi" & {braces} | pipe \\ backslash',
]


class _Html(HTMLParser):
    """Collects tags, attributes and the visible text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def parse(markup: str) -> _Html:
    parser = _Html()
    parser.feed(markup)
    parser.close()
    return parser


def visible(markup: str) -> str:
    return " ".join("".join(parse(markup).text).split())


def squash(text: str) -> str:
    return " ".join(text.split())


def base(**extra) -> dict:
    data = {"company": "Acme", "role": "Product Designer", "date": "2026-03-03"}
    data.update(extra)
    return data


def clean(data: dict) -> dict:
    result = validate(WORKSHEET, data)
    assert result.ok, result.errors
    return result.values


def assert_safe(html: str) -> None:
    """No markup but the allow-list, no attributes at all, so no URL, handler or style."""
    lowered = html.lower()
    for bad in ("<img", "<script", "<a ", "<a>", "<iframe", "<div", "<!--", "<?"):
        assert bad not in lowered, (bad, html)
    # "src=", "javascript:" and the like may appear, but only as text: no tag has attributes.
    for tag, attrs in parse(html).tags:
        assert tag in ALLOWED_TAGS, (tag, html)
        assert attrs == [], (tag, attrs, html)


# --------------------------------------------------------------------------- declaration


def test_required_fields_are_reported_by_name():
    errors = validate(WORKSHEET, {}).errors
    assert set(errors) == {"company", "role", "date"}
    assert "company" in errors["company"].lower()


def test_minimal_entry_is_valid_and_questions_are_optional():
    values = clean(base())
    assert values["questions"] == []
    assert values["date"] == dt.date(2026, 3, 3)


def test_question_needs_its_text_and_a_rating():
    errors = validate(WORKSHEET, base(questions=[{"situation": "We had a week"}])).errors
    assert set(errors) == {"questions.0.question", "questions.0.rating"}


def test_blank_question_blocks_are_dropped_not_reported():
    values = clean(base(questions=[{"question": "", "situation": "  "}, {"question": "Why us?", "rating": "2"}]))
    assert [q["question"] for q in values["questions"]] == ["Why us?"]


@pytest.mark.parametrize("field, value", [("rating", "5"), ("rating", "Struggled")])
def test_question_rating_must_be_on_the_scale(field, value):
    errors = validate(WORKSHEET, base(questions=[{"question": "Why us?", field: value}])).errors
    assert "questions.0.rating" in errors


def test_fit_fields_are_generated_from_one_tuple():
    names = [e.name for e in WORKSHEET.entries]
    for key, label in FIT_FACTORS:
        assert f"fit_{key}" in names and f"fit_{key}_note" in names
        rating = WORKSHEET.entry(f"fit_{key}")
        assert rating.kind == "select" and rating.label == label and rating.default == "unsure"
    assert len([n for n in names if n.startswith("fit_")]) == 2 * len(FIT_FACTORS)


def test_fit_rating_rejects_unknown_values_and_accepts_unsure():
    assert "fit_work" in validate(WORKSHEET, base(fit_work="9")).errors
    assert clean(base(fit_work="unsure"))["fit_work"] == "unsure"


def test_limits_are_enforced():
    errors = validate(WORKSHEET, base(went_well="x" * 2001, fit_pay_note="y" * 201,
                                      questions=[{"question": "q" * 301, "rating": "1"}])).errors
    assert {"went_well", "fit_pay_note", "questions.0.question"} <= set(errors)


def test_every_entry_is_in_exactly_one_fieldset():
    named = [name for _, names in WORKSHEET.fieldsets for name in names]
    assert sorted(named) == sorted(e.name for e in WORKSHEET.entries)
    assert isinstance(WORKSHEET.entry("questions"), Group)


# --------------------------------------------------------------------------- the entry


def full_values(**extra) -> dict:
    data = base(
        round="Second interview",
        questions=[
            {"question": "Tell me about a time you failed.", "rating": "1",
             "situation": "Launch of the booking app", "task": "I owned the checkout",
             "action": "Rolled back and wrote a post-mortem", "result": "Conversion up 4%"},
            {"question": "Why Acme?", "rating": "4"},
            {"question": "What is your biggest weakness?", "rating": "2"},
        ],
        went_well="My portfolio walk-through.\nThe small talk at the start.",
        would_change="Prepare numbers for every project.",
        still_want_to_know="How the team splits research work.",
        fit_work="4", fit_work_note="Exactly the problems I like",
        fit_pay="2", fit_location="unsure", fit_location_note="Three office days?",
    )
    data.update(extra)
    return clean(data)


def test_interview_fields_are_the_shared_ones():
    for name in ("company", "role", "round", "date"):
        assert WORKSHEET.entry(name) is getattr(shared_fields, name.upper())
    assert WORKSHEET.uses_interviews


def test_compose_gives_the_entry_rendered_and_as_a_file():
    out = reflection.compose(full_values(), at(TODAY))
    entry, download = out.blocks[0], out.blocks[1]
    assert isinstance(entry, Markdown) and isinstance(download, Download)
    source = to_markdown(full_values(), TODAY)
    assert entry.source == source and download.content == source
    assert entry.tree == markdown_tree(source, shift=1)
    assert entry.tree[0][0] == "h3"  # "##" under the worksheet's own h2
    assert entry.label == "Your log entry: Product Designer at Acme"
    assert download.filename == "reflection-2026-03-03-acme.md" and download.mime == "text/markdown"
    assert not any(isinstance(b, Paragraph) for b in out.blocks)  # the source is not shown raw
    json.dumps(out.to_dict())


def test_file_names_are_safe():
    assert reflection.filename(clean(base(company="Ünïcode & Co. / <script>"))) == "reflection-2026-03-03-unicode-co-script.md"
    assert reflection.filename(clean(base(company="日本"))) == "reflection-2026-03-03.md"


def test_entry_is_dated_and_carries_everything():
    md = to_markdown(full_values(), TODAY)
    assert md.startswith("## 2026-03-03: Product Designer at Acme (Second interview)")
    assert "Tuesday 3 March 2026" in md and "Wednesday 4 March 2026" in md
    text = visible(render_markdown(md))
    for expected in ("Tell me about a time you failed.", "Struggled", "Launch of the booking app",
                     "Conversion up 4%", "Strong", "My portfolio walk-through.", "Prepare numbers for every project.",
                     "How the team splits research work.", "The work itself", "Great fit",
                     "Exactly the problems I like", "Pay and benefits", "Mixed", "Three office days?"):
        assert expected in text, expected
    # Unrated factors without a note stay out of the entry.
    assert "Growth and learning" not in text


def test_entry_without_today_is_still_dated():
    md = to_markdown(full_values(), None)
    assert "Tuesday 3 March 2026" in md and "Written on" not in md


def test_struggled_question_without_star_gets_a_prompt():
    md = to_markdown(clean(base(questions=[{"question": "Why?", "rating": "1"}])), TODAY)
    assert "STAR" in md


def test_line_breaks_in_textareas_survive():
    html = render_markdown(to_markdown(clean(base(went_well="one\ntwo\n\nthree")), TODAY))
    assert "one<br />\ntwo<br />\nthree" in html


def test_the_question_is_a_box_of_lines_and_its_heading_stays_one_line():
    """The question is a multi-line box (a long question stays in view); a question saved from
    the one-line box it was is the same string, and line breaks typed in it become spaces."""
    question = next(f for f in reflection.QUESTION.fields if f.name == "question")
    assert question.kind == "textarea"
    typed = "Tell me about a time\nyou disagreed with your manager"
    md = to_markdown(clean(base(questions=[{"question": typed, "rating": "2"}])), TODAY)
    heading = next(line for line in md.splitlines() if line.startswith("#### "))
    assert heading.endswith("Tell me about a time you disagreed with your manager"), heading
    old = to_markdown(clean(base(questions=[{"question": "Tell me about a time you disagreed with your manager", "rating": "2"}])), TODAY)
    assert old == md


def test_distinct_inputs_give_distinct_entries():
    a = to_markdown(full_values(), TODAY)
    b = to_markdown(full_values(company="Globex"), TODAY)
    c = to_markdown(full_values(went_well="Something else entirely"), TODAY)
    d = to_markdown(full_values(date="2026-03-05"), TODAY)
    assert len({a, b, c, d}) == 4


def test_practice_notice_counts_the_weak_answers():
    out = reflection.compose(full_values(), at(TODAY))
    notices = " ".join(b.text for b in out.blocks if b.type == "notice")
    assert "2 questions" in notices


# --------------------------------------------------------------------------- escaping


@pytest.mark.parametrize("payload", PAYLOADS)
def test_user_text_never_becomes_markup(payload):
    """The payload in every text field: rendered, only allow-listed tags with no
    attributes, and the payload still visible, as typed."""
    single = squash(payload)
    data = base(company=single[:120], role=single[:120], round=single[:80],
                questions=[{"question": single, "rating": "1", "situation": payload, "task": payload,
                            "action": payload, "result": payload}],
                went_well=payload, would_change=payload, still_want_to_know=payload,
                fit_work="3", fit_work_note=single, fit_team_note=single)
    md = to_markdown(clean(data), TODAY)
    html = render_markdown(md)
    assert_safe(html)
    text = visible(html)
    assert single in text
    for line in payload.splitlines():
        if line.strip():
            assert squash(line) in text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_escaping_alone_is_enough(payload):
    """Layer 1 on its own: the escaped source through a stock Python-Markdown (raw HTML,
    links and images all enabled) still produces no markup from user text."""
    md = escape_markdown_lines(payload)
    html = markdown.markdown(md)
    lowered = html.lower()
    for bad in ("<img", "<script", "<a ", "<div", "<h1", "<ol", "<ul", "<code", "<pre", "<strong", "<em", "<hr", "<blockquote"):
        assert bad not in lowered, (bad, md, html)
    assert {tag for tag, _ in parse(html).tags} <= {"p", "br"}
    assert visible(html) == squash(" ".join(line for line in payload.splitlines() if line.strip()))


def test_javascript_only_ever_appears_as_text():
    data = base(went_well="[x](javascript:alert(1)) <a href='javascript:alert(2)'>y</a>")
    html = render_markdown(to_markdown(clean(data), TODAY))
    assert_safe(html)
    assert "javascript:alert(1)" in visible(html) and "javascript:alert(2)" in visible(html)
    # Every occurrence is in text, none inside a tag.
    for tag, attrs in parse(html).tags:
        assert all("javascript" not in (value or "") for _, value in attrs)


def test_renderer_is_safe_even_for_unescaped_markdown():
    """Layer 2 on its own: hostile Markdown that never went through escape_markdown."""
    hostile = "\n\n".join(PAYLOADS) + "\n\n<script>alert(1)</script>\n\n[a](javascript:x) ![i](x.png) <http://evil>"
    html = render_markdown(hostile)
    assert_safe(html)
    assert "alert(1)" in visible(html)


def test_escape_markdown_examples():
    assert escape_markdown("<b>") == "&lt;b&gt;"
    assert escape_markdown('say "hi" & go') == "say &quot;hi&quot; &amp; go"
    assert escape_markdown("**x**") == r"\*\*x\*\*"
    assert escape_markdown("[x](y)") == r"\[x\](y)"
    assert escape_markdown("# x") == r"\# x"
    assert escape_markdown("1. x") == r"1\. x"
    assert escape_markdown("- x") == r"\- x"
    assert escape_markdown("=== x") == "&#61;== x"
    # Ordinary prose stays readable in the source.
    assert escape_markdown("Well-known (really), done. Great!") == "Well-known (really), done. Great!"


def test_escape_markdown_round_trips_random_text():
    """Whatever the characters, the rendered text is exactly what was typed."""
    rng = random.Random(20260303)
    alphabet = string.punctuation + "ab 1\t" + "é👍\u0301"
    for _ in range(400):
        typed = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24)))
        if not typed.strip():
            continue
        html = render_markdown(escape_markdown(typed))
        assert_safe(html)
        assert visible(html) == squash(typed), (typed, escape_markdown(typed), html)
        # And the same through a stock Markdown, where nothing is switched off.
        stock = markdown.markdown(escape_markdown(typed))
        assert {tag for tag, _ in parse(stock).tags} <= {"p"}, (typed, stock)
        assert visible(stock) == squash(typed), (typed, stock)


def test_braces_typed_by_the_user_are_not_templates():
    md = to_markdown(clean(base(company="{role} {0} {__class__}")), TODAY)
    assert "{role} {0} {__class__}" in visible(render_markdown(md))


# --------------------------------------------------------------------------- across entries


def saved(company, role, date, **extra) -> dict:
    """An entry as the browser saves it: strings only."""
    return dict({"company": company, "role": role, "date": date}, **extra)


ENTRIES = [
    saved("Acme", "Designer", "2026-03-03", round="First",
          questions=[{"question": "Old hard one", "rating": "1", "action": "Lead with the result"},
                     {"question": "Easy one", "rating": "4"}],
          fit_work="3", fit_pay="1", fit_pay_note="Below my range"),
    saved("Globex", "Design Lead", "2026-03-10",
          questions=[{"question": "New OK one", "rating": "2"}, {"question": "Good one", "rating": "3"}],
          fit_work="4", fit_pay="3"),
    saved("Acme", "Designer", "2026-03-12", round="Final",
          questions=[{"question": "Newest hard one", "rating": "1", "situation": "Team of 3", "result": "Shipped"}],
          fit_pay="2"),
    saved("Initech", "Designer", "2026-02-01"),  # no ratings at all: not a column
]


def test_question_bank_is_weak_answers_newest_first():
    bank = question_bank(ENTRIES)
    assert [q["question"] for q in bank] == ["Newest hard one", "New OK one", "Old hard one"]
    assert [q["rating_label"] for q in bank] == ["Struggled", "OK", "Struggled"]
    first = bank[0]
    assert first["company"] == "Acme" and first["round"] == "Final" and first["date"] == "2026-03-12"
    assert first["improved"]["situation"] == "Team of 3" and first["improved"]["result"] == "Shipped"
    assert first["has_improved_answer"] and not bank[1]["has_improved_answer"]
    json.dumps(bank)


def test_question_bank_accepts_cleaned_values_too():
    cleaned = [validate(WORKSHEET, e).values for e in ENTRIES]
    assert question_bank(cleaned) == question_bank(ENTRIES)


def test_question_bank_ignores_junk():
    assert question_bank([]) == []
    assert question_bank([{"questions": "nope"}, "not a dict"]) == []  # type: ignore[list-item]


def test_fit_overview_compares_roles_factor_by_factor():
    rows = fit_overview(ENTRIES)
    assert [row["factor"] for row in rows] == [key for key, _ in FIT_FACTORS]
    pay = next(row for row in rows if row["factor"] == "pay")
    # Columns: newest first, the two Acme rounds merged, Initech (unrated) left out.
    assert [(c["company"], c["role"]) for c in pay["roles"]] == [("Acme", "Designer"), ("Globex", "Design Lead")]
    # Acme's latest round rated pay 2 and wins over the first round's 1 (and its note).
    assert pay["roles"][0]["rating"] == 2 and pay["roles"][0]["note"] == ""
    assert pay["roles"][1]["rating"] == 3 and pay["roles"][1]["best"] and not pay["roles"][0]["best"]
    work = next(row for row in rows if row["factor"] == "work")
    # Acme's work rating comes from the earlier round, since the latest left it unrated.
    assert [c["rating"] for c in work["roles"]] == [3, 4]
    growth = next(row for row in rows if row["factor"] == "growth")
    assert [c["rating"] for c in growth["roles"]] == [None, None]
    assert not any(c["best"] for c in growth["roles"])
    json.dumps(rows)


def test_fit_overview_is_empty_without_ratings():
    assert fit_overview([saved("Initech", "Designer", "2026-02-01")]) == []


# --------------------------------------------------------------------------- wording




def test_wording_uses_only_known_placeholders():
    known = {"company", "role", "round", "iso_date", "date", "today", "n", "question", "rating", "score",
             "out_of", "part", "text", "factor", "note", "count", "cell"}
    assert placeholders("reflection") <= known, placeholders("reflection") - known


def test_templates_fill_for_a_maximal_input():
    data = base(company="C" * 120, role="R" * 120, round="N" * 60,
                questions=[{"question": "Q" * 300, "rating": str(1 + i % 4), **{k: "s" * 1000 for k in
                            ("situation", "task", "action", "result")}} for i in range(15)],
                went_well="w" * 2000, would_change="c" * 2000, still_want_to_know="k" * 2000,
                **{f"fit_{key}": "4" for key, _ in FIT_FACTORS},
                **{f"fit_{key}_note": "n" * 200 for key, _ in FIT_FACTORS})
    values = clean(data)
    for today in (TODAY, None):
        out = reflection.compose(values, at(today))
        assert_safe(render_markdown(out.blocks[0].source))
    assert len(question_bank([data])) == 8
    overview = log_overview([data, dict(data, date="2026-03-04")], TODAY)
    json.dumps(overview.to_dict())
    assert "{" not in json.dumps(overview.to_dict()).replace("{braces}", "").replace('{"', "").replace("{}", "")


# --------------------------------------------------------------------------- the safe tree


def tree_tags(tree) -> list[str]:
    tags = []
    for node in tree:
        if isinstance(node, list):
            tags.append(node[0])
            tags += tree_tags(node[1])
    return tags


def tree_text(tree) -> str:
    return "".join(node if isinstance(node, str) else tree_text(node[1]) for node in tree)


def test_tree_has_the_entry_structure():
    tree = markdown_tree(to_markdown(full_values(), TODAY))
    tags = tree_tags(tree)
    assert tree[0] == ["h2", ["2026-03-03: Product Designer at Acme (Second interview)"]]
    assert {"h3", "h4", "p", "ul", "li", "strong", "em", "br"} <= set(tags)
    assert set(tags) <= ALLOWED_TAGS
    # Every node is [tag, children] or text: nothing else can carry markup or attributes.
    def check(nodes):
        for node in nodes:
            assert isinstance(node, str) or (isinstance(node, list) and len(node) == 2 and isinstance(node[1], list))
            if isinstance(node, list):
                check(node[1])
    check(tree)


def test_tree_shifts_headings_and_caps_them():
    tree = markdown_tree("# a\n\n## b\n\n###### c", shift=2)
    assert [node[0] for node in tree] == ["h3", "h4", "h6"]


def test_tree_keeps_spaces_between_inline_parts():
    [paragraph] = markdown_tree("**a** *b* c")
    assert tree_text([paragraph]) == "a b c"


@pytest.mark.parametrize("payload", PAYLOADS)
def test_tree_never_carries_markup_from_user_text(payload):
    single = squash(payload)
    data = base(company=single[:120], questions=[{"question": single, "rating": "1", "situation": payload}],
                went_well=payload, fit_work="3", fit_work_note=single)
    tree = markdown_tree(to_markdown(clean(data), TODAY), shift=1)
    assert set(tree_tags(tree)) <= ALLOWED_TAGS - {"code", "pre", "blockquote", "hr", "ol"}
    assert single in " ".join(tree_text(tree).split())


def test_tree_of_hostile_unescaped_markdown_is_still_safe():
    hostile = "\n\n".join(PAYLOADS) + "\n\n<script>alert(1)</script>\n\n[a](javascript:x) ![i](x.png) <http://evil>"
    tree = markdown_tree(hostile)
    assert set(tree_tags(tree)) <= ALLOWED_TAGS
    assert "alert(1)" in tree_text(tree)


# --------------------------------------------------------------------------- the log across interviews


TWO = [
    saved("Acme", "Designer", "2026-03-03", questions=[{"question": "Tell me about a failure", "rating": "1",
                                                        "action": "Own it"}], fit_work="2"),
    saved("Globex", "Lead", "2026-03-10", questions=[{"question": "Why leave your job?", "rating": "2"},
                                                     {"question": "Easy", "rating": "4"}], fit_work="4", fit_pay="3"),
    {"company": "Broken", "role": "", "date": "2026-03-12"},  # incomplete: left out
    "junk",
]


def test_log_overview_has_the_bank_the_roles_and_every_entry():
    out = log_overview(TWO, TODAY)
    kinds = [b.type for b in out.blocks]
    headings = [b.text for b in out.blocks if isinstance(b, Heading)]
    assert headings == ["Your question bank", "How the roles compare", "All 2 entries, newest first"]
    bank = next(b for b in out.blocks if isinstance(b, Markdown) and b.label == "Your question bank")
    text = tree_text(bank.tree)
    assert text.index("Why leave your job?") < text.index("Tell me about a failure")  # newest first
    assert "Easy" not in text and "Own it" in text and "Struggled" in text
    downloads = {b.filename: b.content for b in out.blocks if isinstance(b, Download)}
    assert downloads["question-bank.md"].startswith("# Question bank\n\n*Downloaded on Wednesday 4 March 2026.*")
    assert "Why leave your job?" in downloads["question-bank.md"]
    log = downloads["reflection-log.md"]
    assert log.index("Lead at Globex") < log.index("Designer at Acme") and "Broken" not in log
    [table] = [b for b in out.blocks if isinstance(b, Table)]
    assert table.columns == ("What matters", "Lead at Globex", "Designer at Acme")
    assert table.rows[0] == ("The work itself", "Great fit (best)", "Mixed")
    assert [row[0] for row in table.rows] == ["The work itself", "Pay and benefits"]  # unrated factors left out
    entries = [b for b in out.blocks if isinstance(b, Markdown)][1:]
    assert [e.label for e in entries] == ["Your log entry: Lead at Globex", "Your log entry: Designer at Acme"]
    assert entries[0].tree[0][0] == "h4"
    assert kinds.count("markdown") == 3
    json.dumps(out.to_dict())


def test_log_overview_when_empty_or_nothing_to_practise():
    assert [b.type for b in log_overview([], TODAY).blocks] == ["paragraph"]
    out = log_overview([saved("Acme", "Designer", "2026-03-03")], None)
    texts = " ".join(getattr(b, "text", "") for b in out.blocks)
    assert "No questions to practise yet" in texts and "Rate how well a job fits you" in texts
    assert [b.text for b in out.blocks if isinstance(b, Heading)][-1] == "Your entry"


def test_api_reflection_log_and_markdown():
    result = json.loads(api.reflection_log(json.dumps({"a1": TWO[0], "b2": TWO[1]}), context_json("2026-03-04")))
    assert result["ok"] and result["count"] == 2
    assert json.loads(api.reflection_log("{bad", ""))["ok"] is False
    tree = json.loads(api.markdown("## Hi <img src=x onerror=alert(1)>", "1"))
    assert tree == {"ok": True, "tree": [["h3", ["Hi <img src=x onerror=alert(1)>"]]]}
