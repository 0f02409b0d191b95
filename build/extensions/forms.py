"""Render a worksheet declaration into an accessible HTML form.

Everything visible comes from :mod:`worksheets` declarations, escaped, so the form, the
validation and the saved data can never disagree about a field's name, label or limits.
Ids follow one rule that the browser relies on: ``ati-<worksheet>-<path with dots as
dashes>``, plus ``-hint`` and ``-error`` for a field's hint and error slot.
"""

from __future__ import annotations

import json
from dataclasses import replace
from html import escape
from typing import Mapping

from worksheets.core.fields import Field, Group, Worksheet
from worksheets.stored.shapes import LIMITS

ITEM = "__i__"  # placeholder index in the repeating-group template, replaced by the browser
NUMBER = "__n__"  # placeholder 1-based number


def field_id(worksheet: Worksheet, path: str) -> str:
    return f"ati-{worksheet.id}-" + path.replace(".", "-")


def _attrs(**attrs: object) -> str:
    parts = []
    for key, value in attrs.items():
        if value is None or value is False or (value == "" and key != "value"):
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{escape(str(value))}"')
    return (" " + " ".join(parts)) if parts else ""


def _applies(field: Field, choice: str) -> tuple[str | None, str | None]:
    """(value, words) a choice applies to its shared field, when not the choice itself."""
    return next(((value, words) for c, value, words in field.applies_as if c == choice), (None, None))


#: The one place a form says a field may be left empty: after the label of every field that is
#: not required, and of every group that may stay empty. Hints never say it again (a unit test
#: reads every declaration: tests/unit/build/test_forms.py).
OPTIONAL = ' <span class="ati-optional">(optional)</span>'


def _label_text(field: Field) -> str:
    return escape(field.label) + ("" if field.required else OPTIONAL)


def _limits(field: Field) -> dict:
    """A box never cuts what is typed without a word: it holds twice what the field allows (what
    storage keeps, LIMITS.text_factor), and near the limit, past it, or at the box's end, the
    count under it says so (form/explain.js), as the button's check does."""
    if field.max_length is None or field.kind not in ("text", "email", "tel", "textarea"):
        return {}
    return {"maxlength": field.max_length * LIMITS.text_factor, "data_max_length": field.max_length}


def _scope(field: Field) -> str | None:
    """What a control's ``data-scope`` says to the page: "profile", or "interview" for a value of
    the interview's record or of its application (storage/records.js saves each in its home),
    or nothing for the worksheet's own."""
    return None if field.scope == "worksheet" else "profile" if field.scope == "profile" else "interview"


def _field(ws: Worksheet, field: Field, path: str) -> str:
    fid = field_id(ws, path)
    hint_id, error_id, note_id, count_id = f"{fid}-hint", f"{fid}-error", f"{fid}-note", f"{fid}-count"
    limits = _limits(field)
    described = " ".join(x for x in (hint_id if field.hint else "", error_id, note_id if field.explain else "",
                                     count_id if limits else "") if x)
    # Not a live region: it changes as the person types; form/explain.js speaks it once they pause.
    note = (f'<p class="ati-field-note" id="{note_id}" data-ati-note-for="{escape(path)}" hidden></p>'
            if field.explain else "")
    hint = f'<p class="ati-hint" id="{hint_id}">{escape(field.hint)}</p>' if field.hint else ""
    count = f'<p class="ati-count" id="{count_id}" data-ati-count hidden></p>' if limits else ""
    error = f'<p class="ati-error" id="{error_id}" data-ati-error-for="{escape(path)}" hidden></p>'
    scope = _scope(field)
    common = dict(id=fid, name=path, required=field.required, aria_describedby=described,
                  autocomplete=field.autocomplete or None, placeholder=field.placeholder or None, data_scope=scope,
                  data_applies_to=field.applies_to or None, data_explain=bool(field.explain))
    cond = _condition(ws, field)
    # A choice is its whole row: the label holds the button and its words, so the row is what
    # a finger taps (CSS makes it at least 44 px high and the full width).
    if field.kind in ("radio",):
        options = "".join(
            f'<label class="ati-choice" for="{fid}-{c.value}"><input{_attrs(type="radio", id=f"{fid}-{c.value}", name=path, value=c.value, checked=c.value == field.default, data_ati_default=c.value == field.default, data_scope=scope, data_applies_to=field.applies_to or None, data_applies_as=_applies(field, c.value)[0], data_applies_label=_applies(field, c.value)[1])}>'
            f'<span>{escape(c.label)}</span></label>'
            for c in field.choices
        )
        return (
            f'<fieldset class="ati-field ati-radios" id="{fid}" data-field="{escape(path)}"{_attrs(aria_describedby=described)}{cond}>'
            f"<legend>{_label_text(field)}</legend>{hint}{error}{options}</fieldset>"
        )
    if field.kind == "checkbox":
        on = field.default == "true"  # the publisher's default, e.g. LinkedIn Premium
        box = f'<input{_attrs(type="checkbox", checked=on, data_ati_default=on, **common)}>'
        return (
            f'<div class="ati-field ati-checkbox" data-field="{escape(path)}"{cond}>{error}'
            f'<label class="ati-choice" for="{fid}">{box}<span>{escape(field.label)}</span></label>{hint}</div>'
        )
    if field.kind == "select":
        options = "".join(
            f'<option{_attrs(value=c.value, selected=c.value == field.default, data_ati_default=c.value == field.default)}>{escape(c.label)}</option>'
            for c in field.choices
        )
        control = f"<select{_attrs(**common)}>{options}</select>"
    elif field.kind == "textarea":
        # Two lines for a sentence or two, three for more; the box grows with what is typed (CSS).
        rows = 2 if (field.max_length or 0) <= 300 else 3
        control = f'<textarea{_attrs(rows=rows, **limits, **common)}></textarea>'
    else:
        suggestions = ""
        if field.suggestions:
            suggestions = f'<datalist id="{fid}-list">' + "".join(f'<option value="{escape(s)}"></option>' for s in field.suggestions) + "</datalist>"
        control = f'<input{_attrs(type=field.kind, **limits, value=field.default or None, list=f"{fid}-list" if suggestions else None, **common)}>{suggestions}'
    return (
        f'<div class="ati-field" data-field="{escape(path)}"{cond}>'
        f'<label for="{fid}">{_label_text(field)}</label>{hint}{error}{control}{count}{note}</div>'
    )


def _condition(ws: Worksheet, field: Field) -> str:
    """``show_when`` as data attributes for the browser, hidden from the start when the
    controlling field's default does not show it (the browser re-checks on every change)."""
    if not field.show_when:
        return ""
    name, values = field.show_when
    default = ws.entry(name).default if any(e.name == name for e in ws.entries) else ""
    return _attrs(data_show_when=name, data_show_values=" ".join(values), hidden=default not in values)


def _group_item(ws: Worksheet, group: Group, index: str, number: str) -> str:
    fields = "".join(_field(ws, f, f"{group.name}.{index}.{f.name}") for f in group.fields)
    label = escape(group.item_label).replace("{n}", f'<span data-ati-n>{number}</span>')
    remove_label = escape(group.item_label.replace("{n}", "")).strip()
    return (
        f'<fieldset class="ati-item" data-ati-item><legend>{label}</legend>{fields}'
        f'<button type="button" class="md-button ati-remove" data-ati-remove>Remove this {remove_label.lower()}</button>'
        f"</fieldset>"
    )


def _group(ws: Worksheet, group: Group) -> str:
    fid = field_id(ws, group.name)
    hint = f'<p class="ati-hint" id="{fid}-hint">{escape(group.hint)}</p>' if group.hint else ""
    # At least one block is always shown: an empty one is ignored, not an error.
    items = "".join(_group_item(ws, group, str(i), str(i + 1)) for i in range(max(group.min_items, 1)))
    template = _group_item(ws, group, ITEM, NUMBER)
    return (
        f'<fieldset class="ati-group" id="{fid}" data-ati-group="{escape(group.name)}" '
        f'data-min="{group.min_items}" data-max="{group.max_items}"{_attrs(aria_describedby=f"{fid}-hint" if group.hint else None)}>'
        f"<legend>{escape(group.label)}{OPTIONAL if group.min_items == 0 else ''}</legend>{hint}"
        f'<p class="ati-error" id="{fid}-error" data-ati-error-for="{escape(group.name)}" hidden></p>'
        f"<div data-ati-items>{items}</div>"
        f"<template data-ati-template>{template}</template>"
        f'<button type="button" class="md-button ati-add" data-ati-add>{escape(group.add_label)}</button>'
        f"</fieldset>"
    )


def _entry(ws: Worksheet, name: str) -> str:
    entry = ws.entry(name)
    return _group(ws, entry) if isinstance(entry, Group) else _field(ws, entry, entry.name)


def with_defaults(ws: Worksheet, defaults: Mapping[str, str]) -> Worksheet:
    """The worksheet with some fields' defaults replaced, by field name (in groups too).

    The publisher's settings arrive this way: ``{"country": "GB", "premium": "true"}``.
    """
    def field(f: Field) -> Field:
        return replace(f, default=defaults[f.name]) if f.name in defaults else f

    entries = tuple(replace(e, fields=tuple(map(field, e.fields))) if isinstance(e, Group) else field(e)
                    for e in ws.entries)
    return replace(ws, entries=entries)


def python_attributes(wheel_url: str, wheel_sha256: str, extra_wheels: tuple[tuple[str, str], ...] = (),
                      stdlib: tuple[str, str] = ("", ""), wasm: str = "") -> str:
    """The attributes a block needs to start Python: the worksheets wheel (relative to the
    site root) with its sha256, the pinned third-party wheels it imports (``(url, sha256)``
    each), Python's standard library zip ``(url, sha256)`` (empty: Pyodide's own), and the URL
    of Python's WebAssembly, named by its hash (empty: the plain file name)."""
    extras = json.dumps([{"url": u, "sha256": h} for u, h in extra_wheels])
    stdlib_attributes = (f' data-stdlib="{escape(stdlib[0])}" data-stdlib-sha256="{escape(stdlib[1])}"'
                         if stdlib[0] else "")
    wasm_attribute = f' data-wasm="{escape(wasm)}"' if wasm else ""
    return (f' data-wheel="{escape(wheel_url)}" data-wheel-sha256="{escape(wheel_sha256)}" '
            f'data-extra-wheels="{escape(extras)}"{stdlib_attributes}{wasm_attribute}')


def render(ws: Worksheet, *, wheel_url: str, wheel_sha256: str, extra_wheels: tuple[tuple[str, str], ...] = (),
           defaults: Mapping[str, str] | None = None, stdlib: tuple[str, str] = ("", ""), wasm: str = "") -> str:
    """The whole worksheet block: intro, form (its status line under its button), output region.

    ``wheel_url`` is relative to the site root; the browser resolves it against the
    location of its own modules, so the page's depth and the site's subpath do not matter.
    ``extra_wheels`` are the pinned third-party wheels this worksheet imports, ``(url, sha256)``
    each, installed too; ``stdlib`` is Python's standard library zip, ``(url, sha256)``, or
    empty for Pyodide's default; ``wasm`` the URL of Python's WebAssembly (see
    :func:`python_attributes`). ``defaults`` replaces field defaults by name (see
    :func:`with_defaults`).
    """
    if defaults:
        ws = with_defaults(ws, defaults)
    prefix = f"ati-{ws.id}"
    sets = ws.fieldsets or (("", tuple(e.name for e in ws.entries)),)
    named = {name for _, names in sets for name in names}
    missing = [e.name for e in ws.entries if e.name not in named]
    if missing:
        raise ValueError(f"worksheet {ws.id!r}: entries not in any fieldset: {missing}")
    body = "".join(
        (f'<fieldset class="ati-section"><legend>{escape(legend)}</legend>' if legend else "<div>")
        + "".join(_entry(ws, name) for name in names)
        + ("</fieldset>" if legend else "</div>")
        for legend, names in sets
    )
    return (
        f'<section class="ati-worksheet" id="{prefix}" data-worksheet="{escape(ws.id)}" '
        f'data-schema="{ws.schema_version}"{python_attributes(wheel_url, wheel_sha256, extra_wheels, stdlib, wasm)} '
        f'aria-labelledby="{prefix}-title" data-search-exclude>'
        f'<h2 class="ati-title" id="{prefix}-title" tabindex="-1">{escape(ws.title)}</h2>'
        f'<p class="ati-intro">{escape(ws.intro)}</p>'
        f'<p class="ati-privacy">What you type is saved in this browser only, as you type. Nothing is sent anywhere.</p>'
        f'<div class="ati-banner ati-no-print" role="alert" data-ati-banner hidden></div>'
        + (f'<div class="ati-picker ati-no-print" data-ati-picker></div>' if ws.uses_interviews else "")
        + f'<form class="ati-form ati-no-print" id="{prefix}-form" novalidate aria-labelledby="{prefix}-title">{body}'
        f'<div class="ati-error-summary" role="alert" data-ati-summary tabindex="-1" hidden></div>'
        f'<div class="ati-actions"><button type="submit" class="md-button md-button--primary">{escape(ws.submit_label)}</button>'
        f'<button type="button" class="md-button ati-clear" data-ati-clear>Clear this form</button>'
        # The status sits under the button it reports on: what a press did is seen where it was pressed.
        f'<div class="ati-status" role="status" aria-live="polite" data-ati-status>'
        f'<progress class="ati-progress" data-ati-progress hidden aria-label="Loading"></progress>'
        f'<span class="ati-status-text" data-ati-status-text>The worksheet is loading in the background. You can start typing now.</span></div>'
        f"</div></form>"
        f'<div class="ati-output" id="{prefix}-output" data-ati-output role="region" aria-label="Your results"></div>'
        f"</section>"
    )
