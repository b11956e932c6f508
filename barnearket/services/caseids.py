"""The ids a command-line user needs to name a case's children and consents, and the check that the
ids given to a document command belong to the case. Nothing here carries a name or identity number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from barnearket.domain.errors import NotFoundError
from barnearket.domain.model import Case, Child, Consent, label
from barnearket.domain.rules.ages import age_on
from barnearket.domain.rules.consent import STATE_LABELS, consent_state
from barnearket.domain.rules.minor import user_is_minor
from barnearket.services import common
from barnearket.services.cases import view_case
from barnearket.services.context import ServiceContext
from barnearket.services.settings import load_rules
from barnearket.storage.mapping import load_case


@dataclass(frozen=True)
class ChildLine:
    """A child as the command line shows it: its id, its place in the case, and no name."""

    id: int
    position: int
    relation: str
    born_year: int | None
    age: int | None
    unborn: bool
    due_month: str | None


@dataclass(frozen=True)
class ConsentLine:
    """A consent as the command line shows it: id, answer and state, who, about which child, to whom."""

    id: int
    answer: str
    state: str
    given_by: str
    child: int | None
    recipients: tuple[str, ...]
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None


@dataclass(frozen=True)
class CaseIds:
    """The case's number, status, gate answer, children and consents, with ids."""

    number: str
    status: str
    gate: str | None
    children: tuple[ChildLine, ...]
    consents: tuple[ConsentLine, ...]
    user_minor: bool = False
    """The user herself is under 18 (the duty to report covers her too)."""


def case_ids(ctx: ServiceContext, case_id: int) -> CaseIds:
    """The case's children and consents with their ids (the view is logged and access checked)."""
    case, today = view_case(ctx, case_id), ctx.clock.today()
    return CaseIds(
        case.number, str(case.status), str(case.gate.answer) if case.gate else None,
        tuple(_child(c, n, today) for n, c in enumerate(case.children, start=1)),
        tuple(_consent(c, today) for c in case.consents),
        user_minor=user_is_minor(case, today, load_rules(ctx.session, ctx.forms)),
    )


def _child(child: Child, position: int, today: date) -> ChildLine:
    d = child.details
    born = d.birth_date
    return ChildLine(child.id, position, label(d.relation), born.year if born else None,
                     age_on(born, today) if born and born <= today else None, d.unborn,
                     d.due_date.strftime("%Y-%m") if d.unborn and d.due_date else None)


def _consent(consent: Consent, today: date) -> ConsentLine:
    return ConsentLine(consent.id, str(consent.answer), STATE_LABELS[consent_state(consent, today)],
                       str(consent.given_by), consent.child_id, tuple(sorted(consent.recipients)),
                       consent.given_on, consent.expires_on, consent.withdrawn_on)


def check_document_ids(ctx: ServiceContext, case_id: int, child_ids: Sequence[int],
                       consent_id: int | None, case_number: str) -> None:
    """NotFoundError naming the first child or consent id that is not in the case, and how to list them."""
    common.case_row(ctx, case_id)
    case: Case = load_case(ctx.session, case_id)
    known_children = {c.id for c in case.children}
    for child_id in child_ids:
        if child_id not in known_children:
            raise NotFoundError("Sak {number} har ikke noe barn med id {id}. Se idene med "
                                "«barnearket cases FIL --case {number}».", field="child",
                                number=case_number, id=child_id)
    if consent_id is not None and consent_id not in {c.id for c in case.consents}:
        raise NotFoundError("Sak {number} har ikke noe samtykke med id {id}. Se idene med "
                            "«barnearket cases FIL --case {number}».", field="consent",
                            number=case_number, id=consent_id)
