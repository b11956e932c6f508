"""Bookkeeping while one file is parsed: unique ids, which questions are in reach, later checks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from barnearket.domain.forms.errors import Loc, SchemaError
from barnearket.domain.forms.model import Question


@dataclass(frozen=True)
class PendingRef:
    """A reference into another file (`options_from`), checked when the library is complete."""

    loc: Loc
    source_id: str
    values: tuple[tuple[str, Loc], ...] = ()
    services_only: bool = False


class IdRegistry:
    """Every id in a file must be unique (option ids only within their question)."""

    def __init__(self) -> None:
        self._seen: dict[str, Loc] = {}

    def claim(self, ident: str, loc: Loc) -> str:
        """Register an id, or raise a SchemaError pointing at both uses."""
        if ident in self._seen:
            raise SchemaError(loc, "id '{ident}' er brukt før i denne filen", earlier=self._seen[ident],
                              ident=ident)
        self._seen[ident] = loc
        return ident


class Scope:
    """Which questions a condition may refer to at the current point of the file."""

    def __init__(self, all_question_ids: Iterable[str]) -> None:
        self._all = frozenset(all_question_ids)
        self._reachable: dict[str, Question] = {}
        self._away: dict[str, str] = {}
        self.current: str | None = None
        self.pending: list[PendingRef] = []

    def add(self, question: Question) -> None:
        """A question defined here; later conditions in the same reach may use it."""
        self._reachable[question.id] = question

    def reachable(self) -> dict[str, Question]:
        """A copy of what is in reach now (to restore after a nested reach)."""
        return dict(self._reachable)

    def restore(self, reachable: dict[str, Question], reason: str) -> None:
        """Go back to an earlier reach; questions added since are out of reach for `reason`.

        `reason` is in the program's language and follows "spørsmålet 'x'" in the message.
        """
        for question_id in self._reachable.keys() - reachable.keys():
            self._away[question_id] = reason
        self._reachable = dict(reachable)

    def lookup(self, question_id: str, loc: Loc) -> Question:
        """The question a condition refers to, or a SchemaError saying why it cannot be used."""
        if question_id in self._reachable:
            return self._reachable[question_id]
        if question_id == self.current:
            raise SchemaError(loc, "spørsmålet '{question}' kan ikke ha en betingelse på seg selv",
                              question=question_id)
        if question_id in self._away:
            raise SchemaError(loc, "spørsmålet '{question}' {reason}", question=question_id,
                              reason=self._away[question_id])
        if question_id in self._all:
            raise SchemaError(
                loc,
                "spørsmålet '{question}' kommer senere i filen; en betingelse kan bare "
                "vise til spørsmål som står foran den",
                question=question_id,
            )
        raise SchemaError(loc, "spørsmålet '{question}' finnes ikke i denne filen", question=question_id)

    def check_values(self, question: Question, values: tuple[tuple[str, Loc], ...]) -> None:
        """Check option ids used in a condition now, or later if they come from another file."""
        if not question.type.has_options:
            loc = values[0][1]
            raise SchemaError(
                loc,
                "spørsmålet '{question}' ({type}) har ingen svaralternativer; "
                "bruk answered = true eller false",
                question=question.id, type=question.type,
            )
        if question.options_from is not None:
            self.pending.append(PendingRef(values[0][1], question.options_from, values))
            return
        valid = [o.id for o in question.options]
        for value, loc in values:
            if value not in valid:
                raise SchemaError(
                    loc,
                    "'{value}' er ikke et svaralternativ for '{question}' (gyldige: {valid})",
                    value=value, question=question.id, valid=", ".join(valid),
                )
