"""Document commands: a PDF of a case, the portal JSON of a report, and the organisation's settings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, fields, replace
from pathlib import Path

from barnearket.cli.formlib import command_forms
from barnearket.cli.outputs import removed_on_failure
from barnearket.cli.session import add_open_arguments, open_for, secrets_for
from barnearket.domain.clock import SystemClock
from barnearket.domain.errors import DomainError
from barnearket.domain.language import LANGUAGES, n_, t
from barnearket.domain.model.organisation import Organisation
from barnearket.domain.roles import Role
from barnearket.reports.fonts import MissingGlyphError
from barnearket.reports.names import DocumentKind, default_file_name
from barnearket.services import common, documents, organisation, portal
from barnearket.services.caseids import check_document_ids
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.language import document_language, save_document_language
from barnearket.storage.audit import AuditAction, Outcome

LEAFLET = "leaflet"
SETTING_LABELS = {
    "municipality_number": n_("Kommunenummer"), "municipality_name": n_("Kommunenavn"),
    "district_number": n_("Bydelsnummer"), "district_name": n_("Bydel"), "unit": n_("Enhet"),
    "org_number": n_("Organisasjonsnummer"), "address": n_("Adresse"), "phone": n_("Telefon"),
    "action_guide": n_("Handlingsveileder"),
}


@contextmanager
def _working(args: argparse.Namespace) -> Iterator[ServiceContext]:
    """One committed unit of work as the logged-in user (documents need a named author)."""
    case_file = open_for(args, args.file, secrets_for(args))
    try:
        user = case_file.user
        if user is None:
            raise SystemExit(_fail("dokumenter og innstillinger krever innlogging med --user"))
        actor = Actor(user.id, user.login, Role(user.role))
        with case_file.session() as session, session.begin():
            yield ServiceContext(session, actor, SystemClock(), command_forms())
    finally:
        case_file.close()


def _fail(message: str, **values: object) -> int:
    print(t('barnearket: {message}', message=t(message, **values)), file=sys.stderr)
    return 2


LANGUAGE_WORDS = {"nb": n_("bokmål"), "nn": n_("nynorsk"), "en": n_("engelsk")}


def _guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except (DomainError, MissingGlyphError) as exc:
            return _fail(getattr(exc, "message", str(exc)))
    return run


def cmd_pdf(args: argparse.Namespace) -> int:
    """Render one document and write it atomically (default name: kind and case number)."""
    if args.kind == LEAFLET:
        return _leaflet(args)
    if not args.case:
        return _fail("--case NR trengs for dette dokumentet")
    kind = DocumentKind(args.kind)
    options = documents.DocumentOptions(child_ids=tuple(args.child or ()), consent_id=args.consent,
                                        with_children=not args.without_children)
    with removed_on_failure() as outputs, _working(args) as ctx:
        case_id = documents.case_id_for_number(ctx, args.case)
        check_document_ids(ctx, case_id, options.child_ids, options.consent_id, args.case.strip())
        document = documents.generate_document(ctx, case_id, kind, options,
                                               language=getattr(args, "lang", None))
        out = outputs.note(Path(args.output or document.file_name))
        documents.save_document(ctx, document, out)
    print(t("Skrev {path} ({size} kB). Filen er taushetsbelagt: oppbevar den trygt og slett den når den "
            "ikke trengs.", path=out, size=len(document.data) // 1024 + 1))
    return 0


def _leaflet(args: argparse.Namespace) -> int:
    """The leaflet for parents: no case, the organisation's name and contact only."""
    from barnearket.services import leaflet

    with removed_on_failure() as outputs, _working(args) as ctx:
        data = leaflet.make_leaflet(ctx, getattr(args, "lang", None))
        out = outputs.note(Path(args.output or leaflet.FILE_NAME))
        leaflet.save_leaflet(ctx, data, out)
    print(t("Skrev {path} ({size} kB): brosjyren til foreldre, uten opplysninger om saker.", path=out,
            size=len(data) // 1024 + 1))
    return 0


def cmd_report_json(args: argparse.Namespace) -> int:
    """Export the report of concern as JSON for the national portal (schema v2)."""
    try:
        with removed_on_failure() as outputs, _working(args) as ctx:
            case_id = documents.case_id_for_number(ctx, args.case)
            check_document_ids(ctx, case_id, tuple(args.child or ()), None, args.case.strip())
            name = args.output or default_file_name(DocumentKind.REPORT, args.case, ".json")
            out = outputs.note(Path(name))
            portal.export_report_json(ctx, case_id, out, child_ids=tuple(args.child or ()))
    except portal.PortalNotReadyError as exc:
        from barnearket.cli.reporting import fill_commands

        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        for line in fill_commands(exc.missing, args):
            print(f"  {line}", file=sys.stderr)
        return 2
    print(t('Skrev {out}.', out=out))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the organisation's details, or change the ones given (administrators only)."""
    given = {f.name: getattr(args, f.name) for f in fields(Organisation) if getattr(args, f.name) is not None}
    with _working(args) as ctx:
        if not ctx.actor.role.administers_file:  # the refusal row is committed with this unit of work
            common.log(ctx, AuditAction.SETTINGS, "organisation", None, outcome=Outcome.DENIED)
            print(t("barnearket: Bare en administrator kan se og endre innstillingene."), file=sys.stderr)
            return 2
        current = organisation.organisation(ctx)
        if given:
            changed = organisation.save_organisation(ctx, replace(current, **given))
            current = organisation.organisation(ctx)
            print(t("Lagret: {fields}.", fields=", ".join(t(SETTING_LABELS[n]) for n in changed)
                    or t("ingen endringer")))
        if args.document_language and save_document_language(ctx, args.document_language):
            print(t('Dokumentene skrives nå på {language}.',
                    language=t(LANGUAGE_WORDS[args.document_language])))
        document_lang = document_language(ctx)
    for name, value in asdict(current).items():
        print(f"{t(SETTING_LABELS[name]) + ':':<22}{value or '–'}")
    print(f"{t('Språk i dokumentene:'):<22}{t(LANGUAGE_WORDS[document_lang])}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `pdf`, `report-json` and `settings`."""
    p = sub.add_parser("pdf", help="lag et dokument (PDF) for en sak, eller brosjyren til foreldre")
    p.add_argument("file")
    p.add_argument("--case", metavar="NR", help="saksnummeret, f.eks. 2026-0042 (ikke for leaflet)")
    p.add_argument("--kind", required=True, choices=[*(k.value for k in DocumentKind), LEAFLET],
                   help="leaflet: brosjyren «Når vi spør om barna» (én side, uten saksopplysninger)")
    p.add_argument("--child", type=int, action="append", metavar="ID", help="barnets id (kan gjentas)")
    p.add_argument("--consent", type=int, metavar="ID", help="fyll ut skjemaet med dette samtykket")
    p.add_argument("--without-children", action="store_true",
                   help="journalsammendrag uten barnas opplysninger")
    p.add_argument("-o", "--output", metavar="UT.pdf")
    add_open_arguments(p)
    p.set_defaults(func=_guarded(cmd_pdf))

    p = sub.add_parser("report-json",
                       help="eksporter bekymringsmeldingen som JSON for den nasjonale portalen")
    p.add_argument("file")
    p.add_argument("--case", required=True, metavar="NR")
    p.add_argument("--child", type=int, action="append", metavar="ID")
    p.add_argument("-o", "--output", metavar="UT.json")
    add_open_arguments(p)
    p.set_defaults(func=_guarded(cmd_report_json))

    p = sub.add_parser("settings", help="vis eller endre virksomhetens opplysninger")
    p.add_argument("file")
    for name in ("municipality_number", "municipality_name", "district", "district_number", "unit",
                 "org_number", "address", "phone", "action_guide"):
        dest = "district_name" if name == "district" else name
        p.add_argument("--" + name.replace("_", "-"), dest=dest, metavar=SETTING_LABELS[dest].upper())
    p.add_argument("--document-language", choices=LANGUAGES,
                   help="språket dokumentene skrives på: nb (bokmål), nn (nynorsk) eller en (engelsk)")
    add_open_arguments(p)
    p.set_defaults(func=_guarded(cmd_settings))
