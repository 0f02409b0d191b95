"""LinkedIn notes (step 4): counted the way LinkedIn might count, always within the limit,
personal, never asking for the job, and sent at the right time."""

from __future__ import annotations

import itertools
import json
import re
import string

import pytest

from worksheets import linkedin, wording
from worksheets.linkedin import LIMIT_FREE, LIMIT_PREMIUM, WORKSHEET, draft_note, linkedin_length
from worksheets.output import Message, Notice
from worksheets.validation import validate


def base(**extra) -> dict:
    data = {"company": "Acme", "role": "Product Designer", "your_name": "Sam Lee",
            "people": [{"name": "Priya Shah", "relationship": "recruiter", "noted": "the move to a four-day week"}]}
    data.update(extra)
    return data


def clean(data: dict) -> dict:
    result = validate(WORKSHEET, data)
    assert result.ok, result.errors
    return result.values


def messages(values: dict) -> list[Message]:
    return [b for b in linkedin.compose(values).blocks if isinstance(b, Message)]


def notes(values: dict) -> list[str]:
    return [m.body for m in messages(values)]


# --------------------------------------------------------------------------- counting


@pytest.mark.parametrize("text, expected", [
    ("", 0),
    ("abc", 3),
    ("👍", 2),                       # astral: a surrogate pair
    ("👩\u200d💻", 5),               # woman technologist: 2 + ZWJ + 2
    ("👍🏽", 4),                      # skin-tone modifier is astral too
    ("e\u0301", 2),                  # combining acute counts on its own
    ("é", 1),                        # precomposed
    ("\u0958", 2),                   # NFC expands this one: the longer count wins
    ("a\nb", 4),                     # a line break may travel as CR LF
    ("a\r\nb", 4),
    ("🇬🇧", 4),                      # a flag is two regional indicators
])
def test_linkedin_length(text, expected):
    assert linkedin_length(text) == expected


def test_length_never_undercounts_javascript():
    """JavaScript's ``length`` is the UTF-16 length; ours is never smaller."""
    for text in ("plain", "emoji 👍👩\u200d💻", "combining e\u0301\u0302", "mixed\nlines"):
        assert linkedin_length(text) >= len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------- declaration


def test_required_fields():
    errors = validate(WORKSHEET, {}).errors
    assert {"company", "role", "your_name", "people.0.name"} <= set(errors)


def test_person_needs_name_and_known_relationship():
    errors = validate(WORKSHEET, base(people=[{"noted": "x", "relationship": "boss"}])).errors
    assert {"people.0.name", "people.0.relationship"} <= set(errors)


def test_noted_is_short():
    errors = validate(WORKSHEET, base(people=[{"name": "A", "relationship": "other", "noted": "x" * 201}])).errors
    assert "people.0.noted" in errors


def test_checkboxes_are_booleans():
    values = clean(base(premium="on", people=[{"name": "A", "relationship": "interviewer", "invited": "true"}]))
    assert values["premium"] is True and values["people"][0]["invited"] is True


def test_every_entry_is_in_exactly_one_fieldset():
    named = [name for _, names in WORKSHEET.fieldsets for name in names]
    assert sorted(named) == sorted(e.name for e in WORKSHEET.entries)


# --------------------------------------------------------------------------- the notes


def test_note_is_personal_and_counted():
    values = clean(base())
    [message] = messages(values)
    assert "Priya" in message.body and "the move to a four-day week" in message.body
    assert "Acme" in message.body and "Product Designer" in message.body
    assert message.note.startswith(f"{linkedin_length(message.body)} / {LIMIT_FREE} characters")
    assert "\n" not in message.body


def test_premium_limit_is_shown_and_used():
    detail = "how the team rebuilt the booking app in six months with a design system they wrote themselves"
    people = [{"name": "Tom Jones", "relationship": "interviewer", "noted": detail}]
    free = messages(clean(base(people=people)))[0]
    premium = messages(clean(base(people=people, premium=True)))[0]
    assert f"/ {LIMIT_FREE} characters" in free.note and f"/ {LIMIT_PREMIUM} characters" in premium.note
    assert detail in premium.body and detail not in free.body
    assert linkedin_length(free.body) <= LIMIT_FREE < linkedin_length(premium.body) <= LIMIT_PREMIUM


def test_optional_phrases_go_before_the_detail_is_trimmed():
    detail = "the move to a four-day week and what it meant for the team"
    note = draft_note({"name": "Priya Shah", "relationship": "recruiter", "noted": detail},
                      {"company": "Acme", "role": "Product Designer", "your_name": "Sam Lee",
                       "your_first_name": "Sam", "limit": "200"}, 0, LIMIT_FREE)
    assert detail in note  # kept whole ...
    assert "Best wishes" not in note  # ... because the sign-off went first
    assert linkedin_length(note) <= LIMIT_FREE


def test_long_detail_is_trimmed_at_a_word_boundary():
    words = ("the long and winding story of how the platform team migrated every service to the new "
             "cluster while keeping the lights on for customers in three time zones").split()
    note = notes(clean(base(people=[{"name": "Tom Jones", "relationship": "interviewer", "noted": " ".join(words)}])))[0]
    assert linkedin_length(note) <= LIMIT_FREE
    assert note.endswith("…")
    kept = re.search(r"about (.*)…$", note).group(1).split()
    assert kept == words[: len(kept)] and 0 < len(kept) < len(words)


LONG = {
    "plain": "word " * 40,
    "emoji": "👩\u200d💻 " * 60,
    "combining": "e\u0301\u0302 " * 60,
    "one word": "x" * 200,
    "flags": "🇬🇧🇫🇷" * 40,
}


@pytest.mark.parametrize("premium, relationship, invited, kind",
                         list(itertools.product([False, True], ["recruiter", "interviewer", "other"], [False, True], LONG)))
def test_every_note_fits_for_long_inputs(premium, relationship, invited, kind):
    noted = LONG[kind][:200]
    long_name = ("Maximilian " + "Alexander-" * 7)[:80]
    people = [{"name": name, "relationship": relationship, "invited": invited, "noted": noted}
              for name in ("Priya Shah", long_name, "👩\u200d💻" * 26, "É\u0301" * 40)]
    data = base(company=("Globex " + "Q" * 120)[:120], role=("Senior " + "Z" * 120)[:120],
                your_name="N" * 80, premium=premium, people=people)
    limit = LIMIT_PREMIUM if premium else LIMIT_FREE
    for message in messages(clean(data)):
        assert linkedin_length(message.body) <= limit, message.body
        assert message.note.startswith(f"{linkedin_length(message.body)} / {limit} characters")
        assert message.body.strip()


def test_very_long_job_title_falls_back_to_the_company():
    people = [{"name": "Priya Shah", "relationship": "interviewer", "noted": "the design system"}]
    note = notes(clean(base(role="Senior Principal Staff Product Design Lead, Platform Experience, Europe Middle East and Africa",
                            people=people)))[0]
    assert linkedin_length(note) <= LIMIT_FREE and "…" not in note
    assert "Acme" in note and "the design system" in note


def test_short_inputs_are_not_shortened():
    note = notes(clean(base(people=[{"name": "Al", "relationship": "other", "noted": "jazz"}])))[0]
    assert "…" not in note and "jazz" in note and "Sam" in note


def test_panel_members_get_different_notes():
    people = [{"name": f"Alex {surname}", "relationship": "interviewer", "noted": "the roadmap"}
              for surname in ("One", "Two", "Three")]
    bodies = [body.replace("Alex", "NAME") for body in notes(clean(base(people=people)))]
    assert len(set(bodies)) == 3


def test_distinct_inputs_give_distinct_notes():
    a = notes(clean(base()))
    b = notes(clean(base(company="Globex")))
    c = notes(clean(base(people=[{"name": "Priya Shah", "relationship": "recruiter", "noted": "cycling to work"}])))
    assert len({a[0], b[0], c[0]}) == 3


FORBIDDEN = ("hire", "job", "vacanc", "opening", "refer", "consider me", "position", "recommend", "?")


@pytest.mark.parametrize("relationship", ["recruiter", "interviewer", "other"])
def test_notes_never_ask_for_the_job(relationship):
    people = [{"name": f"P{i} Person", "relationship": relationship, "noted": "the team"} for i in range(4)]
    for body in notes(clean(base(people=people, premium=True))):
        body_without_user_text = body.replace("the team", "")
        for word in FORBIDDEN:
            assert word not in body_without_user_text.lower(), (word, body)


def test_missing_detail_is_pointed_out():
    [message] = messages(clean(base(people=[{"name": "Ana", "relationship": "other"}])))
    assert "Add what you talked about" in message.note


# --------------------------------------------------------------------------- timing


def timing(person: dict) -> Notice:
    out = linkedin.compose(clean(base(people=[person])))
    index = next(i for i, b in enumerate(out.blocks) if isinstance(b, Message))
    notice = out.blocks[index + 1]
    assert isinstance(notice, Notice)
    return notice


def test_recruiter_now():
    notice = timing({"name": "Priya", "relationship": "recruiter"})
    assert notice.text.startswith("Send now") and notice.tone == "deadline"


def test_interviewer_after_the_decision():
    notice = timing({"name": "Tom", "relationship": "interviewer"})
    assert "outcome" in notice.text and not notice.text.startswith("Send now")


@pytest.mark.parametrize("relationship", ["interviewer", "other"])
def test_invitation_means_now(relationship):
    notice = timing({"name": "Tom", "relationship": relationship, "invited": True})
    assert notice.text.startswith("Send now") and "Tom" in notice.text


def test_other_waits_without_invitation():
    assert not timing({"name": "Ana", "relationship": "other"}).text.startswith("Send now")


def test_free_accounts_are_warned_about_the_monthly_allowance():
    out = linkedin.compose(clean(base()))
    assert "a month" in out.blocks[0].text and "200" in out.blocks[0].text
    out = linkedin.compose(clean(base(premium=True)))
    assert "300" in out.blocks[0].text


# --------------------------------------------------------------------------- wording


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def test_wording_uses_only_known_placeholders():
    known = {"first_name", "name", "company", "role", "detail", "your_name", "your_first_name", "limit", "count"}
    for template in _strings(wording.load("linkedin")):
        for _, name, _, _ in string.Formatter().parse(template):
            assert name is None or name in known, (name, template)


def test_wording_has_a_note_for_every_relationship():
    text = wording.load("linkedin")
    for choice in linkedin.RELATIONSHIPS:
        assert text["notes"][choice.value]["openings"] and text["notes"][choice.value]["closings"]
        assert choice.value in text["output"]["headings"]


def test_templates_fill_for_a_maximal_input():
    people = [{"name": "N" * 80, "relationship": rel, "invited": inv, "noted": "d" * 200}
              for rel, inv in itertools.product(["recruiter", "interviewer", "other"], [False, True])]
    people += [{"name": f"P{i}", "relationship": "interviewer", "noted": "braces {name} {0}"} for i in range(9)]
    for premium in (False, True):
        out = linkedin.compose(clean(base(company="C" * 120, role="R" * 120, your_name="Y" * 80,
                                          premium=premium, people=people)))
        json.dumps(out.to_dict())
    assert "braces {name} {0}" in notes(clean(base(people=people[-1:], premium=True)))[0]
