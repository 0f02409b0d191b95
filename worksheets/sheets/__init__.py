"""The worksheets, one module each, and what only worksheets share.

Each worksheet module declares ``WORKSHEET`` (its fields, once) and the ``compose`` that turns
valid answers into output; :mod:`worksheets.registry` lists them by id. ``shared`` holds the
fields of the interview record and of the person's profile, declared once and used by every
worksheet that shows them; ``letters`` the greeting and sign-off every email shares;
``checklist`` the ids of the checklist items the worksheets tick.

May import: ``plan``, ``reading``, ``days``, ``core``, ``words``; never ``stored``, ``api`` or
``registry``.
"""
