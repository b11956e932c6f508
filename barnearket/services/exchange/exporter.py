"""Writes cases as an exchange document: every stored detail, with ids replaced by references."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from barnearket.services.exchange.codec import JsonValue, encode
from barnearket.services.exchange.fields import Field, Kind, fields_of
from barnearket.services.exchange.rows import Loaded, chunks, load_tree
from barnearket.services.exchange.spec import (
    CASE,
    CHILDREN,
    FORMAT_NAME,
    FORMAT_VERSION,
    SHEETS,
    Part,
    Texts,
    table_of,
)
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import Unit, User

Document = dict[str, Any]
Visit = Callable[[str, int], None]
"""Told (table, id) of every row written as an object, in document order (check-in maps ids by it)."""


@dataclass
class _Refs:
    """How one case's internal ids are written: children by ref, sheets by version."""

    children: dict[int, int] = field(default_factory=dict)
    sheets: dict[int, int] = field(default_factory=dict)


class _Encoder:
    """Encodes rows; remembers which users are referenced so the document can list them."""

    def __init__(self, users: dict[int, str], units: dict[int, str], visit: Visit | None = None) -> None:
        self.logins, self.unit_keys, self.visit = users, units, visit
        self.used_users: set[int] = set()

    def case(self, row: RowMapping, loaded: Loaded) -> Document:
        refs = _Refs(
            children={c["id"]: n for n, c in enumerate(loaded[CHILDREN].get(row["id"], []), 1)},
            sheets={s["id"]: s["version"] for s in loaded[SHEETS].get(row["id"], [])},
        )
        return self.row(CASE, row, loaded, refs)

    def row(self, part: Part, row: RowMapping, loaded: Loaded, refs: _Refs) -> Document:
        out: Document = {"ref": refs.children[row["id"]]} if part.numbered else {}
        if self.visit is not None:
            self.visit(table_of(part).name, row["id"])
        for item in fields_of(part):
            out[item.key] = self.value(item, row[item.column], refs)
        for sub in part.parts:
            rows = loaded[sub].get(row["id"], [])
            if isinstance(sub, Part):
                out[sub.key] = [self.row(sub, r, loaded, refs) for r in rows]
            elif isinstance(sub, Texts):
                out[sub.key] = {r[sub.key_column]: r[sub.value_column]
                                for r in sorted(rows, key=lambda r: str(r[sub.key_column]))}
            else:
                out[sub.key] = sorted(r[sub.column] for r in rows)
        return out

    def value(self, item: Field, value: object, refs: _Refs) -> JsonValue:
        if value is None or item.kind is Kind.PLAIN:
            return encode(item, value)
        assert isinstance(value, int)
        if item.kind is Kind.USER:
            self.used_users.add(value)
            return self.logins[value]
        if item.kind is Kind.UNIT:
            return self.unit_keys[value]
        return refs.children[value] if item.kind is Kind.CHILD else refs.sheets[value]


def build_document(session: Session, case_ids: Sequence[int], visit: Visit | None = None) -> Document:
    """The exchange document for these cases, in the order given (the caller sorts by number)."""
    ordered = list(case_ids)
    units = _units(session, ordered)
    users = {u.id: u for u in session.scalars(select(User))}
    encoder = _Encoder({i: u.login for i, u in users.items()}, {i: k for i, (k, _) in units.items()},
                       visit)
    cases: list[Document] = []
    for chunk in chunks(ordered):
        loaded = load_tree(session, CASE, chunk)
        by_id = {r["id"]: r for r in loaded[CASE][0]}
        cases.extend(encoder.case(by_id[i], loaded) for i in chunk)
    return {
        "format": FORMAT_NAME, "format_version": FORMAT_VERSION,
        "units": [_unit(key, unit) for key, unit in units.values()],
        "users": [_user(u) for u in sorted((users[i] for i in encoder.used_users), key=lambda u: u.login)],
        "cases": cases,
    }


def _units(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[str, Unit]]:
    used: set[int] = set()
    for chunk in chunks(case_ids):
        used.update(session.scalars(select(CaseRow.unit_id).where(CaseRow.id.in_(chunk)).distinct()))
    rows = sorted((session.get_one(Unit, i) for i in used), key=lambda u: (u.service, u.name, u.id))
    return {u.id: (f"enhet-{n}", u) for n, u in enumerate(rows, 1)}


def _unit(key: str, unit: Unit) -> Document:
    return {"key": key, "name": unit.name, "service": unit.service, "active": unit.active}


def _user(user: User) -> Document:
    return {"login": user.login, "full_name": user.full_name, "role": user.role,
            "job_title": user.job_title, "phone": user.phone, "email": user.email}
