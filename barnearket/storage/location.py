"""Where a case store lives: an encrypted case file on this disk, or the municipality's PostgreSQL server.

Kept free of heavy imports (only the standard library and the error texts), so the unlock window and
the command line's argument handling can use it before SQLAlchemy or a database driver is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from barnearket.storage.errors import CaseFileError, Problem

SERVER_SCHEMES = ("postgresql", "postgres")
PASSWORD_IN_URL = ("Skriv ikke passordet i serveradressen. Barnearket spør etter det, "
                   "eller leser det fra standard inn.")
NOT_A_SERVER_URL = "Serveradressen må begynne med postgresql://."


def looks_like_server(text: str) -> bool:
    """True for a PostgreSQL connection URL (postgresql://… or postgres://…)."""
    scheme, sep, _ = text.strip().partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


@dataclass(frozen=True)
class StoreLocation:
    """A case file path or a server URL (never with a password in it); exactly one is set.

    Attributes:
        path: the case file, for the file store.
        url: the PostgreSQL connection URL, for the server store.
    """

    path: Path | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if (self.path is None) == (self.url is None):
            raise ValueError("a store location is either a path or a URL")

    @classmethod
    def parse(cls, text: str) -> StoreLocation:
        """A URL if the text starts with postgresql:// (or postgres://), else a file path."""
        if looks_like_server(text):
            return cls.server(text)
        return cls(path=Path(text))

    @classmethod
    def file(cls, path: Path) -> StoreLocation:
        """The location of a case file."""
        return cls(path=Path(path))

    @classmethod
    def server(cls, url: str) -> StoreLocation:
        """The location of a server; a password written into the URL is refused."""
        text = url.strip()
        if not looks_like_server(text):
            raise CaseFileError(Problem.INVALID, NOT_A_SERVER_URL)
        try:
            parts = urlsplit(text)
            has_password = parts.password is not None
        except ValueError:
            raise CaseFileError(Problem.INVALID, NOT_A_SERVER_URL) from None
        if has_password:
            raise CaseFileError(Problem.INVALID, PASSWORD_IN_URL)
        return cls(url=text)

    @property
    def is_server(self) -> bool:
        """True for the municipality's server, False for a case file."""
        return self.url is not None

    @property
    def file_path(self) -> Path:
        """The case file's path; only for a file location."""
        if self.path is None:
            raise CaseFileError(Problem.INVALID, "Dette gjelder bare saksfiler, ikke kommunens server.")
        return self.path

    def display(self) -> str:
        """How the location is shown to people: the path, or the URL without any user name."""
        if self.path is not None:
            return str(self.path)
        assert self.url is not None
        parts = urlsplit(self.url)
        host = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, host, parts.path, parts.query, ""))

    def short_name(self) -> str:
        """A short name for titles and the status bar: the file's name, or the server's host and database."""
        if self.path is not None:
            return self.path.name
        assert self.url is not None
        parts = urlsplit(self.url)
        query = dict(parse_qsl(parts.query))
        database = parts.path.lstrip("/") or query.get("dbname", "")
        if not database and "service" in query:
            return query["service"]
        host = parts.hostname or ("" if query.get("host", "").startswith("/") else query.get("host", ""))
        return f"{host}/{database}" if host else database

    def __str__(self) -> str:
        return self.display()
