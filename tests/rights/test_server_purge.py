"""Acceptance for purge on the server store (issue 18, point 3): `barnearket purge URL --case NR` as an
administrator of the case's unit removes every row of the case; after the owner's `--vacuum`, a canary
search over every table through SQL, over the database's own files on disk and over a fresh
`backup URL DEST` file finds none of the family's names, numbers or free texts; the audit chain
verifies, `check` passes, the purge row names no one, and each refusal is in the server's log."""

from __future__ import annotations

import io
from pathlib import Path

import psycopg
import pytest

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, Parent
from barnearket.domain.roles import Role
from barnearket.services.cases import create_case
from barnearket.services.children import add_child
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.staff import set_role_and_unit
from barnearket.services.units import add_unit
from barnearket.storage import audit
from barnearket.storage.location import StoreLocation
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.server.policies import CASE_TABLES
from barnearket.storage.server.setup import add_person
from barnearket.storage.store import Store, open_store
from tests.helpers.canary import find_canaries
from tests.helpers.plainpages import plain_database
from tests.rights.family import Family, allow_synthetic_ids, write_family
from tests.server.helpers import ADMIN, PASSWORD, Made
from tests.services.support import assert_audit_clean

UNIT = "Rustjenesten"
WORKER, WORKER_PASSWORD = "kari", "Kari sitt lange passord æøå"
KEPT = "Biret Ámmol-Hætta"
COPY_PASSPHRASE = "Blåbær-trompet-Vadsø-1987"


def _as(location: StoreLocation, login: str, password: str) -> tuple[Store, Actor]:
    store = open_store(location, login=login, passphrase=password)
    assert store.user is not None
    return store, Actor(store.user.id, login, Role(store.user.role))


def _build(made: Made) -> tuple[StoreLocation, Family, str]:
    """The unit, Kari in it, the administrator a member too; Kari writes the family (closed) and one more."""
    location = StoreLocation.server(made.db.tcp_url)
    admin, me = _as(location, ADMIN, PASSWORD)
    try:
        with admin.session() as session, session.begin():
            ctx = ServiceContext(session, me, SystemClock())
            unit = add_unit(ctx, name=UNIT, service="rus")
            set_role_and_unit(ctx, me.user_id, Role.ADMIN, unit)
            allow_synthetic_ids(ctx)
        with admin.session() as session, session.begin():
            add_person(session, WORKER, "Kari Ødegård", Role.SAKSBEHANDLER, [UNIT], WORKER_PASSWORD)
    finally:
        admin.close()
    kari, actor = _as(location, WORKER, WORKER_PASSWORD)
    try:
        with kari.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            family = write_family(ctx, unit, closed=True)
            kept = create_case(ctx, unit_id=unit, parent=Parent(KEPT))
            add_child(ctx, kept, ChildDetails("Ándaras Ámmol"))
            number = session.get(CaseRow, family.case_id).number  # type: ignore[union-attr]
    finally:
        kari.close()
    return location, family, number


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
         secrets: tuple[str, ...]) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{s}\n" for s in secrets)))
    code = run_cli([*args, "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out + out.err


def _sql_hits(made: Made, canaries: list[str]) -> list[str]:
    """Every table of the schema read as the owner (whose policy sees every row), each row as text."""
    hits = []
    with made.owner() as con:
        tables = [r[0] for r in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        for table in tables:
            rows = " ".join(r[0] for r in con.execute(f"SELECT t::text FROM {table} t"))
            hits += [f"{table}: {c}" for c in canaries if c.lower() in rows.lower()]
    assert set(CASE_TABLES) <= set(tables)
    return hits


def _checkpoint(made: Made) -> None:
    """Write every changed page to the database's files (the test reads them from the disk)."""
    with psycopg.connect(made.db.cluster.superuser_dsn(), autocommit=True) as con:
        con.execute("CHECKPOINT")


def _database_folder(made: Made) -> Path:
    with made.owner() as con:
        oid = con.execute("SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()
    assert oid is not None
    return made.db.cluster.data / "base" / str(oid[0])


def test_purge_on_the_server_leaves_no_trace(pg_made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    location, family, number = _build(pg_made)
    url, canaries = pg_made.db.tcp_url, Family.canaries()
    admin = ("--user", ADMIN)
    assert _sql_hits(pg_made, canaries), "the canaries are on the server before the purge"
    _checkpoint(pg_made)
    assert find_canaries([_database_folder(pg_made)], canaries), "and in the database's files"
    code, out = _cli(monkeypatch, capsys, "transfer", url, "--case", number, "--reference", "DIPS-77", *admin,
                     secrets=(PASSWORD,))
    assert code == 0, out
    code, out = _cli(monkeypatch, capsys, "purge", url, "--case", number, *admin, secrets=(PASSWORD,))
    assert code == 0 and f"Sak {number} er slettet fra serveren" in out and "autovacuum" in out

    assert _sql_hits(pg_made, canaries) == []
    owner_url = pg_made.db.cluster.tcp_url(pg_made.db.name, user=pg_made.db.owner)
    code, out = _cli(monkeypatch, capsys, "purge", url, "--vacuum", secrets=(PASSWORD,))
    assert code != 0, "a person's login may not VACUUM"
    code, out = _cli(monkeypatch, capsys, "purge", owner_url, "--vacuum", secrets=(pg_made.db.password,))
    assert code == 0, out
    _checkpoint(pg_made)
    assert find_canaries([_database_folder(pg_made)], canaries) == []

    copy = tmp_path / "kopi.barnearket"
    code, out = _cli(monkeypatch, capsys, "backup", owner_url, str(copy), *admin,
                     secrets=(pg_made.db.password, COPY_PASSPHRASE))
    assert code == 0, out
    assert find_canaries([tmp_path], canaries) == []
    case_file = open_case_file(copy, login=ADMIN, passphrase=COPY_PASSPHRASE)
    key = case_file.file_key
    case_file.close()
    plain = plain_database(copy, key)
    assert KEPT.encode() in plain
    assert [c for c in canaries if c.encode() in plain] == []

    for command in (("check", url), ("audit", url, "--verify")):
        code, out = _cli(monkeypatch, capsys, *command, *admin, secrets=(PASSWORD,))
        assert code == 0, out
    store, _ = _as(location, ADMIN, PASSWORD)
    try:
        with store.read_session() as session:
            row = session.query(AuditEntry).filter_by(action="purge", outcome="ok").one()
            assert (row.object_type, row.object_id) == ("case", family.case_id)
            assert row.fields == "number." + number.replace("-", "_")
            assert_audit_clean(session, canaries)
            assert audit.verify(session).ok
    finally:
        store.close()


def test_refusals_on_the_server_are_logged(pg_made: Made, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    location, _, number = _build(pg_made)
    url = pg_made.db.tcp_url
    code, out = _cli(monkeypatch, capsys, "purge", url, "--case", number, "--user", ADMIN,
                     secrets=(PASSWORD,))
    assert code == 2 and "ikke merket som overført" in out
    code, out = _cli(monkeypatch, capsys, "purge", url, "--case", "2026-0002", "--user", ADMIN,
                     secrets=(PASSWORD,))
    assert code == 2 and "ikke avsluttet" in out
    assert _cli(monkeypatch, capsys, "transfer", url, "--case", number, "--reference", "DIPS-77", "--user",
                WORKER, secrets=(WORKER_PASSWORD,))[0] == 0
    code, out = _cli(monkeypatch, capsys, "purge", url, "--case", number, "--user", WORKER,
                     secrets=(WORKER_PASSWORD,))
    assert code == 2 and "ikke rett til å slette" in out
    store, _ = _as(location, ADMIN, PASSWORD)
    try:
        with store.read_session() as session:
            denied = session.query(AuditEntry).filter_by(outcome="denied").order_by(AuditEntry.seq).all()
            assert [(e.action, e.object_type) for e in denied] == [("purge", "case")] * 3
            assert session.query(CaseRow).filter_by(number=number).one().transfer_reference == "DIPS-77"
    finally:
        store.close()
