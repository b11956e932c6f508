"""The administrator's command line, run as a real subprocess (`python -m barnearket ...`).

Passphrases go in on standard input (`--passphrase-stdin`, one per line in the order asked).
Exit codes: 0 fine, 1 damaged, 2 cannot open or bad usage; messages are Norwegian, never a traceback.
`init` calibrates Argon2id (about 0.5 s per unlock), so the flow on an `init` file is kept short and
the exit-code checks run in parallel on files made with cheap test parameters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from barnearket.storage import kdf
from barnearket.storage.errors import MESSAGES, CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import create_case_file, open_case_file
from tests.cli.process import finish, lines, run, start
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.helpers.mutations import MINIMAL_PDF, PAGE
from tests.storage.test_interop import sqlite3mc_open

RECOVERY_KEY = re.compile(r"^\s*((?:[0-9A-F]{4}-){15}[0-9A-F]{4})\s*$", re.MULTILINE)
__all__ = ["lines", "run"]  # tests/ui/test_report_path_e2e.py imports them from here
pytestmark = pytest.mark.file_only("init's recovery key, key files, SQLCipher pages and re-keying belong to "
                                   "the file; the server's faults: tests/seam/test_server_faults_cli.py")


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_admin_flow_init_check_users_backup_restore_audit(tmp_path: Path) -> None:
    path, copy, restored = (tmp_path / f"{n}.barnearket" for n in ("saker", "kopi", "tilbake"))
    admin = ("--user", "admin", "--passphrase-stdin")
    pw, kari_pw, kari_new = "admins lange frase", "karis første frase", "karis nye frase"

    init = run("init", str(path), "--user", "admin", "--name", ADMIN_NAME, "--passphrase-stdin",
               stdin=lines(pw))
    assert init.returncode == 0, init.stderr
    keys = RECOVERY_KEY.findall(init.stdout)
    assert len(keys) == 1 and "GJENOPPRETTINGSNØKKEL" in init.stdout, init.stdout
    assert path.exists() and keyfile_path(path).exists()
    assert path.stat().st_mode & 0o077 == 0

    # The printed key is 64 hex digits in 16 groups of four, and it opens the file on its own:
    # through the command line, and through an independent SQLCipher 4 implementation.
    assert len(keys[0].replace("-", "")) == 64 and len(keys[0].split("-")) == 16
    check = run("check", str(path), "--recovery-key-stdin", stdin=lines(keys[0]))
    assert check.returncode == 0, check.stderr
    assert "Saksfilen er i orden" in check.stdout
    con = sqlite3mc_open(path, keys[0].replace("-", "").lower())
    try:
        assert [login for (login,) in con.execute("SELECT login FROM users")] == ["admin"]
    finally:
        con.close()

    add = run("users", str(path), *admin, "add", "kari", "--name", "Kari Čeavrris", "--role", "saksbehandler",
              stdin=lines(pw, kari_pw))
    assert add.returncode == 0, add.stderr
    assert "Brukeren kari er lagt til" in add.stdout

    refused_list = run("users", str(path), "--user", "kari", "--passphrase-stdin", "list",
                       stdin=lines(kari_pw))
    assert refused_list.returncode == 2 and "Bare en administrator" in refused_list.stderr
    listed = run("users", str(path), *admin, "list", stdin=lines(pw))
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line.split() for line in listed.stdout.splitlines() if line.strip()}
    assert rows["admin"][1:3] == ["admin", "aktiv"]
    assert rows["kari"][1:4] == ["saksbehandler", "aktiv", "Kari"]

    passwd = run("users", str(path), *admin, "passwd", "kari", stdin=lines(pw, kari_new))
    assert passwd.returncode == 0 and "byttet" in passwd.stdout, passwd.stderr

    remove = run("users", str(path), *admin, "remove", "kari", stdin=lines(pw))
    assert remove.returncode == 0, remove.stderr
    assert "Passordfrasen åpner ikke filen lenger" in remove.stdout
    new_keys = RECOVERY_KEY.findall(remove.stdout)  # the file was re-keyed: a new recovery key, once
    assert len(new_keys) == 1 and new_keys[0] != keys[0] and "NY GJENOPPRETTINGSNØKKEL" in remove.stdout

    with pytest.raises(CaseFileError) as refused:  # (in this process, to save a start-up)
        open_case_file(path, login="kari", passphrase=kari_new)
    assert refused.value.problem is Problem.WRONG_PASSPHRASE
    old_key = run("check", str(path), "--recovery-key-stdin", stdin=lines(keys[0]))
    assert old_key.returncode == 2, old_key.stdout

    saved = run("backup", str(path), str(copy), *admin, stdin=lines(pw))
    assert saved.returncode == 0, saved.stderr
    assert "1 mislykket innloggingsforsøk" in saved.stderr  # kari's refused attempt, reported once
    assert copy.exists() and keyfile_path(copy).exists()

    back = run("restore", str(copy), str(restored), *admin, stdin=lines(pw))
    assert back.returncode == 0, back.stderr
    assert restored.exists() and keyfile_path(restored).exists()

    log = run("audit", str(restored), *admin, stdin=lines(pw))
    assert log.returncode == 0, log.stderr
    for phrase in ("opprettet saksfilen", "la til bruker", "byttet passordfrase", "fjernet bruker",
                   "mislykket innlogging", "tok sikkerhetskopi", "la tilbake sikkerhetskopi", "låste opp",
                   "Hendelsesloggen er hel"):
        assert phrase in log.stdout, f"{phrase!r} missing from:\n{log.stdout}"
    assert re.search(r"^\s+\d+\s+\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d UTC\s+Ánte", log.stdout, re.MULTILINE)
    assert "Kari Čeavrris" not in log.stdout.replace("Kari Čeavrris (kari)", ""), "only who, never content"

    verified = run("audit", str(restored), "--verify", "--recovery-key-stdin", stdin=lines(new_keys[0]))
    assert verified.returncode == 0, verified.stderr
    assert "Hendelsesloggen er hel" in verified.stdout


def _fast_file(path: Path) -> Path:
    create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                     kdf_params=kdf.fast_params_for_tests()).close()
    return path


@pytest.mark.timeout(180)
def test_exit_codes_and_norwegian_messages(tmp_path: Path) -> None:
    good = _fast_file(tmp_path / "god.barnearket")
    other = _fast_file(tmp_path / "annen.barnearket")  # commands that must not open it run on this one

    damaged = _fast_file(tmp_path / "skadet.barnearket")
    data = bytearray(damaged.read_bytes())
    assert len(data) >= 4 * PAGE
    data[2 * PAGE + 1234] ^= 0x10  # page 3
    damaged.write_bytes(bytes(data))

    no_keys = _fast_file(tmp_path / "uten-nokler.barnearket")
    keyfile_path(no_keys).unlink()

    pdf = tmp_path / "faktura.barnearket"
    pdf.write_bytes(MINIMAL_PDF)

    newer = tmp_path / "nyere.barnearket"
    case_file = create_case_file(newer, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    with case_file.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_fremtid'"))
    case_file.close()

    user = ("--user", ADMIN_LOGIN, "--passphrase-stdin")
    right = lines(ADMIN_PASSPHRASE)
    cases = {  # name: (args, stdin, exit code, text that must be on stderr, or on stdout for 0)
        "i orden": (("check", str(good), *user), right, 0, "Saksfilen er i orden"),
        "skadet": (("check", str(damaged), *user), right, 1, "Saksfilen er skadet"),
        "feil frase": (("check", str(other), *user), lines("feil"), 2, MESSAGES[Problem.WRONG_PASSPHRASE]),
        "uten nøkkelfil": (("check", str(no_keys), *user), right, 2, MESSAGES[Problem.KEY_DATA_MISSING]),
        "ikke saksfil": (("check", str(pdf), *user), right, 2, MESSAGES[Problem.NOT_A_CASE_FILE]),
        "nyere versjon": (("check", str(newer), *user), right, 2, MESSAGES[Problem.NEWER_VERSION]),
        "uten --user": (("check", str(other)), "", 2, "feil bruk"),
        "ukjent handling": (("users", str(other), *user, "slett-alle"), right, 2, "feil bruk"),
    }
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (other, damaged, newer)}
    started = {name: start(*args, stdin=stdin) for name, (args, stdin, _, _) in cases.items()}
    for name, proc in started.items():
        _, _, code, message = cases[name]
        done = finish(proc)
        assert done.returncode == code, f"{name}: exit {done.returncode}, stderr:\n{done.stderr}"
        assert message in (done.stdout if code == 0 else done.stderr), f"{name}: {done.stderr}"
    for p, (content, mtime) in before.items():
        assert (p.read_bytes(), p.stat().st_mtime_ns) == (content, mtime), f"{p.name} was written to"
