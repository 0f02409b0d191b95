"""The wording files hold both Englishes side by side, and each reads as its own English.

A wording that British and American English write differently is a ``{ gb = …, us = … }``
pair; a plain string serves both, so it must not hold a spelling or a word that only one of
them uses. The words checked are the ones a reader notices (BRIEF.md: organise/organize,
favour/favor, programme/program, centre/center, analyse/analyze, travelled/traveled,
enquiry/inquiry, learnt/learned; working/business days; Kind/Best regards)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.repo import ROOT
from worksheets.words import wording

BRITISH = re.compile(r"\b(?:organis\w*|personalis\w*|recognis\w*|realis\w*|apologis\w*|prioritis\w*|summaris\w*|"
                     r"analys(?:e|ed|ing)|favour\w*|colour\w*|behaviour\w*|honour\w*|programme\w*|centre\w*|"
                     r"travell\w*|cancell\w*|enquir\w*|learnt|practis\w*|licence|catalogue|judgement|"
                     r"working days?|working morning|Kind regards|fortnight|showing me round)\b", re.IGNORECASE)
AMERICAN = re.compile(r"\b(?:organiz\w*|personaliz\w*|recogniz\w*|realiz\w*|apologiz\w*|prioritiz\w*|summariz\w*|"
                      r"analyz\w*|favor\w*|color\w*|behavior\w*|honor\w*|center\w*|travel(?:ed|ing)|cancel(?:ed|ing)|"
                      r"inquir\w*|business days?|business morning|Best regards|showing me around)\b", re.IGNORECASE)
FILES = sorted(p.stem for p in (ROOT / "worksheets" / "templates").glob("*.toml"))


def _walk(node, path=""):
    """(path, value) of every wording: a plain string, or a {gb, us} pair."""
    if isinstance(node, str) or wording.is_pair(node):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]")


@pytest.mark.parametrize("name", FILES)
def test_a_plain_wording_holds_no_word_of_one_english_only(name):
    for path, value in _walk(wording.raw(name)):
        if isinstance(value, str):
            for pattern in (BRITISH, AMERICAN):
                found = pattern.search(value)
                assert not found, f"templates/{name}.toml {path}: '{found[0]}' is one English's: write it as {{ gb = …, us = … }}"


@pytest.mark.parametrize("name", FILES)
def test_each_english_of_a_pair_is_its_own(name):
    for path, value in _walk(wording.raw(name)):
        if wording.is_pair(value):
            assert value["gb"] != value["us"], f"templates/{name}.toml {path}: the same in both: write it once"
            assert not AMERICAN.search(value["gb"]), f"templates/{name}.toml {path}: American in the gb form"
            assert not BRITISH.search(value["us"]), f"templates/{name}.toml {path}: British in the us form"


@pytest.mark.parametrize("name", FILES)
def test_both_englishes_load_with_the_same_placeholders(name):
    import string

    def fields(node):
        return sorted(f for _, text in _walk(node) if isinstance(text, str)
                      for _, f, _, _ in string.Formatter().parse(text) if f)

    assert fields(wording.load(name, "gb")) == fields(wording.load(name, "us"))


def test_a_pair_is_given_in_one_english_at_a_time():
    assert wording.load("letters", "gb")["sign_off"] == "Kind regards,"
    assert wording.load("letters", "us")["sign_off"] == "Best regards,"
    assert isinstance(wording.raw("letters")["sign_off"], dict)
