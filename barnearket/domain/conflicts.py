"""The edit conflict: a save based on a version of a record that someone else has changed since."""

from __future__ import annotations

from barnearket.domain.errors import DomainError
from barnearket.domain.language import n_

REFUSED = n_("Noen andre har endret dette etter at du åpnet det, så det du skrev er ikke lagret ennå. "
           "Velg hva som skal gjelde.")


class EditConflictError(DomainError):
    """A write refused because the record's version moved on after the person's edit began.

    Attributes:
        table: the table of the record; row_id: its id (0 when `key` names it).
        base: the version the edit was based on; current: the version stored now.
        key: for a sheet answer, (sheet id, question id, child id).
    """

    def __init__(self, table: str, row_id: int, *, base: int, current: int,
                 key: tuple[int, str, int | None] | None = None) -> None:
        super().__init__(REFUSED)
        self.table, self.row_id, self.base, self.current, self.key = table, row_id, base, current, key
