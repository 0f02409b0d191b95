"""Every worksheet the site offers, by id. A new worksheet is added here and nowhere else.

Modules are imported when a worksheet is first asked for, not all at start-up: in the
browser, "Python is ready" should not wait for worksheets the page does not show.
"""

from __future__ import annotations

from importlib import import_module

from .core.fields import Worksheet

#: Worksheet id -> the module (in :mod:`worksheets.sheets`) that declares it as WORKSHEET.
MODULES: dict[str, str] = {
    "interview": "interview",
    "process": "process",
    "thank-you": "thank_you",
    "reflection": "reflection",
    "linkedin": "linkedin",
    "follow-up": "follow_up",
    "outcomes": "outcomes",
    "offer": "offer",
    "unwind": "unwind",
}

#: Worksheet id -> the third-party packages (from browser-wheels.txt) it imports. The browser
#: installs a package only on the pages whose worksheets need it (tests check the others never
#: import one).
NEEDS: dict[str, tuple[str, ...]] = {
    "reflection": ("markdown",),
}


def get(worksheet_id: str) -> Worksheet:
    try:
        module = MODULES[worksheet_id]
    except KeyError:
        raise KeyError(f"no worksheet called {worksheet_id!r}; known: {', '.join(sorted(MODULES))}") from None
    worksheet = import_module(f".sheets.{module}", __package__).WORKSHEET
    assert worksheet.id == worksheet_id, f"{module}.WORKSHEET has id {worksheet.id!r}, registered as {worksheet_id!r}"
    return worksheet


def prime() -> None:
    """Do now what every call does on its first use, so the first press after Python says it
    is ready does not pay for it (the browser calls this with the page's first worksheet,
    before ready): the interview record's worksheet, the checklist and the plan's pictures imported, the wording
    files parsed in both Englishes, the holiday table and the date reader's word index built,
    the publisher's settings read."""
    import datetime as dt
    import unicodedata  # noqa: F401 (names are tidied with it)
    from importlib import resources

    from .core import settings
    from .days import holidays
    from .reading import reader
    from .words import wording

    get("interview")
    for module in ("sheets.checklist", "plan.pictures", "plan.rounds"):
        import_module(f"{__package__}.{module}")
    for file in resources.files(f"{__package__}.templates").iterdir():
        if file.name.endswith(".toml"):
            wording.load(file.name.removesuffix(".toml"), "gb")
            wording.load(file.name.removesuffix(".toml"), "us")
    holidays.table()
    reader.parse_timeline("by Friday", dt.date(2026, 1, 5), frozenset())
    settings.load()  # the publisher's settings, read from the wheel once


def warm() -> int:
    """Import every worksheet now (the browser calls this just after it says it is ready)."""
    return len([get(worksheet_id) for worksheet_id in MODULES])
