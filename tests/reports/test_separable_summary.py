"""Separable means separable: with child details left out, the journal summary holds no child's name,
identity number or free text about a child. A canary is planted in every free-text field the summary
could print, and the real PDF, written to disk, is read back."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from itertools import count
from pathlib import Path

from pypdf import PdfReader

from barnearket.domain import forms as f
from barnearket.domain import model as m
from barnearket.domain.errors import ValidationError
from barnearket.domain.forms import load_standard_library
from barnearket.domain.synthetic import SyntheticPeople
from barnearket.reports.names import DocumentKind
from barnearket.services import actions, cases, children, concerns, consents, documents, sheets, steps
from barnearket.services.context import ServiceContext
from tests.reports.built import set_up_sender
from tests.services.support import World

_SEQUENCE = count()
FREE_TEXT = (f.QuestionType.TEXT, f.QuestionType.LONG_TEXT, f.QuestionType.PERSON)


class Canaries:
    """Hands out a unique made-up word per field and remembers which field got which."""

    def __init__(self) -> None:
        self.planted: dict[str, str] = {}

    def __call__(self, field: str) -> str:
        n = next(_SEQUENCE)
        word = f"Čuovga{chr(97 + n // 26 % 26)}{chr(97 + n % 26)}ŋ"
        self.planted[field] = word
        return word


def _sheet(ctx: ServiceContext, case_id: int, child_ids: list[int], bird: Canaries) -> None:
    form = load_standard_library([]).latest_as("barnearket", f.Sheet)
    sheet_id = sheets.start_sheet(ctx, case_id, form_id=form.id, form_version=form.version,
                                  participants=bird("samtale.deltakere"))
    sheets.answer_question(ctx, sheet_id, "has_children", "ja")
    for section in form.sections:
        for question in (q for q in section.questions if q.type in FREE_TEXT):
            for child_id in (child_ids if section.per_child else [None]):
                try:
                    sheets.answer_question(ctx, sheet_id, question.id, bird(f"svar.{question.id}.{child_id}"),
                                           child_id=child_id)
                except ValidationError:
                    continue
    sheets.complete_sheet(ctx, sheet_id)


def _concern(ctx: ServiceContext, case_id: int, child_id: int, bird: Canaries) -> None:
    day = ctx.clock.today() - timedelta(days=20)
    cid = concerns.open_concern(ctx, case_id, child_id, level=2, arose_on=day,
                                description=bird("bekymring.beskrivelse"))
    concerns.set_level(ctx, cid, 3, note=bird("nivå.begrunnelse"))
    steps.add_observation(ctx, cid, bird("observasjon"), observed_on=day)
    steps.add_consultation(ctx, cid, with_whom=m.ConsultationWith.BARNEVERN, held_on=day,
                           counterpart=bird("drøfting.med"), summary=bird("drøfting.innhold"))
    steps.record_parent_conversation(ctx, cid, held_on=day, participants=bird("samtale.deltakere2"),
                                     shared=bird("samtale.delt"), response=bird("samtale.respons"),
                                     agreed=bird("samtale.avtalt"))
    steps.record_decision(ctx, cid, m.DecisionOutcome.OWN_UNIT, decided_on=day + timedelta(days=1),
                          anchored_with=bird("beslutning.forankret"), note=bird("beslutning.merknad"))
    action = actions.add_action(ctx, cid, bird("tiltak"), responsible=bird("tiltak.ansvarlig"),
                                deadline=day + timedelta(days=30), status=m.ActionStatus.ONGOING)
    actions.add_evaluation(ctx, action, bird("evaluering"), evaluated_on=day + timedelta(days=2))
    concerns.close_concern(ctx, cid, bird("avslutning"), on=day + timedelta(days=3))
    concerns.reopen_concern(ctx, cid, bird("gjenåpning"), on=day + timedelta(days=4))


def _family(world: World, bird: Canaries) -> tuple[int, list[str]]:
    ctx, people = world.ctx(), SyntheticPeople(19)
    case_id = cases.create_case(ctx, unit_id=world.rus, parent=m.Parent("Ánde Guttorm"))
    cases.answer_gate(ctx, case_id, m.GateAnswer.JA, siblings=m.GateAnswer.NEI)
    numbers, child_ids = [], []
    for n in range(2):
        born = date(2014 + n, 4, 2)
        numbers.append(people.identity_number(born))
        child_ids.append(children.add_child(ctx, case_id, m.ChildDetails(
            bird(f"barn.navn{n}"), identity_number=numbers[-1], birth_date=born,
            daily_carer=bird(f"barn.omsorg{n}"), other_parent=bird(f"barn.forelder{n}"),
            school=bird(f"barn.skole{n}"))))
    _sheet(ctx, case_id, child_ids, bird)
    for child_id in child_ids:
        _concern(ctx, case_id, child_id, bird)
    consents.record_consent(ctx, case_id, given_by=m.ConsentGiver.PARENT, purpose=bird("samtykke.formål"),
                            recipients=["skole"], form=m.ConsentForm.WRITTEN, child_id=child_ids[0],
                            note=bird("samtykke.merknad"))
    return case_id, numbers


def _pdf_text(path: Path) -> str:
    pages = PdfReader(path).pages
    text = " ".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in pages)
    return "".join(text.split()).casefold()


def test_no_canary_reaches_the_summary_without_children(world: World, tmp_path: Path) -> None:
    set_up_sender(world.ctx(world.admin), world.worker.user_id)
    bird = Canaries()
    case_id, numbers = _family(world, bird)
    assert len(bird.planted) >= 40
    ctx = world.ctx()
    with_names = documents.generate_document(ctx, case_id, DocumentKind.SUMMARY)
    without = documents.generate_document(ctx, case_id, DocumentKind.SUMMARY,
                                          documents.DocumentOptions(with_children=False))
    full_path, parent_path = tmp_path / "full.pdf", tmp_path / "forelder.pdf"
    documents.save_document(ctx, with_names, full_path)
    documents.save_document(ctx, without, parent_path)
    full, parent_only = _pdf_text(full_path), _pdf_text(parent_path)

    printed = {field: word for field, word in bird.planted.items() if word.casefold() in full}
    assert {"bekymring.beskrivelse", "observasjon", "tiltak", "barn.navn0", "samtykke.formål",
            "svar.parent_situation.None", "drøfting.innhold", "avslutning"} <= set(printed)
    leaks = [field for field, word in bird.planted.items() if word.casefold() in parent_only]
    assert leaks == []
    assert not [n for n in numbers if n in parent_only]
    assert "ánde".casefold() + "guttorm" in parent_only and "barn1" in parent_only
    assert "utelatt" in parent_only
