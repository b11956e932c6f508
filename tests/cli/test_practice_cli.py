"""The routine's practice on the command line: a person's functions (`users function`), the team
leader's queues and «given» records (`teamleder`), and the resource group's notes (`ressursgruppe`)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from barnearket.cli.main import is_cli
from tests.cli.practice import LEADER, OTHER, Setup
from tests.cli.stores import ADMIN_LOGIN
from tests.conftest import ADMIN_NAME


def test_team_leader_sees_the_queues_of_the_unit_she_leads(setup: Setup) -> None:
    file = setup.cli.where
    assert is_cli(["teamleder"]) and is_cli(["ressursgruppe"])
    code, out = setup.run(LEADER, "teamleder", file)
    assert code == 2 and "teamleder eller barneansvarlig" in out
    code, out = setup.run(ADMIN_LOGIN, "users", file, "function", LEADER, "--set", "teamleder:rustjenesten",
                          "--set", "ressursgruppe")
    assert code == 0 and "Teamleder – Rustjenesten" in out and "Medlem av ressursgruppen" in out
    code, out = setup.run(LEADER, "users", file, "function", OTHER, "--set", "tildeling")
    assert code == 2 and "administrator" in out
    code, out = setup.run(LEADER, "teamleder", file)
    assert code == 0
    missing, planned = out.split("Planlagt i barnearket")
    assert "(1)" in missing and setup.no_sheet in missing and setup.planned not in missing
    assert setup.other_unit not in out, "a unit she does not lead stays out"
    assert "(1)" in planned and setup.planned in planned and f"barn {setup.child_id}" in planned
    code, out = setup.run(LEADER, "teamleder", file, "cases")
    assert code == 0 and setup.no_sheet in out and setup.planned in out and setup.other_unit not in out
    code, out = setup.run(LEADER, "teamleder", file, "given", "--case", setup.planned, "--child",
                          str(setup.child_id), "--kind", "information", "--on", "02.01.2026", "--by", OTHER)
    assert code == 0 and "Registrert som gitt" in out
    code, out = setup.run(LEADER, "teamleder", file)
    assert "ikke registrert som gitt (0)" in out


def test_resource_group_notes_are_listed_and_printed(setup: Setup, tmp_path: Path) -> None:
    file = setup.cli.where
    code, out = setup.run(OTHER, "ressursgruppe", "list", file)
    assert code == 2 and "funksjon i rutinen" in out
    add = ("ressursgruppe", "add", file, "--date", "03.02.2026", "--participant", "barnevernet",
           "--participant", "helsesykepleier", "--case", f"{setup.planned}:Hvem snakker med barnet",
           "--anonymous", "Gravid kvinne som ruser seg", "--advice", "Bruk samtalen om barna.",
           "--procedures", "Barnearket fylles ut innen to uker.")
    code, out = setup.run(ADMIN_LOGIN, *add)
    assert code == 0 and "Møtet er lagret" in out
    code, out = setup.run(ADMIN_LOGIN, "ressursgruppe", "add", file, "--date", "04.02.2026", "--participant",
                          "NAV", "--case", "1999-9999")
    assert code == 2 and "Finner ingen sak" in out
    code, out = setup.run(ADMIN_LOGIN, "ressursgruppe", "list", file)
    assert code == 0 and "03.02.2026" in out and "saker: 2 (1 anonyme)" in out
    assert "04.02.2026" not in out, "a refused meeting is not stored"
    pdf = tmp_path / "referat.pdf"
    code, out = setup.run(ADMIN_LOGIN, "ressursgruppe", "pdf", file, "-o", str(pdf))
    assert code == 0 and pdf.exists()
    reader = PdfReader(pdf)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    for expected in ("Referat fra ressursgruppen", setup.planned, "Anonym drøfting", "barnevernet",
                     "Bruk samtalen om barna.", "Barnearket fylles ut innen to uker.", "Møte 03.02.2026"):
        assert expected in text, expected
    assert "Ságat" not in text
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Ságat" not in metadata and ADMIN_NAME not in metadata
