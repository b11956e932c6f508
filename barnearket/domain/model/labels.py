"""Display names for the domain vocabularies in bokmål, in one place (`domain/language.py` translates)."""

from __future__ import annotations

from enum import StrEnum

from barnearket.domain.language import t
from barnearket.domain.model import enums as e

_LABELS: dict[type[StrEnum], dict[str, str]] = {
    e.CaseStatus: {
        e.CaseStatus.OPEN: "Åpen",
        e.CaseStatus.CLOSED: "Avsluttet",
    },
    e.GateAnswer: {
        e.GateAnswer.JA: "Ja",
        e.GateAnswer.NEI: "Nei",
        e.GateAnswer.VIL_IKKE_SVARE: "Vil ikke svare",
        e.GateAnswer.UKJENT: "Ukjent",
    },
    e.TreatmentPhase: {
        e.TreatmentPhase.NONE: "Ingen behandling",
        e.TreatmentPhase.BEFORE: "Før behandling",
        e.TreatmentPhase.DURING: "Under behandling",
        e.TreatmentPhase.AFTER: "Etter behandling",
    },
    e.Relation: {
        e.Relation.OWN: "Eget barn",
        e.Relation.STEP: "Stebarn",
        e.Relation.SIBLING: "Søsken",
        e.Relation.OTHER: "Annet",
        e.Relation.SELF: "Brukeren selv (under 18 år)",
    },
    e.Residence: {
        e.Residence.DAILY_CARE: "Bor hos brukeren (daglig omsorg)",
        e.Residence.SAMVAER: "Samvær med brukeren",
        e.Residence.ELSEWHERE: "Bor et annet sted",
    },
    e.SheetStatus: {
        e.SheetStatus.DRAFT: "Utkast",
        e.SheetStatus.COMPLETED: "Fullført",
    },
    e.ConcernStatus: {
        e.ConcernStatus.OPEN: "Åpen",
        e.ConcernStatus.CLOSED: "Avsluttet",
    },
    e.Scale: {
        e.Scale.CHILD: "Barnet",
        e.Scale.PARENT: "Foreldrene",
    },
    e.ConsultationWith: {
        e.ConsultationWith.COLLEAGUE: "Kollega",
        e.ConsultationWith.LEADER: "Leder",
        e.ConsultationWith.RESOURCE_GROUP: "Ressursgruppen",
        e.ConsultationWith.BARNEVERN: "Barnevernet",
        e.ConsultationWith.OTHER: "Andre",
    },
    e.DecisionOutcome: {
        e.DecisionOutcome.CLOSE: "Avslutte saken (nivå 0)",
        e.DecisionOutcome.OWN_UNIT: "Tiltak i egen enhet (nivå 1)",
        e.DecisionOutcome.COOPERATE: "Samarbeid med andre tjenester (nivå 2)",
        e.DecisionOutcome.REPORT: "Melding til barnevern eller politi (nivå 3)",
    },
    e.ActionStatus: {
        e.ActionStatus.PLANNED: "Planlagt",
        e.ActionStatus.ONGOING: "Pågår",
        e.ActionStatus.DONE: "Fullført",
        e.ActionStatus.STOPPED: "Avbrutt",
    },
    e.ConsentAnswer: {
        e.ConsentAnswer.GIVEN: "Gitt",
        e.ConsentAnswer.REFUSED: "Nektet",
    },
    e.ConsentGiver: {
        e.ConsentGiver.PARENT: "Forelder",
        e.ConsentGiver.CHILD: "Barnet selv",
    },
    e.ConsentForm: {
        e.ConsentForm.WRITTEN: "Skriftlig",
        e.ConsentForm.ORAL: "Muntlig",
    },
    e.ReportRecipient: {
        e.ReportRecipient.BARNEVERN: "Barnevernstjenesten",
        e.ReportRecipient.NAV: "NAV / sosialtjenesten",
        e.ReportRecipient.SPESIALISTHELSETJENESTEN: "Spesialisthelsetjenesten",
        e.ReportRecipient.POLITI: "Politiet",
        e.ReportRecipient.SOSIAL_SVANGERSKAP: "Sosialtjenesten / NAV (svangerskap)",
        e.ReportRecipient.SPESIALIST_SVANGERSKAP: "Spesialisthelsetjenesten (svangerskap)",
    },
    e.ReportStatus: {
        e.ReportStatus.DRAFT: "Utkast",
        e.ReportStatus.READY: "Klar",
        e.ReportStatus.SENT: "Sendt",
    },
    e.ReportChannel: {
        e.ReportChannel.PORTAL: "Nasjonal portal",
        e.ReportChannel.LETTER: "Brev",
        e.ReportChannel.PHONE: "Telefon",
    },
    e.ReportSection: {
        e.ReportSection.CONCERN: "Bekymringen",
        e.ReportSection.HISTORY: "Bakgrunn og historikk",
        e.ReportSection.MEASURES: "Hva som allerede er gjort",
        e.ReportSection.OTHER_SERVICES: "Andre hjelpeinstanser",
        e.ReportSection.OTHER_VIEWS: "Andre synspunkter",
    },
    e.StatusChange: {
        e.StatusChange.CLOSED: "Avsluttet",
        e.StatusChange.REOPENED: "Gjenåpnet",
    },
    e.Step: {
        e.Step.AROSE: "Bekymringen oppstår",
        e.Step.CONCRETISE: "Konkretiser",
        e.Step.SHARE: "Del og drøft",
        e.Step.CONVERSATION: "Samtalen med foreldrene",
        e.Step.DECISION: "Beslutning",
        e.Step.FOLLOW_UP: "Tiltak og oppfølging",
        e.Step.CLOSURE: "Avslutning",
    },
}


def label(value: StrEnum) -> str:
    """The name of a vocabulary value in the active language (its raw value if none is defined)."""
    return t(_LABELS.get(type(value), {}).get(value, str(value)))
