"""Blocks that are not worksheets but live in pages the same way, through a fence:
```` ```worksheet backup ```` renders the export/import/delete panel, and so on.

Each panel module has ``render(python="") -> str`` returning escaped HTML. The block names
the browser module that binds it, as a path under ``docs/assets/ati/``
(``data-module="dashboard/index.js"``, exporting ``bindPanel``):
``main.js`` loads that module only on a page that has the block, and the build preloads it
there (:mod:`build.pages.preload`). ``python`` holds the HTML attributes that let a
panel start Python itself (the wheels and their hashes, see ``build.extensions.forms.python_attributes``):
the backup panel does, to check a file before importing it; the others leave it to the
worksheet beside them.
"""

from __future__ import annotations

from typing import Callable


def panels() -> dict[str, Callable[[str], str]]:
    from . import backup, interviews, reflection_log

    return {"backup": backup.render, "interviews": interviews.render, "reflection-log": reflection_log.render}
