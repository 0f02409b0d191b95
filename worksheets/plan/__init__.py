"""What to do after an interview, and when: the dated plan every page reads.

``thanks`` (when the thank-you should go), ``decision`` (the date they gave, and who gave it),
``schedule`` (follow-ups and moving on), ``actions`` (every dated action of one interview),
``pictures`` (where each mark of the timelines goes) and ``ics`` (the calendar file).

May import: ``reading``, ``days``, ``core``, ``words``.
"""
