"""A consent to share information: who gave it, for what, to whom, and for how long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from barnearket.domain.model.enums import ConsentForm, ConsentGiver


@dataclass(frozen=True)
class Consent:
    """A consent on a case; `child_id` None means it covers every child of the case.

    When the child itself gives the consent, `child_id` names that child.
    """

    id: int
    case_id: int
    given_by: ConsentGiver
    purpose: str
    recipients: frozenset[str]
    form: ConsentForm
    given_on: date
    child_id: int | None = None
    expires_on: date | None = None
    withdrawn_on: date | None = None
    note: str = ""
