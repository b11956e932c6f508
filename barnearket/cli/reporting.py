"""The `report` command: write, complete, send and follow up a report of concern from a script."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from barnearket.cli.documents import _fail, _guarded, _working
from barnearket.cli.session import add_open_arguments
from barnearket.domain.errors import NotFoundError
from barnearket.domain.language import t
from barnearket.domain.model import (
    ReportChannel,
    ReportContent,
    ReportRecipient,
    ReportSection,
    label,
)
from barnearket.reports.names import DocumentKind, default_file_name
from barnearket.services import documents, report_editing, reports
from barnearket.services.context import ServiceContext
from barnearket.services.portal import PortalNotReadyError
from barnearket.storage.mapping import load_case

ACTIONS = ("list", "new", "edit", "complete", "sent", "feedback", "correct", "pdf", "json")
ANSWERS = {"ja": True, "nei": False, "ukjent": None}
SECTIONS = {"concern": ReportSection.CONCERN, "history": ReportSection.HISTORY,
            "measures": ReportSection.MEASURES, "other_services": ReportSection.OTHER_SERVICES,
            "other_views": ReportSection.OTHER_VIEWS}
PLACES = {"municipality_number": "municipality_number", "municipality_name": "municipality_name",
          "district_number": "district_number", "district": "district_name"}


def cmd_report(args: argparse.Namespace) -> int:
    """Run one report action on the chosen report (`--report ID`, else the case's newest)."""
    try:
        with _working(args) as ctx:
            case_id = documents.case_id_for_number(ctx, args.case)
            if args.action == "list":
                return _list(ctx, case_id)
            if args.action == "new":
                return _new(ctx, case_id, args)
            report_id = args.report or report_editing.latest_report_id(ctx, case_id)
            if report_editing.case_of_report(ctx, report_id) != case_id:
                raise NotFoundError("Meldingen hører ikke til denne saken.")
            return _ACTIONS[args.action](ctx, report_id, args)
    except PortalNotReadyError as exc:
        print(t('barnearket: {message}', message=exc.message), file=sys.stderr)
        for line in fill_commands(exc.missing, args):
            print(f"  {line}", file=sys.stderr)
        return 2


def fill_commands(missing: tuple[str, ...], args: argparse.Namespace) -> list[str]:
    """The exact commands that fill in what the portal misses."""
    who = f"--user {args.user}" if args.user else "--user LOGIN"
    head = f"barnearket users {args.file} {who}"
    lines = []
    profile = [f"--{o} {m}" for key, o, m in (("job_title", "title", "TITTEL"), ("phone", "phone", "TELEFON"),
                                              ("email", "email", "E-POST")) if key in missing]
    if profile:
        lines.append(f"{head} profile {args.user or 'LOGIN'} " + " ".join(profile))
    place = [f"--{o} {m}" for key, o, m in (("municipality_number", "municipality-number", "NNNN"),
                                            ("municipality_name", "municipality-name", "KOMMUNE"))
             if key in missing]
    if place:
        lines.append(f"barnearket report {args.file} {who} --case {args.case} edit " + " ".join(place))
    org = [f"--{o} {m}" for key, o, m in (("unit", "unit", "VIRKSOMHET"), ("address", "address", "ADRESSE"))
           if key in missing]
    if org:
        lines.append(f"barnearket settings {args.file} {who} " + " ".join(org))
    if "children" in missing or "guardians" in missing:
        lines.append(t("Legg inn barnet og foreldrene i saken i programmet."))
    return lines


def _list(ctx: ServiceContext, case_id: int) -> int:
    found = report_editing.reports_of_case(ctx, case_id)
    if not found:
        print(t("Saken har ingen meldinger ennå."))
    for report in found:
        view = report_editing.view_report(ctx, report.id)
        parts = [f"id {report.id}",
                 t("versjon {series}.{version}", series=report.series, version=report.version),
                 t(label(report.recipient)), t(label(report.status))]
        if report.sent_on:
            channel = t(label(report.channel)) if report.channel else "–"
            parts.append(t("sendt {day} ({channel})", day=report.sent_on.isoformat(), channel=channel))
        if report.portal_reference:
            parts.append(t("referanse {reference}", reference=report.portal_reference))
        if view.due:
            parts += [t("vurderes innen {day}", day=view.due.assessment_by.isoformat()),
                      t("tilbakemelding innen {day}", day=view.due.feedback_by.isoformat()),
                      t("purres {day}", day=view.due.chase_on.isoformat())]
        if report.feedback_on:
            parts.append(t("tilbakemelding mottatt {day}", day=report.feedback_on.isoformat()))
        print(" · ".join(parts))
    return 0


def _new(ctx: ServiceContext, case_id: int, args: argparse.Namespace) -> int:
    case = load_case(ctx.session, case_id)
    concerns = [c for c in case.concerns if c.is_open and (args.child is None or c.child_id == args.child)]
    if not concerns:
        return _fail("saken har ingen åpen bekymring for barnet. Åpne en bekymring i programmet "
                     "(eller med Akutt fare), så kan meldingen skrives.")
    concern = max(concerns, key=lambda c: (c.arose_on, c.id))
    report_id = reports.draft_report(ctx, concern.id, ReportRecipient(args.recipient))
    print(t('Meldingen er startet som utkast (id {report_id}).', report_id=report_id))
    return 0


def _edit(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    view = report_editing.view_report(ctx, report_id)
    old = view.report.content
    sections = report_editing.section_texts(view.draft)
    sections.update({s: getattr(args, k) for k, s in SECTIONS.items() if getattr(args, k) is not None})
    changes: dict[str, object] = {"sections": sections}
    changes |= {field: getattr(args, opt) for opt, field in PLACES.items() if getattr(args, opt) is not None}
    for who in ("parents", "child"):
        if getattr(args, f"{who}_told") is not None:
            changes[f"{who}_told"] = ANSWERS[getattr(args, f"{who}_told")]
        if getattr(args, f"{who}_why") is not None:
            changes[f"{who}_not_told_why"] = getattr(args, f"{who}_why")
    if args.interpreter is not None:
        changes["interpreter_needed"] = ANSWERS[args.interpreter]
    if args.language is not None:
        changes["interpreter_language"] = args.language
    if old.interpreter_needed is None and "interpreter_needed" not in changes:
        changes["interpreter_needed"] = view.draft.interpreter_needed
    content: ReportContent = replace(old, **changes)  # type: ignore[arg-type]
    recipient = ReportRecipient(args.recipient) if args.recipient else None
    reports.update_report(ctx, report_id, content, recipient)
    print(t('Meldingen (id {report_id}) er lagret som utkast.', report_id=report_id))
    return 0


def _complete(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    result = reports.complete_report(ctx, report_id)
    print(t('Meldingen (id {report_id}) er klar til å sendes.', report_id=report_id))
    for note in result.notes:
        print(t('  Merk: {message}', message=note.message))
    return 0


def _sent(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    due = reports.mark_report_sent(ctx, report_id, channel=ReportChannel(args.channel), sent_on=args.date,
                                   portal_reference=args.reference or "")
    view = report_editing.view_report(ctx, report_id)
    print(t('Meldingen (id {report_id}) er registrert som sendt og låst.', report_id=report_id))
    if view.due:
        print(t('Barnevernet skal vurdere den innen {assessment_by}, gi tilbakemelding innen {feedback_by}. '
                'Kontakt barnevernet hvis ikke svar innen {chase_on}.',
                assessment_by=due.assessment_by.isoformat(), feedback_by=due.feedback_by.isoformat(),
                chase_on=due.chase_on.isoformat()))
    return 0


def _feedback(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    feedback_on = args.date or (None if args.reference is not None else ctx.clock.today())
    reports.record_report_tracking(ctx, report_id, portal_reference=args.reference, feedback_on=feedback_on)
    print(t('Oppfølgingen av meldingen (id {report_id}) er lagret.', report_id=report_id))
    return 0


def _correct(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    new_id = reports.correct_report(ctx, report_id)
    print(t('En rettet versjon er startet (id {new_id}); den sendte versjonen er beholdt.', new_id=new_id))
    return 0


def _pdf(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    document = report_editing.report_document(ctx, report_id)
    out = Path(args.output or document.file_name)
    documents.save_document(ctx, document, out)
    print(t('Skrev {out}. Filen er taushetsbelagt: oppbevar den trygt og slett den når den ikke trengs.',
            out=out))
    return 0


def _json(ctx: ServiceContext, report_id: int, args: argparse.Namespace) -> int:
    out = Path(args.output or default_file_name(DocumentKind.REPORT, args.case, ".json"))
    report_editing.export_report_portal(ctx, report_id, out)
    print(t('Skrev {out}.', out=out))
    return 0


_ACTIONS = {"edit": _edit, "complete": _complete, "sent": _sent, "feedback": _feedback,
            "correct": _correct, "pdf": _pdf, "json": _json}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `report`."""
    p = sub.add_parser("report", help="skriv, fullfør, send og følg opp en bekymringsmelding")
    p.add_argument("file")
    p.add_argument("--case", required=True, metavar="NR", help="saksnummeret, f.eks. 2026-0042")
    p.add_argument("--report", type=int, metavar="ID", help="meldingens id (se «list»); ellers den nyeste")
    add_open_arguments(p)
    actions = p.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="vis sakens meldinger med status og frister")
    a = actions.add_parser("new", help="start en ny melding om den åpne bekymringen")
    a.add_argument("--recipient", default="barnevern", choices=[r.value for r in ReportRecipient])
    a.add_argument("--child", type=int, metavar="ID", help="barnets id (ellers nyeste åpne bekymring)")
    _edit_options(actions.add_parser("edit", help="fyll ut eller endre feltene i meldingen"))
    actions.add_parser("complete", help="merk meldingen som klar til sending")
    a = actions.add_parser("sent", help="registrer at meldingen er sendt")
    a.add_argument("--channel", required=True, choices=[c.value for c in ReportChannel])
    a.add_argument("--reference", metavar="REF", help="portalens referansenummer")
    a.add_argument("--date", type=date.fromisoformat, metavar="ÅÅÅÅ-MM-DD", help="sendt dato (ellers i dag)")
    a = actions.add_parser("feedback", help="registrer tilbakemelding fra barnevernet (eller referansen)")
    a.add_argument("--date", type=date.fromisoformat, metavar="ÅÅÅÅ-MM-DD")
    a.add_argument("--reference", metavar="REF")
    actions.add_parser("correct", help="lag en rettet versjon av en sendt melding")
    actions.add_parser("pdf", help="skriv meldingen som PDF").add_argument("-o", "--output", metavar="UT.pdf")
    actions.add_parser("json", help="portalens JSON (bare til barnevernet)").add_argument(
        "-o", "--output", metavar="UT.json")
    p.set_defaults(func=_guarded(cmd_report))


def _edit_options(a: argparse.ArgumentParser) -> None:
    a.add_argument("--recipient", choices=[r.value for r in ReportRecipient])
    for option, dest in PLACES.items():
        a.add_argument("--" + option.replace("_", "-"), dest=option, metavar=dest.upper())
    for who in ("parents", "child"):
        a.add_argument(f"--{who}-told", choices=list(ANSWERS))
        a.add_argument(f"--{who}-why", metavar="TEKST", help="hvorfor de (ikke) er orientert")
    a.add_argument("--interpreter", choices=list(ANSWERS))
    a.add_argument("--language", metavar="SPRÅK")
    for option in SECTIONS:
        a.add_argument("--" + option.replace("_", "-"), dest=option, metavar="TEKST")
