"""Reading what they said about when they will decide ("by Friday", "in a couple of weeks")
as a date, with how it was read and the likely other reading.

From the outside in: ``reader`` (:func:`parse_timeline`, the one entry point: every pattern
tried in order, the words left unread, the whole reading), ``settle`` (a computed date off a day
off; a guess said as one), ``patterns`` (the table of regular expressions and their matchers,
as data), ``matchers`` (one per kind of phrase), ``found`` (what a matcher returns, and the
checks a written date gets), ``arithmetic`` (weeks, months, numbers) and ``vocabulary`` (the
words, as data).

May import: ``days``, ``core``, ``words``.
"""

from .reader import Reading, parse_timeline

__all__ = ["Reading", "parse_timeline"]
