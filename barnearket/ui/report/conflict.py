"""A report draft two people edited at once: its fields as the conflict choice shows them, mine and
the stored one, so a refused save of the report editor loses none of the typed text."""

from __future__ import annotations

from barnearket.domain.model import ReportContent, ReportRecipient, label
from barnearket.services.report_editing import ReportView
from barnearket.ui.conflict.fields import Fields
from barnearket.ui.report.parts import SECTION_ORDER, SECTION_TITLES
from barnearket.ui.widgets import qtr


def report_fields(content: ReportContent, recipient: ReportRecipient | None) -> Fields:
    """The report's recipient, the two answers on who is told and why not, and each section."""
    def told(value: bool | None) -> str:
        return {True: qtr("ReportConflict", "Ja"), False: qtr("ReportConflict", "Nei"),
                None: qtr("ReportConflict", "Ikke kjent")}[value]

    return {
        qtr("ReportConflict", "Mottaker"): label(recipient) if recipient is not None else "",
        qtr("ReportConflict", "Barnet orientert"): told(content.child_told),
        qtr("ReportConflict", "Hvorfor barnet ikke er orientert"): content.child_not_told_why,
        qtr("ReportConflict", "Foreldrene orientert"): told(content.parents_told),
        qtr("ReportConflict", "Hvorfor foreldrene ikke er orientert"): content.parents_not_told_why,
        qtr("ReportConflict", "Tolk på språk"): content.interpreter_language,
        **{qtr("ReportParts", SECTION_TITLES[s]): content.sections.get(s, "") for s in SECTION_ORDER},
    }


def stored_fields(view: ReportView) -> Fields:
    """The stored report as the editor would show it (empty sections prefilled from the case)."""
    content = view.report.content
    sections = {s: view.draft.text(s) for s in SECTION_ORDER}
    shown = ReportContent(sections=sections, parents_told=content.parents_told,
                          parents_not_told_why=content.parents_not_told_why, child_told=content.child_told,
                          child_not_told_why=content.child_not_told_why,
                          interpreter_language=view.draft.interpreter_language)
    return report_fields(shown, view.report.recipient)
