"""The database keeps a checked-out case read-only (raw SQL as Kari); an admin's release makes it
writable again, is logged, and a later check-in of the old copy is refused whole, losing nothing."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from barnearket.domain.errors import AccessDeniedError, NotFoundError
from barnearket.services import steps
from barnearket.services.checkin import CheckinRefusedError, check_in
from barnearket.services.checkout import check_out, release
from barnearket.storage.orm.audit import AuditEntry
from tests.checkout.support import FAST, Setting, cases_of, open_laptop, work
from tests.seam.stores import WORKER, WORKER_PASSPHRASE

WRITE = "UPDATE cases SET parent_phone = '1', row_version = row_version + 1 WHERE id = {case}"
"""A write that passes the row-version guard, so only the checkout guard can stop it."""
DENIED = psycopg.errors.InsufficientPrivilege


FAMILIES = 1
"""One of Kari's families on a fresh server (the `setting` fixture)."""


def _take(setting: Setting, path: Path) -> None:
    kari = setting.kari()
    try:
        check_out(kari, setting.numbers, path, WORKER_PASSPHRASE, kdf_params=FAST)
    finally:
        kari.close()


@pytest.mark.parametrize("statement", [
    WRITE,
    "UPDATE children SET name = 'Máret', row_version = row_version + 1 WHERE case_id = {case}",
    "INSERT INTO observations (concern_id, observed_on, text, worried_since, earlier_concerns, by_id,"
    " created_at) VALUES ({concern}, current_date, 'rå SQL', '', '', (SELECT id FROM users"
    " WHERE login = 'kari'), now())",
    "DELETE FROM consents WHERE case_id = {case}",
    "UPDATE case_checkouts SET checkin_tx = txid_current(); " + WRITE,
    "DELETE FROM case_checkouts; " + WRITE,
    "SELECT barnearket_claim_checkout('gjettet'); " + WRITE,
])
def test_the_database_refuses_writes_to_a_checked_out_case(setting: Setting, tmp_path: Path,
                                                           statement: str) -> None:
    _take(setting, tmp_path / "kopi.barnearket")
    family = setting.families[0]
    sql = statement.format(case=family.case_id, concern=family.concern_ids[0])
    with setting.made.raw(WORKER, WORKER_PASSPHRASE, autocommit=False) as con, \
            pytest.raises((psycopg.errors.ObjectInUse, DENIED)):
        for part in sql.split("; "):
            con.execute(part)
    with setting.made.raw(WORKER, WORKER_PASSPHRASE) as con:
        assert con.execute("SELECT count(*) FROM case_checkouts").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM observations WHERE text = 'rå SQL'").fetchone() == (0,)


def test_no_one_changes_or_deletes_a_checkout_row_directly(setting: Setting, tmp_path: Path) -> None:
    _take(setting, tmp_path / "kopi.barnearket")
    for login, password in (("admin", "riktig passordfrase æøå"), (WORKER, WORKER_PASSPHRASE)):
        for sql in ("UPDATE case_checkouts SET checkin_tx = txid_current()", "DELETE FROM case_checkouts"):
            with setting.made.raw(login, password) as con, pytest.raises(DENIED):
                con.execute(sql)
    with setting.made.raw(WORKER, WORKER_PASSPHRASE) as con, pytest.raises(DENIED):
        con.execute("SELECT barnearket_release_checkout(%s)", (setting.numbers[0],))


def test_checkin_after_release_is_refused_with_a_report(setting: Setting, tmp_path: Path) -> None:
    path = tmp_path / "kopi.barnearket"
    _take(setting, path)
    laptop = open_laptop(path)
    try:
        with work(laptop) as ctx:
            steps.add_observation(ctx, _first_concern(ctx), "Skrevet på laptopen før frigivingen")
    finally:
        laptop.close()
    kari = setting.kari()
    try:
        with pytest.raises(AccessDeniedError), work(kari) as ctx:
            release(ctx, setting.numbers[0])
    finally:
        kari.close()
    admin = setting.admin()
    try:
        with work(admin) as ctx:
            assert release(ctx, setting.numbers[0]) == setting.families[0].case_id
        with pytest.raises(NotFoundError), work(admin) as ctx:
            release(ctx, setting.numbers[0])
    finally:
        admin.close()

    kari = setting.kari()
    try:
        with work(kari) as ctx:  # writable again on the server
            steps.add_observation(ctx, setting.families[0].concern_ids[0], "Skrevet på serveren etterpå")
        server_before = cases_of(kari, setting.numbers)
        laptop = open_laptop(path)
        laptop_before = cases_of(laptop, setting.numbers)
        try:
            with pytest.raises(CheckinRefusedError) as refused:
                check_in(laptop, kari)
        finally:
            laptop.close()
        report = refused.value.report
        assert report.numbers == setting.numbers and report.new_entries == 1
        message = refused.value.message
        assert "frigitt av en administrator" in message and setting.numbers[0] in message
        assert cases_of(kari, setting.numbers) == server_before, "nothing merged on the server"
    finally:
        kari.close()
    assert path.exists() and Path(f"{path}.keys").exists(), "the copy is left where it was"
    laptop = open_laptop(path)
    try:
        assert cases_of(laptop, setting.numbers) == laptop_before
    finally:
        laptop.close()
    admin = setting.admin()
    try:
        with work(admin) as ctx:
            actions = [(e.action, e.outcome) for e in ctx.session.scalars(
                select(AuditEntry).where(AuditEntry.action.in_(["checkout", "checkout_release", "checkin"]))
                .order_by(AuditEntry.seq))]
        assert actions == [("checkout", "ok"), ("checkout_release", "ok"), ("checkin", "denied")]
    finally:
        admin.close()


def _first_concern(ctx: object) -> int:
    from barnearket.services.context import ServiceContext
    from barnearket.storage.orm.concerns import ConcernRow

    assert isinstance(ctx, ServiceContext)
    found = ctx.session.scalars(select(ConcernRow.id)).first()
    assert found is not None
    return found

