"""Reading what they said about when they will decide ("by Friday", "after Thanksgiving",
"in 7-10 business days", a pasted email paragraph) as the deadline by which they will be in
touch, with how it was read and the likely other reading.

From the outside in: ``reader`` (:func:`parse_timeline`, the one entry point, and
:func:`date_words`), ``choose`` (which of several dates is the decision's; words left
unread), ``grammar`` (the small grammar: relations, ranges, mentions, the whole text),
``counts`` ("two weeks", "48 hours", "three weeks from tomorrow"), ``weekdays`` ("tomorrow",
"next Friday"), ``dates`` ("12 December", "12/4", "the 12th"), ``weeks`` ("next week", "w/c
14th"), ``periods`` (months, quarters, years, seasons), ``named`` (holidays by name),
``relations`` (by, before, after: from a stretch to a deadline, settled on a working day),
``cursor`` (the grammar's view of the tokens), ``tokens`` (plain words: shorthand, typos,
numbers in words), ``when`` (what a mention means and finds), ``arithmetic`` (weeks, months,
quarters) and ``vocabulary`` (the words, as data).

Rules a person sees the results of:

- The result is a deadline. A vague stretch is read at its latest working day ("next week":
  its Friday; "mid-January": the 20th; "in February": its last working day): following up too
  soon is the mistake the guide warns against. A range ends where it ends ("2-3 weeks": three;
  "between the 4th and the 8th": the 8th); "X or Y" is the later. "before X" is the last
  working day before X, "after X" the first working day after it (a guess: they did not say how
  long after), "by X" is X.
- Holidays are read by name for the person's country ("after Thanksgiving" in the US is the
  Monday after, as many offices close on the Friday too; "before we break for Christmas" the
  last working day before 24 December; "in the new year" the first two weeks of January, at
  their latest; "the holidays" 24 December to 1 January; "the bank holiday" the next one).
- A named day keeps its date even on a weekend or holiday ("by Friday" on Good Friday stays
  Friday). A computed one ("end of the month", "in two weeks") moves back to the last working
  day on or before it, and says so; forward when that would be before the day it was said.
- Numeric dates are read in the person's order (month first in the US: "12/4" is 4 December),
  the other order offered when it is a date too; when only one order makes a date, that one.
- Weeks run Monday to Sunday. "Friday" is the next Friday after the day it was said; "next
  Friday" the one in next week, flagged. Counts of days are working days up to five ("in 3
  days") and calendar days beyond ("within 14 days"), flagged either way unless the words say
  which; hours are counted as working days ("48 hours": two).
- A count may run from another day: "three weeks from tomorrow", "2 weeks before Christmas",
  "within 5 business days of Thursday". "that week", "the following week" and "the Monday
  after" refer to the date mentioned before them.
- A whole pasted paragraph is read: of several dates, the decision's is the deadline (see
  :mod:`~worksheets.reading.choose`), the others are offered back, and the reading is a guess.
- A reading is exact only when the words leave no doubt; a guess says how it was made and
  offers the likely other reading. A reading on the day it was said, or before it, is a guess
  too, unless the words name that day ("today", "end of day"). Date words the reading did not
  use make it a guess and are quoted.
- When no date can be read, ``parse_timeline`` returns None: a page quotes
  :func:`date_words` back and asks for the date; it never says they gave none.

May import: ``days``, ``core``, ``words``.
"""

from ..days.written import month_first
from .reader import OtherDate, Reading, date_words, parse_timeline

__all__ = ["OtherDate", "Reading", "date_words", "month_first", "parse_timeline"]
