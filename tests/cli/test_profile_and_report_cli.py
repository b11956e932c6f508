"""`users profile`, profile options on `users add`, and the `report` command's refusals (in process)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.stores import ADMIN_LOGIN, UNIT, CliStore
from tests.reports import pdfcheck
from tests.reports.built import Family


def test_profile_on_add_and_on_its_own(cli: CliStore, family: Family) -> None:
    f = cli.where
    added = cli.run("users", f, "add", "inga", "--name", "Inga Ødegård", "--role", "saksbehandler",
                    "--title", "Sykepleier", "--phone", "400 00 000", "--email", "inga@x.no", "--unit", UNIT,
                    more=("ingas lange frase",))
    assert added.code == 0, added.err
    shown = cli.run("users", f, "profile", "inga")
    assert shown.code == 0, shown.err
    assert "Sykepleier" in shown.out and "400 00 000" in shown.out and "inga@x.no" in shown.out
    bad = cli.run("users", f, "profile", "inga", "--email", "ikke-adresse")
    assert bad.code == 2 and "E-postadressen" in bad.err
    assert cli.run("users", f, "profile", "inga", "--unit", "Finnes ikke").code == 2
    assert "inga@x.no" in cli.run("users", f, "profile", "inga").out, "a refused change changes nothing"


def test_a_bad_profile_on_add_adds_no_one(cli: CliStore) -> None:
    refused = cli.run("users", cli.where, "add", "inga", "--name", "Inga Ødegård", "--role", "saksbehandler",
                      "--email", "ikke-adresse", more=("ingas lange frase",))
    assert refused.code == 2 and "E-postadressen" in refused.err
    listed = cli.run("users", cli.where, "list")
    assert listed.code == 0 and "inga" not in listed.out


def test_report_json_names_the_command_that_fills_in_the_profile(cli: CliStore, family: Family,
                                                                 tmp_path: Path) -> None:
    f, out = cli.where, tmp_path / "m.json"
    assert cli.run("users", f, "profile", ADMIN_LOGIN, "--email", "").code == 0
    refused = cli.run("report-json", f, "--case", family.number, "-o", str(out))
    assert refused.code == 2
    assert f"barnearket users {f} --user {ADMIN_LOGIN} profile {ADMIN_LOGIN} --email E-POST" in refused.err
    assert not out.exists()
    assert cli.run("users", f, "profile", ADMIN_LOGIN, "--email", "leder@x.no").code == 0
    assert cli.run("report-json", f, "--case", family.number, "-o", str(out)).code == 0


def test_police_report_prints_but_has_no_portal_file(cli: CliStore, family: Family, tmp_path: Path) -> None:
    report = ("report", cli.where, "--case", family.number)
    assert cli.run(*report, "new", "--recipient", "politi").code == 0
    portal = cli.run(*report, "json", "-o", str(tmp_path / "m.json"))
    assert portal.code == 2 and "portalen gjelder bare" in portal.err
    assert cli.run(*report, "pdf", "-o", str(tmp_path / "m.pdf")).code == 0
    assert "Melding til politiet" in pdfcheck.flat((tmp_path / "m.pdf").read_bytes())
    missing = cli.run(*report, "--report", "99999", "complete")
    assert missing.code == 2 and "Fant ikke meldingen" in missing.err
    assert cli.run(*report, "sent", "--channel", "brevdue").code == 2
