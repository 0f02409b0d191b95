"""Every worksheet the site offers, by id. A new worksheet is added here and nowhere else."""

from __future__ import annotations

from . import follow_up_sheet, interview, process, thank_you
from . import linkedin, outcomes, reflection, unwind
from .fields import Worksheet

WORKSHEETS: dict[str, Worksheet] = {ws.id: ws for ws in (interview.WORKSHEET, thank_you.WORKSHEET, follow_up_sheet.WORKSHEET, process.WORKSHEET)}
WORKSHEETS.update({ws.id: ws for ws in (reflection.WORKSHEET, linkedin.WORKSHEET, outcomes.WORKSHEET, unwind.WORKSHEET)})


def get(worksheet_id: str) -> Worksheet:
    try:
        return WORKSHEETS[worksheet_id]
    except KeyError:
        raise KeyError(f"no worksheet called {worksheet_id!r}; known: {', '.join(sorted(WORKSHEETS))}") from None
