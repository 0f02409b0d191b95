"""What older versions of the site saved that no declaration holds any more, kept apart from
the shapes (:mod:`worksheets.stored.shapes`) so that the history of a record reads in one
place: a backup from before still passes the check, and the page's migrations
(docs/assets/ati/storage/migrate.js) still find these fields to move.
"""

from __future__ import annotations

from ..core.fields import Choice, Entry, Field
from ..sheets.shared import NEXT_STAGES, interviewers

#: Fields an older version of the site saved that no worksheet declares any more, by record
#: (``"interview"``, ``"profile"`` or ``"worksheet:<id>"``). Version 1 → 2 of the interview
#: record (docs/assets/ati/migrate.js) still reads them, so a backup from before keeps them.
RETIRED: dict[str, tuple[Entry, ...]] = {
    "interview": (
        Field("contact_name", "Your contact's name", max_length=80, scope="interview"),
        Field("contact_email", "Your contact's email", kind="email", max_length=254, scope="interview"),
    ),
    "worksheet:thank-you": (
        interviewers(Field("detail", "One thing you talked about", kind="textarea", max_length=300)),
        Field("next_steps", "What happens next, as they told you", max_length=160),
    ),
    "worksheet:linkedin": (
        Field("contact_noted", "What you talked about with your contact", kind="textarea", max_length=200),
        interviewers(Field("noted", "What you talked about", kind="textarea", max_length=200),
                     Field("invited", "They invited me to connect", kind="checkbox")),
    ),
    "worksheet:process": (
        Field("next_stage", "What happens next", kind="select", choices=NEXT_STAGES),
        Field("final_round", "This was the final round, or the next one is", kind="checkbox"),
        # Version 2 kept the salary research with step 1; version 3 keeps it with the application.
        *(Field(name, "Your salary research", kind="textarea", max_length=600)
          for name in ("salary_low", "salary_high", "walk_away", "salary_sources", "salary_said")),
    ),
    "worksheet:outcomes": (
        Field("outcome", "What happened", kind="radio", choices=(
            Choice("rejected", "I was not offered the job"), Choice("withdraw", "I want to withdraw my application"),
            Choice("offer_elsewhere", "I have an offer elsewhere"))),
        Field("heard_on", "When you heard", kind="date"),
        Field("deadline", "Your offer deadline", kind="date"),
    ),
}


#: Keys a record's data holds that are not fields of any declaration, by record (as
#: ``RETIRED``), each with its description (the types :func:`describe` lists). None yet: a
#: new one is declared here, or the check leaves it out of what it passes.
EXTRA: dict[str, dict[str, dict]] = {}
