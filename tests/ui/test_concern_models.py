"""Every item model of the concern and sheet panels passes Qt's model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from barnearket.domain.forms import FormLibrary
from barnearket.domain.model import (
    Action,
    ActionStatus,
    Concern,
    ConcernStatus,
    Consent,
    ConsentForm,
    ConsentGiver,
    Consultation,
    ConsultationWith,
    Decision,
    DecisionOutcome,
    Evaluation,
    LevelChange,
    Observation,
    ParentConversation,
    Scale,
    StatusChange,
    StatusEvent,
)
from barnearket.ui.concern import columns
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.listmodel import CONCERN_ROLE, ConcernListModel, ConcernProxy
from barnearket.ui.concern.records import RECORD_ROLE, Column, RecordModel, RecordSortProxy
from barnearket.ui.sheet.missing import MissingModel, MissingRow

DAY = date(2026, 3, 2)
AT = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _records(library: FormLibrary) -> list[tuple[list[Column], list[object]]]:
    evaluation = Evaluation(1, DAY, "Bedre", 1)
    return [
        (
            columns.observation_columns(),
            [Observation(1, DAY, "Sov i timen", 1), Observation(2, date(2026, 2, 1), "Å", 1)],
        ),
        (
            columns.consultation_columns(),
            [Consultation(1, DAY, ConsultationWith.BARNEVERN, True, 1, "", "Råd")],
        ),
        (columns.conversation_columns(), [ParentConversation(1, DAY, 1, "Mor", "Sett", "Enig", "Møte")]),
        (columns.decision_columns(library), [Decision(1, DAY, DecisionOutcome.OWN_UNIT, 1, "Leder")]),
        (
            columns.action_columns(),
            [Action(1, 1, "Samtale", ActionStatus.ONGOING, "Kari", None, DAY, None, (evaluation,))],
        ),
        (columns.evaluation_columns(), [evaluation]),
        (columns.level_columns(Scales(library).label), [LevelChange(Scale.CHILD, 2, AT, 1, "")]),
        (columns.history_columns(), [StatusEvent(StatusChange.CLOSED, DAY, 1, "Avklart")]),
        (
            columns.consent_columns(str),
            [Consent(1, 1, ConsentGiver.PARENT, "Skole", frozenset({"skole"}), ConsentForm.WRITTEN, DAY)],
        ),
    ]


def test_every_record_table_passes_the_model_tester(qtmodeltester, library: FormLibrary) -> None:  # type: ignore[no-untyped-def]
    for table_columns, records in _records(library):
        model = RecordModel(table_columns)
        qtmodeltester.check(model)
        model.set_records(records)
        qtmodeltester.check(model)
        proxy = RecordSortProxy(model)
        proxy.sort(0, Qt.SortOrder.AscendingOrder)
        qtmodeltester.check(proxy)
        assert proxy.index(0, 0).data(RECORD_ROLE) in records


def test_observations_sort_by_date_not_by_text(library: FormLibrary) -> None:
    model = RecordModel(columns.observation_columns())
    model.set_records([Observation(1, date(2026, 1, 10), "a", 1), Observation(2, date(2025, 12, 24), "b", 1)])
    proxy = RecordSortProxy(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "24.12.2025"


def _concern(concern_id: int, status: ConcernStatus, arose: date) -> Concern:
    return Concern(concern_id, 1, 1, arose, arose, 1, status)


def test_concern_list_puts_open_first_and_hides_closed_on_request(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ConcernListModel(lambda c: f"Bekymring {c.id}")
    qtmodeltester.check(model)
    model.set_concerns(
        [
            _concern(1, ConcernStatus.CLOSED, date(2026, 2, 1)),
            _concern(2, ConcernStatus.OPEN, date(2026, 1, 1)),
            _concern(3, ConcernStatus.OPEN, date(2026, 2, 20)),
        ]
    )
    qtmodeltester.check(model)
    proxy = ConcernProxy(model)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(CONCERN_ROLE).id for r in range(proxy.rowCount())] == [3, 2, 1]
    proxy.set_show_closed(False)
    assert proxy.rowCount() == 2


def test_missing_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MissingModel()
    qtmodeltester.check(model)
    model.set_rows(
        [MissingRow(0, "has_children", "Barn: Har brukeren barn?"), MissingRow(2, "x", "Sunná: X")]
    )
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Sunná: X"
