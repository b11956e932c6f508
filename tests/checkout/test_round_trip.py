"""Checkout → offline work on the laptop copy → checkin: nothing is lost, the mark is gone, the copy too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.domain.errors import ReadOnlyCaseError
from barnearket.services import steps
from barnearket.services.checkin import check_in
from barnearket.services.checkout import check_out
from barnearket.storage.checkouts import taken
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.steps import ObservationRow
from tests.checkout.support import FAST, Setting, cases_of, open_laptop, work
from tests.helpers.canary import find_canaries
from tests.helpers.plainpages import plain_database, plain_wal
from tests.seam.stores import WORKER_PASSPHRASE

OFFLINE = "Observert på hjemmebesøk: Ásllat lekte rolig, mor var edru"


FAMILIES = 2
"""Two of Kari's families on a fresh server (the `setting` fixture)."""


def test_checkout_edit_offline_checkin_is_lossless(setting: Setting, tmp_path: Path) -> None:
    laptop_path = tmp_path / "med" / "hjemmebesøk.barnearket"
    laptop_path.parent.mkdir()
    first, second = setting.families
    kari = setting.kari()
    try:
        other_before = cases_of(kari, [second.number])
        result = check_out(kari, [first.number], laptop_path, WORKER_PASSPHRASE, kdf_params=FAST)
        assert result.numbers == [first.number] and laptop_path.exists()
        with work(kari) as ctx:
            away = taken(ctx.session)
            assert [t.login for t in away.values()] == ["kari"] and first.case_id in away
        with pytest.raises(ReadOnlyCaseError, match="tatt med"), work(kari) as ctx:
            steps.add_observation(ctx, first.concern_ids[0], "Skrevet på serveren mens saken var ute")
        server_copy = cases_of(kari, [first.number])
    finally:
        kari.close()

    laptop = open_laptop(laptop_path)
    try:
        assert cases_of(laptop, [first.number]) == server_copy, "the copy holds the case as it was"
        with work(laptop) as ctx:
            concern = ctx.session.scalars(select(ObservationRow.concern_id)).first()
            assert concern is not None
            new_id = steps.add_observation(ctx, concern, OFFLINE)
        expected = cases_of(laptop, [first.number])
        key = laptop.file_key
        on_disk = plain_database(laptop_path, key) + plain_wal(Path(f"{laptop_path}-wal"), key)
        assert OFFLINE.encode() in on_disk, "the offline text is on the laptop"
        kari = setting.kari()
        try:
            done = check_in(laptop, kari)
        finally:
            kari.close()
    finally:
        laptop.close()
    assert done.numbers == [first.number] and done.audit_rows >= 2
    assert not laptop_path.exists() and not list(laptop_path.parent.iterdir()), "the copy is shredded"
    assert find_canaries([tmp_path], [OFFLINE, *first.canaries]) == []

    kari = setting.kari()
    try:
        assert cases_of(kari, [first.number]) == expected, "every change came back"
        assert cases_of(kari, [second.number]) == other_before, "the other case is untouched"
        with work(kari) as ctx:
            assert taken(ctx.session) == {}
            steps.add_observation(ctx, _concern_of(ctx, first.number), "Skrevet etter innsjekking")
            rows = ctx.session.scalars(select(AuditEntry).where(AuditEntry.action == "create",
                                                                 AuditEntry.object_type == "observation")
                                       .order_by(AuditEntry.seq)).all()
            new_server_ids = set(ctx.session.scalars(select(ObservationRow.id)))
            assert rows and all(r.object_id in new_server_ids for r in rows[-2:]), \
                "the offline audit row names the observation's new server id"
            assert new_id is not None
            checkins = ctx.session.scalars(select(AuditEntry).where(AuditEntry.action == "checkin")).all()
            assert len(checkins) == 1
    finally:
        kari.close()


def _concern_of(ctx: object, number: str) -> int:
    from barnearket.services.context import ServiceContext
    from barnearket.storage.orm.cases import CaseRow
    from barnearket.storage.orm.concerns import ConcernRow

    assert isinstance(ctx, ServiceContext)
    found = ctx.session.scalars(select(ConcernRow.id).join(CaseRow, CaseRow.id == ConcernRow.case_id)
                                .where(CaseRow.number == number)).first()
    assert found is not None
    return found
