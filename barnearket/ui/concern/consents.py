"""The case's consents: the answer (given or refused), who answered, for what, to whom, until when;
a form for a new one, withdrawal of one, and a check of whether a service may be told."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.errors import DomainError
from barnearket.domain.forms import ItemList, Option, Question
from barnearket.domain.model import Case, Consent, ConsentForm, ConsentGiver, JsonValue
from barnearket.domain.model.consent import RELATIVES, RELATIVES_LABEL
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.domain.rules.consent import ConsentState, consent_state
from barnearket.reports.names import DocumentKind
from barnearket.services.consents import check_sharing, record_consent, withdraw_consent
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import WITHDRAW, Pending
from barnearket.ui import journalling
from barnearket.ui.concern.adapters import day, text
from barnearket.ui.concern.columns import consent_columns
from barnearket.ui.concern.entries import fit_columns, make_table
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.keptclosing import keep_consents, withdrawal
from barnearket.ui.concern.questions import consent_questions
from barnearket.ui.concern.records import RecordModel
from barnearket.ui.concern.split import SplitPage
from barnearket.ui.concern.withdraw import WithdrawDialog
from barnearket.ui.context import UiContext
from barnearket.ui.widgets import HINT_STYLE, heading, message_label, show_message


def record_answers(sctx: ServiceContext, case_id: int, answers: Mapping[str, JsonValue]) -> int:
    """Store the form's consent answer on the case (also what the journal's replay calls)."""
    child = answers.get("consent_child")
    recipients = answers.get("recipients")
    return record_consent(
        sctx,
        case_id,
        given_by=ConsentGiver(text(answers, "given_by")),
        purpose=text(answers, "purpose"),
        recipients=[str(r) for r in recipients] if isinstance(recipients, list) else [],
        form=ConsentForm(text(answers, "form")),
        given_on=day(answers, "given_on"),
        child_id=int(str(child)) if child else None,
        expires_on=day(answers, "expires_on"),
        note=text(answers, "note"),
        answer=ConsentAnswer(text(answers, "answer") or ConsentAnswer.GIVEN.value),
    )

class ConsentsPage(SplitPage):
    """Consents on the case (they cover every concern of it) and a form to record one.

    Attributes:
        withdraw_button: withdraws the selected consent (enabled only for one in force).
        share_choice, share_button, share_result: "may we tell this service?" for the concern's child.

    Signals:
        changed(): a consent was recorded or withdrawn.
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, tall=(1, 1))
        self._ctx = ctx
        self._case: Case | None = None
        self._child_id: int | None = None
        self.model = RecordModel(consent_columns(self._service_name, ctx.clock.today, self._purpose_name),
                                 self)
        self.table, self.proxy = make_table(self.model, self.tr("Samtykker på saken"), self)
        self.table.setMinimumHeight(96)
        self.box: FormBox | None = None
        self.withdraw_button = QPushButton(self.tr("&Trekk tilbake valgt samtykke …"), self)
        self.withdraw_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("Skriv &ut valgt samtykke …"), self)
        self.print_button.setEnabled(False)
        self.print_button.setToolTip(self.tr("Samtykkeskjemaet fylt ut med svaret som er valgt i listen"))
        self.withdraw_error = message_label(self)
        self.left = QVBoxLayout()
        self.left.addWidget(heading(self.tr("Samtykker på saken"), self, 1))
        self.left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.withdraw_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        self.left.addLayout(row)
        self.left.addWidget(self.withdraw_error)
        self._build_share_check()
        self.holder = QWidget(self)
        self.holder_column = QVBoxLayout(self.holder)
        self.holder_column.setContentsMargins(0, 0, 0, 0)
        self.set_parts(self.left, self.holder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.print_button.clicked.connect(self.print_selected)

    def _build_share_check(self) -> None:
        self.share_choice = QComboBox(self)
        self.share_choice.setAccessibleName(self.tr("Tjeneste å dele med"))
        for service_id, name in self._services():
            self.share_choice.addItem(name, service_id)
        self.share_button = QPushButton(self.tr("&Kan vi dele?"), self)
        self.share_result = message_label(self, HINT_STYLE)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Dele med:"), self)
        caption.setBuddy(self.share_choice)
        row.addWidget(caption)
        row.addWidget(self.share_choice, 1)
        row.addWidget(self.share_button)
        self.left.addLayout(row)
        self.left.addWidget(self.share_result)
        self.share_button.clicked.connect(self.check_selected_service)

    def set_case(self, case: Case, child_id: int | None) -> None:
        """Show the case's consents; the form offers the case's children."""
        children_changed = self._case is None or self._case.children != case.children
        self._case, self._child_id = case, child_id
        self.model.set_records(list(case.consents))
        fit_columns(self.table, 200)
        if children_changed:
            recipients = [Option(i, name) for i, name in self._services()]
            self._build_form(consent_questions(self._ctx.library, case.children, recipients))
        assert self.box is not None
        self.box.target_id = case.id
        if child_id is not None and "consent_child" not in self.box.form.answers():
            self.box.form.set_answers({**self.box.form.answers(), "consent_child": str(child_id)})
        self._selection_changed()
        show_message(self.share_result, "")
        journal = journalling.journal_of(self._ctx)
        if journal is None or not any(e.kind == WITHDRAW for e in journal.entries()):
            show_message(self.withdraw_error, "")

    def _build_form(self, questions: tuple[Question, ...]) -> None:
        if self.box is not None:
            self.box.deleteLater()
        self.box = FormBox(
            self._ctx,
            questions,
            title=self.tr("Nytt svar på samtykke"),
            button_text=self.tr("Registrer svaret"),
            submit=record_answers,
            defaults={"answer": ConsentAnswer.GIVEN.value},
            parent=self.holder,
        )
        self.box.done.connect(lambda _: self.changed.emit())
        keep_consents(self.box)
        self.holder_column.addWidget(self.box)

    def selected(self) -> Consent | None:
        """The consent chosen in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.record(self.proxy.mapToSource(rows[0]).row())
        return record if isinstance(record, Consent) else None

    def _selection_changed(self, *_: object) -> None:
        chosen = self.selected()
        open_states = (ConsentState.IN_FORCE, ConsentState.EXPIRED)
        self.withdraw_button.setEnabled(
            chosen is not None and consent_state(chosen, self._ctx.clock.today()) in open_states)
        self.print_button.setEnabled(chosen is not None)

    def print_selected(self) -> QWidget | None:
        """The consent form filled in with the chosen answer: preview, print or save."""
        from barnearket.services.documents import DocumentOptions  # reportlab loads when first needed
        from barnearket.ui.documents import DocumentDialog

        chosen = self.selected()
        if chosen is None or self._case is None:
            return None
        options = DocumentOptions(consent_id=chosen.id)
        dialog = DocumentDialog(self._ctx, self._case.id, DocumentKind.CONSENT, options, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def withdraw_selected(self) -> None:
        """Ask for the day and a note, then record that the chosen consent was withdrawn."""
        chosen = self.selected()
        if chosen is None:
            return
        dialog = WithdrawDialog(self._ctx.clock.today(), chosen.given_on, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                with self._ctx.unit_of_work() as sctx:
                    withdraw_consent(sctx, chosen.id, on=dialog.day(), note=dialog.note())
            except DomainError as error:  # asked again with the reason shown: nothing typed is dropped
                dialog.refuse(str(error))
                continue
            except Exception as exc:
                if not journalling.server_away(self._ctx, exc):
                    raise
                # The driver's error and its frames form a cycle that holds this dialog: cut it, so the
                # dialog is freed here in the GUI thread, not by a collection in the live-change thread.
                exc.__traceback__ = None
                self._keep_withdrawal(withdrawal(chosen.id, dialog.day(), dialog.note()), exc)
                return
            show_message(self.withdraw_error, "")
            self.changed.emit()
            return

    def _keep_withdrawal(self, entry: Pending, exc: Exception) -> None:
        """The server is away: the withdrawal is kept encrypted here and stored by the replay when it is
        back (the list of unsaved work shows it meanwhile)."""
        entry = replace(entry, case_number=journalling.open_case_number(self))
        if not journalling.keep(self._ctx, [entry]):
            raise exc
        show_message(self.withdraw_error, self.tr(
            "Ikke lagret – prøver igjen. Serveren svarer ikke. Tilbaketrekkingen og merknaden din er tatt "
            "vare på kryptert på denne maskinen og lagres av seg selv når serveren svarer igjen."))
        self._ctx.save_status.failed.emit(journalling.status_text(self._ctx, exc))
        replay = getattr(self.window(), "replay", None)
        if replay is not None:
            replay.start()

    def check_selected_service(self) -> None:
        """Say whether a valid consent lets the concern's child's information go to the chosen service."""
        service_id = self.share_choice.currentData()
        if self._case is None or not service_id:
            return
        with self._ctx.reading() as sctx:
            notes = check_sharing(sctx, self._case.id, [str(service_id)], child_id=self._child_id)
        name = self.share_choice.currentText()
        message = (" ".join(n.message for n in notes) if notes
                   else self.tr("Et gyldig samtykke dekker deling med %1 i dag.").replace("%1", name))
        show_message(self.share_result, message)

    def _services(self) -> list[tuple[str, str]]:
        from barnearket.domain.forms.standard import SERVICES_ID

        try:
            items = self._ctx.library.latest_as(SERVICES_ID, ItemList).items
        except (KeyError, TypeError):
            items = ()
        return [*((str(i.id), str(i.label)) for i in items), (RELATIVES, self.tr(RELATIVES_LABEL))]

    def _purpose_name(self, stored: str) -> str:
        """The catalogue's wording of a purpose stored by id (free text is shown as typed)."""
        from barnearket.domain.forms.standard import PURPOSES_ID

        try:
            return str(self._ctx.library.latest_as(PURPOSES_ID, ItemList).item(stored).label)
        except (KeyError, TypeError):
            return stored

    def _service_name(self, service_id: str) -> str:
        from barnearket.domain.forms.standard import SERVICES_ID

        if service_id == RELATIVES:
            return self.tr(RELATIVES_LABEL)
        try:
            return str(self._ctx.library.latest_as(SERVICES_ID, ItemList).item(service_id).label)
        except (KeyError, TypeError):
            return service_id
