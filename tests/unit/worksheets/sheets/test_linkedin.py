"""LinkedIn notes (step 4): counted the way LinkedIn might count, always within the limit,
personal, never asking for the job, and sent at the right time."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from worksheets.sheets import linkedin
from worksheets.words.phrasing import met_phrase
from worksheets.words import wording
from tests.support.wording import placeholders
from worksheets.sheets.linkedin import LIMIT_FREE, LIMIT_PREMIUM, WORKSHEET, draft_note, linkedin_length, people as people_of
from worksheets.words.output import Message, Notice
from worksheets.core.validation import validate
from tests.support.moment import at, context_json

PRIYA = {"name": "Priya Shah", "relationship": "recruiter", "noted": "the move to a four-day week"}


def record(people: list[dict]) -> dict:
    """People as the form holds them: the first recruiter is the company's recruiter, the
    first consultant the agency's, everyone else an interviewer (with their detail and
    whether they invited you, from the interview record)."""
    data: dict = {"interviewers": []}
    for person in people:
        if person.get("relationship") == "recruiter" and "coordinator_name" not in data:
            data["coordinator_name"] = person.get("name", "")
            data["coordinator_noted"] = person.get("noted", "")
        elif person.get("relationship") == "consultant" and "consultant_name" not in data:
            data.update(agency=True, consultant_name=person.get("name", ""), consultant_noted=person.get("noted", ""))
        elif person.get("relationship") == "other":
            item = {k: v for k, v in person.items() if k not in ("relationship", "noted")}
            data.setdefault("others", []).append({**item, "detail": person.get("noted", "")})
        else:
            item = {k: v for k, v in person.items() if k not in ("relationship", "noted")}
            data["interviewers"].append({**item, "detail": person.get("noted", "")})
    return data


def base(people: list[dict] | None = None, **extra) -> dict:
    data = {"company": "Acme", "role": "Product Designer", "your_name": "Sam Lee"}
    data.update(record([PRIYA] if people is None else people))
    data.update(extra)
    return data


def common(limit: int = LIMIT_FREE, **extra) -> dict:
    slots = {"company": "Acme", "role": "Product Designer", "your_name": "Sam Lee", "your_first_name": "Sam",
             "limit": str(limit)}
    slots.update(extra)
    return slots


def clean(data: dict) -> dict:
    result = validate(WORKSHEET, data)
    assert result.ok, result.errors
    return result.values


def messages(values: dict) -> list[Message]:
    return [b for b in linkedin.compose(values, at(None)).blocks if isinstance(b, Message)]


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
    assert {"company", "role", "your_name"} <= set(errors)


def test_someone_to_write_to_is_needed():
    errors = validate(WORKSHEET, base(people=[])).errors
    assert set(errors) == {"interviewers"} and "the recruiter, your consultant" in errors["interviewers"]


def test_interviewer_needs_a_name():
    errors = validate(WORKSHEET, base(people=[{"noted": "x", "relationship": "interviewer"}])).errors
    assert "interviewers.0.name" in errors


def test_noted_is_short():
    errors = validate(WORKSHEET, base(people=[{"name": "A", "relationship": "interviewer", "noted": "x" * 301}])).errors
    assert "interviewers.0.detail" in errors
    errors = validate(WORKSHEET, base(people=[{"name": "A", "relationship": "recruiter", "noted": "x" * 201}])).errors
    assert "coordinator_noted" in errors


def test_checkboxes_are_booleans():
    values = clean(base(premium="on", people=[{"name": "A", "relationship": "interviewer", "invited": "true"}]))
    assert values["premium"] is True and values["interviewers"][0]["invited"] is True


def test_people_come_from_the_interview_record():
    """The shared fields, not copies: typed once in the interview, reused here."""
    from worksheets.sheets import shared as shared_fields

    assert WORKSHEET.entry("company") is shared_fields.COMPANY and WORKSHEET.entry("role") is shared_fields.ROLE
    assert WORKSHEET.entry("your_name") is shared_fields.YOUR_NAME
    assert WORKSHEET.entry("coordinator_name") is shared_fields.COORDINATOR_NAME
    assert WORKSHEET.entry("consultant_name") is shared_fields.CONSULTANT_NAME
    group = WORKSHEET.entry("interviewers")
    assert group.fields[:3] == shared_fields.interviewers().fields
    # The detail is the very field the thank-you uses: one home for what you talked about.
    assert group.fields[3] is shared_fields.DETAIL and group.fields[4] is shared_fields.INVITED
    assert WORKSHEET.entry("premium").scope == "profile"
    assert WORKSHEET.uses_interviews


def test_people_are_the_recruiter_the_consultant_then_each_interviewer_once():
    both = people_of(clean(base(people=[PRIYA, {"name": "Jo Bloggs", "relationship": "consultant", "noted": "cycling"},
                                        {"name": "Tom Lee", "relationship": "interviewer"}])))
    assert [(p["name"], p["relationship"]) for p in both] == [
        ("Priya Shah", "recruiter"), ("Jo Bloggs", "consultant"), ("Tom Lee", "interviewer")]
    values = clean(base(people=[PRIYA, {"name": "Tom Lee", "relationship": "interviewer", "invited": True},
                                {"name": "priya  shah", "relationship": "interviewer", "noted": "ignored"},
                                {"name": "Ana Ruiz", "relationship": "interviewer", "noted": "jazz"}]))
    found = people_of(values)
    assert [(p["name"], p["relationship"]) for p in found] == [
        ("Priya Shah", "recruiter"), ("Tom Lee", "interviewer"), ("Ana Ruiz", "interviewer")]
    assert found[0]["noted"] == "the move to a four-day week" and found[1]["invited"] and found[2]["noted"] == "jazz"
    # A recruiter on the panel with nothing noted as the contact takes the panel note.
    only = people_of(clean(base(people=[{"name": "Priya Shah", "relationship": "recruiter"},
                                        {"name": "Priya Shah", "relationship": "interviewer", "noted": "the panel"}])))
    assert len(only) == 1 and only[0]["noted"] == "the panel"


def test_interviewers_alone_are_enough():
    values = clean(base(people=[{"name": "Tom Lee", "relationship": "interviewer"}]))
    assert [m.heading for m in messages(values)] == ["Note to Tom Lee, interviewer"]


def test_every_entry_is_in_exactly_one_fieldset():
    named = [name for _, names in WORKSHEET.fieldsets for name in names]
    assert sorted(named) == sorted(e.name for e in WORKSHEET.entries)


# --------------------------------------------------------------------------- the notes


def test_note_is_personal_and_counted():
    values = clean(base())
    [message] = messages(values)
    assert "Priya" in message.body and "the move to a four-day week" in message.body
    assert "Acme" in message.body and "Product Designer" in message.body
    assert message.limit == LIMIT_FREE and linkedin_length(message.body) <= LIMIT_FREE
    assert message.key == "recruiter:priya shah"
    assert "\n" not in message.body


def test_notes_are_drafts_to_paste_not_emails():
    values = clean(base(people=[PRIYA, {"name": "Tom  Lee", "relationship": "interviewer"}]))
    found = messages(values)
    assert [m.key for m in found] == ["recruiter:priya shah", "interviewer:tom lee"]
    for message in found:
        assert message.mailto == "" and message.to == "" and message.subject == ""
        assert "mail link" not in message.note


def test_premium_limit_is_shown_and_used():
    detail = "how the team rebuilt the booking app in six months with a design system they wrote themselves"
    people = [{"name": "Tom Jones", "relationship": "interviewer", "noted": detail}]
    free = messages(clean(base(people=people)))[0]
    premium = messages(clean(base(people=people, premium=True)))[0]
    assert free.limit == LIMIT_FREE and premium.limit == LIMIT_PREMIUM
    assert detail in premium.body and detail not in free.body
    assert linkedin_length(free.body) <= LIMIT_FREE < linkedin_length(premium.body) <= LIMIT_PREMIUM


def test_optional_phrases_go_before_the_detail_is_trimmed():
    detail = "the move to a four-day week and what it meant for the team"
    note = draft_note({"name": "Priya Shah", "relationship": "recruiter", "noted": detail}, common(), 0, LIMIT_FREE)
    assert detail in note  # kept whole ...
    assert "stay in touch" not in note  # ... because the closing went first
    assert linkedin_length(note) <= LIMIT_FREE


def test_every_note_signs_off_alike_or_none_does():
    short = [{"name": "Tom Lee", "relationship": "interviewer", "noted": "jazz"},
             {"name": "Ana Ruiz", "relationship": "interviewer", "noted": "the roadmap"}]
    assert all(n.endswith("Best wishes, Sam") for n in notes(clean(base(people=short))))
    long = short + [{"name": "Maximilian Alexander", "relationship": "interviewer",
                     "noted": "the long story of how the platform team moved every service to the new cluster"}]
    endings = {n.endswith("Best wishes, Sam") for n in notes(clean(base(people=long)))}
    assert len(endings) == 1


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


NAMES = ("Priya Shah", ("Maximilian " + "Alexander-" * 7)[:80], "👩\u200d💻" * 26, "É\u0301" * 40)


@pytest.mark.parametrize("premium, relationship, invited, kind",
                         list(itertools.product([False, True], ["recruiter", "interviewer"], [False, True], LONG)))
def test_every_note_fits_for_long_inputs(premium, relationship, invited, kind):
    noted = LONG[kind][:200]
    limit = LIMIT_PREMIUM if premium else LIMIT_FREE
    slots = common(limit, company=("Globex " + "Q" * 120)[:120], role=("Senior " + "Z" * 120)[:120],
                   your_name="N" * 80, your_first_name="N" * 80)
    for index, name in enumerate(NAMES):
        person = {"name": name, "relationship": relationship, "invited": invited, "noted": noted}
        note = draft_note(person, slots, index, limit)
        assert linkedin_length(note) <= limit, note
        assert note.strip()


@pytest.mark.parametrize("premium, kind", list(itertools.product([False, True], LONG)))
def test_every_composed_note_fits(premium, kind):
    noted = " ".join(LONG[kind].split()[:30])[:300]  # the detail's own limits
    people = [{"name": NAMES[0], "relationship": "recruiter", "noted": noted}]
    people += [{"name": name, "relationship": "interviewer", "invited": True, "noted": noted} for name in NAMES[1:]]
    data = base(company=("Globex " + "Q" * 120)[:120], role=("Senior " + "Z" * 120)[:120],
                your_name="N" * 80, premium=premium, people=people)
    limit = LIMIT_PREMIUM if premium else LIMIT_FREE
    found = messages(clean(data))
    assert len(found) == len(NAMES)
    for message in found:
        assert linkedin_length(message.body) <= limit and message.limit == limit, message.body


def test_very_long_job_title_falls_back_to_the_company():
    people = [{"name": "Priya Shah", "relationship": "interviewer", "noted": "the design system"}]
    note = notes(clean(base(role="Senior Principal Staff Product Design Lead, Platform Experience, Europe Middle East and Africa",
                            people=people)))[0]
    assert linkedin_length(note) <= LIMIT_FREE and "…" not in note
    assert "Acme" in note and "the design system" in note


def test_short_inputs_are_not_shortened():
    note = notes(clean(base(people=[{"name": "Al", "relationship": "interviewer", "noted": "jazz"}])))[0]
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


@pytest.mark.parametrize("relationship", ["recruiter", "consultant", "interviewer"])
def test_notes_never_ask_for_the_job(relationship):
    for index in range(6):
        person = {"name": f"P{index} Person", "relationship": relationship, "noted": "the team"}
        body = draft_note(person, common(LIMIT_PREMIUM), index, LIMIT_PREMIUM)
        body_without_user_text = body.replace("the team", "")
        for word in FORBIDDEN:
            assert word not in body_without_user_text.lower(), (word, body)


def test_missing_detail_is_pointed_out():
    [message] = messages(clean(base(people=[{"name": "Ana", "relationship": "interviewer"}])))
    assert "Add what you talked about" in message.note


# --------------------------------------------------------------------------- timing


def timing(person: dict) -> Notice:
    out = linkedin.compose(clean(base(people=[person])), at(None))
    index = next(i for i, b in enumerate(out.blocks) if isinstance(b, Message))
    notice = out.blocks[index + 1]
    assert isinstance(notice, Notice)
    return notice


@pytest.mark.parametrize("relationship", ["recruiter", "consultant"])
def test_recruiter_and_consultant_now(relationship):
    notice = timing({"name": "Priya", "relationship": relationship})
    assert notice.text.startswith("Send now") and notice.tone == "deadline"


def test_interviewer_after_the_decision():
    notice = timing({"name": "Tom", "relationship": "interviewer"})
    assert "outcome" in notice.text and not notice.text.startswith("Send now")


def test_invitation_means_now():
    notice = timing({"name": "Tom", "relationship": "interviewer", "invited": True})
    assert notice.text.startswith("Send now") and "Tom" in notice.text


def test_every_person_gets_timing_advice():
    out = linkedin.compose(clean(base(people=[PRIYA, {"name": "Tom Lee", "relationship": "interviewer"}])), at(None))
    kinds = [b.type for b in out.blocks]
    assert kinds == ["notice", "message", "notice", "message", "notice", "paragraph"]


def test_free_accounts_are_warned_about_the_monthly_allowance():
    out = linkedin.compose(clean(base()), at(None))
    assert "a month" in out.blocks[0].text and "200" in out.blocks[0].text
    out = linkedin.compose(clean(base(premium=True)), at(None))
    assert "300" in out.blocks[0].text


# --------------------------------------------------------------------------- wording




def test_wording_uses_only_known_placeholders():
    known = {"first_name", "name", "company", "role", "detail", "your_name", "your_first_name", "limit", "met"}
    assert placeholders("linkedin") <= known, placeholders("linkedin") - known


def test_wording_has_a_note_for_every_relationship():
    text = wording.load("linkedin")
    for choice in linkedin.RELATIONSHIPS:
        assert text["notes"][choice.value]["openings"] and text["notes"][choice.value]["closings"]
        assert choice.value in text["output"]["headings"]
    assert text["notes"]["other"]["openings_place"]


def test_templates_fill_for_a_maximal_input():
    people = [{"name": "N" * 80, "relationship": "recruiter", "noted": "d" * 200}]
    people += [{"name": "M" * 79 + str(i), "relationship": "interviewer", "invited": i % 2 == 0, "noted": "d" * 299 + str(i)} for i in range(5)]
    people += [{"name": "O" * 79 + str(i), "relationship": "other", "met": ("at " if i % 2 else "") + "m" * 70, "noted": "d" * 299}
               for i in range(4)]
    people += [{"name": f"P{i}", "relationship": "interviewer", "noted": "braces {name} {0}"} for i in range(5)]
    for premium in (False, True):
        out = linkedin.compose(clean(base(company="C" * 120, role="R" * 120, your_name="Y" * 80,
                                          premium=premium, people=people)), at(None))
        json.dumps(out.to_dict())
    assert "braces {name} {0}" in notes(clean(base(people=people[-1:], premium=True)))[0]


# --------------------------------------------------------------------------- someone else met

ANA = {"name": "Ana Ruiz", "relationship": "other", "met": "On the office tour", "noted": "the new analytics hub"}


def test_someone_else_met_gets_a_note_saying_where_you_met():
    found = messages(clean(base(people=[PRIYA, ANA])))
    assert [m.heading for m in found] == ["Note to Priya Shah, who arranged your interview", "Note to Ana Ruiz, met on the office tour"]
    assert found[1].body.startswith("Hi Ana, it was good to meet you on the office tour") or \
        found[1].body.startswith("Hi Ana, it was a pleasure to meet you on the office tour")
    assert "the new analytics hub" in found[1].body and found[1].key == "other:ana ruiz"
    assert linkedin_length(found[1].body) <= LIMIT_FREE


@pytest.mark.parametrize("where, heading", [
    ("The receptionist", "Note to Ben Ode, the receptionist"),
    ("a future colleague in the data team", "Note to Ben Ode, a future colleague in the data team"),
    ("at reception.", "Note to Ben Ode, met at reception"),
    ("", "Note to Ben Ode, someone you met"),
])
def test_where_you_met_reads_as_a_place_or_as_who_they_are(where, heading):
    ben = {"name": "Ben Ode", "relationship": "other", "met": where}
    found = messages(clean(base(people=[ben])))
    assert found[0].heading == heading
    kind, words = met_phrase(where)
    if words:
        assert (words in found[0].body) == (kind == "place")  # only a place goes into the note itself


def test_someone_else_met_may_be_sent_now_unless_in_the_team():
    out = linkedin.compose(clean(base(people=[ANA])), at(None))
    advice = [b for b in out.blocks if isinstance(b, Notice)][1]
    assert advice.text.startswith("Send it when you like: Ana did not interview you.") and "outcome" in advice.text
    invited = linkedin.compose(clean(base(people=[{**ANA, "invited": True}])), at(None))
    assert [b for b in invited.blocks if isinstance(b, Notice)][1].text.startswith("Send now: Ana invited you")


def test_someone_met_twice_gets_one_note():
    tom = {"name": "Tom Lee", "relationship": "interviewer", "noted": "weekly reviews"}
    found = messages(clean(base(people=[tom, {**ANA, "name": " tom  lee "}])))
    assert [m.heading for m in found] == ["Note to Tom Lee, interviewer"]


def test_no_two_notes_share_a_closing_and_all_or_none_sign_off_with_others_met():
    panel = [PRIYA, {"name": "Tom Lee", "relationship": "interviewer", "noted": "weekly reviews"},
             {"name": "Dev Patel", "relationship": "interviewer"}, ANA,
             {"name": "Ben Ode", "relationship": "other", "met": "at reception"}]
    bodies = notes(clean(base(people=panel)))
    assert len(bodies) == 5
    sign_off = "Best wishes, Sam"
    assert all(b.endswith(sign_off) for b in bodies) or not any(b.endswith(sign_off) for b in bodies)
    sentences = [s for b in bodies for s in re.split(r"(?<=[.?!])\s+", b.removesuffix(sign_off).strip())]
    assert len(sentences) == len(set(sentences)), sentences


def test_the_check_names_someone_else_met_too():
    result = validate(WORKSHEET, {"company": "Acme", "role": "Analyst", "your_name": "Sam", "interviewers": []})
    assert "someone else you met" in result.errors["interviewers"]
    assert validate(WORKSHEET, {"company": "Acme", "role": "Analyst", "your_name": "Sam", "others": [{"name": "Ana"}]}).ok
