"""The pregnancy path's services: the plan is due a set number of months before the due date, the
municipality changes that number in its own «frister» file, and only unborn children have a path."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.forms.load import load_standard_library
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.domain.model import ChildDetails, Parent, ReportRecipient
from barnearket.domain.rules.pregnancy import months_before, plan_due, plan_late
from barnearket.services.cases import create_case
from barnearket.services.children import add_child
from barnearket.services.context import ServiceContext
from barnearket.services.pregnancy import load_pregnancy, plan_due_for, start_pregnancy_report
from barnearket.services.units import add_unit


def test_months_before_keeps_the_day_or_takes_the_months_last() -> None:
    assert months_before(date(2026, 6, 15), 3) == date(2026, 3, 15)
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2026, 2, 10), 3) == date(2025, 11, 10)
    assert plan_due(None, 3) is None
    assert plan_late(date(2026, 6, 15), None, 3, date(2026, 3, 16))
    assert not plan_late(date(2026, 6, 15), None, 3, date(2026, 3, 15))
    assert not plan_late(date(2026, 6, 15), date(2026, 3, 20), 3, date(2026, 4, 1))


def _unborn(ctx: ServiceContext, due: date) -> tuple[int, int]:
    unit = add_unit(ctx, name="Rustjenesten", service="rus")
    case_id = create_case(ctx, unit_id=unit, parent=Parent(name="Ánde Đuommá"))
    child = add_child(ctx, case_id, ChildDetails(name="Ufødt", unborn=True, due_date=due))
    born = add_child(ctx, case_id, ChildDetails(name="Sárá Đuommá"))
    return child, born


def test_municipality_changes_the_months_in_its_own_rule_file(ctx: ServiceContext, tmp_path: Path) -> None:
    child, _born = _unborn(ctx, date(2027, 6, 15))
    standard = replace(ctx, forms=load_standard_library())
    assert plan_due_for(standard, load_pregnancy(standard, child)) == date(2027, 3, 15)
    local = tmp_path / "skjema"
    local.mkdir()
    text = (shipped_forms_dir() / "frister.v1.toml").read_text("utf-8")
    head, tail = text.split('id = "pregnancy_plan_months"')
    tail = tail.replace("value = 3", "value = 4", 1)
    (local / "frister.v1.toml").write_text(head + 'id = "pregnancy_plan_months"' + tail, "utf-8")
    municipal = replace(ctx, forms=load_standard_library([local]))
    assert plan_due_for(municipal, load_pregnancy(municipal, child)) == date(2027, 2, 15)


def test_only_an_unborn_child_has_a_path_and_the_report_needs_a_pregnancy_recipient(
        ctx: ServiceContext) -> None:
    child, born = _unborn(ctx, date(2027, 6, 15))
    with pytest.raises(ValidationError, match="ikke er født"):
        load_pregnancy(ctx, born)
    with pytest.raises(ValidationError, match="sosialtjenesten eller spesialisthelsetjenesten"):
        start_pregnancy_report(ctx, child, ReportRecipient.BARNEVERN)
    concern, report = start_pregnancy_report(ctx, child, ReportRecipient.SPESIALIST_SVANGERSKAP)
    again, second = start_pregnancy_report(ctx, child, ReportRecipient.SOSIAL_SVANGERSKAP)
    assert again == concern and second != report, "the open concern about the child is reused"
