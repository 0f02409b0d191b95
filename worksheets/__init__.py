"""After the Interview worksheets: declarations, validation and composers.

Pure Python with no I/O beyond reading this package's own wording files, so the same code
runs under CPython (tests, the MkDocs build that renders the forms) and in Pyodide (the
browser, where :mod:`worksheets.api` is the only entry point the JavaScript calls).
"""

__version__ = "0.1.0"
