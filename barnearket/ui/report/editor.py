"""The report editor: one version of a report, every part of the portal's form, sending and feedback."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from barnearket.domain.conflicts import EditConflictError
from barnearket.domain.errors import DomainError
from barnearket.domain.model import (
    JsonValue,
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    label,
)
from barnearket.domain.rules.reports import Readiness
from barnearket.reports.names import report_heading
from barnearket.services import report_editing, reports
from barnearket.services.keptwork import REPORT, Pending, content_of, report_value
from barnearket.services.portal import PROFILE_FIELDS, PortalNotReadyError
from barnearket.storage.errors import CaseFileError
from barnearket.ui import journalling
from barnearket.ui.conflict.fields import ask_fields
from barnearket.ui.conflict.fieldsdialog import FieldConflictDialog
from barnearket.ui.conflict.merge import FormMerge
from barnearket.ui.conflict.resolve import Resolution
from barnearket.ui.fitting import fit_to_screen
from barnearket.ui.report.conflict import report_widgets
from barnearket.ui.report.parts import SECTION_ORDER, Answer, PlaceBox, ToldBox, section_group
from barnearket.ui.report.reporter import ReporterBox
from barnearket.ui.report.tracking import TrackingBox
from barnearket.ui.widgets import (
    HINT_STYLE,
    add_row,
    heading,
    message_label,
    qtr,
    show_message,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from barnearket.services.context import ServiceContext
    from barnearket.ui.context import UiContext
    from barnearket.ui.documents import DocumentDialog
    from barnearket.ui.profile import ProfileDialog

ACUTE_STYLE = ("QLabel { color: white; background: #b3261e; border-radius: 4px; padding: 6px;"
               " font-weight: bold; }")


class ReportEditor(QDialog):
    """Edits one report version; a sent version is shown locked, with its dates and the feedback.

    Signals:
        changed(): something was stored (the concern view reloads).
    """

    changed = Signal()

    def __init__(self, ctx: UiContext, report_id: int, parent: QWidget | None = None, *,
                 acute_note: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("reportEditor")
        self._ctx, self.report_id = ctx, report_id
        self.view: report_editing.ReportView | None = None
        self.dirty = False
        self._base: int | None = None
        """The report's version the form was filled from (`storage/versions.py`)."""
        self.conflict_dialog: FieldConflictDialog | None = None
        self.kept: Pending | None = None
        """The draft as the local journal keeps it while the server is away (None: nothing waits)."""
        self._seen: dict[str, JsonValue] = {}
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.save)
        self.title = heading("", self, 4)
        self.acute = QLabel(acute_note, self)
        self.acute.setStyleSheet(ACUTE_STYLE)
        self.acute.setWordWrap(True)
        self.acute.setVisible(bool(acute_note))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.message = message_label(self)
        self.recipient = QComboBox(self)
        for recipient in ReportRecipient:
            self.recipient.addItem(label(recipient), recipient)
        self.place = PlaceBox(self)
        self.reporter_box = ReporterBox(ctx, self)
        self.reporter, self.portal_gaps = self.reporter_box.reporter, self.reporter_box.portal_gaps
        self.profile_button = self.reporter_box.profile_button
        self.interpreter = Answer(self.tr("Ikke kjent"), self)
        self.language = QLineEdit(self)
        self.sections: dict[ReportSection, QPlainTextEdit] = {}
        self.tracking = TrackingBox(self)
        self.notes = message_label(self, HINT_STYLE)
        self.pending = PendingReport(self)
        self._build()
        self._connect()
        self._merge: FormMerge | None = None
        self.reload()
        self._merge = FormMerge(report_widgets(self))
        fit_to_screen(self, 1240, 760)
        self._first_focus(bool(acute_note))

    def _first_focus(self, acute: bool) -> None:
        """Acute: straight into «Bekymringen»; otherwise the first field, the recipient."""
        if acute and ReportSection.CONCERN in self.sections:
            editor = self.sections[ReportSection.CONCERN]
            editor.setFocus()
            QTimer.singleShot(0, lambda: self.form_scroll.ensureWidgetVisible(editor, 0, 160))
        else:
            self.recipient.setFocus()

    # ---- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.form = QWidget(self)
        self.column = QVBoxLayout(self.form)
        top = QFormLayout()
        add_row(top, self.tr("&Mottaker:"), self.recipient)
        self.column.addLayout(top)
        self.column.addWidget(_numbered(1, self.place))
        self.column.addWidget(_numbered(2, self.reporter_box))
        self.child_box = ToldBox(self.tr("3. Barnet"), "", self.tr("Er barnet &orientert om meldingen?"),
                                 self)
        self.parents_box = ToldBox(self.tr("4. Foreldre eller foresatte"), "",
                                   self.tr("Er foreldrene o&rientert om meldingen?"), self)
        self.column.addWidget(self.child_box)
        self.column.addWidget(self.parents_box)
        self.column.addWidget(self._interpreter_box())
        self.form_scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        side = QVBoxLayout()
        side.addWidget(self.tracking)
        side.addWidget(self.notes)
        side.addStretch(1)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setFixedWidth(360)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.acute)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())

    def _interpreter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("5. Behov for tolk"), self)
        form = QFormLayout(box)
        add_row(form, self.tr("Trengs &tolk?"), self.interpreter)
        add_row(form, self.tr("Språk:"), self.language)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Lagre"), self)
        self.complete_button = QPushButton(self.tr("&Ferdig – klar til sending"), self)
        self.preview_button = QPushButton(self.tr("Forhånds&vis og skriv ut …"), self)
        self.json_button = QPushButton(self.tr("Fil til portalen (&JSON) …"), self)
        close = QPushButton(self.tr("Lukk"), self)
        row = QHBoxLayout()
        for button, slot in ((self.save_button, self.save), (self.complete_button, self.complete),
                             (self.preview_button, self.preview), (self.json_button, self.export_json)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close.clicked.connect(self.close)
        row.addWidget(close)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        return row

    def _connect(self) -> None:
        self.recipient.currentIndexChanged.connect(self._edited)
        self.place.edited.connect(self._edited)
        self.child_box.edited.connect(self._edited)
        self.parents_box.edited.connect(self._edited)
        self.interpreter.currentIndexChanged.connect(self._edited)
        self.language.textEdited.connect(self._edited)
        self.reporter_box.details_changed.connect(self._details_changed)
        self.tracking.send_requested.connect(self.mark_sent)
        self.tracking.feedback_requested.connect(self.record_feedback)
        self.tracking.correct_requested.connect(self.correct)

    def _edited(self) -> None:
        self.dirty = True

    # ---- showing --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the report again and show it (the free texts prefilled from the case where empty)."""
        with self._ctx.reading() as sctx:
            self.view = report_editing.view_report(sctx, self.report_id)
            newest = max(r.version for c in self.view.case.concerns for r in c.reports
                         if r.concern_id == self.view.report.concern_id
                         and r.series == self.view.report.series) == self.view.report.version
        view, report, draft = self.view, self.view.report, self.view.draft
        self.setWindowTitle(self.tr("%1 – sak %2").replace("%1", report_heading(report.recipient))
                            .replace("%2", view.case.number))
        self.title.setText(f"{report_heading(report.recipient)} · {self.tr('versjon')} "
                           f"{report.series}.{report.version}")
        self.status.setText(self._status_text())
        self.recipient.setCurrentIndex(self.recipient.findData(report.recipient))
        self.place.show_place(draft.organisation)
        self.reporter_box.show_view(view)
        content = report.content
        self.child_box.who.setText(", ".join(c.name for c in draft.children) or "–")
        self.parents_box.who.setText(", ".join(g.name for g in draft.guardians) or "–")
        self.child_box.set_values(content.child_told, content.child_not_told_why)
        self.parents_box.set_values(content.parents_told, content.parents_not_told_why)
        self.interpreter.set_value(draft.interpreter_needed)
        self.language.setText(draft.interpreter_language)
        self._show_sections()
        self.tracking.show_report(report, view.due, self._ctx.clock.today(), newest)
        self._lock(report.locked)
        self.json_button.setVisible(report.recipient.portal_applies)
        self.dirty = False
        self._base = report.row_version or None
        self._seen = report_value(self.content(), self.recipient.currentData())
        if self._merge is not None:
            self._merge.remember()

    def _status_text(self) -> str:
        assert self.view is not None
        report = self.view.report
        text = self.tr("Status: %1.").replace("%1", label(report.status))
        if report.locked:
            return text + " " + self.tr("En sendt versjon endres ikke; lag en rettet versjon ved behov.")
        return text + " " + self.tr("Meldeplikten er personlig: meldingen kan alltid skrives, "
                                    "skrives ut og sendes, også uten samtykke eller ferdige steg.")

    def _show_sections(self) -> None:
        assert self.view is not None
        if not self.sections:
            for number, section in enumerate(SECTION_ORDER, start=6):
                box, editor = section_group(self.form, number, section, "")
                editor.textChanged.connect(self._edited)
                self.sections[section] = editor
                self.column.addWidget(box)
            self.column.addStretch(1)
            self._tab_order()
        for section, editor in self.sections.items():
            editor.setPlainText(self.view.draft.text(section))

    def _tab_order(self) -> None:
        """Tab follows the portal's order down the form, then sending, then the buttons."""
        p, t = self.place, self.tracking
        chain: list[QWidget] = [
            self.recipient, p.number, p.name, p.district_number, p.district, self.profile_button,
            self.reporter_box.org_button, self.child_box.answer, self.child_box.why,
            self.parents_box.answer, self.parents_box.why, self.interpreter, self.language,
            *self.sections.values(), t.sent_on, t.channel, t.reference, t.send_button, t.feedback_on,
            t.feedback_button, t.correct_button, self.save_button, self.complete_button,
            self.preview_button, self.json_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _lock(self, locked: bool) -> None:
        for widget in (self.recipient, self.place, self.child_box, self.parents_box, self.interpreter,
                       self.language):
            widget.setEnabled(not locked)
        for editor in self.sections.values():
            editor.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self.complete_button.setEnabled(not locked)

    # ---- storing --------------------------------------------------------------------------------

    def content(self) -> ReportContent:
        """The report as typed."""
        assert self.view is not None
        base = self.view.report.content
        return replace(
            base, sections={s: e.toPlainText() for s, e in self.sections.items()},
            parents_told=self.parents_box.answer.value(),
            parents_not_told_why=self.parents_box.why.toPlainText(),
            child_told=self.child_box.answer.value(), child_not_told_why=self.child_box.why.toPlainText(),
            interpreter_needed=self.interpreter.value(), interpreter_language=self.language.text(),
            **self.place.apply(base),
        )

    def save(self) -> bool:
        """Store what is typed (a sent version is never changed). False, with the reason, if refused."""
        if self.view is None or self.view.report.locked:
            return True
        recipient, content = self.recipient.currentData(), self.content()
        if not self._run(lambda sctx: reports.update_report(sctx, self.report_id, content, recipient,
                                                            base=self._base), keep=(content, recipient)):
            return False
        self.reload()
        self._settle()
        show_message(self.message, "")
        return True

    def _keep(self, exc: Exception, content: ReportContent, recipient: ReportRecipient) -> bool:
        """The server is away: the draft stays here and in the local journal, and is tried again."""
        from barnearket.ui.autosave import RETRY_MS

        value = {"mine": report_value(content, recipient), "seen": self._seen}
        kept = Pending.typed(REPORT, self.report_id, "content", None, value, self._base)  # type: ignore[arg-type]
        self.kept = replace(kept, case_number=self.view.case.number if self.view is not None else "")
        journalling.keep(self._ctx, [self.kept])
        journalling.live[self.kept.key] = self.pending
        show_message(self.message, qtr("Journalling", journalling.AWAY))
        self._ctx.save_status.failed.emit(journalling.status_text(self._ctx, exc))
        self._retry.start(RETRY_MS)
        return False

    def _settle(self) -> None:
        """The draft is stored: the journal need not keep it any longer."""
        self._retry.stop()
        kept, self.kept = self.kept, None
        if kept is not None:
            journalling.live.pop(kept.key, None)
            journalling.stored(self._ctx, [kept])
            self._ctx.save_status.saved.emit()

    def restore(self, entry: Pending) -> None:
        """Show a draft kept while the server was away, over what was shown when it was typed, so a
        newer stored version is merged field by field (and a field both changed is asked about)."""
        assert isinstance(entry.value, dict)
        self._fill(*content_of(entry.value["seen"]))
        if self._merge is not None:
            self._merge.remember()
        self._fill(*content_of(entry.value["mine"]))
        self._base, self.dirty, self.kept = entry.base, True, entry
        journalling.live[entry.key] = self.pending

    def _fill(self, content: ReportContent, recipient: ReportRecipient) -> None:
        self.recipient.setCurrentIndex(self.recipient.findData(recipient))
        self.place.number.setText(content.municipality_number)
        self.place.name.setText(content.municipality_name)
        self.place.district_number.setText(content.district_number)
        self.place.district.setText(content.district_name)
        self.child_box.set_values(content.child_told, content.child_not_told_why)
        self.parents_box.set_values(content.parents_told, content.parents_not_told_why)
        self.interpreter.set_value(content.interpreter_needed)
        self.language.setText(content.interpreter_language)
        for section, editor in self.sections.items():
            editor.setPlainText(content.section(section))

    def complete(self) -> None:
        """Store and mark the report ready; the notes only inform, nothing stops it."""
        if not self.save():
            return
        result: list[Readiness] = []
        if self._run(lambda sctx: result.append(reports.complete_report(sctx, self.report_id))):
            self.reload()
            self._show_notes(result[0])

    def _show_notes(self, readiness: Readiness) -> None:
        lines = [f"• {n.message}" for n in readiness.notes]
        text = self.tr("Meldingen er klar til å sendes.")
        show_message(self.notes, "\n".join([text, *lines]) if lines else text)

    def mark_sent(self, day: date, channel: ReportChannel, reference: str) -> None:
        """Store, then record that this version was sent (it is locked from now on)."""
        if self.save() and self._run(lambda sctx: reports.mark_report_sent(
                sctx, self.report_id, channel=channel, sent_on=day, portal_reference=reference)):
            self.reload()
            show_message(self.notes, self.tr("Registrert som sendt. Fristene står over."))

    def record_feedback(self, day: date | None, reference: str) -> None:
        """Store the feedback date and the portal's reference of a sent report."""
        if self._run(lambda sctx: reports.record_report_tracking(
                sctx, self.report_id, portal_reference=reference, feedback_on=day)):
            self.reload()
            show_message(self.notes, self.tr("Oppfølgingen er lagret."))

    def correct(self) -> None:
        """Start a corrected version of the sent report and show it (the sent one is kept)."""
        found: list[int] = []
        if self._run(lambda sctx: found.append(reports.correct_report(sctx, self.report_id))):
            self.report_id = found[0]
            self.reload()
            show_message(self.notes, self.tr("Dette er en ny versjon. Den sendte versjonen er beholdt."))

    def _run(self, action: Callable[[ServiceContext], object],
             keep: tuple[ReportContent, ReportRecipient] | None = None) -> bool:
        """Run one unit of work; with `keep` (the draft), a server that is away keeps it and retries."""
        try:
            with self._ctx.unit_of_work() as sctx:
                action(sctx)
        except EditConflictError as conflict:
            show_message(self.message, conflict.message)
            return self._conflicted(conflict)
        except Exception as exc:
            if keep is not None and journalling.server_away(self._ctx, exc):
                return self._keep(exc, *keep)
            if not isinstance(exc, (DomainError, CaseFileError)):
                raise
            show_message(self.message, exc.message)
            return False
        self.changed.emit()
        return True

    def _conflicted(self, conflict: EditConflictError) -> bool:
        """Someone stored the report after this editor was filled: her changes fill what this person
        left alone; a field both changed is shown side by side for the choice. True when the merged
        report is stored at once (nobody changed the same field)."""
        if self._merge is None or (self.conflict_dialog is not None and self.conflict_dialog.isVisible()):
            return False
        mine, theirs = self._merge.rebase(self.reload)
        self.dirty = True
        if not self._merge.overlap:  # nobody's change is lost: store the merged report
            return self.save()
        self.conflict_dialog = ask_fields(self, self._ctx, conflict, mine, theirs, done=self._resolved)
        return False

    def _resolved(self, resolution: Resolution) -> None:
        """Keep mine: store the merged report. The stored one: those fields take the stored text, and
        the person's other changes are still stored."""
        self._base = resolution.base
        assert self._merge is not None
        if self._merge.settle(resolution.choice):
            self.save()
        else:
            self.dirty = False
            show_message(self.message, "")

    # ---- documents and profile ------------------------------------------------------------------

    def preview(self) -> DocumentDialog | None:
        """Store, then open the PDF preview (print, save, copy each part for the portal)."""
        from barnearket.reports.names import DocumentKind
        from barnearket.services.documents import DocumentOptions
        from barnearket.ui.documents import DocumentDialog

        if not self.save():
            return None
        assert self.view is not None
        options = DocumentOptions(report=self.view.draft)
        dialog = DocumentDialog(self._ctx, self.view.case.id, DocumentKind.REPORT, options, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_json(self) -> None:
        """Store, then write the portal's JSON where the user chooses; say what the portal misses."""
        from pathlib import Path

        from barnearket.reports.names import DocumentKind, default_file_name

        if not self.save() or self.view is None:
            return
        suggested = Path.home() / default_file_name(DocumentKind.REPORT, self.view.case.number, ".json")
        path = self._ctx.dialogs.save_file(self, self.tr("Fil til portalen"), suggested,
                                           self.tr("JSON-fil (*.json)"))
        if path is None:
            return
        try:
            with self._ctx.unit_of_work() as sctx:
                report_editing.export_report_portal(sctx, self.report_id, path)
        except PortalNotReadyError as exc:
            show_message(self.message, exc.message)
            if PROFILE_FIELDS & set(exc.missing):
                self.profile_button.setFocus()
            return
        except (DomainError, CaseFileError) as exc:
            show_message(self.message, exc.message)
            return
        show_message(self.notes, self.tr("Filen til portalen er lagret. Slett den når meldingen er sendt."))

    def edit_profile(self) -> ProfileDialog:
        """Open «Min profil» right here; the report shows the new details when it is saved."""
        return self.reporter_box.edit_profile()

    def _details_changed(self) -> None:
        if self.dirty:
            self.save()
        else:
            self.reload()

    def done(self, result: int) -> None:
        """Closing keeps what was typed: it is stored first (a refusal keeps the editor open)."""
        if self.dirty and self.view is not None and not self.view.report.locked and not self.save():
            return
        super().done(result)


class PendingReport(QObject):
    """What is typed but not stored yet; `flush_all` stores it before locking or closing the file."""

    def __init__(self, editor: ReportEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def has_pending(self) -> bool:
        """True while typing waits to be stored (never for a sent, locked version)."""
        view = self._editor.view
        return self._editor.dirty and view is not None and not view.report.locked

    def flush(self) -> bool:
        """Store now; False if it was refused (the editor says why)."""
        return self._editor.save()

    def kept_locally(self) -> bool:
        """True when the draft waiting for the server is in the local journal (a restart replays it)."""
        return self._editor.kept is not None


def _numbered(number: int, box: QGroupBox) -> QGroupBox:
    box.setTitle(f"{number}. {box.title()}")
    return box
