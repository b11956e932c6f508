"""A report draft two people edited at once: the editor's fields by the names the conflict choice
shows, so a refused save is merged field by field and loses none of the typed text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from barnearket.ui.conflict.merge import Field
from barnearket.ui.report.parts import SECTION_ORDER, SECTION_TITLES
from barnearket.ui.widgets import qtr

if TYPE_CHECKING:
    from barnearket.ui.report.editor import ReportEditor


def report_widgets(editor: ReportEditor) -> list[Field]:
    """Every field of the report a person writes in, with the name she knows it by."""
    place = editor.place
    return [
        (qtr("ReportConflict", "Mottaker"), editor.recipient),
        (qtr("ReportConflict", "Kommunenummer"), place.number),
        (qtr("ReportConflict", "Kommune"), place.name),
        (qtr("ReportConflict", "Bydelsnummer"), place.district_number),
        (qtr("ReportConflict", "Bydel"), place.district),
        (qtr("ReportConflict", "Barnet orientert"), editor.child_box.answer),
        (qtr("ReportConflict", "Hvorfor barnet ikke er orientert"), editor.child_box.why),
        (qtr("ReportConflict", "Foreldrene orientert"), editor.parents_box.answer),
        (qtr("ReportConflict", "Hvorfor foreldrene ikke er orientert"), editor.parents_box.why),
        (qtr("ReportConflict", "Tolk"), editor.interpreter),
        (qtr("ReportConflict", "Tolk på språk"), editor.language),
        *((qtr("ReportParts", SECTION_TITLES[s]), editor.sections[s]) for s in SECTION_ORDER),
    ]
