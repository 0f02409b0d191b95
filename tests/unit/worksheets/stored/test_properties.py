"""Random and hostile backups thrown at the storage check (worksheets/stored/check.py) and the
import report (worksheets/stored/report.py), in CPython: whatever comes in, nothing raises,
only items of a shape the site saves pass, and what passes is exactly that shape.

Hypothesis runs derandomized, without its example database, a bounded number of examples
each: the same cases on every machine, in a few seconds.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as st

from worksheets.stored.report import report
from worksheets.stored.shapes import LIMITS, describe
from worksheets.stored.check import check_text, check_value, depth, kind_of

D = describe()
ID = "0123456789abcdef"
PROPERTY = settings(max_examples=100, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(PROPERTY, max_examples=12)  # each example is a megabyte or so

# ------------------------------------------------------------------ text from every plane, and markup

CHARS = st.one_of(
    st.characters(),  # every plane but lone surrogates
    st.characters(min_codepoint=0x10000),  # astral: two UTF-16 units each, as the browser counts
    st.characters(categories=["Cs"]),  # lone surrogates, as JSON's \ud800 writes them
    st.characters(categories=["Cc", "Cf", "Zl", "Zp"]),  # controls, bidi marks, line separators
)
MARKUP = st.sampled_from(["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "javascript:alert(1)",
                          "{{constructor.constructor('alert(1)')()}}", "\u202eevil", "\x00", "' OR 1=1 --"])
TEXT = st.one_of(st.text(CHARS, max_size=40), MARKUP)
HOSTILE_KEYS = st.sampled_from(["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf",
                                "__defineGetter__", "format", "v", "data", "output", "edits", "__key", "0", "-1", ""])
FIELD_NAMES = st.sampled_from(sorted({name for kind in D["kinds"] for name in kind["top"].get("data", {}).get("fields", {})}))
KEYS = st.one_of(HOSTILE_KEYS, FIELD_NAMES, TEXT)

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=-(2**80), max_value=2**80),
                    st.floats(allow_nan=False, allow_infinity=False), TEXT)
JSONISH = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                       max_leaves=25)

KNOWN = [f"interview:{ID}", "profile", *(k["pattern"].replace("[0-9a-f]{4,32}", ID) for k in D["kinds"][2:])]
NAMES = st.one_of(
    st.sampled_from(KNOWN),
    st.sampled_from(KNOWN).map(lambda name: f"{name}:unreadable:2026-11-25T09:30:00.000Z"),
    st.sampled_from(["__proto__", "constructor", "interview:__proto__", "../../evil", "..\\..\\evil", "/etc/passwd",
                     "ati:/other-site/:profile", "ati:/after-the-interview/:profile", "profile\n", " profile",
                     "interview:" + "a" * 100_000, "worksheet:thank-you", "meta:", "meta:everything"]),
    TEXT,
)

# ------------------------------------------------------------------ valid records, built from the description


def text_for(spec: dict) -> st.SearchStrategy:
    if "choices" in spec:
        return st.sampled_from(["", *spec["choices"]])
    if "pattern" in spec:
        return st.just("") | st.from_regex(spec["pattern"], fullmatch=True)
    return st.text(CHARS, max_size=min(spec.get("max", 60), 60) // 2)  # // 2: astral characters count twice


def value_for(spec: dict) -> st.SearchStrategy:
    kind = spec["t"]
    if kind == "text":
        return text_for(spec)
    if kind == "bool":
        return st.booleans()
    if kind == "group":
        return st.lists(fields_for(spec["fields"]), max_size=min(spec["max"], 3))
    if kind == "fields":
        return fields_for(spec["fields"])
    if kind == "version":
        return st.integers(1, spec["newest"])
    if kind == "const":
        return st.just(spec["value"])
    if kind == "edits":
        return st.dictionaries(TEXT, st.text(CHARS, max_size=80), max_size=4)
    if kind == "ticks":
        return st.dictionaries(st.from_regex(spec["key"], fullmatch=True), st.booleans(), max_size=6)
    return st.none() | st.builds(lambda blocks: {"blocks": blocks}, st.lists(block(), max_size=3))


def fields_for(specs: dict) -> st.SearchStrategy:
    need = {k: value_for(s) for k, s in specs.items() if s.get("need")}
    return st.fixed_dictionaries(need, optional={k: value_for(s) for k, s in specs.items() if not s.get("need")})


TREE = st.recursive(TEXT, lambda inner: st.tuples(st.sampled_from(D["treeTags"]), st.lists(inner, max_size=3)).map(list),
                    max_leaves=10)


def part_for(spec: dict) -> st.SearchStrategy:
    kind = spec["t"]
    if kind == "int":
        return st.integers(0, LIMITS.number)
    if kind == "texts":
        return st.lists(TEXT, max_size=3)
    if kind == "rows":
        return st.lists(st.lists(TEXT, max_size=3), max_size=3)
    if kind == "tree":
        return st.lists(TREE, max_size=3)
    if "choices" in spec:
        return st.sampled_from(spec["choices"])
    return st.from_regex(spec["pattern"], fullmatch=True) if "pattern" in spec else TEXT


def block() -> st.SearchStrategy:
    return st.sampled_from(sorted(D["blocks"])).flatmap(lambda name: st.fixed_dictionaries(
        {k: part_for(s) for k, s in D["blocks"][name].items() if s.get("need") or k == "type"},
        optional={k: part_for(s) for k, s in D["blocks"][name].items() if not s.get("need") and k != "type"}))


VALID = st.sampled_from(KNOWN).flatmap(lambda name: st.tuples(st.just(name), fields_for(kind_of(D, name)[0]["top"])))

# ------------------------------------------------------------------ what must hold


def declared_only(value, specs: dict) -> bool:
    """Every key of a cleaned record is declared, all the way down."""
    for key, item in value.items():
        spec = specs[key]
        if spec["t"] == "fields" and not declared_only(item, spec["fields"]):
            return False
        if spec["t"] == "group" and not all(declared_only(entry, spec["fields"]) for entry in item or []):
            return False
    return True


def assert_trustworthy(name: str, verdict) -> None:
    if not verdict.ok:
        assert verdict.reason
        return
    found = kind_of(D, name)
    assert found, name  # only names the site saves pass
    kind, aside = found
    if aside:
        assert isinstance(verdict.value, str)
        return
    assert declared_only(verdict.value, kind["top"])
    again = check_text(D, name, json.dumps(verdict.value))  # what passed passes again, untouched
    assert again.ok and again.dropped == [] and again.value == verdict.value
    assert depth(verdict.value) <= LIMITS.depth


@PROPERTY
@given(NAMES, JSONISH)
def test_random_values_under_any_name_never_raise_and_only_valid_shapes_pass(name, value):
    assert_trustworthy(name, check_text(D, name, json.dumps(value)))


@PROPERTY
@given(NAMES, st.one_of(st.text(CHARS, max_size=200), st.none(), st.sampled_from(["NaN", "[Infinity]", "{\"a\":-Infinity}",
                                                                                     "\ufeff{}", "{}garbage", "[" * 5000])))
def test_random_text_never_raises(name, raw):
    assert_trustworthy(name, check_text(D, name, raw))


@PROPERTY
@given(VALID)
def test_every_record_of_the_declared_shape_passes_untouched(item):
    name, value = item
    verdict = check_text(D, name, json.dumps(value))
    assert verdict.ok, (name, verdict.reason, verdict.where)
    assert verdict.dropped == [] and verdict.value == value


@settings(PROPERTY, max_examples=60)
@given(VALID, st.data())
def test_a_valid_record_with_one_part_replaced_is_trimmed_or_refused_never_trusted(item, data):
    name, value = item
    target = value.get("data") if isinstance(value.get("data"), dict) and value["data"] and data.draw(st.booleans()) else value
    key = data.draw(st.one_of(st.sampled_from(sorted(target)), KEYS))
    target[key] = data.draw(JSONISH)
    assert_trustworthy(name, check_text(D, name, json.dumps(value)))


@PROPERTY
@given(st.sampled_from(KNOWN), st.integers(LIMITS.depth - 6, LIMITS.depth + 50), st.sampled_from(["[", "{\"a\":"]))
def test_nesting_past_the_limit_never_passes(name, levels, opener):
    closer = "]" if opener == "[" else "}"
    raw = json.dumps({"format": "after-the-interview", "v": 1, "data": {}, "x": json.loads(opener * levels + "1" + closer * levels)})
    verdict = check_text(D, name, raw)
    assert_trustworthy(name, verdict)
    if levels + 1 > LIMITS.depth:
        assert not verdict.ok and verdict.reason == "deep"


@FEW
@given(st.sampled_from(KNOWN), st.integers(1, 2), st.sampled_from(["x", "\U0001F600", "\n", "\"", "<"]))
def test_huge_values_never_pass(name, times, char):
    raw = json.dumps({"format": "after-the-interview", "v": 1, "data": {"notes": char * (LIMITS.value // len(char) * times)}})
    verdict = check_text(D, name, raw)
    assert not verdict.ok and verdict.reason in ("large", "long", "shape")


@PROPERTY
@given(st.lists(st.one_of(st.tuples(NAMES, JSONISH.map(json.dumps)).map(list), VALID.map(lambda i: [i[0], json.dumps(i[1])]),
                          st.tuples(NAMES, st.none()).map(list), JSONISH), max_size=8))
def test_the_report_on_any_backup_never_raises_and_imports_only_what_passes(items):
    out = report(items)
    assert len(out["items"]) == len(items)
    for item, verdict in zip(items, out["items"]):
        assert verdict["label"] and isinstance(verdict["label"], str)
        if verdict["import"]:
            name, raw = item
            stored = verdict["value"] if isinstance(verdict["value"], str) else json.dumps(verdict["value"])
            if not isinstance(verdict["value"], str):
                again = check_value(D, name, json.loads(stored), len(stored))
                assert again.ok and again.dropped == []
        else:
            assert verdict["reason"] and "{" not in verdict["reason"]
