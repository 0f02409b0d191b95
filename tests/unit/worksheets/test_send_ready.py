"""Send-ready: every scenario through every worksheet, read as the person receiving it would.

The rules a careful job seeker would hold a draft to are asserted for every message of every
scenario in ``tests/support/scenarios.py``: the right person, in the right voice; no sentence
shared between two people of one panel; no date on a non-working day; no code words, doubled
words or stray punctuation; sentences that hold whatever was typed; short enough to read on
a phone. A dozen scenarios are also kept whole as readable files in ``tests/golden/``, so a
review shows every change of wording as a diff: after changing wording on purpose, run
``UPDATE_GOLDEN=1 ./dev test tests/unit/worksheets/test_send_ready.py`` and read the diff.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.support.scenarios import GOLDEN, SCENARIOS, Scenario, by_name, run, sheets_for
from tests.support.moment import at
from worksheets.sheets import interview
from worksheets.core import people
from worksheets.plan import actions as plan
from worksheets.days.business import is_business_day
from worksheets.days.days_off import closed_days
from worksheets.sheets.linkedin import linkedin_length
from worksheets.core.validation import validate
from tests.support.repo import ROOT

GOLDEN_DIR = ROOT / "tests" / "golden"
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = {m: i for i, m in enumerate("January February March April May June July August September October "
                                     "November December".split(), 1)}

#: Words of code that must never reach a person (values, keys, Python and JS literals).
CODE_WORDS = re.compile(r"\b(?:None|True|False|null|undefined|NaN|\w+_\w+)\b|[{}]|\[object")
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
BAD_PUNCTUATION = re.compile(r" [,.;:?!]|[,;:]\.|\.\.(?!\.)|\?\.|\.\?|\?\?|,,|  |\(\)|''|\bon (?:today|tomorrow|yesterday)\b")
LOWER_AFTER_STOP = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMx)(?<!\bMrs)(?<!\bProf)(?<!\bSt)[.?!] [a-z]")


def outputs(scenario: Scenario) -> dict[str, dict[str, Any]]:
    found = {}
    for sheet in sheets_for(scenario):
        result = run(scenario, sheet)
        assert result["ok"], (scenario.name, sheet, result.get("errors") or result.get("failure"))
        found[sheet] = result["output"]
    return found


def messages(output: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in output["blocks"] if b["type"] == "message"]


def typed_text(scenario: Scenario) -> str:
    """Everything the person typed, so a check can tell their words from ours."""
    parts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk([scenario.record, scenario.profile, scenario.sheets])
    return "\n".join(parts)


def middle_sentences(body: str) -> list[str]:
    """The sentences between the greeting and the sign-off."""
    paragraphs = body.split("\n\n")[1:-1]
    return [s for p in paragraphs for s in re.split(r"(?<=[.?!])\s+", p.replace("\n", " ")) if s.strip()]


def ours(text: str, typed: str) -> str:
    """``text`` with the person's own words taken out (their spelling is theirs to choose)."""
    for piece in sorted({p for p in re.split(r"\n", typed) if len(p) > 1}, key=len, reverse=True):
        text = text.replace(piece, "§")
    return text


PARAMS = [pytest.param(s, id=s.name) for s in SCENARIOS]


def test_there_are_at_least_forty_scenarios_with_distinct_names():
    assert len(SCENARIOS) >= 40
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)
    assert all(name in {s.name for s in SCENARIOS} for name in GOLDEN)


@pytest.mark.parametrize("scenario", PARAMS)
def test_every_worksheet_answers(scenario):
    assert outputs(scenario)


@pytest.mark.parametrize("scenario", PARAMS)
def test_no_code_words_doubled_words_or_stray_punctuation(scenario):
    typed = typed_text(scenario)
    for sheet, output in outputs(scenario).items():
        for block in output["blocks"]:
            for key in ("text", "heading", "subject", "body", "note", "label", "caption"):
                value = block.get(key)
                if not isinstance(value, str) or not value:
                    continue
                mine = ours(value, typed)
                assert not CODE_WORDS.search(mine), (sheet, key, CODE_WORDS.search(mine)[0], value)
                assert not DOUBLED_WORD.search(mine), (sheet, key, DOUBLED_WORD.search(mine)[0], value)
                for line in mine.splitlines():
                    assert not BAD_PUNCTUATION.search(line), (sheet, key, BAD_PUNCTUATION.search(line)[0], value)
                    if key in ("body", "text"):
                        assert not LOWER_AFTER_STOP.search(line), (sheet, key, LOWER_AFTER_STOP.search(line)[0], value)
                assert value == value.strip() and "\n\n\n" not in value, (sheet, key, value)


@pytest.mark.parametrize("scenario", PARAMS)
def test_no_two_people_of_a_panel_share_a_sentence(scenario):
    found = outputs(scenario)
    thanks = [m for m in messages(found["thank-you"]) if m["heading"].startswith("Email to")]
    assert len(thanks) == scenario.written_to
    owner: dict[str, str] = {}
    for message in thanks:
        for sentence in middle_sentences(message["body"]):
            assert owner.setdefault(sentence, message["heading"]) == message["heading"], (sentence, owner[sentence])
    notes = [m["body"] for m in messages(found["linkedin"])]
    sign_offs = {note.rsplit(". ", 1)[-1] for note in notes if note.endswith(scenario.profile["your_name"].split()[0])}
    sentences = [s for note in notes for s in re.split(r"(?<=[.?!])\s+", note) if s not in sign_offs]
    assert len(sentences) == len(set(sentences)), [s for s in sentences if sentences.count(s) > 1]


@pytest.mark.parametrize("scenario", PARAMS)
def test_nothing_is_due_on_a_non_working_day(scenario):
    values = validate(interview.WORKSHEET, {**scenario.profile, **scenario.record}).values
    closed = closed_days(values, values["date"])
    for action in plan.plan(values, at(scenario.today, scenario.time)):
        if action.kind in ("decision", "offer_deadline"):
            continue  # their date and the other employer's: as given, even on a Saturday
        assert is_business_day(action.day, closed), (action.kind, action.day, action.title)
    for sheet, output in outputs(scenario).items():
        for block in output["blocks"]:
            if block["type"] == "notice" and block["tone"] == "deadline" or block["type"] == "message":
                text = block.get("text") or block.get("heading") or ""
                claim = re.split(r"(?<=[.?!]) ", text)[0]  # what to do and when; the rest explains
                for day in mentioned_dates(claim, values["date"]):
                    assert is_business_day(day, closed), (sheet, day, text)


def mentioned_dates(text: str, near: dt.date) -> list[dt.date]:
    """Dates written out in full ("Friday 11 December 2026", "Monday 30 November")."""
    found = []
    for weekday, day, month, year in re.findall(rf"({'|'.join(WEEKDAYS)}) (\d{{1,2}}) ({'|'.join(MONTHS)})(?: (\d{{4}}))?", text):
        candidates = [int(year)] if year else [near.year, near.year + 1]
        for y in candidates:
            try:
                date = dt.date(y, MONTHS[month], int(day))
            except ValueError:
                continue
            if WEEKDAYS[date.weekday()] == weekday:
                found.append(date)
                break
    return found


@pytest.mark.parametrize("scenario", PARAMS)
def test_every_message_goes_to_the_right_person_in_the_right_voice(scenario):
    values = {**scenario.profile, **scenario.record}
    found = outputs(scenario)
    contact = people.contact(values)
    consultant = people.consultant(values)
    for message in messages(found["follow-up"]):
        assert_greets(message, contact)
        if scenario.record.get("agency"):
            assert message["to"] == (consultant.email if consultant else "")
    panel = {p.name: p for p in people.interviewers(values)}
    for message in messages(found["thank-you"]):
        name = next((n for n in panel if message["heading"] in (f"Email to {n}", f"Email to {n}, {panel[n].title}")), "")
        others = {p["name"]: p for p in scenario.record.get("others") or [] if p.get("email")}
        if name in panel:
            assert_greets(message, panel[name])
            assert message["to"] == panel[name].email
            copy = consultant is not None and (scenario.record.get("thanks_via") or "cc") == "cc"
            assert message["cc"] == (consultant.email if copy else "")
        elif message["heading"].removeprefix("Email to ") in others:
            other = others[message["heading"].removeprefix("Email to ")]
            assert message["to"] == other["email"] and message["body"].startswith(f"Dear {other['name'].split()[0]},")
        else:
            assert consultant is not None and message["heading"] == f"Note to your consultant, {consultant.name}"
            assert_greets(message, consultant)
    if "outcomes" in found:
        for message in messages(found["outcomes"]):
            to = next((p for p in (people.consultant(values), people.coordinator(values), *panel.values())
                       if p and message["heading"].endswith(f", to {p.name}")), None)
            assert to is not None, message["heading"]
            assert_greets(message, to)
            if to.role == "consultant":  # never met, perhaps: no "meet you", no "our conversation"
                assert "meet you" not in message["body"] and "speak with you" not in message["body"]
            if scenario.record.get("format") in ("phone", "video"):
                assert "meet you" not in message["body"]
    for message in messages(found["follow-up"]):
        said = "you mentioned" in message["body"].lower()
        source = scenario.record.get("timeline_from") or "interviewers"
        told_them = contact is not None and (contact.role == source[:-1] if source.endswith("s") else contact.role == source)
        assert said == (told_them and bool(scenario.record.get("timing") or scenario.record.get("expected"))
                        and "Decision expected" in found["follow-up"]["blocks"][0]["text"]), message["body"]


def assert_greets(message: dict[str, Any], person: people.Person | None) -> None:
    if not message.get("subject"):  # a message on LinkedIn: less formal
        expected = f"Hi {person.casual}," if person else "Hello,"
    else:
        expected = f"Dear {person.greeting}," if person else "Hello,"
    assert message["body"].split("\n", 1)[0] == expected, (message["heading"], message["body"][:60])


@pytest.mark.parametrize("scenario", PARAMS)
def test_messages_are_short_enough_to_read_on_a_phone(scenario):
    found = outputs(scenario)
    limits = {"thank-you": (30, 150), "follow-up": (40, 120), "outcomes": (40, 130), "process": (40, 150)}
    for sheet, (low, high) in limits.items():
        for message in messages(found.get(sheet, {"blocks": []})):
            if sheet == "process" and message["mailto"] == "":
                continue  # the salary note is for the person, not to send
            words = len(message["body"].split())
            assert low <= words <= high, (sheet, message["heading"], words, message["body"])
    for message in messages(found["linkedin"]):
        assert linkedin_length(message["body"]) <= message["limit"]


@pytest.mark.parametrize("scenario", PARAMS)
def test_names_are_spelled_as_typed(scenario):
    found = outputs(scenario)
    for message in messages(found["thank-you"]):
        greeting = message["body"].split("\n", 1)[0]
        name = greeting.removeprefix("Dear ").removesuffix(",")
        typed = typed_text(scenario).split()
        assert all(word in typed for word in name.split()), greeting  # "Dr. Núñez" from "Dr. José Núñez"


# ---------- golden files: whole outputs, readable, reviewed as diffs ----------

def readable(scenario: Scenario) -> str:
    lines = [f"# {scenario.name}", f"# pressed on {scenario.today} at {scenario.time}", ""]
    for sheet, output in outputs(scenario).items():
        lines.append(f"======== {sheet} ========")
        for block in output["blocks"]:
            kind = block["type"]
            if kind == "message":
                lines += ["", f"--- {block['heading']} ---"]
                for key, label in (("to", "To"), ("cc", "Cc"), ("subject", "Subject")):
                    if block.get(key):
                        lines.append(f"{label}: {block[key]}")
                lines += ["", block["body"]]
                if block.get("note"):
                    lines += ["", f"(note: {block['note']})"]
                lines.append("---")
            elif kind == "download":
                lines.append(f"[file: {block['filename']}, {block['content'].count('BEGIN:VEVENT')} reminders]")
            elif kind in ("heading", "paragraph", "notice"):
                prefix = {"heading": "## ", "paragraph": "", "notice": f"[{block.get('tone')}] "}[kind]
                lines.append(prefix + block["text"])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


@pytest.mark.parametrize("name", GOLDEN)
def test_golden_outputs(name):
    path = GOLDEN_DIR / f"{name}.txt"
    text = readable(by_name(name))
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN_DIR.mkdir(exist_ok=True)
        path.write_text(text, "utf-8")
    assert path.exists(), f"no golden file yet: run UPDATE_GOLDEN=1 ./dev test {__file__}"
    expected = path.read_text("utf-8")
    if text != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True), "golden", "now"))
        pytest.fail(f"{name}: the wording changed (UPDATE_GOLDEN=1 to accept, after reading it):\n{diff}")


# ---------- the person's English, how news came, what comes next, time words ----------

#: Spellings and words one English uses and the other does not (the person's own text aside).
BRITISH_ONLY = re.compile(r"\b(?:organis\w*|personalis\w*|recognis\w*|realis\w*|apologis\w*|prioritis\w*|summaris\w*|"
                          r"analys(?:e|ed|ing)|favour\w*|colour\w*|behaviour\w*|honour\w*|programme\w*|centre\w*|"
                          r"travell\w*|cancell\w*|enquir\w*|learnt|practis\w*|licence|catalogue|judgement|fulfil|"
                          r"working days?|working morning|Kind regards|fortnight)\b", re.IGNORECASE)
AMERICAN_ONLY = re.compile(r"\b(?:organiz\w*|personaliz\w*|recogniz\w*|realiz\w*|apologiz\w*|prioritiz\w*|summariz\w*|"
                           r"analyz\w*|favor\w*|color\w*|behavior\w*|honor\w*|center\w*|travel(?:ed|ing)|cancel(?:ed|ing)|"
                           r"inquir\w*|business days?|business morning|Best regards|résumé)\b", re.IGNORECASE)
MONTH_NAMES = "|".join(MONTHS)
SHORT_DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
BRITISH_DATE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}) \d{{1,2}} (?:{MONTH_NAMES})\b|\b(?:{SHORT_DAYS}) \d{{1,2}} (?:{SHORT_MONTHS})\b")
AMERICAN_DATE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}), (?:{MONTH_NAMES}) \d|\b(?:{SHORT_DAYS}), (?:{SHORT_MONTHS}) \d")
TWENTY_FOUR_HOUR = re.compile(r"\b(?:[01]\d|2[0-3]):[0-5]\d\b(?! ?[AP]M)")
TWELVE_HOUR = re.compile(r"\b\d{1,2}:\d\d ?[AP]M\b")


def english(scenario: Scenario) -> str:
    from worksheets.core.voice import english_of

    return english_of({**scenario.profile, **scenario.record})


def our_texts(scenario: Scenario):
    """(sheet, key, our words) of every block: what the site wrote, the person's own words aside."""
    typed = typed_text(scenario)
    for sheet, output in outputs(scenario).items():
        for block in output["blocks"]:
            for key in ("text", "heading", "subject", "body", "note", "label"):
                value = block.get(key)
                if isinstance(value, str) and value:
                    yield sheet, key, ours(value, typed)


def test_both_englishes_are_in_the_harness():
    found = {english(s) for s in SCENARIOS}
    assert found == {"gb", "us"}
    assert len([s for s in SCENARIOS if english(s) == "us"]) >= 15


@pytest.mark.parametrize("scenario", PARAMS)
def test_spelling_dates_and_times_are_the_persons_english(scenario):
    american = english(scenario) == "us"
    wrong_words, wrong_date, wrong_time = ((BRITISH_ONLY, BRITISH_DATE, TWENTY_FOUR_HOUR) if american
                                           else (AMERICAN_ONLY, AMERICAN_DATE, TWELVE_HOUR))
    for sheet, key, text in our_texts(scenario):
        for pattern in (wrong_words, wrong_date, wrong_time):
            found = pattern.search(text)
            assert not found, (scenario.name, sheet, key, found and found[0], text)


@pytest.mark.parametrize("scenario", [s for s in PARAMS if s.values[0].record.get("stage") == "rejected"])
def test_a_reply_fits_how_the_news_came(scenario):
    how = scenario.record.get("news_by") or "email"
    reply = messages(outputs(scenario)["outcomes"])[0]
    if how == "email":
        assert reply["subject"].startswith("Re: ") and "same thread" in reply["note"]
        return
    assert not reply.get("subject", "").startswith("Re:") and "same thread" not in reply["body"] + reply.get("note", "")
    if how == "phone":
        assert "call" in reply["subject"].lower() and "calling me" in reply["body"], reply
    if how == "linkedin":
        assert not reply.get("subject") and not reply.get("mailto") and reply["body"].startswith("Hi ")


ASKED_ABOUT = {"another_round": "next round", "final_round": "final round", "assessment": "assessment",
               "references": "reference checks", "decision": "a decision", "unknown": "next steps"}


@pytest.mark.parametrize("scenario", PARAMS)
def test_a_follow_up_asks_about_what_comes_next(scenario):
    next_stage = scenario.record.get("next_stage") or "unknown"
    for message in messages(outputs(scenario)["follow-up"]):
        assert ASKED_ABOUT[next_stage] in message["body"], (next_stage, message["body"])
        if next_stage not in ("decision", "unknown"):
            assert "a decision" not in message["body"]


@pytest.mark.parametrize("scenario", [s for s in PARAMS if s.values[0].today == s.values[0].record.get("date")])
def test_a_message_written_on_the_day_never_names_it_as_a_weekday(scenario):
    day = dt.date.fromisoformat(scenario.today)
    weekday = WEEKDAYS[day.weekday()]
    named = re.compile(rf"\bon {weekday}\b(?!,? (?:\d|{MONTH_NAMES}))")
    for sheet, output in outputs(scenario).items():
        for message in messages(output):
            for key in ("subject", "body"):
                assert not named.search(message.get(key) or ""), (sheet, key, message[key])
