"""The sheet panel's service calls: load the case, start a conversation, complete it (the rules,
the gate among them, live in the services)."""

from __future__ import annotations

from barnearket.domain.forms import FormLibrary, Sheet
from barnearket.domain.forms.standard import SHEET_ID
from barnearket.domain.model import Case, SheetStatus
from barnearket.domain.model import Sheet as SheetRecord
from barnearket.services.cases import view_case
from barnearket.services.sheets import complete_sheet
from barnearket.services.sheets import start_conversation as start_next
from barnearket.ui.context import UiContext


def read_case(ctx: UiContext, case_id: int) -> Case:
    """The whole case as it is in the file now."""
    with ctx.reading() as sctx:
        return view_case(sctx, case_id, log_view=False)


def current_sheet(case: Case) -> SheetRecord | None:
    """The sheet to show: the draft if there is one, else the newest completed one."""
    drafts = [s for s in case.sheets if s.status is SheetStatus.DRAFT]
    if drafts:
        return max(drafts, key=lambda s: s.version)
    return case.latest_sheet()


def previous_of(case: Case, sheet: SheetRecord) -> SheetRecord | None:
    """The completed conversation a sheet was started from."""
    return next((s for s in case.sheets if s.id == sheet.based_on), None)


def form_of(library: FormLibrary, sheet: SheetRecord) -> Sheet:
    """The exact form version the sheet was answered against."""
    return library.get_as(sheet.form_id, sheet.form_version, Sheet)


def start_conversation(ctx: UiContext, case: Case) -> int:
    """Start the next version (with the last completed answers); a first one gets the case's gate."""
    form = ctx.library.latest_as(SHEET_ID, Sheet)
    with ctx.unit_of_work() as sctx:
        sheet_id = start_next(sctx, case.id, form_id=form.id, form_version=form.version)
    return sheet_id


def complete(ctx: UiContext, sheet_id: int) -> None:
    """Lock the conversation for good."""
    with ctx.unit_of_work() as sctx:
        complete_sheet(sctx, sheet_id)
