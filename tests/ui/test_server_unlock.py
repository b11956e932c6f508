"""The unlock window's «Kommunens server»: the remembered address, faults said plainly, no password kept."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from barnearket.app import LaunchOptions
from barnearket.ui.settings import Settings
from tests.server.cluster import free_port
from tests.server.fixtures import PgDatabase
from tests.ui.conftest import MakeRoot, write_settings

SERVER = "postgresql://db.kommune.invalid/barnearket"


def _try(qtbot: QtBot, root: object, login: str, password: str) -> str:
    window = root.unlock  # type: ignore[attr-defined]
    window.login.setText(login)
    window.passphrase.setText(password)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.error.isVisible() or root.main is not None,  # type: ignore[attr-defined]
                    timeout=20_000)
    return str(window.error.text())


def test_the_last_server_is_offered_first(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    write_settings(Settings(recent_files=[str(closed_file)], last_server=SERVER, last_store="server",
                            last_login="kari"))
    root = make_root()
    root.start()
    window = root.unlock
    assert window.choice.server and window.server_url.text() == SERVER
    assert window.server_url.isVisibleTo(window) and not window.file_box.isVisibleTo(window)
    assert window.login.text() == "kari"
    assert "server" in window.windowTitle()
    window.choice.file_radio.click()
    assert window.file_box.isVisibleTo(window) and not window.server_url.isVisibleTo(window)
    assert window.chosen_path == closed_file


def test_a_file_given_on_the_command_line_wins(make_root: MakeRoot, closed_file: Path) -> None:
    write_settings(Settings(last_server=SERVER, last_store="server"))
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    assert not root.unlock.choice.server and root.unlock.chosen_path == closed_file
    assert root.unlock.server_url.text() == SERVER, "the server is still there to choose"


def test_bad_addresses_are_refused_before_anything_is_sent(qtbot: QtBot, make_root: MakeRoot) -> None:
    root = make_root()
    root.start()
    root.unlock.empty.server_button.click()
    assert _try(qtbot, root, "kari", "x").startswith("Skriv adressen")
    root.unlock.server_url.setText("postgresql://kari:Sol-og-måne-7@db.kommune.invalid/barnearket")
    message = _try(qtbot, root, "kari", "x")
    assert "passordet" in message and "Sol-og-måne-7" not in message
    assert root.main is None


def test_server_faults_are_said_in_the_window(qtbot: QtBot, make_root: MakeRoot,
                                              pg_database: PgDatabase) -> None:
    db = pg_database
    root = make_root()
    root.start()
    window = root.unlock
    window.empty.server_button.click()
    window.server_url.setText(f"postgresql://localhost:{free_port()}/{db.name}?sslrootcert={db.cluster.tls.ca_cert}")
    assert _try(qtbot, root, db.owner, db.password).startswith("Får ikke kontakt med kommunens server")
    assert window.passphrase.text() == ""
    window.server_url.setText(db.tcp_url)
    refused = _try(qtbot, root, db.owner, "feil passord")
    assert refused.startswith("Feil brukernavn eller passord for serveren")
    assert _try(qtbot, root, db.owner, db.password).startswith("Databasen på serveren er tom")
    assert root.main is None and not window.recovery_button.isVisible()
    assert root.settings.last_server == "", "only a server that was logged in to is remembered"


def test_the_window_starts_on_a_server_address_given_on_the_command_line(make_root: MakeRoot) -> None:
    from barnearket.cli.main import is_cli
    from barnearket.ui.app import parse_args

    assert not is_cli([SERVER]), "a server address starts the window, like a file path"
    options = parse_args([SERVER])
    assert options.server == SERVER and options.file is None
    assert parse_args(["saker.barnearket"]).file == Path("saker.barnearket")
    root = make_root(options)
    root.start()
    assert root.unlock.choice.server and root.unlock.server_url.text() == SERVER
