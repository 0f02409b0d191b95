"""The backup panel: export everything to one file, import a file after a preview, delete all.

Rendered from the fence ```` ```worksheet backup ````. The HTML is static and escaped; the
browser (``docs/assets/ati/backup/index.js``) binds it by ``data-panel="backup"`` and fills in the
parts that depend on what is saved (the reminder, the preview, the results). Every id starts
with ``ati-backup-``.
"""

from __future__ import annotations

from html import escape

P = "ati-backup"


def _button(label: str, *, id_: str, action: str, kind: str = "") -> str:
    classes = "md-button" + (f" md-button--{kind}" if kind in ("primary",) else "") + (" ati-danger" if kind == "danger" else "")
    return f'<button type="button" class="{classes}" id="{P}-{id_}" data-ati-backup="{action}">{escape(label)}</button>'


def _result(part: str) -> str:
    """Where a part says what its buttons did, under them (focused to be read out; the status
    is a live region from the start, so what it is given later is heard)."""
    return (
        f'<div class="ati-backup-result" id="{P}-{part}-result" tabindex="-1" data-ati-backup-result="{part}">'
        f'<p class="ati-backup-status" id="{P}-{part}-status" role="status" aria-live="polite" data-ati-backup-status></p>'
        f'<div class="ati-actions" data-ati-backup-actions></div>'
        f"</div>"
    )


def _export() -> str:
    return (
        f'<div class="ati-backup-part">'
        f'<p class="ati-backup-note" id="{P}-note" data-ati-backup-note hidden></p>'
        f'{_button("Export everything", id_="export", action="export", kind="primary")}'
        f'{_result("export")}'
        f"</div>"
    )


def _import() -> str:
    return (
        f'<div class="ati-backup-part ati-field">'
        f'<label for="{P}-file">{escape("Choose a backup file to import")}</label>'
        f'<p class="ati-hint" id="{P}-file-hint">'
        f"{escape('A .json file made with “Export everything”. You will see what it holds before anything changes.')}</p>"
        f'<p class="ati-error" id="{P}-file-error" role="alert" data-ati-backup-error hidden></p>'
        f'<input type="file" id="{P}-file" accept=".json,application/json" '
        f'aria-describedby="{P}-file-hint {P}-file-error" data-ati-backup-file>'
        f'<div class="ati-backup-preview" id="{P}-preview" role="region" aria-labelledby="{P}-preview-title" '
        f"data-ati-backup-preview hidden>"
        f'<h3 id="{P}-preview-title">What this file holds</h3>'
        f'<dl class="ati-backup-facts" id="{P}-facts" data-ati-backup-facts></dl>'
        f'<ul class="ati-backup-names" id="{P}-names" aria-label="What will be imported" data-ati-backup-names></ul>'
        f'<p class="ati-backup-skipped-intro" id="{P}-skipped-intro" data-ati-backup-skipped-intro hidden></p>'
        f'<ul class="ati-backup-names ati-backup-skipped" id="{P}-skipped" aria-labelledby="{P}-skipped-intro" '
        f"data-ati-backup-skipped hidden></ul>"
        f'<p class="ati-backup-effect" id="{P}-effect" data-ati-backup-effect></p>'
        f'<div class="ati-actions">'
        f'{_button("Import", id_="import", action="import", kind="primary")}'
        f'{_button("Cancel", id_="cancel", action="cancel")}'
        f"</div></div>"
        f'{_result("import")}'
        f"</div>"
    )


def _delete() -> str:
    return (
        f'<div class="ati-backup-part">'
        f'{_button("Delete everything", id_="delete", action="delete")}'
        f'<div class="ati-backup-confirm" id="{P}-confirm" role="group" aria-labelledby="{P}-confirm-text" '
        f"data-ati-backup-confirm hidden>"
        f'<p id="{P}-confirm-text" data-ati-backup-confirm-text>'
        f"{escape('Delete everything this site has saved in this browser?')}</p>"
        f'<div class="ati-actions">'
        f'{_button("Yes, delete everything", id_="confirm-yes", action="confirm-yes", kind="danger")}'
        f'{_button("Keep my data", id_="confirm-no", action="confirm-no")}'
        f"</div></div>"
        f'{_result("delete")}'
        f"</div>"
    )


def render(python: str = "") -> str:
    """The panel's HTML: a heading, a short explanation, export, import with a preview,
    delete with an inline confirmation, each part with a live region for what it did. ``python`` holds the
    attributes that start Python (see :mod:`build.extensions.panels`): every item of a file is checked
    there (``worksheets.api.check_backup``) before the preview shows it."""
    return (
        f'<section class="ati-panel ati-backup" id="{P}" data-panel="backup" data-module="backup/index.js" aria-labelledby="{P}-title" data-search-exclude'
        f'{python}>'
        f'<h2 class="ati-panel-title" id="{P}-title">Back up your answers</h2>'
        f'<p class="ati-panel-intro">'
        f"{escape('Save everything you typed on this site to one file, and keep it somewhere safe. Load it here again on another device, or after your browser clears its data. The file stays with you: nothing is sent anywhere.')}"
        f"</p>"
        f"{_export()}{_import()}{_delete()}"
        f"</section>"
    )
