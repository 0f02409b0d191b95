"""The build: everything between the Markdown in ``docs/`` and the site a browser opens.

Plain functions under thin adapters, so any engine can run them:

- ``hooks.py``: the MkDocs adapter; ``site.py``: every build step, ``prepare()`` before the
  pages and ``finish(site_dir)`` after them, and the command other engines call
  (``python -m build.site prepare | finish DIR``); ``publisher.py``: the publisher's settings.
- ``extensions/``: the Python-Markdown extensions listed in ``mkdocs.yml`` (worksheet fences
  rendered into forms and panels; task lists made into checklists).
- ``pages/``: what ``finish()`` does to each built page (Python's early start, preload links,
  skip links, the security policy) and the offline copy's file list.
- ``python/``: Python for the browser: the worksheets wheel, the pinned third-party wheels,
  the pinned Pyodide runtime, and the precompiled, trimmed standard library.

Imports run from the adapters inward: ``hooks`` and ``site`` may use every folder;
``extensions/``, ``pages/`` and ``python/`` never import ``site`` at module level.
"""
