"""A check-in keeps the cases' identity on the server: every row the copy was made with comes back on
its own id, so the audit log from before the checkout, the family's access log and everything that
names a case, concern or entry by id still finds it; rows made on the laptop get new ids; and an edit
based on a version from before the checkout is refused, not applied over the laptop's work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.domain.conflicts import EditConflictError
from barnearket.services import steps
from barnearket.services.checkin import check_in
from barnearket.services.checkout import check_out
from barnearket.services.concerns import update_concern
from barnearket.services.exchange.exporter import build_document
from barnearket.services.innsyn import access_log
from barnearket.storage.mapping import load_case
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.store import Store
from tests.checkout.support import FAST, Setting, open_laptop, work
from tests.seam.stores import WORKER_PASSPHRASE

OFFLINE = "Skrevet hjemme hos Ánde Ŋuolas: rolig kveld"
CHANGED = "Uro om kveldene, endret på hjemmebesøket"


FAMILIES = 1  # one of Kari's families on a fresh server (the `setting` fixture reads it)


def _rows(store: Store, number: str) -> list[tuple[str, int]]:
    """(table, id) of every row of the case, in document order."""
    rows: list[tuple[str, int]] = []
    with work(store) as ctx:
        case_id = ctx.session.scalar(select(CaseRow.id).where(CaseRow.number == number))
        assert case_id is not None
        build_document(ctx.session, [case_id], lambda table, row_id: rows.append((table, row_id)))
    return rows


def _log(store: Store, case_id: int) -> list[tuple[str, str, str]]:
    """The family's access log (innsyn): when, who, what."""
    with work(store) as ctx:
        lines = access_log(ctx, load_case(ctx.session, case_id))
    return [(line.at.isoformat(), line.who, line.what) for line in lines]


def test_a_checked_in_case_keeps_its_ids_its_log_and_refuses_edits_on_old_versions(
        setting: Setting, tmp_path: Path) -> None:
    (family,) = setting.families
    concern_id = family.concern_ids[0]
    kari = setting.kari()
    try:
        before = _rows(kari, family.number)
        with work(kari) as ctx:
            seen = load_case(ctx.session, family.case_id).concerns[0].row_version
        log_before = _log(kari, family.case_id)
        check_out(kari, [family.number], tmp_path / "med.barnearket", WORKER_PASSPHRASE, kdf_params=FAST)
    finally:
        kari.close()
    laptop = open_laptop(tmp_path / "med.barnearket")
    try:
        with work(laptop) as ctx:
            laptop_case = ctx.session.scalar(select(CaseRow.id))
            assert laptop_case is not None
            (laptop_concern,) = [c.id for c in load_case(ctx.session, laptop_case).concerns]
            steps.add_observation(ctx, laptop_concern, OFFLINE)
        with work(laptop) as ctx:
            update_concern(ctx, laptop_concern, description=CHANGED)
        kari = setting.kari()
        try:
            check_in(laptop, kari)
        finally:
            kari.close()
    finally:
        laptop.close()

    kari = setting.kari()
    try:
        after = _rows(kari, family.number)
        assert ("cases", family.case_id) in after and ("concerns", concern_id) in after
        assert set(before) <= set(after), "every row the copy was made with is back on its own id"
        (new,) = [row for row in after if row not in before]
        assert new[0] == "observations" and new[1] > max(i for t, i in before if t == "observations")
        log_after = _log(kari, family.case_id)
        assert log_after[:len(log_before)] == log_before, "the access log still starts at the case's creation"
        with work(kari) as ctx:
            concern = load_case(ctx.session, family.case_id).concerns[0]
        assert concern.id == concern_id and concern.description == CHANGED and concern.row_version > seen
        with pytest.raises(EditConflictError), work(kari) as ctx:  # typed on the server before the checkout
            update_concern(ctx, concern_id, description="Gammel tekst fra før utsjekkingen", base=seen)
    finally:
        kari.close()
