"""The list of all interviews, each with its stage and next action (the dashboard)."""

from __future__ import annotations


def render(python: str = "") -> str:  # Python is started by the worksheet beside it
    return (
        '<section class="ati-panel ati-dashboard" data-panel="interviews" data-module="dashboard/index.js" aria-labelledby="ati-dashboard-title" data-search-exclude data-ati-drawing>'
        '<h2 id="ati-dashboard-title">Where each interview stands</h2>'
        '<p class="ati-privacy" data-ati-dashboard-note>Saved in this browser only. Next actions and dates appear once the worksheets have loaded.</p>'
        '<p data-ati-empty>You have no interviews saved yet. Fill in the details below to add your first one.</p>'
        '<section class="ati-agenda" data-ati-agenda hidden></section>'
        '<ul class="ati-dashboard-list" data-ati-list aria-labelledby="ati-dashboard-title"></ul>'
        '<p class="ati-reminder ati-no-print" data-ati-reminder hidden></p>'
        '<div class="ati-actions ati-no-print">'
        '<button type="button" class="md-button" data-ati-new>Add an interview</button>'
        '<button type="button" class="md-button" data-ati-ics>Download all reminders (.ics)</button>'
        "</div>"
        '<p class="ati-dashboard-status" role="status" data-ati-dashboard-status></p>'
        "</section>"
    )
