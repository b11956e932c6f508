"""The columns of the overview and of the queues: what each shows, how it sorts and filters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from barnearket.domain.collation import SortKey, sort_key
from barnearket.domain.model import Step, label
from barnearket.services.overview.rows import OverviewRow, ReportState
from barnearket.ui.coordinator.records import Column

R = TypeVar("R")
LAST = "9999-12-31"
SAMPLES = {"case": "2026-0000", "age": "17 år", "unit": "Bo- og oppfølgingstjenesten",
           "responsible": "Ǧiõrǧǧ Liv Čáhcegeađgi", "step": "4 Samtalen med foreldrene",
           "level": "4 · Grunn til bekymring",
           "days": "000", "decision": "besluttet 00.00.0000", "follow_up": "00.00.0000",
           "report": "Ingen svar, sendt 00.00.0000", "created": "00.00.0000", "held": "00.00.0000",
           "missing": "informasjon og oppfølging"}
"""A typical wide cell of each column, by key: the columns start that wide."""
_STEP_NUMBERS = {step: step.number for step in Step}


@cache
def tr(text: str) -> str:
    """Translated once per process: thousands of cells are formatted per load."""
    return QCoreApplication.translate("", text)  # lupdate files module-level tr() under ""


def date_cell(day: date | None) -> str:
    """dd.mm.åååå, as `date_text`, several times faster than strftime."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}" if day else ""


@cache
def name_key(text: str) -> SortKey:
    return sort_key(text)


def age_text(age: int | None, unborn: bool) -> str:
    """«7 år», «Ufødt» or «Ukjent»."""
    if unborn:
        return tr("Ufødt")
    return tr("Ukjent") if age is None else tr("%1 år").replace("%1", str(age))


def age_bucket(age: int | None, unborn: bool) -> str:
    """The age band a child falls in."""
    if unborn:
        return "unborn"
    if age is None:
        return "unknown"
    return _band(age, _AGE_BANDS)


def _ages() -> dict[str, str]:
    return {"0_5": tr("0–5 år"), "6_12": tr("6–12 år"), "13_17": tr("13–17 år"),
            "adult": tr("18 år eller eldre"), "unborn": tr("ufødt"), "unknown": tr("ukjent")}


def _days(row: OverviewRow) -> str:
    return _band(row.days_open, _DAY_BANDS)


def _band(value: int, bands: tuple[tuple[str, int], ...]) -> str:
    for band, top in bands:
        if value <= top:
            return band
    return bands[-1][0]


_AGE_BANDS = (("0_5", 5), ("6_12", 12), ("13_17", 17), ("adult", 10**6))
_DAY_BANDS = (("lt14", 13), ("14_30", 30), ("31_90", 90), ("gt90", 10**6))


def _decision_text(row: OverviewRow) -> str:
    if row.decided_on is not None:
        return tr("besluttet %1").replace("%1", date_cell(row.decided_on))
    return tr("frist %1").replace("%1", date_cell(row.decision_due))


def _decision(row: OverviewRow) -> str:
    if row.decided_on is not None:
        return "decided"
    return "overdue" if row.decision_overdue else "open"


def _follow_up(row: OverviewRow) -> str:
    if row.next_follow_up is None:
        return "none"
    if row.follow_up_overdue:
        return "overdue"
    return "week" if row.follow_up_this_week else "later"


def _report(row: OverviewRow) -> str:
    return "late" if row.report_overdue else row.report.value


def _report_text(row: OverviewRow) -> str:
    if row.report is ReportState.AWAITING:
        key = (QT_TRANSLATE_NOOP("", "Ingen svar, sendt %1") if row.report_overdue
               else QT_TRANSLATE_NOOP("", "Venter på svar, sendt %1"))
        return tr(key).replace("%1", date_cell(row.awaiting_since))
    return _report_labels()[row.report.value]


@cache
def _report_labels() -> dict[str, str]:
    return {"late": tr("Ingen svar etter 3 uker"), "awaiting": tr("Venter på svar"),
            "draft": tr("Under arbeid"), "answered": tr("Svar mottatt"), "sent": tr("Sendt"),
            "none": tr("Ingen melding")}


_REPORT_ORDER = {"late": 0, "awaiting": 1, "draft": 2, "sent": 3, "answered": 4, "none": 5}
"""Sorting by the report column puts the longest-waiting reports first."""


def _report_cell(row: OverviewRow) -> str:
    return "" if row.report is ReportState.NONE else _report_text(row)


@cache
def _step_text(step: Step) -> str:
    return f"{step.number} {tr(label(step))}"


def forget_texts() -> None:
    """Drop every translated text kept here: the language has changed."""
    for cached in (tr, _report_labels, _step_text):
        cached.cache_clear()


def _day(value: date | None) -> str:
    return value.isoformat() if value else LAST


def sized(columns: list[Column[R]]) -> list[Column[R]]:
    return [replace(c, sample=SAMPLES.get(c.key, c.sample)) for c in columns]


def overview_columns(level_text: Callable[[int], str] = str,
                     levels: Sequence[int] = ()) -> list[Column[OverviewRow]]:
    """The overview table, left to right; the same columns serve the concern queues.

    `level_text` shows a level with its name ("3 · Grunn til bekymring"); `levels` are the scale's.
    """
    return sized([
        Column("case", tr("Sak"), lambda r: r.case_number, lambda r: r.case_number),
        Column("age", tr("Alder"), lambda r: age_text(r.child_age, r.unborn),
               lambda r: -1 if r.child_age is None else r.child_age,
               lambda r: age_bucket(r.child_age, r.unborn), _ages(), centred=True,
               tip=tr("Barnets alder i dag (navnet vises først når saken åpnes)")),
        Column("unit", tr("Enhet"), lambda r: r.unit_name, lambda r: name_key(r.unit_name),
               lambda r: r.unit_name),
        Column("responsible", tr("Ansvarlig"), lambda r: r.responsible_name,
               lambda r: name_key(r.responsible_name), lambda r: r.responsible_name),
        Column("step", tr("Steg"), lambda r: _step_text(r.step), lambda r: _STEP_NUMBERS[r.step],
               lambda r: r.step.value, {s.value: _step_text(s) for s in Step},
               tip=tr("Det siste steget i rutinen som har en registrering")),
        Column("level", tr("Nivå"), lambda r: level_text(r.level), lambda r: r.level, lambda r: str(r.level),
               {str(v): level_text(v) for v in levels}, tip=tr("Nivå på bekymringsskalaen for barnet")),
        Column("days", tr("Dager"), lambda r: str(r.days_open), lambda r: r.days_open, _days,
               {"lt14": tr("under 14"), "14_30": tr("14–30"), "31_90": tr("31–90"),
                "gt90": tr("over 90")}, centred=True, tip=tr("Dager siden bekymringen oppsto")),
        Column("decision", tr("Beslutning"), _decision_text,
               lambda r: (r.decided_on is not None, _day(r.decision_due)), _decision,
               {"overdue": tr("forfalt"), "open": tr("ikke forfalt"), "decided": tr("besluttet")},
               overdue=lambda r: r.decision_overdue,
               tip=tr("Fristen for beslutningen, eller datoen den ble tatt")),
        Column("follow_up", tr("Neste oppfølging"), lambda r: date_cell(r.next_follow_up),
               lambda r: _day(r.next_follow_up), _follow_up,
               {"overdue": tr("forfalt"), "week": tr("denne uken"), "later": tr("senere"),
                "none": tr("ingen tiltak")}, overdue=lambda r: r.follow_up_overdue,
               tip=tr("Nærmeste evaluering eller frist for et aktivt tiltak")),
        Column("report", tr("Melding"), _report_cell,
               lambda r: (_REPORT_ORDER[_report(r)], _day(r.awaiting_since)), _report, _report_labels(),
               overdue=lambda r: r.report_overdue,
               tip=tr("Melding til barnevernet: venter den på svar, og hvor lenge?")),
    ])
