"""`cases FILE --case NR`: one case's children and consents with the ids other commands take."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from barnearket.domain.model import ConsentGiver, GateAnswer, label
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.services.caseids import CaseIds, case_ids
from barnearket.services.context import ServiceContext
from barnearket.services.documents import case_id_for_number


def gate_text(answer: GateAnswer | str | None) -> str:
    """The gate answer as the list shows it («ubesvart» when nobody has asked)."""
    return label(GateAnswer(answer)) if answer else "ubesvart"


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
    out = [f"Sak {found.number}  ·  {found.status}  ·  barn under 18 år: {gate_text(found.gate)}"]
    if found.user_minor:
        out.append("Brukeren er selv under 18 år: meldeplikten gjelder også for brukeren.")
    out += ["", "Barn (bruk id-en med --child):"]
    for c in found.children:
        born = (f"ufødt, termin {c.due_month or 'ukjent'}" if c.unborn
                else f"født {c.born_year}" + (f", {c.age} år" if c.age is not None else "")
                if c.born_year else "fødselsår ikke registrert")
        out.append(f"  id {c.id:<6} Barn {c.position}  {born}  ({c.relation.lower()})")
    if not found.children:
        out.append("  Ingen barn er registrert.")
    out += ["", "Samtykker (bruk id-en med --consent):"]
    for x in found.consents:
        who = label(ConsentGiver(x.given_by)).lower()
        about = f"barn med id {x.child}" if x.child is not None else "alle barna"
        answer = label(ConsentAnswer(x.answer)).lower()
        out.append(f"  id {x.id:<6} {answer} {x.given_on.isoformat()} av {who}, gjelder {about}, "
                   f"til: {', '.join(x.recipients)}  [{x.state.lower()}]")
    if not found.consents:
        out.append("  Ingen samtykker er registrert.")
    return out
