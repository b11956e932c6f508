"""The consents page: a refusal recorded through the form, a withdrawal through its dialog, and the
"may we share?" check, all stored in the real file."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from barnearket.domain.model import ConsentForm, ConsentGiver
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.services.concerns import open_concern
from barnearket.services.consents import record_consent, withdraw_consent
from barnearket.storage.mapping import load_case
from barnearket.ui.concern.withdraw import WithdrawDialog
from barnearket.ui.context import UiContext
from barnearket.ui.formwidgets.dates import to_qdate
from tests.ui.test_concern_panel import _fill, _panel


def _consents_page(qtbot: QtBot, ui: UiContext, case_id: int):  # type: ignore[no-untyped-def]
    with ui.unit_of_work() as sctx:
        child = load_case(sctx.session, case_id).children[0]
        open_concern(sctx, case_id, child.id, level=3)
    panel = _panel(qtbot, ui, case_id)
    panel.select(panel.case.concerns[0].id)  # type: ignore[union-attr]
    panel.view.open_step(8)
    return panel, panel.view.pages.consents, child.id


def _stored(ui: UiContext, case_id: int):  # type: ignore[no-untyped-def]
    with ui.reading() as sctx:
        return load_case(sctx.session, case_id).consents


def test_a_refusal_is_recorded_through_the_form_and_warns_when_sharing(
    qtbot: QtBot, ui: UiContext, case_id: int
) -> None:
    _, page, child_id = _consents_page(qtbot, ui, case_id)
    box = page.box
    assert box.form.answers()["answer"] == "given"
    _fill(box.form, {"answer": "refused", "given_by": "parent", "purpose": "ansvarsgruppe",
                     "recipients": ["nav"], "form": "oral"})
    box.button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    (stored,) = _stored(ui, case_id)
    assert stored.answer is ConsentAnswer.REFUSED and stored.given_on == date.today()
    assert stored.child_id == child_id
    assert page.model.data(page.model.index(0, 0)) == "Nektet"
    page.table.selectRow(0)
    assert not page.withdraw_button.isEnabled()
    page.share_choice.setCurrentIndex(page.share_choice.findData("nav"))
    page.share_button.click()
    assert "nektet" in page.share_result.text() and page.share_result.isVisible()


def test_a_consent_is_withdrawn_through_the_dialog(qtbot: QtBot, ui: UiContext, case_id: int) -> None:
    with ui.unit_of_work() as sctx:
        record_consent(sctx, case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid med skolen",
                       recipients=["skole"], form=ConsentForm.WRITTEN,
                       given_on=date.today() - timedelta(days=30))
    _, page, _ = _consents_page(qtbot, ui, case_id)
    page.share_choice.setCurrentIndex(page.share_choice.findData("skole"))
    page.share_button.click()
    assert "gyldig samtykke" in page.share_result.text()
    page.table.selectRow(0)
    assert page.withdraw_button.isEnabled()
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WithdrawDialog)
        seen.append(dialog.windowTitle())
        dialog.date_edit.setDate(to_qdate(date.today() - timedelta(days=2)))
        dialog.note_edit.setText("Mor sa det til kontaktpersonen")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    page.withdraw_button.click()
    assert seen == ["Trekk tilbake samtykke"]
    (stored,) = _stored(ui, case_id)
    assert stored.withdrawn_on == date.today() - timedelta(days=2)
    assert "kontaktpersonen" in stored.note
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Trukket tilbake")
    page.share_button.click()
    assert "ikke noe gyldig samtykke" in page.share_result.text()


def test_a_refused_withdrawal_asks_again_and_keeps_the_note(qtbot: QtBot, ui: UiContext,
                                                            case_id: int) -> None:
    with ui.unit_of_work() as sctx:
        consent = record_consent(sctx, case_id, given_by=ConsentGiver.PARENT, purpose="Samarbeid med skolen",
                                 recipients=["skole"], form=ConsentForm.WRITTEN,
                                 given_on=date.today() - timedelta(days=30))
    _, page, _ = _consents_page(qtbot, ui, case_id)
    page.table.selectRow(0)
    with ui.unit_of_work() as sctx:  # a colleague records the withdrawal first
        withdraw_consent(sctx, consent, on=date.today() - timedelta(days=1), note="Far ringte")
    note = "Mor sa det til kontaktpersonen i går kveld"
    seen: list[tuple[str, str, bool]] = []

    def cancel_second() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WithdrawDialog)
        seen.append((dialog.note(), dialog.refusal.text(), dialog.refusal.isVisible()))
        dialog.reject()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WithdrawDialog)
        dialog.note_edit.setText(note)
        QTimer.singleShot(0, cancel_second)
        dialog.accept()

    QTimer.singleShot(0, answer)
    page.withdraw_button.click()
    assert seen == [(note, "Samtykket er allerede trukket tilbake.", True)]
    (stored,) = _stored(ui, case_id)
    assert stored.note == "Far ringte" and stored.withdrawn_on == date.today() - timedelta(days=1)
