"""Exports the year's figures as CSV (no personal data, safe from formula injection) and as a PDF."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from barnearket.files.atomic import atomic_write_bytes
from barnearket.reports.text import fmt_date
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.organisation import load_organisation
from barnearket.services.overview.figures import YearFigures
from barnearket.services.overview.figures_pdf import PdfInfo, figures_pdf
from barnearket.services.overview.labels import LABELS, month_label, number_text
from barnearket.storage.audit import AuditAction
from barnearket.storage.orm.users import User

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ALL_UNITS = "Alle enheter"


def safe_cell(value: str) -> str:
    """Prefix `'` to a cell a spreadsheet would read as a formula (= + - @ TAB CR at the start)."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def figures_table(figures: YearFigures) -> list[list[str]]:
    """Header and one row per figure: name, the whole period, then each month."""
    header = ["Tall", "Hele perioden", *(month_label(m) for m in figures.months)]
    rows = [[LABELS[f.id], number_text(f.total), *(number_text(v) for v in f.months)]
            for f in figures.figures]
    return [header, *rows]


def figures_csv(figures: YearFigures) -> bytes:
    """The figures as semicolon-separated UTF-8 (with BOM, for Excel); labels and numbers only."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    period = f"{fmt_date(figures.start)}–{fmt_date(figures.end)}"
    lines = [["Barnearket: årstall for barn som pårørende"], ["Periode", period],
             ["Enhet", figures.unit_name or ALL_UNITS], [], *figures_table(figures)]
    writer.writerows([[safe_cell(cell) for cell in line] for line in lines])
    return buffer.getvalue().encode("utf-8-sig")


def export_figures_csv(ctx: ServiceContext, figures: YearFigures, path: Path) -> None:
    """Write the CSV where the user chose, and log the export (ids and field names only)."""
    atomic_write_bytes(path, figures_csv(figures))
    common.log(ctx, AuditAction.EXPORT, "figures", figures.unit_id, ["period", "unit", "csv"])


def export_figures_pdf(ctx: ServiceContext, figures: YearFigures, path: Path) -> None:
    """Write the one-page PDF where the user chose, and log it."""
    user = ctx.session.get(User, ctx.actor.user_id)
    info = PdfInfo(organisation=load_organisation(ctx.session).display_name,
                   made_by=user.full_name if user else ctx.actor.login, made_at=ctx.clock.now())
    atomic_write_bytes(path, figures_pdf(figures, info))
    common.log(ctx, AuditAction.PDF, "figures", figures.unit_id, ["period", "unit"])
