"""`consents` on a real file: a refusal recorded, a consent withdrawn, sharing checked; wrong ids exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.reports.built import Family
from tests.reports.test_cli import OPEN, run


def _consents(case_path: Path, number: str, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert run(monkeypatch, "cases", str(case_path), "--case", number, "--json", *OPEN) == 0
    return json.loads(capsys.readouterr().out)["consents"]  # type: ignore[no-any-return]


def test_refuse_check_and_withdraw_through_the_command_line(
    case_path: Path, filled: Family, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    file, number = str(case_path), filled.number
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN, "record", "--answer", "refused",
               "--purpose", "Samarbeid med NAV", "--to", "nav", "--form", "oral",
               "--child", str(filled.child_ids[0])) == 0
    assert "«nektet»" in capsys.readouterr().out
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN, "check", "--to", "nav",
               "--to", "skole", "--child", str(filled.child_ids[0])) == 1
    out = capsys.readouterr().out
    assert "nav: Samtykke til å dele med denne mottakeren er nektet" in out
    assert "skole: dekket av et gyldig samtykke." in out
    given, refused = _consents(case_path, number, monkeypatch, capsys)
    assert (given["answer"], refused["answer"], refused["state"]) == ("given", "refused", "Nektet")
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN, "withdraw", str(given["id"]),
               "--note", "Mor ringte") == 0
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN, "withdraw", str(refused["id"])) == 2
    assert "nektet samtykke kan ikke trekkes" in capsys.readouterr().err
    assert [c["state"] for c in _consents(case_path, number, monkeypatch, capsys)] == [
        "Trukket tilbake", "Nektet"]
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN, "withdraw", "987654") == 2
    assert "har ikke noe samtykke med id 987654" in capsys.readouterr().err
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN, "record", "--purpose", "X",
               "--to", "nav", "--child", "987654") == 2
    assert run(monkeypatch, "consents", file, "--case", number, *OPEN) == 0
    assert "Samtykker (bruk id-en med --consent):" in capsys.readouterr().out
