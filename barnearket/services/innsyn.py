"""Innsyn for a parent or a child: everything stored about them in a case, what is withheld and
why, and the case's access log with names and roles; making the document is itself logged."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from barnearket.domain.language import speaking, t
from barnearket.domain.model import Case
from barnearket.domain.roles import Role
from barnearket.domain.rules.innsyn import InnsynPerson, innsyn_view
from barnearket.files.atomic import atomic_write_bytes
from barnearket.reports.innsyn import AccessLine, innsyn_file_name, render_innsyn
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.documents import load_for_documents
from barnearket.storage.audit import AuditAction, Outcome
from barnearket.storage.caselog import case_log
from barnearket.storage.orm.audit import AuditEntry
from barnearket.storage.orm.users import User

INNSYN_FIELD = "innsyn"

_ACTIONS = {"view": "Åpnet", "create": "Registrerte", "update": "Endret", "delete": "Slettet",
            "pdf": "Laget dokument fra", "export": "Lagret dokument fra", "print": "Skrev ut",
            "search": "Søkte i", "import": "Importerte", "purge": "Slettet for godt"}
_OBJECTS = {"case": "saken", "child": "opplysninger om et barn", "sheet": "en samtale",
            "concern": "en bekymring", "observation": "en observasjon", "consultation": "en drøfting",
            "parent_conversation": "en samtale med foreldrene", "decision": "en beslutning",
            "action": "et tiltak", "evaluation": "en evaluering", "consent": "et samtykke",
            "report": "en melding"}


@dataclass(frozen=True)
class InnsynDocument:
    """The rendered PDF and the file name to offer (the case number only)."""

    case_id: int
    data: bytes
    file_name: str


def make_innsyn(ctx: ServiceContext, case_id: int, person: InnsynPerson,
                language: str | None = None) -> InnsynDocument:
    """Render the innsyn document for `person` (in `language`, else the organisation's) and log it
    (ids and field names only)."""
    case, doc_ctx = load_for_documents(ctx, case_id, language=language)
    stream = io.BytesIO()
    with speaking(doc_ctx.language):
        view = innsyn_view(case, person, ctx.clock.today())
        render_innsyn(view, access_log(ctx, case), doc_ctx, stream)
    who = "person.parent" if person.is_parent else f"person.child.{person.child_id}"
    common.log(ctx, AuditAction.PDF, "case", case_id, [INNSYN_FIELD, who])
    return InnsynDocument(case_id, stream.getvalue(), innsyn_file_name(case.number))


def save_innsyn(ctx: ServiceContext, document: InnsynDocument, path: Path) -> None:
    """Write the PDF atomically (owner-only permissions) and log that it left the program."""
    atomic_write_bytes(path, document.data)
    common.log(ctx, AuditAction.EXPORT, "case", document.case_id, [INNSYN_FIELD])


def case_objects(case: Case) -> dict[str, set[int]]:
    """Every logged object of the case, by the object type the audit log names it with."""
    objects: dict[str, set[int]] = {
        "case": {case.id}, "child": {c.id for c in case.children}, "sheet": {s.id for s in case.sheets},
        "consent": {c.id for c in case.consents}}
    for concern in case.concerns:
        objects.setdefault("concern", set()).add(concern.id)
        for kind, rows in (("observation", concern.observations), ("consultation", concern.consultations),
                           ("parent_conversation", concern.conversations), ("decision", concern.decisions),
                           ("action", concern.actions), ("report", concern.reports),
                           ("evaluation", tuple(e for a in concern.actions for e in a.evaluations))):
            objects.setdefault(kind, set()).update(r.id for r in rows)
    return objects


def access_log(ctx: ServiceContext, case: Case) -> list[AccessLine]:
    """Every audit row about the case or one of its parts, oldest first, with names and roles (on the
    server too, where a saksbehandler otherwise reads only her own rows of the log)."""
    entries = case_log(ctx.session, case.id, case_objects(case))
    actors = {e.actor_id for e in entries if e.actor_id is not None}
    people = {uid: (name, role) for uid, name, role in ctx.session.execute(
        select(User.id, User.full_name, User.role).where(User.id.in_(sorted(actors))))}
    lines = []
    for entry in entries:
        name, role = people.get(entry.actor_id, (None, None)) if entry.actor_id is not None else (None, None)
        lines.append(AccessLine(entry.at, name or t("Ukjent (åpnet med gjenopprettingsnøkkelen)"),
                                t(Role(role).label) if role in {r.value for r in Role} else "–",
                                describe(entry)))
    return lines


def describe(entry: AuditEntry) -> str:
    """What the row says, in plain words (the log holds no content, only what kind of thing)."""
    verb = t(_ACTIONS[entry.action]) if entry.action in _ACTIONS else entry.action
    kind = entry.object_type or ""
    what = t(_OBJECTS[kind]) if kind in _OBJECTS else kind
    if entry.action == "pdf" and INNSYN_FIELD in entry.fields.split(","):
        text = t("Laget innsynsdokument fra saken")
    else:
        text = f"{verb} {what}".strip()
    if entry.outcome == Outcome.DENIED.value:
        text += t(" (avvist: manglet tilgang)")
    return text
