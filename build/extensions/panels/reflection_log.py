"""Every reflection across interviews, on the reflection page: the question bank, the roles
compared, and the whole log newest first. The browser gathers the saved entries and Python
(``worksheets.api.reflection_log``) writes the blocks."""

from __future__ import annotations


def render(python: str = "") -> str:  # Python is started by the worksheet beside it
    return (
        '<section class="ati-panel ati-reflection-log" data-panel="reflection-log" data-module="page/reflection-log.js" aria-labelledby="ati-log-title" data-search-exclude>'
        '<h2 class="ati-panel-title" id="ati-log-title">All your interviews</h2>'
        '<p class="ati-privacy">Built from the entries saved in this browser: the questions to practise, '
        "how the roles compare, and every entry, newest first.</p>"
        '<p class="ati-log-status ati-no-print" role="status" data-ati-log-status>Your log appears here once the worksheets have loaded.</p>'
        '<div class="ati-output" data-ati-log-output></div>'
        "</section>"
    )
