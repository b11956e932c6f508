"""The audit history of a case file, carried onto the server by `move` with its ids translated.

The server gives every moved row a new id, so each file row's actor and object are looked up anew:
people by login, units by name and service, cases by case number, and a row inside a case (child,
concern, sheet, …) by its place among the rows of the same table in the same case (the import keeps
their order). The moved rows keep their time, action, fields and outcome; the server numbers, links
and hashes them into its own chain at commit, so the server's chain verifies afterwards. An object
that no longer exists (a deleted row) or that does not move (e.g. a team) keeps no object id.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.cases import CaseRow
from barnearket.storage.orm.users import Unit, User
from barnearket.storage.server.policies import CASE_PATHS

# the audit log's object types that name a row (with its own id) of a case table
TABLE_OF_TYPE: dict[str, str] = {
    "case": "cases", "child": "children", "sheet": "sheets", "concern": "concerns",
    "observation": "observations", "consultation": "consultations", "decision": "decisions",
    "action": "actions", "evaluation": "evaluations", "consent": "consents", "report": "reports",
    "pregnancy": "pregnancies", "responsibility_member": "responsibility_members",
    "plan_delivery": "plan_deliveries",
}
BATCH = 5000
_PENDING = text("SELECT nextval('barnearket_audit_pending') FROM generate_series(1, :n)")


@dataclass(frozen=True)
class HistoryRow:
    """One row of the file's log, by the file's ids."""

    at: datetime
    actor_id: int | None
    action: str
    object_type: str | None
    object_id: int | None
    fields: str
    outcome: str


@dataclass
class Keys:
    """What a store's ids stand for: logins, units, case numbers, and rows inside each case."""

    logins: dict[int, str] = field(default_factory=dict)
    units: dict[int, tuple[str, str]] = field(default_factory=dict)
    numbers: dict[int, str] = field(default_factory=dict)
    places: dict[str, dict[int, tuple[str, int]]] = field(default_factory=dict)


@dataclass(frozen=True)
class History:
    """The file's whole log and the keys to translate its ids."""

    rows: list[HistoryRow]
    keys: Keys


def _case_of(table: str) -> str:
    """SELECT of (row id, case number) for every row of a case table, in id order."""
    joins, alias = [], table
    for n, (parent, column) in enumerate(CASE_PATHS[table]):
        joins.append(f"JOIN {parent} p{n} ON p{n}.id = {alias}.{column}")
        alias = f"p{n}"
    case = alias if CASE_PATHS[table] else table
    return f"SELECT {table}.id, {case}.number FROM {table} {' '.join(joins)} ORDER BY {table}.id"


def read_keys(session: Session, numbers: Iterable[str] | None = None) -> Keys:
    """The keys of a store; `numbers` limits the cases (the server's just imported ones)."""
    wanted = set(numbers) if numbers is not None else None
    keys = Keys(logins={u.id: u.login for u in session.scalars(select(User))},
                units={u.id: (u.name, u.service) for u in session.scalars(select(Unit))})
    for case_id, number in session.execute(select(CaseRow.id, CaseRow.number)):
        if wanted is None or number in wanted:
            keys.numbers[case_id] = number
    for table in set(TABLE_OF_TYPE.values()) - {"cases"}:
        counters: dict[str, int] = defaultdict(int)
        places: dict[int, tuple[str, int]] = {}
        for row_id, number in session.execute(text(_case_of(table))):
            if wanted is None or number in wanted:
                places[row_id] = (number, counters[number])
                counters[number] += 1
        keys.places[table] = places
    return keys


def read_history(session: Session) -> History:
    """The file's log in chain order, with the keys of its ids."""
    rows = [HistoryRow(e.at, e.actor_id, e.action, e.object_type, e.object_id, e.fields, e.outcome)
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    return History(rows, read_keys(session))


class Translation:
    """From the file's ids to the server's."""

    def __init__(self, source: Keys, target: Keys) -> None:
        self.source = source
        self.users = {login: i for i, login in target.logins.items()}
        self.units = {key: i for i, key in target.units.items()}
        self.cases = {number: i for i, number in target.numbers.items()}
        self.places = {table: {place: i for i, place in rows.items()}
                       for table, rows in target.places.items()}

    def actor(self, file_id: int | None) -> int | None:
        """The server's user id of the file's user."""
        login = self.source.logins.get(file_id) if file_id is not None else None
        return self.users.get(login) if login is not None else None

    def target(self, object_type: str | None, file_id: int | None) -> int | None:
        """The server's id of the object the file's row names, or None when it is not there."""
        if object_type is None or file_id is None:
            return None
        if object_type == "user":
            return self.actor(file_id)
        if object_type == "unit":
            unit = self.source.units.get(file_id)
            return self.units.get(unit) if unit else None
        table = TABLE_OF_TYPE.get(object_type)
        if table == "cases":
            number = self.source.numbers.get(file_id)
            return self.cases.get(number) if number else None
        if table is None:
            return None
        place = self.source.places.get(table, {}).get(file_id)
        return self.places.get(table, {}).get(place) if place else None


def write_history(session: Session, history: History, numbers: Sequence[str]) -> int:
    """Append the file's rows to the server's log (linked at commit); returns how many."""
    translate = Translation(history.keys, read_keys(session, numbers))
    for start in range(0, len(history.rows), BATCH):
        chunk = history.rows[start:start + BATCH]
        pending = session.execute(_PENDING, {"n": len(chunk)}).scalars().all()
        session.execute(insert(AuditEntry), [
            {"seq": -int(p), "at": row.at, "actor_id": translate.actor(row.actor_id), "action": row.action,
             "object_type": row.object_type, "object_id": translate.target(row.object_type, row.object_id),
             "fields": row.fields, "outcome": row.outcome, "prev_hash": "", "hash": ""}
            for p, row in zip(sorted(pending), chunk, strict=True)])
    return len(history.rows)
