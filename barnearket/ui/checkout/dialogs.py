"""The three dialogs of cases taken along: take the shown case to this machine, bring a laptop copy
back to the server, and (administrator) release a checkout that will not come back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QPushButton, QWidget

from barnearket.domain.errors import DomainError
from barnearket.storage.errors import CaseFileError
from barnearket.ui.checkout.banner import away_cases
from barnearket.ui.edit.common import EditDialog, hint
from barnearket.ui.passphrasefield import PassphraseField
from barnearket.ui.widgets import add_row, qtr

if TYPE_CHECKING:
    from barnearket.domain.model import Case
    from barnearket.keycost import KdfParams
    from barnearket.services.checkin import CheckinResult
    from barnearket.ui.context import UiContext
    from barnearket.ui.filethread import FileWorker

FILES = "Barnearket-saksfil (*.barnearket)"


class CheckoutDialog(EditDialog):
    """Where the laptop copy goes, and the person's passphrase (it opens the copy too).

    Attributes:
        kdf_params: the copy's key derivation (None: calibrated on this machine; tests set a fast one).
    """

    def __init__(self, ctx: UiContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(qtr("CheckoutDialog", "Ta med sak %1 på denne maskinen").replace("%1", case.number),
                         parent)
        self.setObjectName("checkoutDialog")
        self._ctx, self._case = ctx, case
        self.kdf_params: KdfParams | None = None
        self.save_button.setText(qtr("CheckoutDialog", "&Ta med"))
        self.column.addWidget(hint(qtr(
            "CheckoutDialog", "Saken kopieres til en ny, kryptert saksfil på denne maskinen, som du kan "
            "arbeide i uten nett. Du åpner den med brukernavnet ditt og den samme passordfrasen som på "
            "serveren. Til du leverer den tilbake, kan saken bare leses på serveren."), self))
        form = QFormLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("checkoutPath")
        self.path.setText(str(Path.home() / f"sak-{case.number}.barnearket"))
        choose = QPushButton(qtr("CheckoutDialog", "&Velg …"), self)
        choose.clicked.connect(self._choose)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.path, 1)
        line.addWidget(choose)
        add_row(form, qtr("CheckoutDialog", "&Ny saksfil:"), self.path, container=row)
        self.passphrase = PassphraseField(self)
        self.passphrase.setObjectName("checkoutPassphrase")
        add_row(form, qtr("CheckoutDialog", "&Passordfrasen din:"), self.passphrase.edit,
                container=self.passphrase)
        self.column.addLayout(form)
        self.finish_layout()
        self.resize(640, self.sizeHint().height())

    def _choose(self) -> None:
        chosen = self._ctx.dialogs.save_file(self, qtr("CheckoutDialog", "Ny saksfil for saken"),
                                             Path(self.path.text()), FILES)
        if chosen is not None:
            self.path.setText(str(chosen))

    def save(self) -> None:
        """Take the case along; a refusal is shown at its field and nothing is made."""
        from barnearket.services.checkout import check_out

        if not self.path.text().strip():
            self.fail(qtr("CheckoutDialog", "Velg hvor saksfilen skal ligge."), self.path)
            return
        if not self.passphrase.text():
            self.fail(qtr("CheckoutDialog", "Skriv passordfrasen din."), self.passphrase.edit)
            return
        assert self._ctx.case_file is not None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            check_out(self._ctx.case_file, [self._case.number], Path(self.path.text().strip()),
                      self.passphrase.text(), kdf_params=self.kdf_params,
                      clock=self._ctx.clock)
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.path)
            return
        finally:
            self.unsetCursor()
        self.accept()


class CheckinDialog(EditDialog):
    """What the laptop copy holds, the server's address and the passphrase; brings the copy back.

    Signals:
        checked_in(object): the CheckinResult, after the copy came back and was shredded.
    """

    checked_in = Signal(object)

    def __init__(self, ctx: UiContext, files: FileWorker, parent: QWidget | None = None) -> None:
        super().__init__(qtr("CheckinDialog", "Lever sakene tilbake til serveren"), parent)
        self.setObjectName("checkinDialog")
        self._ctx, self._files = ctx, files
        self.save_button.setText(qtr("CheckinDialog", "&Lever tilbake"))
        summary, server = self._summary()
        self.column.addWidget(hint(summary, self))
        form = QFormLayout()
        self.server = QLineEdit(self)
        self.server.setObjectName("checkinServer")
        self.server.setText(server)
        add_row(form, qtr("CheckinDialog", "&Serveradresse:"), self.server)
        self.passphrase = PassphraseField(self)
        self.passphrase.setObjectName("checkinPassphrase")
        add_row(form, qtr("CheckinDialog", "&Passordfrasen din:"), self.passphrase.edit,
                container=self.passphrase)
        self.column.addLayout(form)
        self.finish_layout()
        self.resize(640, self.sizeHint().height())

    def _summary(self) -> tuple[str, str]:
        from barnearket.services.checkin import copy_report
        from barnearket.services.checkout import copy_source

        laptop = self._ctx.case_file
        assert laptop is not None
        try:
            report = copy_report(laptop)
        except (DomainError, CaseFileError) as exc:  # not a laptop copy: nothing to bring back
            self.save_button.setEnabled(False)
            return exc.message, ""
        with self._ctx.reading() as sctx:
            server = copy_source(sctx) or ""
        text = qtr("CheckinDialog", "Denne saksfilen er en kopi av sak %1 tatt med fra serveren. Siden da er "
                   "det gjort %2 nye registreringer og %3 endringer. Alt leveres tilbake samlet; etterpå "
                   "overskrives og slettes kopien på denne maskinen, og Barnearket lukkes.")
        return (text.replace("%1", ", ".join(report.numbers)).replace("%2", str(report.new_entries))
                .replace("%3", str(report.changes))), server

    def save(self) -> None:
        """Bring the copy back on the file thread (it owns the copy's lock); refusals stay in the dialog."""
        if not self.passphrase.text():
            self.fail(qtr("CheckinDialog", "Skriv passordfrasen din."), self.passphrase.edit)
            return
        url, passphrase = self.server.text().strip(), self.passphrase.text()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._files.call(lambda: _bring_back(self._ctx, url, passphrase))
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.server)
            return
        finally:
            self.unsetCursor()
        self.accept()
        self.checked_in.emit(result)


def _bring_back(ctx: UiContext, url: str, passphrase: str) -> CheckinResult:
    from barnearket.services.checkin import check_in_at
    from barnearket.storage.location import StoreLocation, looks_like_server

    laptop, actor = ctx.case_file, ctx.actor
    assert laptop is not None and actor is not None
    if not looks_like_server(url):
        raise DomainError(qtr("CheckinDialog", "Skriv serverens adresse (postgresql://…)."))
    return check_in_at(laptop, StoreLocation.parse(url), login=actor.login, password=passphrase,
                       clock=ctx.clock)


class ReleaseDialog(EditDialog):
    """An administrator chooses (or types) a checked-out case and releases it on the server."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(qtr("ReleaseDialog", "Frigi en sak som er tatt med"), parent)
        self.setObjectName("releaseDialog")
        self._ctx = ctx
        self.save_button.setText(qtr("ReleaseDialog", "&Frigi"))
        self.column.addWidget(hint(qtr(
            "ReleaseDialog", "Bruk dette når en bærbar maskin med saker er borte eller ødelagt. Saken kan "
            "da endres på serveren igjen. Frigivingen føres i hendelsesloggen, og kopien som ble tatt med, "
            "blir avvist hvis noen prøver å levere den tilbake senere."), self))
        self.cases = QListWidget(self)  # made before the number: Tab follows the order of making
        self.cases.setObjectName("releaseCases")
        self.number = QLineEdit(self)
        self.number.setObjectName("releaseNumber")
        self.cases.setAccessibleName(qtr("ReleaseDialog", "Saker som er tatt med"))
        self.cases.currentTextChanged.connect(lambda text: self.number.setText(text.split(" ")[0]))
        self.column.addWidget(self.cases, 1)
        form = QFormLayout()
        add_row(form, qtr("ReleaseDialog", "&Saksnummer:"), self.number)
        self.column.addLayout(form)
        self.finish_layout()
        self._fill()
        if self.cases.count():
            self.cases.setCurrentRow(0)
            self.cases.setFocus()
        else:
            self.number.setFocus()
        self.resize(620, 400)

    def _fill(self) -> None:
        from barnearket.services.checkout import case_numbers

        marks = away_cases(self._ctx)
        if not marks:
            return
        with self._ctx.reading() as sctx:
            numbers: dict[int, Any] = dict(case_numbers(sctx, list(marks)))
        for case_id, mark in sorted(marks.items(), key=lambda item: str(numbers.get(item[0], ""))):
            if case_id in numbers:
                self.cases.addItem(f"{numbers[case_id]} – {mark}")

    def save(self) -> None:
        """Release the case typed or chosen; a refusal (not taken along, not an admin) stays here."""
        from barnearket.services.checkout import release

        number = self.number.text().strip()
        if not number:
            self.fail(qtr("ReleaseDialog", "Velg eller skriv saksnummeret."), self.number)
            return
        question = qtr("ReleaseDialog", "Frigi sak %1? Den kan endres på serveren igjen, og kopien som ble "
                       "tatt med, kan ikke leveres tilbake etterpå.").replace("%1", number)
        if not self._ctx.dialogs.confirm(self, qtr("ReleaseDialog", "Frigi saken"), question,
                                         qtr("ReleaseDialog", "&Frigi"), safe_default=True):
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                release(sctx, number)
        except (DomainError, CaseFileError) as exc:
            self.fail(exc.message, self.number)
            return
        self.accept()
