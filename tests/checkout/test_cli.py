"""`checkout`, `checkin` and `checkout-release` on the command line, against a real server."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from barnearket.cli.main import run_cli
from tests.checkout.support import Setting, cases_of
from tests.seam.stores import WORKER, WORKER_PASSPHRASE
from tests.server.helpers import ADMIN, PASSWORD

pytestmark = pytest.mark.usefixtures("fast_copy_kdf")
FAMILIES = 2
"""Two of Kari's families on a fresh server (the `setting` fixture)."""


def _run(monkeypatch: pytest.MonkeyPatch, *args: str, secret: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{secret}\n"))
    return run_cli(list(args))


def test_checkout_and_checkin_from_the_command_line(setting: Setting, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    url, laptop = setting.made.db.tcp_url, tmp_path / "kopi.barnearket"
    kari = setting.kari()
    try:
        before = cases_of(kari, setting.numbers)
    finally:
        kari.close()
    args = ["checkout", url, str(laptop), "--user", WORKER, "--passphrase-stdin"]
    for number in setting.numbers:
        args += ["--case", number]
    assert _run(monkeypatch, *args, secret=WORKER_PASSPHRASE) == 0
    out = capsys.readouterr().out
    assert "Tok med 2 sak(er)" in out and "barnearket checkin" in out and laptop.exists()
    assert _run(monkeypatch, "cases", str(laptop), "--user", WORKER, "--passphrase-stdin",
                secret=WORKER_PASSPHRASE) == 0
    listed = capsys.readouterr().out
    assert all(n in listed for n in setting.numbers), listed
    assert _run(monkeypatch, *args[:2], str(tmp_path / "igjen.barnearket"), *args[3:],
                secret=WORKER_PASSPHRASE) == 2
    assert "allerede tatt med" in capsys.readouterr().err

    assert _run(monkeypatch, "checkin", str(laptop), url, "--user", WORKER, "--passphrase-stdin",
                secret=WORKER_PASSPHRASE) == 0
    out = capsys.readouterr().out
    assert "Leverte tilbake 2 sak(er)" in out and "overskrevet og slettet" in out
    assert not laptop.exists() and not Path(f"{laptop}.keys").exists()
    kari = setting.kari()
    try:
        assert cases_of(kari, setting.numbers) == before
    finally:
        kari.close()


def test_release_from_the_command_line_then_checkin_is_refused(setting: Setting, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    url, laptop, number = setting.made.db.tcp_url, tmp_path / "kopi.barnearket", setting.numbers[0]
    assert _run(monkeypatch, "checkout", url, str(laptop), "--case", number, "--user", WORKER,
                "--passphrase-stdin", secret=WORKER_PASSPHRASE) == 0
    assert _run(monkeypatch, "checkout-release", url, "--case", number, "--user", WORKER,
                "--passphrase-stdin", secret=WORKER_PASSPHRASE) == 2
    assert "Bare en administrator" in capsys.readouterr().err
    assert _run(monkeypatch, "checkout-release", url, "--case", number, "--user", ADMIN,
                "--passphrase-stdin", secret=PASSWORD) == 0
    assert f"Sak {number} er frigitt" in capsys.readouterr().out
    assert _run(monkeypatch, "checkin", str(laptop), url, "--user", WORKER, "--passphrase-stdin",
                secret=WORKER_PASSPHRASE) == 1
    err = capsys.readouterr().err
    assert "Innsjekkingen er avvist" in err and number in err and "kopien er ikke rørt" in err
    assert laptop.exists()
    with setting.made.owner() as con:
        rows = con.execute("SELECT action, outcome FROM audit_log WHERE action LIKE 'checkout%' "
                           "OR action = 'checkin' ORDER BY seq").fetchall()
    assert rows == [("checkout", "ok"), ("checkout_release", "denied"), ("checkout_release", "ok"),
                    ("checkin", "denied")]
