"""What the site stores in the browser, and the checks on what comes back in.

``shapes`` describes every stored value, derived from the worksheet declarations (the page gets
the same description); ``check`` holds a value or a backup item against it; ``report`` puts an
import's verdicts into words for the preview; ``retired`` keeps what older versions saved.

May import: ``registry``, ``sheets`` and everything below them; never ``api``.
"""
