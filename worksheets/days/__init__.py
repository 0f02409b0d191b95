"""Which days are working days: business-day arithmetic (``business``), public holidays and
the days people name (``holidays``, reading the data the build generates), the person's own
days off (``days_off``), and how they write a date (``written``: day or month first).

May import: ``core``, ``words``.
"""
