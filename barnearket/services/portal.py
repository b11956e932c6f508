"""Turns a report of concern into JSON for the national portal's public-reporter schema (v2)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from barnearket.domain.errors import ValidationError
from barnearket.domain.language import t
from barnearket.domain.model import ReportSection
from barnearket.files.atomic import atomic_write_bytes
from barnearket.reports.report_draft import Guardian, ReportChild, ReportDraft
from barnearket.reports.report_parts import interpreter_text
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.documents import report_draft
from barnearket.storage.audit import AuditAction

CHANNEL = "Fagsystem"
NO_DISTRICT = "00"
"""The schema demands a two-digit district number; municipalities without districts send 00."""
_PHONE = re.compile(r"^[+]?[0-9]+([- ][0-9]+)*$")
_EMAIL = re.compile(r"^[A-Za-zæøåÆØÅ0-9-_]+(\.[A-Za-zæøåÆØÅ0-9-_]+)*@[A-Za-zæøåÆØÅ0-9-]+"
                    r"(\.[A-Za-zæøåÆØÅ0-9-]+)*(\.[A-Za-z]{2,})$")
_POSTAL = re.compile(r"^(?P<lines>.*?)[,\n]\s*(?P<code>\d{4})\s+(?P<place>[^,\n]+)$", re.S)
_MISSING = {
    "municipality_number": "kommunenummer (innstillinger)",
    "municipality_name": "kommunenavn (innstillinger)",
    "unit": "virksomhetens navn (innstillinger)", "address": "virksomhetens adresse (innstillinger)",
    "job_title": "din rolle (brukerprofil)", "phone": "ditt telefonnummer (brukerprofil)",
    "email": "din e-postadresse (brukerprofil)",
}


def one_line(text: str) -> str:
    """Collapse line breaks: the schema's `^(.*)$` fields hold a single line."""
    return " ".join(text.split())


def phone_number(text: str) -> str:
    """Digits with single spaces or hyphens, and an optional leading +, as the portal accepts."""
    cleaned = re.sub(r"[^0-9+ -]", " ", text)
    return " ".join(cleaned.split())


def address(text: str) -> dict[str, str]:
    """The portal's address object from one or more lines ending in «postnummer poststed»."""
    match = _POSTAL.match(text.strip())
    head, code, place = (match["lines"], match["code"], match["place"]) if match else (text, "", "")
    lines = [one_line(p) for p in re.split(r"[,\n]", head) if p.strip()] or [""]
    lines = [*lines[:2], ", ".join(lines[2:])] if len(lines) > 3 else lines
    result = {f"adresselinje{n}": line for n, line in enumerate(lines, start=1)}
    if code:
        result |= {"postnummer": code, "poststed": one_line(place)}
    return result


class PortalNotReadyError(ValidationError):
    """What the portal would refuse; `missing` names the fields (profile, settings, the report)."""

    def __init__(self, message: str, missing: tuple[str, ...], **values: object) -> None:
        super().__init__(message, field=None, **values)
        self.missing = missing


PROFILE_FIELDS = frozenset({"job_title", "phone", "email"})
"""Fields the person fills in under «Min profil» (or `users profile`)."""


def portal_gaps(draft: ReportDraft) -> list[tuple[str, str]]:
    """Each field the portal needs that is missing or malformed: (field name, what to fill in)."""
    gaps = [(n, t(_MISSING[n])) for n in (*draft.organisation.missing_for_portal(),
                                          *draft.reporter.missing_for_portal())]
    org, who = draft.organisation, draft.reporter
    if org.municipality_number and not re.fullmatch(r"\d{4}", org.municipality_number):
        gaps.append(("municipality_number", t("kommunenummer med fire sifre")))
    if who.phone and not _PHONE.match(phone_number(who.phone)):
        gaps.append(("phone", t("telefonnummer med bare sifre")))
    if who.email and not _EMAIL.match(who.email.strip()):
        gaps.append(("email", t("e-postadresse i et format portalen godtar")))
    if not draft.children:
        gaps.append(("children", t("minst ett barn")))
    if not draft.guardians:
        gaps.append(("guardians", t("minst én forelder eller foresatt")))
    return gaps


def check_portal_ready(draft: ReportDraft) -> None:
    """PortalNotReadyError listing what must be filled in before the portal would accept the report."""
    gaps = portal_gaps(draft)
    if gaps:
        raise PortalNotReadyError("Meldingen kan ikke eksporteres til portalen ennå. Fyll inn: {gaps}.",
                                 tuple(dict.fromkeys(name for name, _ in gaps)),
                                 gaps=", ".join(text for _, text in gaps))


def _child(child: ReportChild) -> dict[str, Any]:
    item: dict[str, Any] = {
        "fnr": "" if child.unborn else child.identity_number, "ufoedt": child.unborn,
        "personnavn": one_line(child.name), "adresse": address(child.address),
        "orientert": bool(child.told), "orientertGrunn": _reason(child.told, child.told_why),
    }
    if child.phone.strip():
        item["telefonnummer"] = phone_number(child.phone)
    return item


def _reason(told: bool | None, why: str) -> str:
    return one_line(why or ("Ikke registrert." if told is None else ""))


def _guardian(guardian: Guardian) -> dict[str, Any]:
    item: dict[str, Any] = {"personnavn": one_line(guardian.name), "orientert": bool(guardian.told),
                            "orientertGrunn": _reason(guardian.told, guardian.told_why)}
    if _PHONE.match(phone_number(guardian.phone)):
        item["telefonnummer"] = phone_number(guardian.phone)
    return item


def _history(draft: ReportDraft) -> str:
    history, measures = draft.text(ReportSection.HISTORY).strip(), draft.text(ReportSection.MEASURES).strip()
    if measures:
        history += ("\n\n" if history else "") + "Hva tjenesten allerede har gjort:\n" + measures
    return history


def _with_due_dates(draft: ReportDraft, concern: str) -> str:
    """The concern text, opened by one line per unborn child with its due date: the schema's child
    object has no field for it, and the message is what the receiver reads first."""
    lines = [f"{one_line(c.name) or 'Ufødt barn'} er ikke født ennå. Termin: "
             f"{c.due_date.strftime('%d.%m.%Y') if c.due_date else 'ikke kjent'}."
             for c in draft.children if c.unborn]
    return "\n".join([*lines, concern]) if lines else concern


def portal_message(draft: ReportDraft, sent_at: datetime) -> dict[str, Any]:
    """The report as the portal's `offentlig.bekymringsmelding.v2` object (ValidationError if not ready)."""
    check_portal_ready(draft)
    org, who = draft.organisation, draft.reporter
    melding = {"melding": _with_due_dates(draft, draft.text(ReportSection.CONCERN).strip()),
               "historie": _history(draft)}
    if draft.text(ReportSection.OTHER_VIEWS).strip():
        melding["andreSynspunkter"] = draft.text(ReportSection.OTHER_VIEWS).strip()
    virksomhet: dict[str, Any] = {"navn": one_line(org.display_name), "adresse": address(org.address)}
    if org.org_number:
        virksomhet["orgnr"] = org.org_number
    return {
        "kommunenummer": org.municipality_number, "kommunenavn": one_line(org.municipality_name),
        "bydelsnummer": org.district_number or NO_DISTRICT, "bydelsnavn": one_line(org.district_name),
        "offentligMelder": {"personnavn": one_line(who.name), "rolle": one_line(who.job_title),
                            "telefonnummer": phone_number(who.phone), "epost": who.email.strip(),
                            "virksomhet": virksomhet},
        "offentligBarn": [_child(c) for c in draft.children],
        "foresatte": [_guardian(g) for g in draft.guardians[:2]],
        "behovForTolk": interpreter_text(draft),
        "andreHjelpeinstanser": draft.text(ReportSection.OTHER_SERVICES).strip() or "Ingen kjente.",
        "melding": melding,
        "sendingstidspunkt": sent_at.astimezone().isoformat(timespec="seconds"),
        "leveringskanal": CHANNEL,
    }


def export_report_json(ctx: ServiceContext, case_id: int, path: Path, *, child_ids: Sequence[int] = (),
                       draft: ReportDraft | None = None) -> dict[str, Any]:
    """Write the portal JSON atomically to `path`, log the export, and return the object."""
    common.case_row(ctx, case_id)
    message = portal_message(draft or report_draft(ctx, case_id, child_ids), ctx.clock.now())
    data = json.dumps(message, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    atomic_write_bytes(path, data)
    common.log(ctx, AuditAction.EXPORT, "case", case_id, ["report_json"])
    return message
