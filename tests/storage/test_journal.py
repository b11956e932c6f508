"""A damaged write-ahead log is never called healthy (issue 11, point 2; acceptance: 200 damaged logs).

A child process commits marked transactions into a real case file and dies without closing it, so
the log stays hot. Each case damages one copy of that log (flipped bytes, a frame cut out, damaged
salts, a log cut inside its last commit frame, a damaged log header). What SQLite really drops is
measured on a scratch copy opened with the raw key; the program must then refuse the file with the
count, keep a quarantine copy byte-identical to the damaged input, and leave the file untouched.
The one exception is damage that leaves exactly what a crash during the last commit leaves (the
log's generation ends in a commit frame that is cut short or fails its checksum): that transaction
was never confirmed, the file must open as after any crash, and the report notes `cut_short`.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
from pathlib import Path

import pytest

from barnearket.main import main as cli_main
from barnearket.storage import journal
from barnearket.storage.engine import connect_raw
from barnearket.storage.errors import JournalDamagedError, Problem
from barnearket.storage.journal import FRAME_HEADER_BYTES, HEADER_BYTES, wal_path
from barnearket.storage.keyfile import keyfile_path
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers.hotlog import FRAME, Template, lose_last_two

CASES = 200
SEED = 20261206

def _frames(log: bytes) -> list[tuple[int, int, bytes]]:
    """(page, commit mark, salts) of every complete frame."""
    out = []
    for j in range((len(log) - HEADER_BYTES) // FRAME):
        at = HEADER_BYTES + j * FRAME
        out.append((int.from_bytes(log[at:at + 4], "big"), int.from_bytes(log[at + 4:at + 8], "big"),
                    log[at + 8:at + 16]))
    return out


def _current(log: bytes) -> list[int]:
    """Indexes of the frames of the log's current generation (undamaged log)."""
    return [j for j, (_, _, salts) in enumerate(_frames(log)) if salts == log[16:24]]


def damage(log: bytes, rng: random.Random) -> tuple[str, bool, bytes]:
    """One seeded kind of damage to the current generation of an undamaged log.

    The flag says whether the damaged log looks exactly like one a crash during the last commit
    leaves (its generation ends in a commit frame that is cut or fails its checksum), which the
    check must not call loss: a cut, a flip in the last frame, a splice that slides the last frame
    into the place of the one before.
    """
    current = _current(log)
    frames = _frames(log)
    kind = rng.choice(("flip", "flip", "salt", "splice", "cut", "header"))
    data = bytearray(log)
    if kind == "header":
        data[rng.randrange(0, HEADER_BYTES)] ^= rng.randrange(1, 256)
        return kind, False, bytes(data)
    if kind == "flip":
        j = rng.choice(current)
        for _ in range(rng.randint(1, 3)):
            at = HEADER_BYTES + j * FRAME + rng.choice((rng.randrange(16, 24), rng.randrange(24, FRAME)))
            data[at] ^= rng.randrange(1, 256)
        return kind, j == current[-1], bytes(data)
    if kind == "salt":
        j = rng.choice(current)
        data[HEADER_BYTES + j * FRAME + rng.randrange(8, 16)] ^= rng.randrange(1, 256)
        return kind, False, bytes(data)
    if kind == "splice":
        j = rng.choice(current[:-1])
        at = HEADER_BYTES + j * FRAME
        return kind, j == current[-2], bytes(data[:at] + data[at + FRAME:])
    commits = [j for j in current if frames[j][1]]
    j = rng.choice(commits)
    return kind, True, bytes(data[:HEADER_BYTES + j * FRAME + rng.randrange(FRAME_HEADER_BYTES, FRAME)])


def _surviving_markers(folder: Path, file_key: bytes, scratch: Path) -> int:
    """How many marker rows SQLite itself keeps when it replays the (damaged) log."""
    shutil.copytree(folder, scratch)
    con = connect_raw(scratch / "saker.barnearket", file_key)
    try:
        return int(con.execute("SELECT count(*) FROM marker").fetchone()[0])
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _copy_template(template: Template, target: Path) -> Path:
    target.mkdir()
    for source in (template.path, wal_path(template.path), keyfile_path(template.path)):
        shutil.copyfile(source, target / source.name)
    return target / "saker.barnearket"


def test_sqlcipher_log_headers_are_plain_and_checksums_cover_encrypted_pages(
        templates: list[Template]) -> None:
    for template in templates:
        log = wal_path(template.path).read_bytes()
        report = journal.inspect_bytes(log)
        assert not report.header_damaged
        assert report.frames > 2 and report.dropped_commits == 0
        current = _current(log)
        assert report.replayed == max(current) + 1  # every frame of the current generation replays
        page = log[HEADER_BYTES + FRAME_HEADER_BYTES:HEADER_BYTES + FRAME]
        assert b"marker" not in page and b"xxxxxxxx" not in page  # the pages are encrypted


def test_an_undamaged_hot_log_opens_and_keeps_every_commit(templates: list[Template], tmp_path: Path) -> None:
    for n, template in enumerate(templates):
        path = _copy_template(template, tmp_path / f"t{n}")
        case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        with case_file.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM marker").scalar() == template.markers
        case_file.close()
        assert not list(tmp_path.glob(f"t{n}/*.karantene-*"))


@pytest.mark.slow
def test_two_hundred_damaged_logs_are_never_called_healthy(templates: list[Template], tmp_path: Path) -> None:
    rng = random.Random(SEED)
    seen: dict[str, int] = {}
    for n in range(CASES):
        template = templates[n % len(templates)]
        path = _copy_template(template, tmp_path / f"c{n}")
        kind, like_a_crash, damaged = damage(wal_path(path).read_bytes(), rng)
        wal_path(path).write_bytes(damaged)
        before = {p.name: _digest(p) for p in path.parent.iterdir()}
        lost = template.markers - _surviving_markers(path.parent, template.file_key, tmp_path / f"s{n}")
        seen[kind] = seen.get(kind, 0) + (lost > 0)
        report = journal.inspect(path)
        if lost == 0:
            assert not report.loses_data, (n, kind)
            continue
        if like_a_crash:
            assert not report.loses_data and report.cut_short, (n, kind, report)
            open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()
            assert not list(path.parent.glob("*.karantene-*")), (n, kind)
            seen["crash"] = seen.get("crash", 0) + 1
            continue
        assert report.loses_data, (n, kind, lost)
        low, high = {"flip": (lost - 1, lost + 1), "salt": (lost, lost), "splice": (lost - 1, lost),
                     "cut": (1, lost), "header": (lost, lost)}[kind]
        assert low <= report.dropped_commits <= high, (n, kind, lost, report)
        assert not report.cut_short, (n, kind, report)
        with pytest.raises(JournalDamagedError) as refused:
            open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
        assert refused.value.problem is Problem.JOURNAL_DAMAGED
        copy = refused.value.copy
        assert copy.parent == path.parent and "karantene" in copy.name
        assert _digest(copy / path.name) == before[path.name]
        assert _digest(copy / wal_path(path).name) == before[wal_path(path).name]
        after = {p.name: _digest(p) for p in path.parent.iterdir() if p.name in before}
        assert after == before, (n, kind)  # the file, its log and its keys are untouched
    assert all(seen.get(k, 0) >= 10 for k in ("flip", "salt", "splice", "header", "crash")), seen


def _cli_check(path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
               *extra: str) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSPHRASE + "\n"))
    code = cli_main(["check", str(path), "--user", ADMIN_LOGIN, "--passphrase-stdin", *extra])
    return code, capsys.readouterr().err


def test_check_exits_1_with_the_count_and_the_copy_then_the_app_may_go_on_without_them(
        templates: list[Template], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    template = templates[0]
    path = _copy_template(template, tmp_path / "f")
    lose_last_two(path)
    code, err = _cli_check(path, monkeypatch, capsys)
    assert code == 1
    assert "2 lagrede endringer på slutten kan ikke leses" in err and "karantene" in err
    assert "Traceback" not in err and "i orden" not in err
    code_again, _ = _cli_check(path, monkeypatch, capsys)
    assert code_again == 1
    assert len(list(path.parent.glob("*.karantene-*"))) == 1  # the same damage is copied once
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE, accept_journal_loss=True)
    with case_file.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM marker").scalar() == template.markers - 2
        fields = conn.exec_driver_sql("SELECT fields FROM audit_log ORDER BY seq DESC LIMIT 1").scalar()
    case_file.close()
    assert "journal_dropped" in str(fields)
    code_after, out = _cli_check(path, monkeypatch, capsys)
    assert code_after == 0, out
