"""`cases FILE --case NR`: one case's children and consents with the ids other commands take."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from barnearket.domain.language import t
from barnearket.domain.model import ConsentGiver, GateAnswer, label
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.services.caseids import CaseIds, ChildLine, case_ids
from barnearket.services.context import ServiceContext
from barnearket.services.documents import case_id_for_number


def gate_text(answer: GateAnswer | str | None) -> str:
    """The gate answer as the list shows it («ubesvart» when nobody has asked)."""
    return label(GateAnswer(answer)) if answer else t("ubesvart")


def show_case_ids(ctx: ServiceContext, number: str, as_json: bool) -> int:
    """Print the case's children and consents with ids (no names, no identity numbers)."""
    found = case_ids(ctx, case_id_for_number(ctx, number))
    if as_json:
        print(json.dumps(asdict(found), ensure_ascii=False, indent=1, default=_iso))
    else:
        print("\n".join(_lines(found)))
    return 0


def _iso(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _lines(found: CaseIds) -> list[str]:
    out = [t("Sak {number}  ·  {status}  ·  barn under 18 år: {gate}", number=found.number,
             status=t(found.status), gate=t(gate_text(found.gate)))]
    if found.user_minor:
        out.append(t("Brukeren er selv under 18 år: meldeplikten gjelder også for brukeren."))
    out += ["", t("Barn (bruk id-en med --child):")]
    for c in found.children:
        out.append(t("  id {id:<6} Barn {position}  {born}  ({relation})", id=c.id, position=c.position,
                     born=_born(c), relation=t(c.relation).lower()))
    if not found.children:
        out.append(t("  Ingen barn er registrert."))
    out += ["", t("Samtykker (bruk id-en med --consent):")]
    for x in found.consents:
        about = t("barn med id {id}", id=x.child) if x.child is not None else t("alle barna")
        out.append(t("  id {id:<6} {answer} {day} av {who}, gjelder {about}, til: {recipients}  [{state}]",
                     id=x.id, answer=t(label(ConsentAnswer(x.answer))).lower(), day=x.given_on.isoformat(),
                     who=t(label(ConsentGiver(x.given_by))).lower(), about=about,
                     recipients=", ".join(x.recipients), state=t(x.state).lower()))
    if not found.consents:
        out.append(t("  Ingen samtykker er registrert."))
    return out


def _born(child: ChildLine) -> str:
    """Unborn with due month, born with year and age, or unknown."""
    if child.unborn:
        return t("ufødt, termin {month}", month=child.due_month or t("ukjent"))
    if not child.born_year:
        return t("fødselsår ikke registrert")
    age = t(", {age} år", age=child.age) if child.age is not None else ""
    return t("født {year}", year=child.born_year) + age
