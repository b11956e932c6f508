"""Corrections say who, when and why (issue 18, point 2); free-text answers of a completed
conversation can be corrected the same way, and nothing else of the sheet can."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from barnearket.domain.errors import ReadOnlyCaseError, ValidationError
from barnearket.domain.forms import load_standard_library
from barnearket.domain.model import ChildDetails, ConsultationWith, GateAnswer
from barnearket.services import children, concerns, corrections, steps
from barnearket.services.answer_corrections import correct_answer, split_trail
from barnearket.services.cases import answer_gate, close_case
from barnearket.services.context import ServiceContext
from barnearket.services.sheets import answer_question, complete_sheet, start_sheet
from barnearket.services.transfer import transfer_case
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.sheets import SheetAnswerRow
from tests.services.support import World, assert_audit_clean, new_case

OLD, NEW, WHY = "Mor jobber natt og sover om dagen", "Mor jobber kveld og sover til ti", "Feil vakt notert"


def _ctx(world: World) -> ServiceContext:
    ctx = world.ctx()
    return ServiceContext(ctx.session, ctx.actor, ctx.clock, load_standard_library())


def _sheet(world: World) -> tuple[int, int]:
    case_id = new_case(world, "Risten Ŧoavdda")
    answer_gate(world.ctx(), case_id, GateAnswer.JA)
    sheet = start_sheet(world.ctx(), case_id, form_id="barnearket", form_version=1)
    answer_question(_ctx(world), sheet, "parent_situation", OLD)
    answer_question(_ctx(world), sheet, "has_children", "ja")
    return case_id, sheet


def test_a_completed_answer_is_corrected_with_who_when_and_why(world: World) -> None:
    case_id, sheet = _sheet(world)
    with pytest.raises(ValidationError, match="ikke fullført"):
        correct_answer(_ctx(world), sheet, "parent_situation", NEW, reason=WHY)
    complete_sheet(world.ctx(), sheet)
    with pytest.raises(ValidationError, match="hvorfor"):
        correct_answer(_ctx(world), sheet, "parent_situation", NEW, reason=" ")
    with pytest.raises(ValidationError, match="fritekstsvar"):
        correct_answer(_ctx(world), sheet, "has_children", "nei", reason=WHY)
    assert correct_answer(_ctx(world), sheet, "parent_situation", NEW, reason=WHY)
    assert not correct_answer(_ctx(world), sheet, "parent_situation", NEW, reason=WHY)
    world.advance(3)
    assert correct_answer(_ctx(world), sheet, "parent_situation", NEW + ".", reason="Punktum")
    stored = json.loads(world.session.scalars(select(SheetAnswerRow.value).where(
        SheetAnswerRow.question_id == "parent_situation")).one())
    body, trail = split_trail(stored)
    assert body == NEW + "."
    assert f"av Kari Ødegård. Årsak: {WHY}. Før rettingen: «{OLD}»]" in trail
    assert f"Årsak: Punktum. Før rettingen: «{NEW}»]" in trail
    assert trail.count("[Rettet ") == 2
    assert_audit_clean(world.session, [OLD, NEW, WHY])
    close_case(world.ctx(), case_id)
    transfer_case(world.ctx(), case_id, "DOK-3")
    with pytest.raises(ReadOnlyCaseError):
        correct_answer(_ctx(world), sheet, "parent_situation", "Noe annet", reason=WHY)


def test_a_step_correction_names_who_and_why(world: World) -> None:
    case_id = new_case(world, "Risten Ŧoavdda")
    child = children.add_child(world.ctx(), case_id, ChildDetails(name="Heaika Ŧoavdda"))
    concern = concerns.open_concern(world.ctx(), case_id, child, level=2)
    entry = steps.add_observation(world.ctx(), concern, OLD)
    corrections.correct_observation(world.ctx(), entry, NEW, observed_on=None, reason=WHY)
    text = load_concern(world.session, concern).observations[0].text
    assert text.startswith(NEW + "\n\n[Rettet ") and f"av Kari Ødegård. Årsak: {WHY}. Før rettingen" in text
    anonymous = steps.add_consultation(world.ctx(), concern, with_whom=ConsultationWith.BARNEVERN,
                                       anonymous=True, summary="Drøftet uten navn")
    with pytest.raises(ValidationError):
        corrections.correct_consultation(world.ctx(), anonymous, with_whom=ConsultationWith.BARNEVERN,
                                         held_on=None, anonymous=True, counterpart="",
                                         summary="Drøftet uten navn igjen", reason="Risten ba om det")
