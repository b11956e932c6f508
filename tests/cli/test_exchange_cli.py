"""export, import, cases and demo as real subprocesses (`python -m barnearket ...`), on a case file and
on the server.

The demo login is demo/demo; passphrases go in on standard input (`--passphrase-stdin`).
"""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path
from typing import Any

import pytest

from barnearket.services.demo import DEMO_LOGIN
from tests.cli.demo import demo_store, make_demo
from tests.cli.stores import CliStore, make_store

PERSONAL_KEYS = ("parent_name", "parent_identity", "parent_address", "name", "identity_number",
                 "other_parent", "full_name")


def personal_values(document: Any) -> set[str]:
    """Every name, identity number and address in an exchange document."""
    found: set[str] = set()
    if isinstance(document, dict):
        for key, value in document.items():
            if key in PERSONAL_KEYS and isinstance(value, str) and value:
                found.add(value)
            else:
                found |= personal_values(value)
    elif isinstance(document, list):
        for item in document:
            found |= personal_values(item)
    return found


def test_cases_lists_numbers_and_counts_but_no_names(demo: CliStore, tmp_path: Path) -> None:
    out = tmp_path / "alle.json"
    assert demo.run_process("export", demo.where, "-o", str(out), who=DEMO_LOGIN).code == 0
    document = json.loads(out.read_text("utf-8"))
    canaries = personal_values([document["cases"], document["users"]])
    assert len(canaries) > 80
    table = demo.run_process("cases", demo.where, who=DEMO_LOGIN)
    listing = demo.run_process("cases", demo.where, "--json", "--open", who=DEMO_LOGIN)
    assert table.code == 0 and listing.code == 0
    for output in (table.out, listing.out):
        leaked = [c for c in canaries if c in output]
        assert not leaked, f"{len(leaked)} personal values in the listing"
        assert not re.search(r"\d{11}", output)
    assert "40 saker." in table.out
    rows = json.loads(listing.out)
    assert rows and all(r["status"] == "open" for r in rows)
    assert set(rows[0]) == {"number", "unit", "service", "status", "children", "open_concerns", "overdue",
                            "gate"}
    assert {r["number"] for r in rows} <= {c["number"] for c in document["cases"]}


def test_export_import_export_gives_the_same_document(demo: CliStore, tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:
    first, again = tmp_path / "ut.json", tmp_path / "igjen.json"
    done = demo.run_process("export", demo.where, "-o", str(first), who=DEMO_LOGIN)
    assert done.code == 0 and "ikke kryptert" in done.err
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    with demo_store(demo.kind, tmp_path, request, cases=0, seed=5, keep_roles=True) as target:
        imported = target.run_process("import", target.where, str(first), who=DEMO_LOGIN)
        assert imported.code == 0 and "Importerte 40 saker." in imported.out, imported.err
        assert target.run_process("export", target.where, "-o", str(again), who=DEMO_LOGIN).code == 0
        assert again.read_text("utf-8") == first.read_text("utf-8")
        twice = target.run_process("import", target.where, str(first), who=DEMO_LOGIN)
        assert twice.code == 1 and "finnes allerede" in twice.err


def test_export_of_one_case(demo: CliStore) -> None:
    listing = json.loads(demo.run_process("cases", demo.where, "--json", who=DEMO_LOGIN).out)
    number = listing[3]["number"]
    done = demo.run_process("export", demo.where, "--case", number, "-o", "-", who=DEMO_LOGIN)
    assert done.code == 0
    assert [c["number"] for c in json.loads(done.out)["cases"]] == [number]
    missing = demo.run_process("export", demo.where, "--case", "1999-0001", "-o", "-", who=DEMO_LOGIN)
    assert missing.code == 1 and "Fant ikke" in missing.err and not missing.out


def test_demo_data_cannot_be_imported_into_a_real_store(demo: CliStore, tmp_path: Path,
                                                        request: pytest.FixtureRequest) -> None:
    document = tmp_path / "demo.json"
    assert demo.run_process("export", demo.where, "-o", str(document), who=DEMO_LOGIN).code == 0
    real = make_store(demo.kind, request, tmp_path / "ekte")
    refused = real.run_process("import", real.where, str(document))
    assert refused.code == 1 and "syntetisk" in refused.err
    assert "0 saker." in real.run_process("cases", real.where).out
    broken = tmp_path / "odelagt.json"
    broken.write_text("{ikke json", encoding="utf-8")
    bad = real.run_process("import", real.where, str(broken))
    assert bad.code == 1 and "ikke gyldig JSON" in bad.err


def test_demo_never_overwrites_a_store(demo: CliStore) -> None:
    owner = next((phrase for login, phrase in demo.phrases.items() if login != DEMO_LOGIN), None)
    done = make_demo(demo, demo.where if owner is None else _owner_address(demo), cases=1, seed=1,
                     owner_password=owner)
    assert done.code == 2, done.err
    assert ("allerede gjort klar" if demo.on_server else "finnes") in done.err, done.err
    assert "Traceback" not in done.err and "Warning" not in done.err


def _owner_address(demo: CliStore) -> str:
    owner = next(login for login in demo.phrases if login != DEMO_LOGIN)
    return demo.where.replace("postgresql://", f"postgresql://{owner}@", 1)
