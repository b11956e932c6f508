"""Finds or creates, in the receiving file, the units and people an exchange document names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from barnearket.domain import text
from barnearket.domain.roles import Role
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.codec import ExchangeError
from barnearket.services.exchange.spec import FORMAT_NAME, FORMAT_VERSION
from barnearket.services.exchange.vocab import UNIT_SERVICES
from barnearket.storage.audit import AuditAction
from barnearket.storage.errors import CaseFileError
from barnearket.storage.opening import check_login
from barnearket.storage.orm.users import Unit, User

Document = dict[str, Any]
_CONTACT = {"job_title": 200, "phone": 40, "email": 200}
HEADER_KEYS = frozenset({"format", "format_version", "units", "users", "cases"})
UNIT_KEYS = frozenset({"key", "name", "service", "active"})
USER_KEYS = frozenset({"login", "full_name", "role", *_CONTACT})


@dataclass(frozen=True)
class Targets:
    """Unit keys and logins of the document mapped to ids in the receiving file."""

    units: dict[str, int]
    users: dict[str, int]


def check_header(doc: object) -> Document:
    """The document as a dict, if it is an exchange document of a version this program reads."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        raise ExchangeError("$", "filen er ikke et utvekslingsdokument fra Barnearket")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError("$.format_version", "mangler eller er ugyldig")
    if version > FORMAT_VERSION:
        raise ExchangeError("$.format_version", f"versjon {version} er laget av en nyere Barnearket; "
                                                "oppdater programmet før du importerer")
    for key in ("units", "users", "cases"):
        if not isinstance(doc.get(key), list):
            raise ExchangeError(f"$.{key}", "mangler eller er ikke en liste")
    unknown = sorted(set(doc) - HEADER_KEYS)
    if unknown:
        raise ExchangeError(f"$.{unknown[0]}", "ukjent felt i denne versjonen av formatet")
    return doc


def resolve(ctx: ServiceContext, doc: Document) -> Targets:
    """Existing units (same name and service) and users (same login) are reused; others are made.

    A person who is only named by the document gets an inactive user without a key slot: the log
    and the documents can name them, but they cannot log in to this file.
    """
    for key, allowed in (("units", UNIT_KEYS), ("users", USER_KEYS)):
        for n, item in enumerate(doc[key]):
            _known_keys(item, allowed, f"$.{key}[{n}]")
    units = {_text(u, "key", f"$.units[{n}]"): _unit(ctx, u, f"$.units[{n}]")
             for n, u in enumerate(doc["units"])}
    users = {_text(u, "login", f"$.users[{n}]"): _user(ctx, u, f"$.users[{n}]")
             for n, u in enumerate(doc["users"])}
    return Targets(units, users)


def _known_keys(item: Any, allowed: frozenset[str], path: str) -> None:
    if not isinstance(item, dict):
        raise ExchangeError(path, "skal være et objekt")
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise ExchangeError(f"{path}.{unknown[0]}", "ukjent felt i denne versjonen av formatet")


def _unit(ctx: ServiceContext, data: Any, path: str) -> int:
    name, service = _clean(data, "name", path, 200), _text(data, "service", path)
    if service not in UNIT_SERVICES:
        raise ExchangeError(f"{path}.service", "ukjent tjeneste for enheten")
    found = ctx.session.scalars(select(Unit).where(Unit.name == name, Unit.service == service)
                                .order_by(Unit.id)).first()
    if found is not None:
        return found.id
    active = data.get("active", True)
    if not isinstance(active, bool):
        raise ExchangeError(f"{path}.active", "skal være true eller false")
    unit = Unit(name=name, service=service, active=active)
    ctx.session.add(unit)
    ctx.session.flush()
    common.log(ctx, AuditAction.CREATE, "unit", unit.id, ["name", "service", "active"])
    return unit.id


def _user(ctx: ServiceContext, data: Any, path: str) -> int:
    login = _text(data, "login", path)
    try:
        check_login(login)
    except CaseFileError:
        raise ExchangeError(f"{path}.login", "ugyldig brukernavn") from None
    found = ctx.session.scalars(select(User).where(User.login == login)).first()
    if found is not None:
        return found.id
    role = _text(data, "role", path)
    if role not in {r.value for r in Role}:
        raise ExchangeError(f"{path}.role", "ukjent rolle")
    user = User(login=login, full_name=_clean(data, "full_name", path, text.NAME_LIMIT), role=role,
                active=False, created_at=ctx.clock.now(),
                **{k: _clean(data, k, path, n, optional=True) for k, n in _CONTACT.items()})
    ctx.session.add(user)
    ctx.session.flush()
    common.log(ctx, AuditAction.USER_ADD, "user", user.id, ["login", "full_name", "role"])
    return user.id


def _clean(data: Any, key: str, path: str, limit: int, *, optional: bool = False) -> str:
    """A single-line text cleaned by the text rule; refused when too long or only control characters."""
    raw = data.get(key) if isinstance(data, dict) else None
    if optional and raw in (None, ""):
        return ""
    raw = _text(data, key, path)
    cleaned = text.clean_line(raw, limit=len(raw) + 1).text
    if len(cleaned) > limit:
        raise ExchangeError(f"{path}.{key}", f"teksten er lengre enn {limit} tegn")
    if not cleaned:
        raise ExchangeError(f"{path}.{key}", "teksten består bare av usynlige tegn eller styretegn")
    return cleaned


def _text(data: Any, key: str, path: str) -> str:
    if not isinstance(data, dict) or not isinstance(data.get(key), str) or not data[key]:
        raise ExchangeError(f"{path}.{key}", "mangler eller er ikke tekst")
    value: str = data[key]
    return value
