"""Innsyn, transfer and correction (issue 18, points 1–3) on both stores: each test runs on an encrypted
case file and on the municipality's server, as Kari (a saksbehandler) logged in through the seam, so on
the server row-level security is in force. The innsyn's access log must name a colleague who opened
the case too, although on the server Kari may read only her own rows of the audit log."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import ReadOnlyCaseError
from barnearket.domain.forms import load_standard_library
from barnearket.domain.model import ChildDetails
from barnearket.domain.roles import Role
from barnearket.services import corrections, steps
from barnearket.services.answer_corrections import correct_answer, split_trail
from barnearket.services.cases import close_case, reopen_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import close_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.innsyn import access_log, case_objects
from barnearket.services.staff import set_role_and_unit
from barnearket.storage import accounts, kdf
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.sheets import SheetAnswerRow
from barnearket.storage.store import file_only, open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports.pdfcheck import flat
from tests.rights.family import (
    CHILD,
    CONSULTANT,
    FNRS,
    PARENT,
    SIBLING,
    SITUATION,
    Family,
    allow_synthetic_ids,
    write_family,
)
from tests.rights.test_innsyn import _expected
from tests.seam.stores import UNIT, WORKER, WORKER_NAME, WORKER_PASSPHRASE, OpenStore

COLLEAGUE, COLLEAGUE_NAME, COLLEAGUE_PHRASE = "per", "Per Čeavrris-Ødegård", "Pers eget lange passord øæå"
WHY = "Feil vakt notert"


def _family(opened: OpenStore, *, closed: bool = False) -> tuple[Family, str]:
    with opened.admin_work() as ctx:
        allow_synthetic_ids(ctx)
    with opened.work() as ctx:
        family = write_family(ctx, opened.unit_id, closed=closed)
        number = ctx.session.get(CaseRow, family.case_id).number  # type: ignore[union-attr]
    return family, number


def _colleague_opens(opened: OpenStore, case_id: int) -> None:
    """Per, a saksbehandler in the same unit, is added by the administrator and opens the case."""
    if opened.kind == "file":
        opened.store.close()
        admin = file_only(open_store(opened.location, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE))
        try:
            per = accounts.add_user(admin, COLLEAGUE, COLLEAGUE_NAME, Role.SAKSBEHANDLER, COLLEAGUE_PHRASE,
                                    kdf.fast_params_for_tests())
            assert admin.user is not None
            with admin.session() as session, session.begin():
                me = Actor(admin.user.id, ADMIN_LOGIN, Role.ADMIN)
                set_role_and_unit(ServiceContext(session, me, SystemClock()), per, Role.SAKSBEHANDLER,
                                  opened.unit_id)
        finally:
            admin.close()
    else:
        from barnearket.storage.server.setup import add_person

        with opened.admin_work() as ctx:
            add_person(ctx.session, COLLEAGUE, COLLEAGUE_NAME, Role.SAKSBEHANDLER, [UNIT], COLLEAGUE_PHRASE)
        opened.store.close()
    per_store = open_store(opened.location, login=COLLEAGUE, passphrase=COLLEAGUE_PHRASE)
    try:
        assert per_store.user is not None
        with per_store.session() as session, session.begin():
            view_case(ServiceContext(session, Actor(per_store.user.id, COLLEAGUE, Role.SAKSBEHANDLER),
                                     SystemClock()), case_id)
    finally:
        per_store.close()
    opened.store = open_store(opened.location, login=WORKER, passphrase=WORKER_PASSPHRASE)


def _cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(WORKER_PASSPHRASE + "\n"))
    code = run_cli([*args, "--user", WORKER, "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_innsyn_holds_the_stored_fields_and_the_whole_access_log(
        store: OpenStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    family, number = _family(store)
    _colleague_opens(store, family.case_id)
    export, out = tmp_path / "sak.json", tmp_path / "innsyn.pdf"
    store.store.close()
    code, message = _cli(monkeypatch, capsys, "export", store.where, "--case", number, "-o", str(export))
    assert code == 0, message
    code, message = _cli(monkeypatch, capsys, "innsyn", store.where, "--case", number, "-o", str(out))
    assert code == 0, message
    store.relogin()
    case = json.loads(export.read_text(encoding="utf-8"))["cases"][0]
    case["children"] = [c for c in case["children"] if c["name"] != SIBLING]
    case.pop("responsible")
    text = flat(out.read_bytes())
    squeezed = "".join(text.split())
    assert [e for e in sorted(set(_expected(case))) if "".join(e.split()) not in squeezed] == []
    for hidden in (SIBLING, FNRS[2], CONSULTANT):
        assert hidden not in text
    assert PARENT in text and CHILD in text
    log_part = text.split("Hvem har åpnet og endret saken", 1)[1]
    assert COLLEAGUE_NAME in log_part and WORKER_NAME in log_part

    with store.work() as ctx:
        seen_by_kari = access_log(ctx, view_case(ctx, family.case_id, log_view=False))
        objects = case_objects(view_case(ctx, family.case_id, log_view=False))
    with store.admin_work() as ctx:  # the administrator reads the whole log on both stores
        everything = [e for e in ctx.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
                      if e.object_id in objects.get(e.object_type or "", set())]
    assert len(seen_by_kari) == len(everything) > 15
    assert [line.at for line in seen_by_kari] == [e.at for e in everything]


def test_a_transferred_case_is_read_only(store: OpenStore, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    family, number = _family(store, closed=True)
    store.store.close()
    code, message = _cli(monkeypatch, capsys, "transfer", store.where, "--case", number, "--reference",
                         "DIPS 2026/118")
    assert code == 0, message
    code, message = _cli(monkeypatch, capsys, "case", "reopen", store.where, "--case", number)
    assert code == 2 and "overført til journal" in message
    store.relogin()
    with store.work() as ctx:
        case = view_case(ctx, family.case_id, log_view=False)
    assert case.is_transferred and case.transfer_reference == "DIPS 2026/118"
    for write in (lambda c: reopen_case(c, family.case_id),
                  lambda c: add_child(c, family.case_id, ChildDetails(name="Ánte Ŋuolas"))):
        with pytest.raises(ReadOnlyCaseError, match="overført til journal"), store.work() as ctx:
            write(ctx)
    with store.work() as ctx:
        forms = ServiceContext(ctx.session, ctx.actor, ctx.clock, load_standard_library())
        with pytest.raises(ReadOnlyCaseError):
            correct_answer(forms, family.sheet_id, "parent_situation", "Noe annet", reason=WHY)


def test_corrections_keep_the_old_text_with_who_and_why(
        store: OpenStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    family, number = _family(store)
    with store.work() as ctx:
        forms = ServiceContext(ctx.session, ctx.actor, ctx.clock, load_standard_library())
        assert correct_answer(forms, family.sheet_id, "parent_situation", "Ŋuolas jobber natt", reason=WHY)
        entry = steps.add_observation(ctx, family.concern_id, "Sárá var sliten mandag")
        corrections.correct_observation(ctx, entry, "Sárá var sliten tirsdag", observed_on=None, reason=WHY)
    with store.work() as ctx:
        stored = json.loads(ctx.session.scalars(select(SheetAnswerRow.value).where(
            SheetAnswerRow.sheet_id == family.sheet_id,
            SheetAnswerRow.question_id == "parent_situation")).one())
        body, trail = split_trail(stored)
        assert body == "Ŋuolas jobber natt"
        assert f"av {WORKER_NAME}. Årsak: {WHY}. Før rettingen: «{SITUATION}»]" in trail
        text = load_concern(ctx.session, family.concern_id).observations[-1].text
        assert text.startswith("Sárá var sliten tirsdag\n\n[Rettet ")
        assert f"av {WORKER_NAME}. Årsak: {WHY}. Før rettingen – tekst: «Sárá var sliten mandag»]" in text
        close_concern(ctx, family.concern_id, "Bekymringen er borte")
        close_case(ctx, family.case_id)
    store.store.close()
    export, summary = tmp_path / "sak.json", tmp_path / "oppsummering.pdf"
    for args in (("export", store.where, "--case", number, "-o", str(export)),
                 ("pdf", store.where, "--case", number, "--kind", "summary", "-o", str(summary))):
        code, message = _cli(monkeypatch, capsys, *args)
        assert code == 0, message
    store.relogin()
    exported = export.read_text(encoding="utf-8")
    printed = "".join(flat(summary.read_bytes()).split())
    for old in (SITUATION, "Sárá var sliten mandag"):  # replaced, so only the trail can hold them
        assert old in exported and "".join(old.split()) in printed
    assert exported.count("Før rettingen") >= 2 and printed.count("Førrettingen") >= 2
    assert "".join(f"Årsak: {WHY}".split()) in printed and "".join(WORKER_NAME.split()) in printed
