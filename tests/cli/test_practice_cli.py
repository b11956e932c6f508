"""The routine's practice on the command line: a person's functions (`users function`), the team
leader's queues and «given» records (`teamleder`), and the resource group's notes (`ressursgruppe`)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from barnearket.cli.main import is_cli, run_cli
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.services import sheets
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import accounts, kdf
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.users import Unit, User
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE

LEADER, LEADER_PHRASE = "tone", "tones egen frase æøå"
OTHER, OTHER_PHRASE = "per", "pers egen frase åøæ"


@dataclass(frozen=True)
class Setup:
    path: Path
    no_sheet: str
    planned: str
    other_unit: str
    child_id: int


def _case(ctx: ServiceContext, unit: int, name: str) -> int:
    case_id = create_case(ctx, unit_id=unit, parent=Parent(name=name))
    answer_gate(ctx, case_id, GateAnswer.JA)
    return case_id


def _number(ctx: ServiceContext, case_id: int) -> str:
    return view_case(ctx, case_id, log_view=False).number


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    path = tmp_path / "saker.barnearket"
    fast = kdf.fast_params_for_tests()
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=fast)
    try:
        accounts.add_user(case_file, LEADER, "Tone Ŋuolas", Role.SAKSBEHANDLER, LEADER_PHRASE, fast)
        accounts.add_user(case_file, OTHER, "Per Čeavrris", Role.SAKSBEHANDLER, OTHER_PHRASE, fast)
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role.ADMIN)
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            rus = Unit(name="Rustjenesten", service="rus")
            psyk = Unit(name="Psykisk helse", service="psykisk_helse")
            session.add_all([rus, psyk])
            session.flush()
            for login in (LEADER, OTHER):
                session.query(User).filter(User.login == login).one().unit_id = psyk.id
            no_sheet = _case(ctx, rus.id, "Ánde Đuommá")
            planned = _case(ctx, rus.id, "Máret Ságat")
            child = add_child(ctx, planned, ChildDetails(name="Sunná Ságat"))
            sheet = sheets.start_sheet(ctx, planned, form_id="barnearket", form_version=1)
            sheets.answer_question(ctx, sheet, "information_need", "ja", child_id=child)
            sheets.answer_question(ctx, sheet, "information_plan", "Mor forteller med helsesykepleier.",
                                   child_id=child)
            sheets.complete_sheet(ctx, sheet)
            other_unit = _case(ctx, psyk.id, "Biret Ørnes")
            return Setup(path, _number(ctx, no_sheet), _number(ctx, planned), _number(ctx, other_unit), child)
    finally:
        case_file.close()


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], login: str, phrase: str,
         *args: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(phrase + "\n"))
    code = run_cli([*args, "--user", login, "--passphrase-stdin"])
    out = capsys.readouterr()
    return code, out.out + out.err


def _users(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], login: str, phrase: str,
           file: str, *args: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(phrase + "\n"))
    code = run_cli(["users", file, "--user", login, "--passphrase-stdin", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_team_leader_sees_the_queues_of_the_unit_she_leads(
        setup: Setup, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    file = str(setup.path)
    assert is_cli(["teamleder"]) and is_cli(["ressursgruppe"])
    code, out = _run(monkeypatch, capsys, LEADER, LEADER_PHRASE, "teamleder", file)
    assert code == 2 and "teamleder eller barneansvarlig" in out
    code, out = _users(monkeypatch, capsys, ADMIN_LOGIN, ADMIN_PASSPHRASE, file, "function", LEADER,
                       "--set", "teamleder:rustjenesten", "--set", "ressursgruppe")
    assert code == 0 and "Teamleder – Rustjenesten" in out and "Medlem av ressursgruppen" in out
    code, out = _users(monkeypatch, capsys, LEADER, LEADER_PHRASE, file, "function", OTHER,
                       "--set", "tildeling")
    assert code == 2 and "administrator" in out
    code, out = _run(monkeypatch, capsys, LEADER, LEADER_PHRASE, "teamleder", file)
    assert code == 0
    missing, planned = out.split("Planlagt i barnearket")
    assert "(1)" in missing and setup.no_sheet in missing and setup.planned not in missing
    assert setup.other_unit not in out, "a unit she does not lead stays out"
    assert "(1)" in planned and setup.planned in planned and f"barn {setup.child_id}" in planned
    code, out = _run(monkeypatch, capsys, LEADER, LEADER_PHRASE, "teamleder", file, "cases")
    assert code == 0 and setup.no_sheet in out and setup.planned in out and setup.other_unit not in out
    code, out = _run(monkeypatch, capsys, LEADER, LEADER_PHRASE, "teamleder", file, "given", "--case",
                     setup.planned, "--child", str(setup.child_id), "--kind", "information", "--on",
                     "02.01.2026", "--by", OTHER)
    assert code == 0 and "Registrert som gitt" in out
    code, out = _run(monkeypatch, capsys, LEADER, LEADER_PHRASE, "teamleder", file)
    assert "ikke registrert som gitt (0)" in out


def test_resource_group_notes_are_listed_and_printed(
        setup: Setup, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    file = str(setup.path)
    code, out = _run(monkeypatch, capsys, OTHER, OTHER_PHRASE, "ressursgruppe", "list", file)
    assert code == 2 and "funksjon i rutinen" in out
    add = ("ressursgruppe", "add", file, "--date", "03.02.2026", "--participant", "barnevernet",
           "--participant", "helsesykepleier", "--case", f"{setup.planned}:Hvem snakker med barnet",
           "--anonymous", "Gravid kvinne som ruser seg", "--advice", "Bruk samtalen om barna.",
           "--procedures", "Barnearket fylles ut innen to uker.")
    code, out = _run(monkeypatch, capsys, ADMIN_LOGIN, ADMIN_PASSPHRASE, *add)
    assert code == 0 and "Møtet er lagret" in out
    code, out = _run(monkeypatch, capsys, ADMIN_LOGIN, ADMIN_PASSPHRASE, "ressursgruppe", "add", file,
                     "--date", "04.02.2026", "--participant", "NAV", "--case", "1999-9999")
    assert code == 2 and "Finner ingen sak" in out
    code, out = _run(monkeypatch, capsys, ADMIN_LOGIN, ADMIN_PASSPHRASE, "ressursgruppe", "list", file)
    assert code == 0 and "03.02.2026" in out and "saker: 2 (1 anonyme)" in out
    assert "04.02.2026" not in out, "a refused meeting is not stored"
    pdf = tmp_path / "referat.pdf"
    code, out = _run(monkeypatch, capsys, ADMIN_LOGIN, ADMIN_PASSPHRASE, "ressursgruppe", "pdf", file,
                     "-o", str(pdf))
    assert code == 0 and pdf.exists()
    reader = PdfReader(pdf)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    for expected in ("Referat fra ressursgruppen", setup.planned, "Anonym drøfting", "barnevernet",
                     "Bruk samtalen om barna.", "Barnearket fylles ut innen to uker.", "Møte 03.02.2026"):
        assert expected in text, expected
    assert "Ságat" not in text
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Ságat" not in metadata and ADMIN_NAME not in metadata
