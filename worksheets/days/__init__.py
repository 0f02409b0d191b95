"""Which days are working days: business-day arithmetic (``business``), public holidays
(``holidays``, generated) and the person's own days off (``days_off``).

May import: ``core``, ``words``.
"""
