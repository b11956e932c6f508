"""Issue 15: deadlines come from the "frister" file and scale sizes from the scale files, so a
municipality's own folder changes them without code; the file's own settings still win."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from barnearket.domain.forms import load_standard_library, shipped_forms_dir
from barnearket.domain.model import ChildDetails
from barnearket.services import children, concerns
from barnearket.services.settings import RULE_PREFIX, form_rules, load_rules
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.meta import set_meta
from tests.services.support import World, new_case


def _ten_days(tmp_path: Path) -> Path:
    text = (shipped_forms_dir() / "frister.v1.toml").read_text(encoding="utf-8")
    assert 'id = "decision_days"' in text and "value = 14" in text
    (tmp_path / "frister.v1.toml").write_text(text.replace("value = 14", "value = 10", 1), encoding="utf-8")
    return tmp_path


def test_the_shipped_forms_give_the_national_defaults() -> None:
    values = form_rules(load_standard_library())
    assert values["decision_days"] == 14 and values["feedback_days"] == 21
    assert (values["child_scale_levels"], values["parent_scale_levels"]) == (4, 4)


def test_a_local_deadline_sets_the_decision_date_of_a_new_concern(world: World, tmp_path: Path) -> None:
    forms = load_standard_library([_ten_days(tmp_path)])
    ctx = replace(world.ctx(), forms=forms)
    assert load_rules(world.session, forms).decision_days == 10
    case_id = new_case(world, "Ánde Ŋuolas")
    child = children.add_child(ctx, case_id, ChildDetails(name="Siri Ŋuolas", birth_date=date(2016, 4, 2)))
    concern_id = concerns.open_concern(ctx, case_id, child, level=2, arose_on=world.today)
    assert load_concern(world.session, concern_id).decision_due == world.today + timedelta(days=10)


def test_the_case_files_own_setting_wins_over_the_forms(world: World, tmp_path: Path) -> None:
    forms = load_standard_library([_ten_days(tmp_path)])
    set_meta(world.session, RULE_PREFIX + "decision_days", "12")
    assert load_rules(world.session, forms).decision_days == 12
    assert load_rules(world.session).decision_days == 12
