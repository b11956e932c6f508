"""The window's check-in: one service call logs in to the server, brings the copy back and logs out."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.services.checkin import check_in_at, copy_report
from barnearket.services.checkout import check_out
from barnearket.storage.errors import CaseFileError
from barnearket.storage.store import Store
from tests.checkout.support import FAST, Setting, open_laptop
from tests.seam.stores import WORKER, WORKER_PASSPHRASE


def test_check_in_at_the_server_with_her_own_password(setting: Setting, tmp_path: Path) -> None:
    path = tmp_path / "hjemmebesøk.barnearket"
    first = setting.families[0]
    kari: Store = setting.kari()
    try:
        check_out(kari, [first.number], path, WORKER_PASSPHRASE, kdf_params=FAST)
        with pytest.raises(CaseFileError, match="bare saksfiler"):
            copy_report(kari)  # the server is no laptop copy
    finally:
        kari.close()
    laptop = open_laptop(path)
    try:
        assert copy_report(laptop).numbers == [first.number]
        with pytest.raises(CaseFileError):
            check_in_at(laptop, setting.location, login=WORKER, password="ikke Kari sitt passord")
        assert path.exists() and not laptop.closed, "a refused login leaves the copy as it was"
        done = check_in_at(laptop, setting.location, login=WORKER, password=WORKER_PASSPHRASE)
    finally:
        laptop.close()
    assert done.numbers == [first.number]
    assert not path.exists(), "the copy is shredded once it is back"
