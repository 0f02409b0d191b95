"""Blocks that are not worksheets but live in pages the same way, through a fence:
```` ```worksheet backup ```` renders the export/import/delete panel, and so on.

Each panel module has ``render(python="") -> str`` returning escaped HTML. The block names
the browser module that binds it (``data-module="dashboard.js"``, exporting ``bindPanel``):
``main.js`` loads that module only on a page that has the block, and the build preloads it
there (:mod:`build.preload`). ``python`` holds the HTML attributes that let a
panel start Python itself (the wheels and their hashes, see ``build.forms.python_attributes``):
the backup panel does, to check a file before importing it; the others leave it to the
worksheet beside them.
"""

from __future__ import annotations

from typing import Callable


def panels() -> dict[str, Callable[[str], str]]:
    from build import panel_backup, panel_interviews, panel_reflection_log

    return {"backup": panel_backup.render, "interviews": panel_interviews.render,
            "reflection-log": panel_reflection_log.render}
