"""A form rendered from questions, with a button that stores it through one service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from barnearket.domain.errors import DomainError
from barnearket.domain.forms import Question, QuestionType
from barnearket.domain.model import JsonValue
from barnearket.services.appendonce import stored_once
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import Pending
from barnearket.ui import journalling
from barnearket.ui.context import UiContext
from barnearket.ui.formwidgets import SectionForm
from barnearket.ui.widgets import HINT_STYLE, heading, message_label, qtr, show_message

Submit = Callable[[ServiceContext, int, Mapping[str, JsonValue]], object]
Keeps = Callable[[int, Mapping[str, JsonValue]], Pending]
"""The form's content as the local journal keeps it while the server is away (target id, answers)."""


class FormBox(QWidget):
    """Heading, form, messages and the store button; `target_id` is what the call stores onto.

    Attributes:
        form: the SectionForm.
        button: stores the form.
        target_id: the concern, action or case id passed to the service call.
        keeps: how the local journal keeps the form while the server is away (None: not kept; the
            server's absence is then an error as before).
        retry_with: what the retry calls when the server may be back (the owner's own save).

    Signals:
        done(object): stored; carries what the service returned.
    """

    done = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        questions: Sequence[Question],
        *,
        title: str,
        button_text: str,
        submit: Submit,
        context: Mapping[str, JsonValue] | None = None,
        defaults: Mapping[str, JsonValue] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._submit = submit
        self._defaults = dict(defaults or {})
        self.target_id: int | None = None
        self.keeps: Keeps | None = None
        self.retry_with: Callable[[], object] = self.submit
        self._kept: Pending | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._again)
        self.form = SectionForm(questions, ctx.library, parent=self, today=ctx.clock.today)
        self.form.set_context(context or {})
        self.reset()
        self.button = QPushButton(button_text, self)
        self.button.clicked.connect(self.submit)
        self.error = message_label(self)
        self.notes = message_label(self, HINT_STYLE)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        if title:
            column.addWidget(heading(title, self, 1))
        column.addWidget(scroll, 1)
        column.addWidget(self.error)
        column.addWidget(self.notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(row)

    def submit(self) -> None:
        """Store the form; missing required answers are named instead."""
        if self.target_id is None:
            return
        missing = self.form.missing()
        if missing:
            names = ", ".join(f"«{q.label}»" for q in missing)
            show_message(self.error, self.tr("Fyll ut %1 først.").replace("%1", names))
            return
        target, answers = self.target_id, self.form.visible_answers()
        tried_at = self._ctx.clock.now()
        try:
            with self._ctx.unit_of_work() as sctx:
                result = self._stored(sctx, target, answers)
        except DomainError as error:
            self._settle()
            show_message(self.error, str(error))
            return
        except Exception as exc:
            if self.keeps is None or not journalling.server_away(self._ctx, exc):
                raise
            self._keep(target, answers, exc, tried_at)
            return
        if self._settle():
            self._ctx.save_status.saved.emit()
        show_message(self.error, "")
        notes = getattr(result, "notes", result if isinstance(result, list) else [])
        show_message(self.notes, "\n".join(getattr(n, "message", str(n)) for n in notes))
        self.reset()
        self.done.emit(result)

    def _stored(self, sctx: ServiceContext, target: int, answers: Mapping[str, JsonValue]) -> object:
        """Store the form; a kept new entry only if an earlier try did not reach the server after all."""
        kept = self._kept
        if kept is None or kept.record_id != target:
            return self._submit(sctx, target, answers)
        return stored_once(sctx, kept, lambda c: self._submit(c, target, answers))

    def _keep(self, target: int, answers: Mapping[str, JsonValue], exc: Exception,
              tried_at: datetime) -> None:
        """The server is away: keep everything on screen and in the journal, and try again by itself.

        The kept entry is dated when it was first tried: that try may have reached the server."""
        from barnearket.ui.autosave import RETRY_MS

        assert self.keeps is not None
        entry = replace(self.keeps(target, answers), typed_at=tried_at.isoformat())
        if self._kept is not None and self._kept.record_id == target:  # the same entry, typed on
            entry = replace(self._kept, value=entry.value, base=entry.base)
        entry = replace(entry, case_number=entry.case_number or journalling.open_case_number(self))
        journalling.keep(self._ctx, [entry])
        self._kept = entry
        journalling.live[entry.key] = self
        show_message(self.error, qtr("Journalling", journalling.AWAY))
        self._ctx.save_status.failed.emit(journalling.status_text(self._ctx, exc))
        self._retry.start(RETRY_MS)

    def _again(self) -> None:
        self.retry_with()

    def _settle(self) -> bool:
        """The server answered: the journal need not keep this form any longer. True if it kept it."""
        self._retry.stop()
        kept, self._kept = self._kept, None
        if kept is None:
            return False
        journalling.live.pop(kept.key, None)
        journalling.stored(self._ctx, [kept])
        return True

    def has_pending(self) -> bool:
        """True while a stored-with-«Lagre» form waits for the server (it is tried again by itself)."""
        return self._kept is not None

    def kept_locally(self) -> bool:
        """True: what waits is in the local journal (a restart replays it)."""
        return self._kept is not None

    def flush(self) -> bool:
        """Try the waiting form now (before locking or closing); False if the server is still away."""
        if self._kept is not None:
            self.retry_with()
        return self._kept is None

    def reset(self) -> None:
        """Empty the form; required dates start at today, as most entries are made the same day, and
        the given defaults are filled in again."""
        today = self._ctx.clock.today().isoformat()
        dated = [q.id for q in self.form.questions if q.required and q.type is QuestionType.DATE]
        self.form.set_answers({**dict.fromkeys(dated, today), **self._defaults})

    def set_enabled(self, enabled: bool) -> None:
        """A closed concern takes no new entries."""
        self.form.setEnabled(enabled)
        self.button.setEnabled(enabled)
