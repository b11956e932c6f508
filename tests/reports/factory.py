"""Synthetic domain cases for document tests, screenshots and benchmarks (no real person anywhere)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from barnearket.domain import model as m
from barnearket.domain.forms import load_standard_library
from barnearket.domain.model.organisation import Organisation, Worker
from barnearket.reports.context import DocumentContext

DAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 13, 45, tzinfo=UTC)
PARENT = "Ánte Čeavrris"
PARENT_ID = "15888011681"
"""Synthetic (month + 80, Test Norge): valid in form, never issued to anyone."""
CHILDREN = ("Máret Ŋuolas Čeavrris", "Niillas Đuolbma", "Sárá Ødegård-Ŧoavdda")
CHILD_IDS = ("01911551388", "02921887976", "")
WORKER = Worker("Åse Bjørnstad", "Sykepleier, barneansvarlig", "+47 78 46 00 01",
                "ase.bjornstad@porsanger.kommune.no")
ORG = Organisation("5022", "Porsanger", "", "", "Hjemmetjenesten, psykisk helse og rus", "964830533",
                   "Rådhusveien 1, 9700 Lakselv", "78 46 00 00")
CANARIES = (PARENT, PARENT_ID, *CHILDREN, *[i for i in CHILD_IDS if i], "Čeavrris", "Ŋuolas", "Đuolbma")


def context(made_at: datetime = NOW) -> DocumentContext:
    """A document context with the standard form library and two named workers."""
    return DocumentContext(ORG, WORKER, made_at, {1: WORKER.name, 2: "Ole Haugen"},
                           load_standard_library())


def child(child_id: int, n: int, **details: Any) -> m.Child:
    """Child number n (0-2) of the sample family."""
    base = m.ChildDetails(
        name=CHILDREN[n], identity_number=CHILD_IDS[n] or None,
        birth_date=(date(2015, 11, 1), date(2018, 12, 2), None)[n], unborn=n == 2,
        due_date=date(2026, 6, 10) if n == 2 else None, residence=m.Residence.DAILY_CARE,
        other_parent="Biret Sæther" if n == 0 else "",
        services=frozenset({"skole"}) if n == 0 else frozenset(),
    )
    return m.Child(child_id, 1, replace(base, **details))


def concern(concern_id: int, child_id: int, *, full: bool = True, **kw: Any) -> m.Concern:
    """A concern; `full` fills every step, otherwise only the description."""
    base = m.Concern(concern_id, 1, child_id, date(2026, 2, 2), date(2026, 2, 16), 3, m.ConcernStatus.OPEN,
                     description="Barnet kommer ofte sultent på skolen og sier at mamma sover hele dagen.")
    if not full:
        return replace(base, **kw)
    measure = ("Samtale med helsesykepleier hver uke", "Plass i aktivitetsgruppe for barn")[concern_id % 2]
    action = m.Action(concern_id, concern_id, measure, m.ActionStatus.ONGOING,
                      "Helsesykepleier på skolen", None, date(2026, 4, 1), date(2026, 3, 15),
                      (m.Evaluation(1, date(2026, 2, 25), "Barnet møter opp og sier det hjelper.", 1),))
    report = m.Report(1, concern_id, 1, 1, m.ReportRecipient.BARNEVERN, m.ReportStatus.SENT, NOW, 1,
                      m.ReportContent(parents_told=True, child_told=False,
                                      child_not_told_why="Barnet er for lite til å forstå meldingen."),
                      sent_on=date(2026, 2, 20), channel=m.ReportChannel.PORTAL,
                      portal_reference="BM-2026-118")
    return replace(
        base,
        observations=(m.Observation(1, date(2026, 2, 3), "Ŋuolas hadde ikke matpakke tre dager på rad.", 1),
                      m.Observation(2, date(2026, 2, 5), "Mor virket ruset ved hjemmebesøk kl. 10.", 2)),
        consultations=(m.Consultation(1, date(2026, 2, 6), m.ConsultationWith.BARNEVERN, True, 1,
                                      summary="Anonym drøfting; rådet var å ta samtale med mor."),),
        conversations=(m.ParentConversation(1, date(2026, 2, 9), 1, "Mor og barneansvarlig",
                                            "Det vi har sett om matpakker.", "Mor ble lei seg, men enig.",
                                            "Ny samtale om to uker."),),
        decisions=(m.Decision(1, date(2026, 2, 12), m.DecisionOutcome.REPORT, 1, "Enhetsleder",
                              "Meldes etter samtale.", frozenset({"barnevern"})),),
        actions=(action,), reports=(report,),
        levels=(m.LevelChange(m.Scale.CHILD, 3, NOW, 1, "Økt etter hjemmebesøk."),), **kw,
    )


def sample_case(children: int = 3, concerns: int = 2) -> m.Case:
    """The sample family: a parent with Sami names, an unborn child, full concerns and a consent."""
    kids = tuple(child(i + 1, i % 3, name=f"{CHILDREN[i % 3]}{'' if i < 3 else f' {i}'}")
                 for i in range(children))
    sheet = m.Sheet(1, 1, 1, "barnearket", 1, date(2026, 1, 20), m.SheetStatus.COMPLETED,
                    participants="Far og barneansvarlig", completed_at=NOW, completed_by=1,
                    answers=(m.Answer("has_children", None, "ja"),))
    consent = m.Consent(1, 1, m.ConsentGiver.PARENT, "Samarbeid med skolen om oppfølging",
                        frozenset({"skole", "helsestasjon"}), m.ConsentForm.WRITTEN, date(2026, 1, 20),
                        expires_on=date(2027, 1, 20))
    return m.Case(
        1, "2026-0042", 1, 1,
        m.Parent(PARENT, PARENT_ID, date(1980, 8, 15), "Storgata 3, 9700 Lakselv", "900 11 222",
                 "nordsamisk"),
        m.CaseStatus.OPEN, NOW, m.TreatmentPhase.DURING,
        gate=m.Gate(m.GateAnswer.JA, date(2026, 1, 20), 1, m.GateAnswer.NEI), children=kids,
        sheets=(sheet,), concerns=tuple(concern(i + 1, kids[i % len(kids)].id) for i in range(concerns)),
        consents=(consent,),
    )
