"""Damaged and hostile files (reliability plan B-1, C-5, C-6): a clear, classified refusal, never a write.

Each case starts from a valid, cleanly closed case file with data, users and free pages, applies one
seeded mutation from `tests.helpers.mutations`, and then unlocks it with the RIGHT passphrase. The
file must be refused with a known problem (never "wrong passphrase"), or, if it opens, `check_file`
must report the damage; in every case the case file and its key file stay byte-identical.
"""

from __future__ import annotations

import contextlib
import io
import random
from pathlib import Path

import pytest

from barnearket.main import main as cli_main
from barnearket.storage.casefile import CaseFile
from barnearket.storage.check import check_file
from barnearket.storage.copying import copy_database
from barnearket.storage.errors import MESSAGES, CaseFileError, Problem
from barnearket.storage.keyfile import keyfile_path, read_keyfile
from barnearket.storage.opening import open_case_file
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.helpers import mutations
from tests.helpers.mutations import PAGE, Originals
from tests.storage.damaged_templates import fingerprint

pytestmark = pytest.mark.file_only("damaged file and key file bytes")

# Problems a damaged, foreign or key-less file may be refused with. Never WRONG_PASSPHRASE:
# every attempt below uses the right passphrase.
REFUSALS = {
    Problem.DAMAGED, Problem.NOT_A_CASE_FILE, Problem.KEY_DATA_MISSING, Problem.KEY_DATA_DAMAGED,
    Problem.KEY_DATA_MISMATCH, Problem.NEWER_VERSION,
}
CLI_DAMAGED = {Problem.DAMAGED, Problem.KEY_DATA_DAMAGED, Problem.KEY_DATA_MISMATCH}  # exit 1, else 2
NORWEGIAN = ("saksfil", "nøkkelfil", "skadet", "Saksfil", "Nøkkelfil", "Filen")


def _write_damaged(originals: Originals, name: str, seed: int, workdir: Path) -> tuple[Path, str]:
    mutate, _ = mutations.PLAN[name]
    damaged = mutate(originals, random.Random(seed), workdir)
    path = workdir / "saker.barnearket"
    path.write_bytes(damaged.case)
    if damaged.keys is not None:
        keyfile_path(path).write_bytes(damaged.keys)
    return path, damaged.what


def _run_cli_check(path: Path, capsys: pytest.CaptureFixture[str],
                   monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    """`barnearket check FILE --user admin --passphrase-stdin`, in this process."""
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSPHRASE + "\n"))
    code = cli_main(["check", str(path), "--user", ADMIN_LOGIN, "--passphrase-stdin"])
    return code, capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.timeout(30)
@pytest.mark.parametrize(("name", "seed"), mutations.planned_cases())
def test_damaged_file_is_refused_and_never_written(
    name: str, seed: int, originals: Originals, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, what = _write_damaged(originals, name, seed, tmp_path)
    before = fingerprint(path)
    where = f"mutation {name}, seed {seed}: {what}"

    outcome: Problem | list[str]
    try:
        case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    except CaseFileError as exc:
        outcome = exc.problem
        assert exc.problem in REFUSALS, f"{where}: refused as {exc.problem}"
        assert exc.message == MESSAGES[exc.problem], where
    else:
        # Damage that open cannot see (e.g. in free pages) must be found by the full check.
        try:
            result = check_file(case_file)
        finally:
            case_file.close()
        assert not result.ok, f"{where}: opened and passed check_file"
        assert all(any(w in f for w in ("skadet", "feil", "endret", "mangler", "Nøkkel")) for f in
                   result.findings), where
        outcome = result.findings

    assert fingerprint(path) == before, f"{where}: the damaged file or its key file was written to"
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        assert not leftover.exists(), f"{where}: {leftover.name} left behind"

    if seed % 10 == 0:  # the administrator's command on a subset: exit 1 damaged, 2 cannot open
        code, err = _run_cli_check(path, capsys, monkeypatch)
        expected = 1 if isinstance(outcome, list) or outcome in CLI_DAMAGED else 2
        assert code == expected, f"{where}: check exited {code}: {err}"
        assert "Traceback" not in err and any(w in err for w in NORWEGIAN), f"{where}: {err}"
        assert fingerprint(path) == before, f"{where}: `check` wrote to the damaged file"


def test_plan_has_at_least_300_cases() -> None:
    cases = mutations.planned_cases()
    assert len(cases) >= 300
    assert len(set(cases)) == len(cases)


@pytest.mark.parametrize("seed", range(12))
def test_damage_appearing_while_open_is_found_by_check(originals: Originals, tmp_path: Path,
                                                       seed: int) -> None:
    """A page damaged under an open file (B-2) is named by check_file's cipher_integrity_check."""
    path = tmp_path / "saker.barnearket"
    path.write_bytes(originals.case)
    keyfile_path(path).write_bytes(originals.keys)
    case_file = open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert check_file(case_file).ok
        rng = random.Random(seed)
        page = rng.randint(2, len(originals.case) // PAGE)
        with path.open("r+b") as handle:
            handle.seek((page - 1) * PAGE + rng.randrange(PAGE))
            byte = handle.read(1)
            handle.seek(-1, 1)
            handle.write(bytes([byte[0] ^ (1 << rng.randrange(8))]))
        result = check_file(case_file)
        assert not result.ok, f"seed {seed}: damage in page {page} not found"
        assert any("krypterte sider har feil kontrollsum" in f or "skadet" in f for f in result.findings)
    finally:
        case_file.close()


KEY_DAMAGE = ["keys_bit_flip", "keys_truncated", "keys_invalid_json", "keys_wrong_checksum", "keys_edited",
              "keys_missing", "keys_of_other_file", "keys_of_other_file_other_passphrase"]


@pytest.mark.parametrize("name", KEY_DAMAGE)
def test_recovery_key_opens_despite_damaged_key_data_and_rebuilds_it(
    name: str, template: tuple[Originals, bytes], tmp_path: Path,
) -> None:
    """C-6: no setting needed to decrypt is lost; the recovery key opens and the key file is rebuilt."""
    originals, file_key = template
    path, what = _write_damaged(originals, name, 7, tmp_path)
    recovered = open_case_file(path, recovery_key=file_key)
    try:
        assert check_file(recovered).ok, what
    finally:
        recovered.close()
    assert read_keyfile(path).verifies(file_key), what
    open_case_file(path, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE).close()
    open_case_file(path, login="kari", passphrase="karis frase æøå").close()


@pytest.mark.timeout(120)
def test_missing_key_file_is_named_whatever_the_files_first_byte(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    """The random salt starts with '{' or '<' in 1 of 128 files: still a case file, not 'foreign'."""
    found: Path | None = None
    for attempt in range(3000):
        dest = tmp_path / f"kopi{attempt}.barnearket"
        copy_database(case_file.path, case_file.file_key, case_file.keyfile, dest)
        if dest.read_bytes()[:1] in (b"{", b"<"):
            found = dest
            break
        dest.unlink()
        keyfile_path(dest).unlink()
    assert found is not None, "no copy with such a salt in 3000 tries (p < 1e-10)"
    keyfile_path(found).unlink()
    with pytest.raises(CaseFileError) as err:
        open_case_file(found, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    assert err.value.problem is Problem.KEY_DATA_MISSING
    with contextlib.closing(open_case_file(found, recovery_key=case_file.file_key)) as recovered:
        assert check_file(recovered).ok
