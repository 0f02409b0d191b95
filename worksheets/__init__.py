"""After the Interview worksheets: declarations, validation and composers.

Pure Python with no I/O beyond reading this package's own wording files, so the same code
runs under CPython (tests, the MkDocs build that renders the forms) and in Pyodide (the
browser, where :mod:`worksheets.api` is the only entry point the JavaScript calls).

The folders, from the edge inward; a module imports only from its own folder and the folders
after it in this list (``tests/unit/test_layout.py`` fails on an import that runs back up):

- ``api`` (the one entry point the browser calls) and ``registry`` (every worksheet by id);
- ``stored/``: what the site saves in the browser, described, checked, and reported on import;
- ``sheets/``: the eight worksheets, one module each, and what only they share (the fields of
  the interview record, the letter every email is, the checklist ids);
- ``plan/``: what to do and when: the thank-you deadline, the date they gave, follow-ups,
  the plan of one interview, its pictures and its calendar file;
- ``reading/``: reading what they said ("by Friday") as a date;
- ``days/``: which days are working days: weekends, public holidays, the person's days off;
- ``core/``: how a worksheet is declared and checked, the moment a call runs at, the
  publisher's settings, and who is who in an interview;
- ``words/``: the words and blocks every output is made of: wording files, phrasing, dates as
  written, mail links, output blocks, Markdown as a safe tree;
- ``templates/``: the wording files a publisher edits (TOML, no code).
"""

__version__ = "0.1.0"
