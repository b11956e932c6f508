"""Finds or creates, in the receiving file, the units and people an exchange document names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from barnearket.domain.roles import Role
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.codec import ExchangeError
from barnearket.services.exchange.spec import FORMAT_NAME, FORMAT_VERSION
from barnearket.storage.audit import AuditAction
from barnearket.storage.errors import CaseFileError
from barnearket.storage.opening import check_login
from barnearket.storage.orm.users import Unit, User

Document = dict[str, Any]
_CONTACT = {"job_title": 200, "phone": 40, "email": 200}


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
    return doc


def resolve(ctx: ServiceContext, doc: Document) -> Targets:
    """Existing units (same name and service) and users (same login) are reused; others are made.

    A person who is only named by the document gets an inactive user without a key slot: the log
    and the documents can name them, but they cannot log in to this file.
    """
    units = {_text(u, "key", f"$.units[{n}]"): _unit(ctx, u, f"$.units[{n}]")
             for n, u in enumerate(doc["units"])}
    users = {_text(u, "login", f"$.users[{n}]"): _user(ctx, u, f"$.users[{n}]")
             for n, u in enumerate(doc["users"])}
    return Targets(units, users)


def _unit(ctx: ServiceContext, data: Any, path: str) -> int:
    name, service = _text(data, "name", path), _text(data, "service", path)
    found = ctx.session.scalars(select(Unit).where(Unit.name == name, Unit.service == service)
                                .order_by(Unit.id)).first()
    if found is not None:
        return found.id
    unit = Unit(name=name, service=service, active=bool(data.get("active", True)))
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
    user = User(login=login, full_name=common.name(_text(data, "full_name", path)), role=role,
                active=False, created_at=ctx.clock.now(),
                **{k: common.line(str(data.get(k) or ""), n) for k, n in _CONTACT.items()})
    ctx.session.add(user)
    ctx.session.flush()
    common.log(ctx, AuditAction.USER_ADD, "user", user.id, ["login", "full_name", "role"])
    return user.id


def _text(data: Any, key: str, path: str) -> str:
    if not isinstance(data, dict) or not isinstance(data.get(key), str) or not data[key]:
        raise ExchangeError(f"{path}.{key}", "mangler eller er ikke tekst")
    value: str = data[key]
    return value
