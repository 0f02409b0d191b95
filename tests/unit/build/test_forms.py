"""What a form says, as a person reads it: each thing said once, in the right place.

Every worksheet the registry knows is rendered from its declaration, as the build does.
"""

from __future__ import annotations

import re
from html import escape

import pytest

from build.extensions import forms
from worksheets import registry
from worksheets.core.fields import Field, Group

SHEETS = sorted(registry.MODULES)
OPTIONAL = re.compile(r"\boptional\b", re.I)


def render(sheet: str) -> str:
    return forms.render(registry.get(sheet), wheel_url="assets/w.whl", wheel_sha256="ab" * 32)


def entries(sheet: str):
    """Every field and group of a worksheet, groups' own fields included."""
    for entry, _ in placed(sheet):
        yield entry


def placed(sheet: str):
    """Every field and group with the prefix of its id: two groups may each have a field of the
    same name ("detail" of an interviewer and of someone else you met)."""
    for entry in registry.get(sheet).entries:
        yield entry, ""
        if isinstance(entry, Group):
            yield from ((field, f"{entry.name}-[^\"]*") for field in entry.fields)


@pytest.mark.parametrize("sheet", SHEETS)
def test_a_hint_never_says_optional_the_label_does(sheet):
    """"Round (optional)" then "Optional, e.g. …" says it twice: the form marks the label of every
    field that may be left empty (build/extensions/forms.py OPTIONAL), and hints don't repeat it."""
    repeated = [f"{e.name}: {e.hint}" for e in entries(sheet)
                if OPTIONAL.search(e.hint)]
    assert not repeated, f"these hints say 'optional' again; the label already does: {repeated}"


@pytest.mark.parametrize("sheet", SHEETS)
def test_what_may_be_left_empty_says_so_once_after_its_label(sheet):
    html = render(sheet)
    for entry, within in placed(sheet):
        if isinstance(entry, Group):
            legend = re.search(rf'data-ati-group="{entry.name}"[^>]*>\s*<legend>(.*?)</legend>', html, re.S).group(1)
            assert legend.count("(optional)") == (1 if entry.min_items == 0 else 0), (entry.name, legend)
        elif entry.kind != "checkbox":  # a box is there to be ticked or not: nothing to say
            said = re.findall(rf'(?:<label for="[^"]*-{within}{re.escape(entry.name)}">|<legend>){re.escape(escape(entry.label))}(.*?)</(?:label|legend)>', html)
            assert said, entry.name
            assert all(s.count("(optional)") == (0 if entry.required else 1) for s in said), (entry.name, said)


@pytest.mark.parametrize("sheet", SHEETS)
def test_no_section_heading_repeats_the_label_under_it(sheet):
    """A section called "What happened" holding a question called "What happened" reads as the
    same heading twice."""
    ws = registry.get(sheet)
    labels = {e.name: e.label for e in ws.entries}
    for legend, names in ws.fieldsets:
        repeated = [labels[n] for n in names if labels[n].strip().lower() == legend.strip().lower()]
        assert not repeated, f"{sheet}: the section {legend!r} holds a field with the same words"


#: Longer than this, an answer is typed in a box of several lines: a one-line box on a phone
#: shows about 40 characters, and the rest of a long answer scrolls out of sight as it is typed.
ONE_LINE = 150


@pytest.mark.parametrize("sheet", SHEETS)
def test_an_answer_that_may_run_long_is_typed_in_a_box_of_lines(sheet):
    long = [f"{e.name} ({e.max_length})" for e in entries(sheet)
            if isinstance(e, Field) and e.kind == "text" and (e.max_length or 0) > ONE_LINE]
    assert not long, f"one-line boxes for answers over {ONE_LINE} characters: make them textareas: {long}"


@pytest.mark.parametrize("sheet", SHEETS)
def test_a_box_never_cuts_an_answer_without_saying_so(sheet):
    """A box that stops typing (maxlength) holds at least what its field allows, and has a count
    line (form/explain.js fills it near the limit, past it, and when the box is full)."""
    html = render(sheet)
    for tag in re.findall(r"<(?:input|textarea)\b[^>]*>", html):
        if "maxlength=" not in tag:
            continue
        allowed = re.search(r'data-max-length="(\d+)"', tag)
        assert allowed, f"a box stops typing but says no limit: {tag}"
        assert int(re.search(r'maxlength="(\d+)"', tag).group(1)) >= int(allowed.group(1)), tag
        described = re.search(r'aria-describedby="([^"]*)"', tag).group(1).split()
        count = next(d for d in described if d.endswith("-count"))
        assert f'<p class="ati-count" id="{count}" data-ati-count hidden></p>' in html, tag
