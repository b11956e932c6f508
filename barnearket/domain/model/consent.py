"""A consent to share information: who was asked, what they answered, for what, to whom, for how long."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from barnearket.domain.model.enums import ConsentAnswer, ConsentForm, ConsentGiver

RELATIVES = "voksne_parorende"
"""The recipient id for the adult user's own adult relatives (not a service of the catalogue)."""
RELATIVES_LABEL = "Voksne pårørende (navngitt i merknaden)"


@dataclass(frozen=True)
class Consent:
    """A consent on a case; `child_id` None means it covers every child of the case.

    When the child itself gives the consent, `child_id` names that child. `answer` tells whether
    the consent was given or refused; `given_on` is the day of the answer either way. A refused
    consent is kept in the history and lets nothing be shared.
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
    answer: ConsentAnswer = ConsentAnswer.GIVEN

    @property
    def refused(self) -> bool:
        """True when the person asked said no."""
        return self.answer is ConsentAnswer.REFUSED
