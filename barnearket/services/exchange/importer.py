"""Writes the cases of an exchange document as new rows: new ids, the same case numbers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert, select

from barnearket.domain.collation import search_key
from barnearket.domain.identity import InvalidIdentityNumber, parse_identity_number
from barnearket.domain.text import NOTE_LIMIT
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.exchange.checks import RowChecker
from barnearket.services.exchange.codec import BadValue, ExchangeError, decode
from barnearket.services.exchange.fields import Field, Kind
from barnearket.services.exchange.rows import chunks
from barnearket.services.exchange.shape import allowed, as_list, catalogue_ids, plan
from barnearket.services.exchange.spec import (
    CASE,
    DERIVED,
    ENUMS,
    Part,
    Texts,
    Values,
    table_of,
    tables_in_order,
)
from barnearket.services.exchange.targets import Targets
from barnearket.services.exchange.trail import log_each
from barnearket.services.settings import allows_synthetic_ids
from barnearket.storage.audit import AuditAction
from barnearket.storage.ids import IdAllocator
from barnearket.storage.orm.cases import CaseRow

_TABLES = tables_in_order(CASE)


@dataclass(frozen=True)
class Renumbering:
    """Ids to give rows before they are inserted, in place of the new ones (by table: new -> kept),
    and the edit version to give every row of a versioned table (by table)."""

    ids: Mapping[str, Mapping[int, int]]
    versions: Mapping[str, int]


@dataclass
class _Refs:
    """The new ids of one case's children (by ref) and sheets (by version)."""

    ids: dict[str, dict[int, int]] = field(default_factory=dict)


class CaseWriter:
    """Builds rows for a batch of cases, inserts them table by table and logs each case."""

    def __init__(self, ctx: ServiceContext, targets: Targets, *,
                 action: AuditAction = AuditAction.IMPORT, trusted: bool = False,
                 visit: Callable[[str, int], None] | None = None,
                 renumber: Callable[[], Renumbering] | None = None) -> None:
        """`trusted` is for rows this program generated itself (the demo): their texts are not
        cleaned again and their identity numbers not parsed again; every other check still runs.
        `visit` is told (table, new id) of every object row in document order, as the exporter's.
        `renumber` is asked, once the rows are built and before they are inserted, which rows keep an
        id they had before (a check-in keeps the server's ids); references to them follow."""
        self.ctx, self.targets, self.action, self.trusted = ctx, targets, action, trusted
        self.visit, self.renumber = visit, renumber
        self._synthetic = allows_synthetic_ids(ctx.session)
        self.checker = RowChecker(ctx, trusted=trusted)
        self._ids = IdAllocator(ctx.session)
        self._pending: dict[Table, list[dict[str, Any]]] = defaultdict(list)

    def write(self, cases: Sequence[Any], *, first_index: int = 0) -> list[int]:
        """Add the cases (their index in the document starts at `first_index`); return the new ids."""
        paths = [f"$.cases[{first_index + n}]" for n in range(len(cases))]
        self._check_numbers(cases, paths)
        ids = [self._row(CASE, data, path, None, _Refs()) for data, path in zip(cases, paths, strict=True)]
        if self.renumber is not None:
            ids = self._renumbered(self.renumber(), ids)
        for table in _TABLES:
            if self._pending[table]:
                self.ctx.session.execute(insert(table), self._pending.pop(table))
        fields = [["number", *(p.key for p in CASE.parts if data.get(p.key))] for data in cases]
        log_each(self.ctx, self.action, ids, fields)
        return ids

    def _renumbered(self, plan: Renumbering, case_ids: list[int]) -> list[int]:
        """Give the built rows their kept ids (and every reference to them), and the versions given."""
        for table, rows in self._pending.items():
            columns = [(c.name, fk.column.table.name) for c in table.c for fk in c.foreign_keys
                       if fk.column.table.name in plan.ids]
            if table.name in plan.ids:
                columns.append(("id", table.name))
            version = plan.versions.get(table.name)
            for row in rows:
                for column, target in columns:
                    value = row.get(column)
                    if value is not None:
                        row[column] = plan.ids[target].get(value, value)
                if version is not None:
                    row["row_version"] = version
        kept = plan.ids.get("cases", {})
        return [kept.get(case_id, case_id) for case_id in case_ids]

    def _check_numbers(self, cases: Sequence[Any], paths: list[str]) -> None:
        numbers = []
        for data, path in zip(cases, paths, strict=True):
            if not isinstance(data, dict) or not isinstance(data.get("number"), str):
                raise ExchangeError(f"{path}.number", "mangler eller er ikke tekst")
            numbers.append(data["number"])
        if len(set(numbers)) != len(numbers):
            raise ExchangeError("$.cases", "samme saksnummer står flere ganger")
        taken = [n for chunk in chunks(numbers) for n in
                 self.ctx.session.scalars(select(CaseRow.number).where(CaseRow.number.in_(chunk)))]
        if taken:
            raise ExchangeError("$.cases", f"{len(taken)} saksnummer finnes allerede i saksfilen "
                                           f"(for eksempel {sorted(taken)[0]}); ingenting er importert")

    def _row(self, part: Part, data: Any, path: str, link_id: int | None, refs: _Refs) -> int:
        if not isinstance(data, dict):
            raise ExchangeError(path, "skal være et objekt")
        table = table_of(part)
        self._check_keys(part, data, path)
        if part is CASE:
            self._preassign(part, data, path, refs)
        row_id = self._id_for(part, data, table, refs)
        if self.visit is not None:
            self.visit(table.name, row_id)
        values: dict[str, Any] = {"id": row_id, **({part.link: link_id} if part.link else {})}
        for item, identity in plan(part):
            try:
                values[item.column] = self._value(item, identity, data, refs)
            except BadValue as exc:
                raise ExchangeError(f"{path}.{item.key}", exc.problem) from None
        values.update({k: search_key(values[v]) for k, v in DERIVED.items() if k in table.c})
        self.checker.row(table.name, row_id, values, path)
        self._pending[table].append(values)
        for sub in part.parts:
            self._sub(sub, data.get(sub.key), f"{path}.{sub.key}", row_id, refs)
        return row_id

    def _preassign(self, case: Part, data: dict[str, Any], path: str, refs: _Refs) -> None:
        """Children and sheets get their ids first, so answers, concerns and consents can find them."""
        for part in (p for p in case.parts if isinstance(p, Part) and p.referenced_by):
            key = part.referenced_by
            assert key is not None
            found: dict[int, int] = {}
            for n, item in enumerate(as_list(data.get(part.key), f"{path}.{part.key}")):
                value = item.get(key) if isinstance(item, dict) else None
                if not isinstance(value, int) or isinstance(value, bool) or value in found:
                    raise ExchangeError(f"{path}.{part.key}[{n}].{key}", "mangler eller er ikke unik")
                found[value] = self._allocate(table_of(part))
            refs.ids[part.key] = found

    def _id_for(self, part: Part, data: dict[str, Any], table: Table, refs: _Refs) -> int:
        if part.referenced_by is None:
            return self._allocate(table)
        return refs.ids[part.key][data[part.referenced_by]]

    def _allocate(self, table: Table) -> int:
        return self._ids.take(table)

    def _check_keys(self, part: Part, data: dict[str, Any], path: str) -> None:
        if not data.keys() <= allowed(part):
            unknown = sorted(set(data) - allowed(part))
            raise ExchangeError(f"{path}.{unknown[0]}", "ukjent felt i denne versjonen av formatet")

    def _value(self, item: Field, identity: bool, data: dict[str, Any], refs: _Refs) -> Any:
        raw = data.get(item.key, item.default)
        if item.kind is Kind.PLAIN:
            value = decode(item, raw, clean=not self.trusted)
            if identity and value is not None and not self.trusted:
                value = self._identity(str(value))
            return value
        if raw is None and item.nullable:
            return None
        lookup = self._lookup(item.kind, refs)
        if isinstance(raw, bool) or not isinstance(raw, str | int) or raw not in lookup:
            raise BadValue("peker på noe som ikke finnes i dokumentet")
        return lookup[raw]

    def _lookup(self, kind: Kind, refs: _Refs) -> Mapping[Any, int]:
        if kind is Kind.USER:
            return self.targets.users
        if kind is Kind.UNIT:
            return self.targets.units
        return refs.ids["children" if kind is Kind.CHILD else "sheets"]

    def _identity(self, number: str) -> str:
        try:
            return parse_identity_number(number, allow_synthetic=self._synthetic,
                                         today=self.ctx.clock.today()).digits
        except InvalidIdentityNumber as exc:
            raise BadValue(exc.message) from None

    def _sub(self, sub: Part | Values | Texts, raw: Any, path: str, owner: int, refs: _Refs) -> None:
        if isinstance(sub, Part):
            for n, item in enumerate(as_list(raw, path)):
                self._row(sub, item, f"{path}[{n}]", owner, refs)
        elif isinstance(sub, Values):
            found = catalogue_ids(as_list(raw, path), path)
            self.checker.ids(sub.key, found, path)
            for value in sorted(found):
                self._pending[table_of(sub)].append({sub.link: owner, sub.column: value})
        else:
            self._texts(sub, raw, path, owner)

    def _texts(self, sub: Texts, raw: Any, path: str, owner: int) -> None:
        if not isinstance(raw, dict):
            raise ExchangeError(path, "skal være et objekt")
        allowed = ENUMS.get((table_of(sub).name, sub.key_column))
        for key, value in sorted(raw.items()):
            if allowed is not None and key not in {e.value for e in allowed}:
                raise ExchangeError(f"{path}.{key}", "ukjent del")
            if not isinstance(value, str):
                raise ExchangeError(f"{path}.{key}", "skal være tekst")
            if len(value) > NOTE_LIMIT:
                raise ExchangeError(f"{path}.{key}", f"teksten er lengre enn {NOTE_LIMIT} tegn")
            self._pending[table_of(sub)].append(
                {sub.link: owner, sub.key_column: key, sub.value_column: common.note(value)})
