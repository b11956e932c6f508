"""The people a case is about: the parent (the service user) and the children or siblings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from barnearket.domain.model.enums import Relation, Residence


@dataclass(frozen=True)
class Parent:
    """The service user the case belongs to; identity number and birth date are both optional."""

    name: str
    identity_number: str | None = None
    birth_date: date | None = None
    address: str = ""
    phone: str = ""
    language: str = ""
    interpreter_needed: bool = False


@dataclass(frozen=True)
class ChildDetails:
    """What is known about a child; an unborn child has a due date instead of a birth date.

    Attributes:
        relation: how the child is related to the case's parent.
        parental_responsibility: whether the case's parent has parental responsibility (None: unknown).
        residence: where the child lives relative to the case's parent.
        daily_carer: who gives the child daily care.
        other_parent: the child's other parent.
        school: the kindergarten or school.
        services: ids (from the service directory) of services already involved.
    """

    name: str
    relation: Relation = Relation.OWN
    identity_number: str | None = None
    birth_date: date | None = None
    unborn: bool = False
    due_date: date | None = None
    parental_responsibility: bool | None = None
    residence: Residence | None = None
    daily_carer: str = ""
    other_parent: str = ""
    school: str = ""
    services: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Child:
    """A child (or sibling) registered on a case."""

    id: int
    case_id: int
    details: ChildDetails
    row_version: int = field(default=0, compare=False)
    """The stored version an edit of it is based on; not part of equality."""

    @property
    def name(self) -> str:
        """The child's name as stored."""
        return self.details.name

    @property
    def birth_date(self) -> date | None:
        """The birth date, if known (never for an unborn child)."""
        return None if self.details.unborn else self.details.birth_date

    @property
    def unborn(self) -> bool:
        """True while the child is not yet born."""
        return self.details.unborn
