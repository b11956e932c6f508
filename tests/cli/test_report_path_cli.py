"""The reporter's path on the command line, in a file made with `init`: profile, report, sent, dates.

The command line has no command that makes cases, so the case and its level-4 concern (no consent,
no steps) are written through the services, as the program would; everything after that is the CLI.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.roles import Role
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit
from barnearket.storage.opening import open_case_file
from tests.cli.test_admin_cli import lines, run
from tests.reports import pdfcheck
from tests.reports.test_portal import assert_valid

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]
ADMIN_PW, KARI_PW = "admins lange frase", "karis egen lange frase"


def _case(path: Path) -> str:
    case_file = open_case_file(path, login="kari", passphrase=KARI_PW)
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, "kari", Role.SAKSBEHANDLER)
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            unit = add_unit(ctx, name="Rus og psykisk helse", service="rus")
            case_id = create_case(ctx, unit_id=unit, parent=Parent(
                name="Sunná Márjá Gaup", address="Storgata 3, 9700 Lakselv", phone="900 11 222"))
            answer_gate(ctx, case_id, GateAnswer.JA)
            child = add_child(ctx, case_id, ChildDetails(name="Ánde Gaup", birth_date=date(2024, 3, 9)))
            open_concern(ctx, case_id, child, level=4, description="Mor ruset alene med barnet.")
            return view_case(ctx, case_id, log_view=False).number
    finally:
        case_file.close()


def test_report_written_sent_and_followed_up_on_the_command_line(tmp_path: Path) -> None:
    path, f = tmp_path / "saker.barnearket", str(tmp_path / "saker.barnearket")
    admin, kari = ("--user", "admin", "--passphrase-stdin"), ("--user", "kari", "--passphrase-stdin")
    assert run("init", f, "--user", "admin", "--name", "Ingá Somby", "--passphrase-stdin",
               stdin=lines(ADMIN_PW)).returncode == 0
    assert run("users", f, *admin, "add", "kari", "--name", "Kari Ødegård", "--role", "saksbehandler",
               "--title", "Sykepleier", stdin=lines(ADMIN_PW, KARI_PW)).returncode == 0
    assert run("settings", f, *admin, "--municipality-number", "5022", "--municipality-name", "Porsanger",
               "--unit", "Hjemmetjenesten", "--address", "Rådhusveien 1, 9700 Lakselv",
               stdin=lines(ADMIN_PW)).returncode == 0
    number = _case(path)

    def report(*args: str) -> tuple[int, str, str]:
        done = run("report", f, *kari, "--case", number, *args, stdin=lines(KARI_PW))
        return done.returncode, done.stdout, done.stderr

    code, out, _ = report("new", "--recipient", "barnevern")
    assert code == 0 and re.search(r"id (\d+)", out)

    code, _, err = report("json", "-o", str(tmp_path / "tidlig.json"))
    assert code == 2 and "telefonnummer (brukerprofil)" in err
    assert f"barnearket users {f} --user kari profile kari --phone TELEFON --email E-POST" in err
    assert not (tmp_path / "tidlig.json").exists()

    refused = run("users", f, *kari, "profile", "admin", "--title", "X", stdin=lines(KARI_PW))
    assert refused.returncode == 2 and "administrator" in refused.stderr
    own = run("users", f, *kari, "profile", "kari", "--title", "Teamleder", "--phone", "+47 400 00 000",
              "--email", "kari@porsanger.kommune.no", stdin=lines(KARI_PW))
    assert own.returncode == 0 and "Teamleder" in own.stdout, own.stderr

    code, _, err = report(
        "edit", "--municipality-number", "5610", "--municipality-name", "Karasjok",
        "--parents-told", "nei", "--parents-why", "Mistanke om vold.", "--child-told", "nei",
        "--child-why", "Barnet er to år.", "--interpreter", "ja", "--language", "nordsamisk",
        "--concern", "Mor møtte ruset opp alene med barnet.", "--history", "Fulgt siden januar.",
        "--measures", "Samtaler hver uke.", "--other-services", "Helsestasjonen.",
        "--other-views", "Mor mener hun har kontroll.")
    assert code == 0, err
    code, out, err = report("complete")
    assert code == 0 and "klar til å sendes" in out and "Merk:" in out, err

    pdf = tmp_path / "melding.pdf"
    assert report("pdf", "-o", str(pdf))[0] == 0
    text = pdfcheck.flat(pdf.read_bytes())
    for expected in ("Mor møtte ruset opp", "Fulgt siden januar", "Samtaler hver uke", "Helsestasjonen.",
                     "Mor mener hun har kontroll", "5610 Karasjok", "Teamleder", "+47 400 00 000",
                     "Mistanke om vold", "Ja, nordsamisk"):
        assert expected in text, expected
    out_json = tmp_path / "melding.json"
    code, _, err = report("json", "-o", str(out_json))
    assert code == 0, err
    message = json.loads(out_json.read_text(encoding="utf-8"))
    assert message["kommunenummer"] == "5610" and message["offentligMelder"]["epost"].startswith("kari@")

    code, out, err = report("sent", "--channel", "portal", "--reference", "BVM-2026-77")
    assert code == 0, err
    due = report_due_dates(date.today())
    for day in (due.assessment_by, due.feedback_by, due.chase_on):
        assert day.isoformat() in out
    code, out, _ = report("list")
    assert "referanse BVM-2026-77" in out and f"purres {due.chase_on.isoformat()}" in out
    assert report("edit", "--concern", "for sent")[0] == 2, "a sent version is locked"

    assert report("feedback", "--date", date.today().isoformat())[0] == 0
    code, out, _ = report("correct")
    assert code == 0 and "rettet versjon" in out
    code, out, _ = report("list")
    assert "versjon 1.1" in out and "versjon 1.2" in out and "tilbakemelding mottatt" in out
    assert_valid(message)
