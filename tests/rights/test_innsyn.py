"""Acceptance for innsyn (issue 18, point 1): the PDF for the parent holds every stored field of the
parent's case as the export has it (withheld parts excepted), the access log matches the audit
table, the other child's name and the anonymous consultant never appear, and making it is logged."""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from barnearket.cli.main import run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import ValidationError
from barnearket.domain.roles import Role
from barnearket.domain.rules.innsyn import InnsynPerson
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.innsyn import make_innsyn
from barnearket.storage.opening import open_case_file
from barnearket.storage.orm.audit import AuditEntry
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.reports.pdfcheck import check_structure, flat, metadata_text
from tests.rights.family import CHILD, CONSULTANT, FNRS, PARENT, SIBLING, SIBLING_SCHOOL, Family

FREE = {"parent_name", "parent_identity", "parent_address", "parent_phone", "parent_language", "name",
        "identity_number", "daily_carer", "other_parent", "school", "description", "text", "counterpart",
        "summary", "participants", "shared", "response", "agreed", "anchored_with", "note", "measure",
        "responsible", "purpose", "portal_reference", "parents_not_told_why", "child_not_told_why",
        "interpreter_language", "quick_notes", "reason", "transfer_reference"}
DATES = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(ADMIN_PASSPHRASE + "\n")
    try:
        code = run_cli([*args, "--user", ADMIN_LOGIN, "--passphrase-stdin"])
    finally:
        sys.stdin = old
    out = capsys.readouterr()
    return code, out.out + out.err


def _expected(node: Any, key: str = "") -> Iterator[str]:
    """The texts and dates of an exported case the PDF must show (dates as dd.mm.åååå)."""
    if isinstance(node, dict):
        if node.get("anonymous") is True:
            node = {k: v for k, v in node.items() if k != "counterpart"}
        for k, v in node.items():
            if k == "sections" and isinstance(v, dict):
                yield from (t for t in v.values() if t)
            else:
                yield from _expected(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from _expected(item, key)
    elif isinstance(node, str) and node.strip():
        day = DATES.match(node)
        if day and (key.endswith("_on") or key.endswith("_date") or key == "value"):
            yield f"{day[3]}.{day[2]}.{day[1]}"
        elif key in FREE or (key == "value" and len(node) > 20):
            yield node


def test_the_parents_innsyn_holds_every_stored_field(family_file: tuple[Path, Family, str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path, _, number = family_file
    export = tmp_path / "sak.json"
    assert _cli("export", str(path), "--case", number, "-o", str(export), capsys=capsys)[0] == 0
    case = json.loads(export.read_text(encoding="utf-8"))["cases"][0]
    case["children"] = [c for c in case["children"] if c["name"] != SIBLING]
    case.pop("responsible")  # a user's login; the PDF names the worker
    out = tmp_path / "innsyn.pdf"
    code, message = _cli("innsyn", str(path), "--case", number, "-o", str(out), capsys=capsys)
    assert code == 0, message
    data = out.read_bytes()
    check_structure(data)
    text = flat(data)
    squeezed = "".join(text.split())
    expected = sorted(set(_expected(case)))
    assert len(expected) > 20
    missing = [e for e in expected if "".join(e.split()) not in squeezed]
    assert missing == []
    for hidden in (SIBLING, FNRS[2], SIBLING_SCHOOL, CONSULTANT, "Čuoččut", "Gáicci-Bræk"):
        assert hidden not in text and "".join(hidden.split()) not in squeezed
    assert "Dette er holdt tilbake" in text and "anonym" in text and "ett annet barn" in text
    for leak in (PARENT, CHILD, FNRS[0]):
        assert leak in text
        assert leak not in metadata_text(data)
    assert message.startswith(f"Skrev {out}")
    _log_matches_audit(path, text)


def _log_matches_audit(path: Path, text: str) -> None:
    """Every audit row of the case is one line of the PDF's log, in the same number, with its name."""
    log_part = text.split("Hvem har åpnet og endret saken", 1)[1].split("Om dokumentet", 1)[0]
    log_part = re.sub(r"Laget av \S.*? \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", "", log_part)  # page footers
    stamps = re.findall(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", log_part)
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        with case_file.read_session() as session:
            rows = _case_rows(session)
            innsyn = session.scalars(select(AuditEntry).where(AuditEntry.fields.like("%innsyn%"))).all()
    finally:
        case_file.close()
    assert len(stamps) == len(rows) > 15
    assert ADMIN_NAME in log_part and "Administrator" in log_part
    assert "Registrerte saken" in log_part and "Registrerte en observasjon" in log_part
    assert [(r.action, r.object_type) for r in innsyn] == [("pdf", "case"), ("export", "case")]
    assert innsyn[0].fields == "innsyn,person.parent"


def _case_rows(session: Any) -> list[AuditEntry]:
    """The case's audit rows, found independently of the service: by the tables' own links."""
    from barnearket.storage.orm import actions, cases, children, concerns, consents, reports, sheets, steps

    case_id = session.scalars(select(cases.CaseRow.id)).one()
    concern_ids = set(session.scalars(select(concerns.ConcernRow.id)
                                      .where(concerns.ConcernRow.case_id == case_id)))
    ids = {"case": {case_id},
           "child": set(session.scalars(select(children.ChildRow.id))),
           "sheet": set(session.scalars(select(sheets.SheetRow.id))),
           "consent": set(session.scalars(select(consents.ConsentRow.id))),
           "concern": concern_ids,
           "observation": set(session.scalars(select(steps.ObservationRow.id))),
           "consultation": set(session.scalars(select(steps.ConsultationRow.id))),
           "decision": set(session.scalars(select(steps.DecisionRow.id))),
           "action": set(session.scalars(select(actions.ActionRow.id))),
           "evaluation": set(session.scalars(select(actions.EvaluationRow.id))),
           "parent_conversation": set(session.scalars(select(steps.ParentConversationRow.id))),
           "report": set(session.scalars(select(reports.ReportRow.id)))}
    return [e for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
            if e.object_id in ids.get(e.object_type or "", set())
            and not (e.action in ("pdf", "export") and "innsyn" in e.fields)]


def test_a_childs_innsyn_shows_the_child_and_withholds_the_rest(
        family_file: tuple[Path, Family, str]) -> None:
    path, family, _ = family_file
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            with pytest.raises(ValidationError, match="16 år"):
                make_innsyn(ctx, family.case_id, InnsynPerson(family.child_id))
            from barnearket.storage.orm.children import ChildRow

            row = session.get(ChildRow, family.child_id)
            assert row is not None
            row.birth_date = date(2008, 1, 5)
            text = flat(make_innsyn(ctx, family.case_id, InnsynPerson(family.child_id)).data)
    finally:
        case_file.close()
    assert CHILD in text and PARENT in text
    for hidden in (SIBLING, FNRS[0], FNRS[2], CONSULTANT, "Bávttegeaidnu 17", "drikker mest i helgene"):
        assert hidden not in text, hidden
    assert "Forelderens egne opplysninger" in text


def test_person_is_parsed() -> None:
    assert InnsynPerson.parse("parent").is_parent
    assert InnsynPerson.parse("child:12").child_id == 12
    with pytest.raises(ValidationError):
        InnsynPerson.parse("nabo")
