"""export, import, cases and demo as real subprocesses (`python -m barnearket ...`).

The demo login is demo/demo; passphrases go in on standard input (`--passphrase-stdin`).
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file

DEMO = ("--user", "demo", "--passphrase-stdin")
DAY = ("--today", "2026-03-02")
PERSONAL_KEYS = ("parent_name", "parent_identity", "parent_address", "name", "identity_number",
                 "other_parent", "full_name")


def run(*args: str, stdin: str = "demo\n") -> subprocess.CompletedProcess[str]:
    """Run `python -m barnearket ARGS`; a traceback is always a failure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "barnearket", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=180, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done


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


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 40-case demo file made by the command."""
    path = tmp_path_factory.mktemp("cli") / "demo.barnearket"
    done = run("demo", str(path), "--cases", "40", "--seed", "5", *DAY, stdin="")
    assert done.returncode == 0, done.stderr
    assert "demo" in done.stdout and "oppdiktet" in done.stdout
    return path


def test_cases_lists_numbers_and_counts_but_no_names(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "alle.json"
    assert run("export", str(demo_file), "-o", str(out), *DEMO).returncode == 0
    document = json.loads(out.read_text("utf-8"))
    canaries = personal_values([document["cases"], document["users"]])
    assert len(canaries) > 80
    table = run("cases", str(demo_file), *DEMO)
    listing = run("cases", str(demo_file), "--json", "--open", *DEMO)
    assert table.returncode == 0 and listing.returncode == 0
    for output in (table.stdout, listing.stdout):
        leaked = [c for c in canaries if c in output]
        assert not leaked, f"{len(leaked)} personal values in the listing"
        assert not re.search(r"\d{11}", output)
    assert "40 saker." in table.stdout
    rows = json.loads(listing.stdout)
    assert rows and all(r["status"] == "open" for r in rows)
    assert set(rows[0]) == {"number", "unit", "service", "status", "children", "open_concerns", "overdue",
                            "gate"}
    assert {r["number"] for r in rows} <= {c["number"] for c in document["cases"]}


def test_export_import_export_gives_the_same_document(demo_file: Path, tmp_path: Path) -> None:
    first, again = tmp_path / "ut.json", tmp_path / "igjen.json"
    done = run("export", str(demo_file), "-o", str(first), *DEMO)
    assert done.returncode == 0 and "ikke kryptert" in done.stderr
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    target = tmp_path / "mottak.barnearket"
    assert run("demo", str(target), "--cases", "0", "--seed", "5", *DAY, stdin="").returncode == 0
    imported = run("import", str(target), str(first), *DEMO)
    assert imported.returncode == 0 and "Importerte 40 saker." in imported.stdout
    assert run("export", str(target), "-o", str(again), *DEMO).returncode == 0
    assert again.read_text("utf-8") == first.read_text("utf-8")
    twice = run("import", str(target), str(first), *DEMO)
    assert twice.returncode == 1 and "finnes allerede" in twice.stderr


def test_export_of_one_case(demo_file: Path, tmp_path: Path) -> None:
    listing = json.loads(run("cases", str(demo_file), "--json", *DEMO).stdout)
    number = listing[3]["number"]
    done = run("export", str(demo_file), "--case", number, "-o", "-", *DEMO)
    assert done.returncode == 0
    assert [c["number"] for c in json.loads(done.stdout)["cases"]] == [number]
    missing = run("export", str(demo_file), "--case", "1999-0001", "-o", "-", *DEMO)
    assert missing.returncode == 1 and "Fant ikke" in missing.stderr and not missing.stdout


def test_demo_data_cannot_be_imported_into_a_real_file(demo_file: Path, tmp_path: Path) -> None:
    document = tmp_path / "demo.json"
    assert run("export", str(demo_file), "-o", str(document), *DEMO).returncode == 0
    real = tmp_path / "ekte.barnearket"
    create_case_file(real, login="admin", full_name="Admin", passphrase="admins frase",
                     kdf_params=kdf.fast_params_for_tests()).close()
    admin = ("--user", "admin", "--passphrase-stdin")
    refused = run("import", str(real), str(document), *admin, stdin="admins frase\n")
    assert refused.returncode == 1 and "syntetisk" in refused.stderr
    assert "0 saker." in run("cases", str(real), *admin, stdin="admins frase\n").stdout
    broken = tmp_path / "odelagt.json"
    broken.write_text("{ikke json", encoding="utf-8")
    bad = run("import", str(real), str(broken), *admin, stdin="admins frase\n")
    assert bad.returncode == 1 and "ikke gyldig JSON" in bad.stderr


def test_demo_never_overwrites_a_file(demo_file: Path) -> None:
    done = run("demo", str(demo_file), "--cases", "1", stdin="")
    assert done.returncode == 2 and "finnes" in done.stderr.lower()
