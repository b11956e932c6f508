"""Norwegian names and definitions of the year's figures, shared by the screen, CSV and PDF."""

from __future__ import annotations

from barnearket.services.overview.sources import FigureId

LABELS: dict[FigureId, str] = {
    FigureId.ASKED: "Brukere spurt om barn",
    FigureId.WITH_CHILDREN: "Brukere med barn eller søsken under 18",
    FigureId.SHEETS: "Barnearket fullført",
    FigureId.INFORMATION_NEED: "Barn med behov for informasjon",
    FigureId.FOLLOW_UP_NEED: "Barn med behov for oppfølging",
    FigureId.OPENED: "Bekymringer opprettet",
    FigureId.CLOSED: "Bekymringer avsluttet",
    FigureId.DAYS_TO_DECISION: "Dager til beslutning (median)",
    FigureId.REPORTS: "Meldinger sendt, alle mottakere",
    FigureId.REPORTS_BARNEVERN: "Meldinger sendt til barnevernet",
    FigureId.CONSENTS: "Samtykker gitt",
}

DEFINITIONS: dict[FigureId, str] = {
    FigureId.ASKED: "Saker der spørsmålet om barn er besvart med ja, nei eller «vil ikke svare» i perioden.",
    FigureId.WITH_CHILDREN: "Av disse: svaret var ja for barn eller for søsken under 18 år.",
    FigureId.SHEETS: "Fullførte samtaler, etter samtaledato.",
    FigureId.INFORMATION_NEED: "Barn som i en fullført samtale fikk svaret «ja» på behov for informasjon.",
    FigureId.FOLLOW_UP_NEED: "Barn som i en fullført samtale fikk svaret «ja» på behov for oppfølging.",
    FigureId.OPENED: "Bekymringer etter datoen bekymringen oppsto.",
    FigureId.CLOSED: "Bekymringer som ble avsluttet i perioden (hver bekymring telles én gang).",
    FigureId.DAYS_TO_DECISION: "Fra bekymringen oppsto til første beslutning, for beslutninger i perioden.",
    FigureId.REPORTS: "Meldinger og henvisninger første gang sendt i perioden (rettelser telles ikke).",
    FigureId.REPORTS_BARNEVERN: "Av disse: meldinger til barnevernstjenesten.",
    FigureId.CONSENTS: "Samtykker etter datoen de ble gitt.",
}

MONTHS = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")


def month_label(month: str) -> str:
    """«2026-03» as «mar 2026»."""
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def number_text(value: float | None) -> str:
    """A count as «12», a median as «12,5», nothing measured as «–»."""
    if value is None:
        return "–"
    return str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")
