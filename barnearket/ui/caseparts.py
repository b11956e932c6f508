"""Parts of the case overview: the parent and gate summary, and the children model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from barnearket.domain.forms.standard import CATEGORIES_ID
from barnearket.domain.model import Case, Child, label
from barnearket.domain.rules.adulthood import is_grown_up
from barnearket.domain.rules.ages import age_on
from barnearket.ui.units import list_units
from barnearket.ui.widgets import date_text, heading, qtr

if TYPE_CHECKING:
    from barnearket.ui.context import UiContext

CHILD_ROLE = Qt.ItemDataRole.UserRole
AnyIndex = QModelIndex | QPersistentModelIndex



def category_labels(forms: Any) -> dict[str, str]:
    """Category id → label from the loaded form library (empty if none is loaded)."""
    if forms is None or CATEGORIES_ID not in forms:
        return {}
    latest = forms.versions(CATEGORIES_ID)[-1]
    return {o.id: o.label for o in forms.choices_of(CATEGORIES_ID, latest)}


def child_text(child: Child, today: Any) -> str:
    """Name, age or due date, relation and where the child lives, on one line."""
    details = child.details
    if details.unborn:
        age = qtr("CaseView", "ufødt, termin %1").replace("%1", date_text(details.due_date))
    elif child.birth_date is not None and child.birth_date <= today:
        age = qtr("CaseView", "%1 år").replace("%1", str(age_on(child.birth_date, today)))
        if is_grown_up(child, today):
            age += qtr("CaseView", ", voksen (ikke lenger barn i saken)")
    else:
        age = qtr("CaseView", "alder ukjent")
    parts = [f"{child.name} – {age}", label(details.relation)]
    if details.residence is not None:
        parts.append(label(details.residence))
    return " · ".join(parts)


class ChildrenModel(QAbstractListModel):
    """The case's children, one row each; CHILD_ROLE is the child id."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._children: list[Child] = []

    def set_children(self, children: Sequence[Child]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._children = list(children)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of children."""
        return 0 if parent.isValid() else len(self._children)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The child's line, and its id."""
        if not index.isValid() or not 0 <= index.row() < len(self._children):
            return None
        child = self._children[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return child_text(child, self._ctx.clock.today())
        if role == CHILD_ROLE:
            return child.id
        return None


class CaseSummaryBox(QWidget):
    """The parent's name as heading, then case number, unit, status, categories and the gate answers."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.title = heading("", self, 6)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.values: dict[str, QLabel] = {}
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        form = QFormLayout()
        captions = (("number", qtr("CaseView", "Saksnummer:")), ("unit", qtr("CaseView", "Enhet:")),
                    ("status", qtr("CaseView", "Status:")), ("born", qtr("CaseView", "Fødselsdato:")),
                    ("phase", qtr("CaseView", "Behandling:")),
                    ("categories", qtr("CaseView", "Situasjon:")),
                    ("gate", qtr("CaseView", "Barn under 18 år:")),
                    ("siblings", qtr("CaseView", "Søsken under 18 år:")))
        for key, caption in captions:
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(QLabel(caption, self), value)
        box.addLayout(form)

    def show_case(self, case: Case) -> None:
        """Fill in the labels from a loaded case."""
        with self._ctx.reading() as sctx:
            units = dict(list_units(sctx))
        names = category_labels(self._ctx.forms)
        self.title.setText(case.parent.name)
        texts = {
            "number": case.number, "unit": units.get(case.unit_id, ""), "status": label(case.status),
            "born": date_text(case.parent.birth_date) or qtr("CaseView", "ikke oppgitt"),
            "phase": label(case.treatment_phase),
            "categories": ", ".join(sorted(names.get(c, c) for c in case.categories))
            or qtr("CaseView", "ingen valgt"),
            "gate": self._gate(case), "siblings": self._siblings(case),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def _gate(self, case: Case) -> str:
        if case.gate is None:
            return qtr("CaseView", "Ikke spurt ennå")
        return qtr("CaseView", "%1 (spurt %2)").replace("%1", label(case.gate.answer)).replace(
            "%2", date_text(case.gate.asked_on))

    def _siblings(self, case: Case) -> str:
        if case.gate is None or case.gate.siblings is None:
            return qtr("CaseView", "Ikke spurt")
        return label(case.gate.siblings)
