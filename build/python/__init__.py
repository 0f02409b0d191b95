"""Python for the browser: the ``worksheets`` wheel (``wheel``), the pinned third-party wheels
(``browser_wheels``), the pinned Pyodide runtime (``runtime``), and the standard library
precompiled and trimmed to what the worksheets import (``stdlib``, which runs ``exercise``
inside Pyodide under Node with ``precompile.mjs``).
"""
