"""The store seam: a location is a file path or a server URL, and a case file is a `Store`."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.storage.casefile import CaseFile
from barnearket.storage.errors import CaseFileError, Problem
from barnearket.storage.location import StoreLocation, looks_like_server
from barnearket.storage.store import Store, file_only, is_file, open_store
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE

URLS = ("postgresql://db.kommune.no:5432/barnearket", "postgresql:///barnearket?host=/run/pg&port=5433",
        "postgresql:///?service=barnearket", "postgres://db/barnearket")


@pytest.mark.parametrize("url", URLS)
def test_the_three_url_forms_are_server_locations(url: str) -> None:
    location = StoreLocation.parse(url)
    assert location.is_server and location.url == url and location.path is None
    assert looks_like_server(url)


@pytest.mark.parametrize("text", ["saker.barnearket", "/home/åse/saker.barnearket", "C:\\saker\\a.barnearket",
                                  "postgresql.barnearket", "mappe/postgresql:/x"])
def test_anything_else_is_a_file_path(text: str) -> None:
    location = StoreLocation.parse(text)
    assert not location.is_server and location.path == Path(text) and location.file_path == Path(text)


def test_a_password_in_the_url_is_refused_and_never_echoed() -> None:
    with pytest.raises(CaseFileError) as caught:
        StoreLocation.parse("postgresql://kari:hemmelig-ord@db.kommune.no/barnearket")
    assert caught.value.problem is Problem.INVALID
    assert "hemmelig-ord" not in caught.value.message and "passordet" in caught.value.message


def test_the_display_form_of_a_server_names_no_user() -> None:
    location = StoreLocation.parse("postgresql://eier@db.kommune.no:5432/barnearket?sslmode=verify-full")
    assert location.display() == "postgresql://db.kommune.no:5432/barnearket?sslmode=verify-full"
    assert "eier" not in str(location)


@pytest.mark.parametrize(("url", "short"), [
    (URLS[0], "db.kommune.no/barnearket"), (URLS[1], "barnearket"), (URLS[2], "barnearket"),
    ("postgresql://db/saker?sslrootcert=/etc/kommune/ca.crt", "db/saker"),
])
def test_short_names_leave_out_ports_and_certificates(url: str, short: str) -> None:
    assert StoreLocation.parse(url).short_name() == short
    assert StoreLocation.parse("/a/b/saker.barnearket").short_name() == "saker.barnearket"


def test_a_server_location_has_no_file_path() -> None:
    with pytest.raises(CaseFileError, match="bare saksfiler"):
        _ = StoreLocation.parse(URLS[0]).file_path


def test_a_location_is_exactly_one_of_path_and_url() -> None:
    with pytest.raises(ValueError):
        StoreLocation()
    with pytest.raises(ValueError):
        StoreLocation(path=Path("a"), url=URLS[0])


@pytest.mark.file_only("opens the file itself: its header, revision or path")
def test_an_open_case_file_is_a_store_at_its_own_location(case_file: CaseFile, case_path: Path) -> None:
    case_file.close()
    store: Store = open_store(StoreLocation.file(case_path), login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert store.location == StoreLocation.file(case_path) and is_file(store)
        assert store.user is not None and store.user.login == ADMIN_LOGIN
        assert file_only(store) is store
        with store.read_session() as session:
            assert session.connection().dialect.name == "sqlite"
    finally:
        store.close()
    assert store.closed


def test_file_only_refuses_a_store_that_is_not_a_file(case_file: CaseFile) -> None:
    class Elsewhere:
        location = StoreLocation.parse(URLS[0])

    with pytest.raises(CaseFileError, match="bare saksfiler"):
        file_only(Elsewhere())  # type: ignore[arg-type]
