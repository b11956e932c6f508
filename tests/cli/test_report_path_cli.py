"""The reporter's path on the command line, on a case file and on the server: profile, report, sent, dates.

The command line has no command that makes cases, so the case and its level-4 concern (no consent,
no steps) are written through the services, as the program would; everything after that is the CLI,
run as Kari (a saksbehandler) with her own secret.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from tests.cli.stores import WORKER, CliStore
from tests.reports import pdfcheck
from tests.reports.test_portal import assert_valid

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]


def _case(cli: CliStore) -> str:
    with cli.work(WORKER) as ctx:
        case_id = create_case(ctx, unit_id=cli.unit_id, parent=Parent(
            name="Sunná Márjá Gaup", address="Storgata 3, 9700 Lakselv", phone="900 11 222"))
        answer_gate(ctx, case_id, GateAnswer.JA)
        child = add_child(ctx, case_id, ChildDetails(name="Ánde Gaup", birth_date=date(2024, 3, 9)))
        open_concern(ctx, case_id, child, level=4, description="Mor ruset alene med barnet.")
        return view_case(ctx, case_id, log_view=False).number


def test_report_written_sent_and_followed_up_on_the_command_line(cli: CliStore, tmp_path: Path) -> None:
    f = cli.where
    settings = cli.run("settings", f, "--municipality-number", "5022", "--municipality-name", "Porsanger",
                       "--unit", "Hjemmetjenesten", "--address", "Rådhusveien 1, 9700 Lakselv")
    assert settings.code == 0, settings.err
    assert cli.run("users", f, "profile", WORKER, "--title", "Sykepleier").code == 0  # the admin, for Kari
    number = _case(cli)

    def report(*args: str) -> tuple[int, str, str]:
        done = cli.run("report", f, "--case", number, *args, who=WORKER)
        return done.code, done.out, done.err

    code, out, _ = report("new", "--recipient", "barnevern")
    assert code == 0 and re.search(r"id (\d+)", out)

    code, _, err = report("json", "-o", str(tmp_path / "tidlig.json"))
    assert code == 2 and "telefonnummer (brukerprofil)" in err
    assert f"barnearket users {f} --user kari profile kari --phone TELEFON --email E-POST" in err
    assert not (tmp_path / "tidlig.json").exists()

    refused = cli.run("users", f, "profile", "admin", "--title", "X", who=WORKER)
    assert refused.code == 2 and "administrator" in refused.err
    own = cli.run("users", f, "profile", WORKER, "--title", "Teamleder", "--phone", "+47 400 00 000",
                  "--email", "kari@porsanger.kommune.no", who=WORKER)
    assert own.code == 0 and "Teamleder" in own.out, own.err

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
