"""mailto links per RFC 6068: typed text can never add a header."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from worksheets.words.mailto import MAX_LENGTH, mailto


def _headers(link: str) -> dict[str, list[str]]:
    query = urlsplit(link).query
    # Split on the literal separators only: an encoded "&" inside a value must not split.
    pairs = [part.split("=", 1) for part in query.split("&") if part]
    out: dict[str, list[str]] = {}
    for key, value in pairs:
        out.setdefault(unquote(key).lower(), []).append(unquote(value))
    return out


def test_subject_and_body_round_trip_with_crlf():
    link = mailto("priya@acme.com", "Thank you: Analyst", "Dear Priya,\n\nThanks.\nSam")
    assert link.startswith("mailto:priya@acme.com?subject=")
    headers = _headers(link)
    assert headers["subject"] == ["Thank you: Analyst"]
    assert headers["body"] == ["Dear Priya,\r\n\r\nThanks.\r\nSam"]
    assert "%0D%0A" in link and "\n" not in link


@pytest.mark.parametrize(
    "evil",
    [
        "x&cc=boss@example.com",
        "x&bcc=all@example.com",
        "x\r\nBcc: all@example.com",
        "x?cc=a@b.c",
        "x#frag&to=a@b.c",
        "x%26cc%3Dboss%40example.com",
    ],
)
def test_typed_text_cannot_add_headers(evil):
    link = mailto("priya@acme.com", f"Subject {evil}", f"Body {evil}")
    headers = _headers(link)
    assert set(headers) == {"subject", "body"}
    assert len(headers["subject"]) == 1 and len(headers["body"]) == 1
    assert "#" not in link
    assert headers["body"][0].startswith("Body x")


def test_address_cannot_carry_extra_recipients_or_headers():
    link = mailto("a@b.com?cc=c@d.com,e@f.com", "s", "b")
    assert urlsplit(link).path == "a@b.com%3Fcc%3Dc@d.com%2Ce@f.com"
    assert set(_headers(link)) == {"subject", "body"}


def test_subject_is_one_line():
    assert _headers(mailto("", "one\ntwo", ""))["subject"] == ["one two"]


def test_unicode_is_utf8_percent_encoded():
    link = mailto("", "Merci, Zoë 👍", "")
    assert "Zo%C3%AB" in link and "%F0%9F%91%8D" in link
    assert link.isascii()


def test_too_long_gives_empty_so_the_page_offers_copy():
    assert mailto("a@b.com", "s", "word " * 1000) == ""
    assert len(mailto("a@b.com", "s", "w" * 100)) <= MAX_LENGTH


def test_no_recipient_is_allowed():
    assert mailto("", "Hi", "there") == "mailto:?subject=Hi&body=there"


@pytest.mark.parametrize("text", ["Thank you & see you Monday?", "50% = half #1", "Zoë Ó Briain <zoe@example.ie>",
                                  "line one\r\nline two\ttab", "a+b/c:d;e,f!g$h'i(j)k*l", "Ünïcödé – 😀", "[x] {y} |z| ^ ` \\"])
@pytest.mark.parametrize("safe", ["", "@.-_~+!$'*"])
def test_the_encoding_is_what_urllib_quote_gives(text, safe):
    """The link's encoder is written out (urllib.parse would bring ipaddress to every page):
    byte for byte what the standard library gives."""
    from urllib.parse import quote

    from worksheets.words.mailto import _encode

    assert _encode(text, safe) == quote(text, safe=safe, encoding="utf-8", errors="strict")
