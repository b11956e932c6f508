"""A kept new entry is stored exactly once on either store: tried again after an earlier try reached the
server (only the reply was lost), it finds itself there; the same words written again later are a new
entry; and the look inside a savepoint leaves no trace (no extra row, no extra audit line). A closing,
a consent answer and a withdrawal whose reply was lost count as stored too."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from barnearket.domain.model import ChildDetails, ConsentForm, ConsentGiver, JsonValue, Parent
from barnearket.services.actions import add_action, add_evaluation
from barnearket.services.appendonce import append_once, stored_once
from barnearket.services.cases import create_case
from barnearket.services.children import add_child
from barnearket.services.concerns import close_concern, open_concern, reopen_concern
from barnearket.services.consents import record_consent, withdraw_consent
from barnearket.services.context import ServiceContext
from barnearket.services.keptwork import CLOSE, CONSENT, WITHDRAW, Pending
from barnearket.services.steps import add_observation, record_decision
from barnearket.storage.orm.actions import EvaluationRow
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.concerns import ConcernEventRow, ConcernRow
from barnearket.storage.orm.consents import ConsentRow
from barnearket.storage.orm.steps import DecisionRow, ObservationRow
from tests.seam.stores import OpenStore

TEXT = "Ánde fortalte om Ŋuolas-hytta; Máret nikket"

def _concern(store: OpenStore) -> int:
    with store.work() as ctx:
        case_id = create_case(ctx, unit_id=store.unit_id, parent=Parent(name="Ráhkel Ødegård"),
                              responsible_id=ctx.actor.user_id)
        child = add_child(ctx, case_id, ChildDetails(name="Máret Ŋuolas", birth_date=date(2015, 4, 9)))
        return open_concern(ctx, case_id, child, level=2, description="Uro.")


def _count(store: OpenStore, row: type) -> int:
    with store.work() as ctx:
        return ctx.session.scalar(select(func.count()).select_from(row)) or 0



def test_an_entry_that_reached_the_server_is_not_added_again(store: OpenStore) -> None:
    concern_id = _concern(store)
    tried = datetime.now(UTC) - timedelta(seconds=1)
    with store.work() as ctx:  # the first try: committed, but the reply never came back
        add_observation(ctx, concern_id, TEXT, observed_on=date(2026, 12, 6))
    with store.work() as ctx:
        audit = ctx.session.scalar(select(func.count()).select_from(AuditEntry))
    with store.work() as ctx:  # the retry
        again = append_once(ctx, "concretise", concern_id, tried,
                            lambda c: add_observation(c, concern_id, TEXT, observed_on=date(2026, 12, 6)))
    assert again is None, "counted as stored"
    assert _count(store, ObservationRow) == 1
    with store.work() as ctx:
        assert ctx.session.scalar(select(func.count()).select_from(AuditEntry)) == audit, "no trace left"


def test_other_words_or_an_older_identical_entry_are_added(store: OpenStore) -> None:
    concern_id = _concern(store)
    with store.work() as ctx:
        add_observation(ctx, concern_id, TEXT, observed_on=date(2026, 12, 6))
    later = datetime.now(UTC)
    with store.work() as ctx:  # written after the first: the same words are a new observation
        assert append_once(ctx, "concretise", concern_id, later,
                           lambda c: add_observation(c, concern_id, TEXT, observed_on=date(2026, 12, 6)))
    earlier = later - timedelta(minutes=5)
    with store.work() as ctx:  # another day on the same text is another entry
        assert append_once(ctx, "concretise", concern_id, earlier,
                           lambda c: add_observation(c, concern_id, TEXT, observed_on=date(2026, 12, 5)))
    assert _count(store, ObservationRow) == 3


def test_decisions_and_evaluations_are_matched_with_their_own_fields(store: OpenStore) -> None:
    from barnearket.domain.model import DecisionOutcome

    concern_id = _concern(store)
    tried = datetime.now(UTC) - timedelta(seconds=1)
    with store.work() as ctx:
        action_id = add_action(ctx, concern_id, "Samtale med mor")
        record_decision(ctx, concern_id, DecisionOutcome.OWN_UNIT, decided_on=date(2026, 12, 6), note=TEXT)
        add_evaluation(ctx, action_id, TEXT, evaluated_on=date(2026, 12, 6))
    with store.work() as ctx:
        assert append_once(ctx, "decision", concern_id, tried, lambda c: record_decision(
            c, concern_id, DecisionOutcome.OWN_UNIT, decided_on=date(2026, 12, 6), note=TEXT)) is None
        assert append_once(ctx, "evaluation", action_id, tried, lambda c: add_evaluation(
            c, action_id, TEXT, evaluated_on=date(2026, 12, 6))) is None
    assert (_count(store, DecisionRow), _count(store, EvaluationRow)) == (1, 1)


def test_a_closing_a_consent_and_a_withdrawal_that_reached_the_server_count_as_stored(
        store: OpenStore) -> None:
    concern_id = _concern(store)
    with store.work() as ctx:
        case_id = ctx.session.scalar(select(ConcernRow.case_id).where(ConcernRow.id == concern_id))
    assert case_id is not None
    tried = datetime.now(UTC) - timedelta(seconds=1)
    answers: dict[str, JsonValue] = {"note": TEXT, "on": date.today().isoformat(), "closing_note": TEXT,
                                     "answers": {"closing_note": TEXT}}

    def consent(c: ServiceContext) -> int:
        return record_consent(c, case_id, given_by=ConsentGiver.PARENT, purpose=TEXT, recipients=["skole"],
                              form=ConsentForm.WRITTEN, given_on=date(2026, 12, 1))

    def close(c: ServiceContext) -> object:
        return close_concern(c, concern_id, TEXT)

    with store.work() as ctx:  # each first try: committed, the reply lost
        consent_id = consent(ctx)
        close(ctx)
    kept = {kind: Pending(kind, record, field, None, answers, tried.isoformat())
            for kind, record, field in ((CONSENT, case_id, "consent:a"), (CLOSE, concern_id, "closure"),
                                        (WITHDRAW, consent_id, "withdraw"))}
    with store.work() as ctx:
        assert stored_once(ctx, kept[CONSENT], consent) is None
        assert stored_once(ctx, kept[CLOSE], close) is None
    with store.work() as ctx:
        withdraw_consent(ctx, consent_id, on=date.today(), note=TEXT)
    with store.work() as ctx:
        assert stored_once(ctx, kept[WITHDRAW], lambda c: withdraw_consent(
            c, consent_id, on=date.today(), note=TEXT)) is None
    assert _count(store, ConsentRow) == 1
    later = replace(kept[CLOSE], typed_at=datetime.now(UTC).isoformat())
    with store.work() as ctx:  # reopened since; a closing tried after that is a new one
        reopen_concern(ctx, concern_id, "Ny uro")
    with store.work() as ctx:
        assert stored_once(ctx, later, close) is not None
    assert _count(store, ConcernEventRow) == 3
