"""Outcome messages (step 5): the right message for each outcome, timed and addressed, with
mail links that nothing typed can tamper with."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from worksheets.sheets import outcomes
from worksheets.words import wording
from tests.support.wording import placeholders
from worksheets.words.output import Message, Notice
from worksheets.sheets.outcomes import WORKSHEET, feedback_window
from worksheets.core.validation import validate
from tests.support.moment import at, context_json

MONDAY = dt.date(2026, 3, 2)
FRIDAY = dt.date(2026, 3, 6)


def base(**extra) -> dict:
    data = {"company": "Acme", "role": "Product Designer", "coordinator_name": "Jo Bloggs",
            "coordinator_email": "jo@acme.example", "your_name": "Sam Lee", "happened": "rejected"}
    data.update(extra)
    return data


def clean(data: dict) -> dict:
    result = validate(WORKSHEET, data)
    assert result.ok, result.errors
    return result.values


def compose(today: dt.date | None = MONDAY, **extra):
    return outcomes.compose(clean(base(**extra)), at(today))


def messages(out) -> list[Message]:
    return [b for b in out.blocks if isinstance(b, Message)]


def notices(out) -> list[Notice]:
    return [b for b in out.blocks if isinstance(b, Notice)]


# --------------------------------------------------------------------------- declaration


def test_required_fields():
    errors = validate(WORKSHEET, {}).errors
    assert set(errors) == {"company", "role", "your_name", "happened"}
    assert errors["happened"] == "Choose what happened, so we can write the right message."


@pytest.mark.parametrize("field, value, outcome", [("happened", "ghosted", None), ("withdraw_reason", "bored", "withdrawn"),
                                                   ("coordinator_email", "not an email", "rejected"),
                                                   ("offer_deadline", "next Friday", "offer_elsewhere"),
                                                   ("last_reply", "31/02/2026", "rejected")])
def test_bad_values_are_reported(field, value, outcome):
    data = base(**{field: value})
    if outcome:
        data["happened"] = outcome
    assert field in validate(WORKSHEET, data).errors


def test_fields_for_another_outcome_are_hidden_and_ignored():
    """What was typed for another outcome stays saved in the browser, but is not checked or used."""
    values = clean(base(happened="rejected", offer_deadline="next Friday", withdraw_reason="bored"))
    assert values["offer_deadline"] is None and values["withdraw_reason"] is None
    values = clean(base(happened="withdrawn", feedback_question="what went wrong", last_reply="31/02/2026"))
    assert values["feedback_question"] is None and values["last_reply"] is None
    body = messages(outcomes.compose(values, at(MONDAY)))[0].body
    assert "what went wrong" not in body.lower()


def test_conditions_name_real_outcomes():
    values = {choice.value for choice in outcomes.OUTCOME.choices}
    conditional = [e for e in WORKSHEET.entries if getattr(e, "show_when", None) and e.show_when[0] == "happened"]
    assert {e.name for e in conditional} == {"news_from", "news_by", "last_reply", "feedback_question", "withdraw_reason",
                                            "offer_deadline"}
    for entry in conditional:
        assert set(entry.show_when[1]) <= values


def test_shared_fields_are_reused():
    from worksheets.sheets import shared as shared_fields

    for name in ("company", "role", "coordinator_name", "coordinator_email", "consultant_name", "your_name"):
        assert WORKSHEET.entry(name) is getattr(shared_fields, name.upper())
    # What happened is this page's own answer: only the button makes it the interview's stage.
    happened = WORKSHEET.entry("happened")
    assert happened.scope == "worksheet" and happened.applies_to == shared_fields.STAGE.name
    assert {c.value for c in happened.choices} <= {c.value for c in shared_fields.STAGE.choices}
    assert WORKSHEET.entry("last_reply").name == shared_fields.LAST_REPLY.name
    assert WORKSHEET.uses_interviews


def test_offer_elsewhere_needs_a_deadline():
    errors = validate(WORKSHEET, base(happened="offer_elsewhere")).errors
    assert set(errors) == {"offer_deadline"}
    assert clean(base(happened="offer_elsewhere", offer_deadline="2026-03-10"))["offer_deadline"] == dt.date(2026, 3, 10)


def test_fields_for_other_outcomes_are_optional():
    assert not clean(base(happened="withdrawn"))["withdraw_reason"]  # none chosen: the message picks one
    blocks = compose(happened="withdrawn").blocks
    body = next(b for b in blocks if isinstance(b, Message)).body
    assert "After careful thought, I have decided not to continue with the process." in body


def test_every_entry_is_in_exactly_one_fieldset():
    named = [name for _, names in WORKSHEET.fieldsets for name in names]
    assert sorted(named) == sorted(e.name for e in WORKSHEET.entries)


# --------------------------------------------------------------------------- rejected


def test_rejection_gives_a_reply_and_a_feedback_request():
    out = compose(valued="meeting the design team", feedback_question="how could my portfolio talk be stronger")
    reply, feedback = messages(out)
    assert reply.subject.startswith("Re: ") and "Product Designer" in reply.subject and "Acme" in reply.subject
    assert "same thread" in reply.note
    assert "Dear Jo," in reply.body and "meeting the design team" in reply.body and "Acme" in reply.body
    assert "Sam Lee" in reply.body
    assert not feedback.subject.startswith("Re: ") and "Product Designer" in feedback.subject
    assert "may I ask one thing: how could my portfolio talk be stronger?" in feedback.body
    assert feedback.body.count("?") == 1  # one question, asked once
    assert "I understand if you can't share feedback" in feedback.body  # easy to decline
    for message in (reply, feedback):
        assert message.to == "jo@acme.example" and message.mailto.startswith("mailto:jo@acme.example?")
    # Tone guidance sits next to the messages.
    assert any("Reply within a day or two" in n.text for n in notices(out))


def test_feedback_request_is_short():
    out = compose(feedback_question="w " * 30)
    assert len(messages(out)[1].body.split()) < 110


def test_default_feedback_question():
    feedback = messages(compose())[1]
    assert "could you tell me one thing I could have done better?" in feedback.body


@pytest.mark.parametrize(("typed", "sentence"), [
    # the hint's own example, and the ways people actually type a question
    ("How could I have made my portfolio presentation stronger?",
     "may I ask one thing: how could I have made my portfolio presentation stronger?"),
    ("how I could have answered the stakeholder question better?",
     "could you tell me how I could have answered the stakeholder question better?"),
    ("Feedback on my portfolio presentation.", "could you share any feedback on my portfolio presentation?"),
    ("Was my salary expectation too high", "may I ask one thing: was my salary expectation too high?"),
    ("what went wrong", "could you tell me what went wrong?"),
    ("if I should have asked more questions", "could you tell me whether I should have asked more questions?"),
])
def test_a_typed_question_becomes_one_grammatical_question(typed, sentence):
    feedback = messages(compose(feedback_question=typed))[1]
    assert f"To help me prepare for future interviews, {sentence}" in feedback.body
    assert feedback.body.count("?") == 1


def test_feedback_window_is_the_next_two_working_days():
    assert feedback_window(MONDAY) == (dt.date(2026, 3, 3), dt.date(2026, 3, 4))
    assert feedback_window(FRIDAY) == (dt.date(2026, 3, 9), dt.date(2026, 3, 10))  # never a weekend
    assert feedback_window(dt.date(2026, 12, 10)) == (dt.date(2026, 12, 11), dt.date(2026, 12, 14))


def test_feedback_timing_counts_from_today_by_default():
    out = compose(today=MONDAY)
    timing = notices(out)[1]
    assert timing.tone == "deadline"
    assert timing.text.startswith("Send the feedback request tomorrow (Tuesday 3 March 2026) or on Wednesday 4 March 2026")


def test_feedback_timing_counts_from_when_they_heard():
    timing = notices(compose(today=dt.date(2026, 3, 5), last_reply="2026-03-04"))[1]
    assert timing.text.startswith("Send the feedback request now") and "Friday 6 March 2026" in timing.text


def test_feedback_timing_after_the_window():
    timing = notices(compose(today=dt.date(2026, 3, 20), last_reply="2026-03-02"))[1]
    assert timing.tone == "warning" and "now" in timing.text


def test_feedback_timing_over_a_weekend_is_monday_and_tuesday():
    timing = notices(compose(today=FRIDAY))[1]
    assert "Monday 9 March 2026" in timing.text and "Tuesday 10 March 2026" in timing.text
    assert "Saturday" not in timing.text and "Sunday" not in timing.text


def test_feedback_timing_without_any_date():
    timing = notices(compose(today=None))[1]
    assert "one or two working days after the news" in timing.text


# --------------------------------------------------------------------------- withdraw and offer


@pytest.mark.parametrize("reason", ["accepted_offer", "not_fit", "other", None])
def test_withdrawal_is_brief_and_courteous(reason):
    out = compose(happened="withdrawn", withdraw_reason=reason)
    [message] = messages(out)
    assert "withdraw" in message.body and "Acme" in message.body and "Product Designer" in message.body
    assert "Dear Jo," in message.body and "Product Designer" in message.subject
    assert len(message.body.split()) < 110
    assert notices(out)


def test_withdrawal_reasons_read_differently():
    bodies = {messages(compose(happened="withdrawn", withdraw_reason=r))[0].body for r in ("accepted_offer", "not_fit", "other")}
    assert len(bodies) == 3


def test_offer_elsewhere_names_the_deadline():
    out = compose(happened="offer_elsewhere", offer_deadline="2026-03-13", valued="the pairing session")
    [message] = messages(out)
    assert "Friday 13 March 2026" in message.body and "the pairing session" in message.body
    assert "Acme" in message.body and "Product Designer" in message.body and "Dear Jo," in message.body
    assert notices(out)[0].tone == "deadline"


def test_offer_deadline_soon_or_past():
    soon = notices(compose(happened="offer_elsewhere", offer_deadline="2026-03-03", today=MONDAY))[0]
    assert "tomorrow" in soon.text and soon.tone == "deadline"
    past = notices(compose(happened="offer_elsewhere", offer_deadline="2026-03-01", today=MONDAY))[0]
    assert past.tone == "warning" and "passed" in past.text


def test_distinct_inputs_give_distinct_messages():
    bodies = [
        messages(compose())[0].body,
        messages(compose(company="Globex"))[0].body,
        messages(compose(coordinator_name="Alex Chen"))[0].body,
        messages(compose(valued="the office tour"))[0].body,
        messages(compose(happened="withdrawn"))[0].body,
        messages(compose(happened="offer_elsewhere", offer_deadline="2026-03-10"))[0].body,
    ]
    assert len(set(bodies)) == len(bodies)


# --------------------------------------------------------------------------- mail links


def link_parts(link: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True)


INJECTION = "x&cc=evil@x.example&bcc=evil@y.example?subject=pwned%0D%0ABcc:z@z.example\r\nBcc: q@q.example"


@pytest.mark.parametrize("outcome, extra", [("rejected", {}), ("withdrawn", {}),
                                            ("offer_elsewhere", {"offer_deadline": "2026-03-13"})])
def test_mailto_cannot_add_headers(outcome, extra):
    data = dict(company="Acme" + INJECTION[:100], role=INJECTION[:120], coordinator_name="Jo " + INJECTION[:70],
                your_name="Sam " + INJECTION[:70], valued=INJECTION[:200], feedback_question=INJECTION[:200],
                coordinator_email="jo&cc=x@acme.example?bcc=y", happened=outcome, **extra)
    for message in messages(outcomes.compose(clean(base(**data)), at(MONDAY))):
        link = message.mailto
        assert link, "short enough to have a link"
        assert link.count("?") == 1
        lowered = link.lower()
        for raw in ("&cc=", "&bcc=", "?cc=", "?bcc=", "\r", "\n", "%0abcc", "%0dbcc"):
            assert raw not in lowered, (raw, link)
        to, query = link_parts(link)
        assert set(query) == {"subject", "body"}
        assert to == message.to  # the whole typed address, encoded, in the address part
        assert query["subject"] == [message.subject]
        assert query["body"] == [message.body.replace("\n", "\r\n")]


def test_message_without_email_still_gets_a_link():
    [message, _] = messages(compose(coordinator_email=""))[:2]
    assert message.to == "" and message.mailto.startswith("mailto:?subject=")


# --------------------------------------------------------------------------- wording




def test_wording_uses_only_known_placeholders():
    known = {"company", "role", "name", "valued", "valued_sentence", "question", "question_sentence", "reason",
             "deadline", "deadline_rel", "start", "end", "start_on", "end_on", "end_rel", "meet", "news", "when"}
    assert placeholders("outcomes") <= known, placeholders("outcomes") - known


def test_wording_has_every_withdrawal_reason():
    reasons = wording.load("outcomes")["withdraw"]["reasons"]
    assert set(reasons) == {choice.value for choice in outcomes.WITHDRAW_REASONS}


MAXIMAL = dict(company="C" * 120, role="R" * 120, coordinator_name="Dr Jo " + "B" * 74,
               coordinator_email="a" * 60 + "@example.com", your_name="Y" * 80, last_reply="2026-03-02",
               valued=("v" * 9 + " ") * 20, feedback_question=("q" * 9 + " ") * 20, offer_deadline="2026-03-20")


@pytest.mark.parametrize("today", [None, MONDAY, dt.date(2026, 3, 3), FRIDAY, dt.date(2026, 3, 25)])
@pytest.mark.parametrize("outcome, reason", [("rejected", None), ("withdrawn", "accepted_offer"), ("withdrawn", "not_fit"),
                                             ("withdrawn", "other"), ("offer_elsewhere", None)])
def test_templates_fill_for_a_maximal_input(today, outcome, reason):
    data = dict(MAXIMAL, happened=outcome, withdraw_reason=reason)
    out = outcomes.compose(clean(base(**data)), at(today))
    json.dumps(out.to_dict())
    for message in messages(out):
        # Either the link opens, or the note says to copy instead.
        assert message.mailto or "Copy" in message.note
        assert "{" not in message.body and "{" not in message.subject


def test_braces_typed_by_the_user_stay_as_typed():
    body = messages(compose(valued="the {company} {0} board"))[0].body
    assert "the {company} {0} board" in body
