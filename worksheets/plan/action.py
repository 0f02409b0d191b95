"""One dated thing to do: what every plan is a list of (:mod:`worksheets.plan.actions`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Action:
    """One dated thing to do. ``title`` carries its date, for lists and calendars ("Follow up
    with Acme on Tue 1 Dec"); ``label`` does not, for a page that shows the date beside it."""

    kind: str  # thank_you, decision, first_follow_up, second_follow_up, move_on, feedback, offer, tell_offer,
    #          offer_deadline, next_round, prepare:<step> (before a round, see worksheets.plan.prepare)
    day: dt.date
    title: str
    reason: str
    done: bool = False
    at: dt.time | None = None
    label: str = ""
    #: Done with, but not done: no longer due (a thank-you days late, a chaser of a round
    #: the person is through), so a page says so rather than "done".
    lapsed: bool = False


def status(action: Action) -> str:
    """How a page names a finished action before its words: "Done: " or "No longer due: "."""
    return ("No longer due: " if action.lapsed else "Done: ") if action.done else ""
