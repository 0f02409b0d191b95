"""The corpus (tests/corpus/timelines.txt): what recruiters, HR and hiring managers say about
when a candidate will hear, scored against the reader. It fails below 90% read exactly, above
3% not read at all, or on any confident reading of the wrong day. The unseen set
(tests/corpus/unseen.txt), written by someone who had not seen the reader, fails on any
confident reading of the wrong day, or below 80% read exactly.

    .venv/bin/python -m pytest tests/unit/worksheets/reading/test_corpus.py -q -s -p no:cacheprovider
    .venv/bin/python -m tests.support.corpus     # the same table, and every case not read exactly
"""

from __future__ import annotations

from collections import Counter

from tests.support import corpus

EXACT_AT_LEAST = 0.90
UNSEEN_EXACT_AT_LEAST = 0.80
UNREAD_AT_MOST = 0.03


def test_the_corpus_is_broad_enough() -> None:
    cases = corpus.load()
    assert len(cases) >= 400
    countries = Counter(case.country for case in cases)
    assert countries["US"] >= 100 and countries["GB"] >= 100
    assert {"IE", "AU", "IN", "CA"} <= set(countries)
    assert len({case.said_on for case in cases}) >= 10
    assert len({case.said_on.weekday() for case in cases}) >= 5
    assert len({(case.said_on, case.country, case.phrase) for case in cases}) == len(cases), "a case is in twice"


def test_the_corpus_is_read() -> None:
    results = corpus.run()
    print("\n" + corpus.table(results))
    total = len(results)
    share = Counter(result.outcome for result in results)
    confident = [result for result in results if result.confident_wrong]
    assert not confident, "confident readings of the wrong day:\n" + corpus.misses(confident)
    assert share["exact"] / total >= EXACT_AT_LEAST, corpus.misses(results)
    assert share["unread"] / total <= UNREAD_AT_MOST, corpus.misses(results)


def test_phrasing_the_reader_was_not_built_around_is_never_read_wrong_with_confidence() -> None:
    results = corpus.run(corpus.load(corpus.FILE.with_name("unseen.txt")))
    print("\n" + corpus.table(results))
    confident = [result for result in results if result.confident_wrong]
    assert not confident, "confident readings of the wrong day:\n" + corpus.misses(confident)
    exact = sum(result.outcome == "exact" for result in results) / len(results)
    assert exact >= UNSEEN_EXACT_AT_LEAST, corpus.misses(results)
