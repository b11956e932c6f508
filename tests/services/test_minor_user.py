"""A user under 18: the case says so, and she can be the subject of a concern and a report herself."""

from __future__ import annotations

from datetime import date

import pytest

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import Parent, Relation, ReportRecipient
from barnearket.domain.rules.minor import user_age, user_as_child, user_is_minor
from barnearket.services import concerns, reports
from barnearket.services.cases import create_case
from barnearket.services.minor import user_as_child_id
from tests.services.support import World, allow_synthetic, new_case, reloaded


def test_a_sixteen_year_old_user_gets_the_report_path_for_herself(world: World) -> None:
    born = date(world.today.year - 16, 1, 5)
    case_id = create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Sunná Ŋuolas", birth_date=born))
    case = reloaded(world, case_id)
    assert user_is_minor(case, world.today) and user_age(case, world.today) == 16
    own = user_as_child_id(world.ctx(), case_id)
    assert user_as_child_id(world.ctx(), case_id) == own
    me = user_as_child(reloaded(world, case_id))
    assert me is not None and me.id == own
    assert (me.details.name, me.details.relation, me.birth_date) == ("Sunná Ŋuolas", Relation.SELF, born)
    concern = concerns.open_concern(world.ctx(), case_id, own, level=4, description="Gravid, ruser seg.")
    report = reports.draft_report(world.ctx(), concern, ReportRecipient.BARNEVERN)
    assert reports.complete_report(world.ctx(), report).can_complete


def test_the_age_comes_from_the_identity_number_too(world: World) -> None:
    allow_synthetic(world)
    from barnearket.domain.synthetic import SyntheticPeople

    number = SyntheticPeople(3).identity_number(date(world.today.year - 17, 2, 1))
    case_id = create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Áilu", identity_number=number))
    assert user_is_minor(reloaded(world, case_id), world.today)
    me = user_as_child(reloaded(world, case_id)) if user_as_child_id(world.ctx(), case_id) else None
    assert me is not None and me.details.identity_number == number


def test_an_adult_or_unknown_age_user_is_not_offered_it(world: World) -> None:
    per = Parent(name="Per", birth_date=date(1980, 1, 1))
    adult = create_case(world.ctx(), unit_id=world.rus, parent=per)
    assert not user_is_minor(reloaded(world, adult), world.today)
    assert not user_is_minor(reloaded(world, new_case(world)), world.today)
    eighteen = date(world.today.year - 18, world.today.month, world.today.day)
    grown = create_case(world.ctx(), unit_id=world.rus, parent=Parent(name="Kari", birth_date=eighteen))
    assert not user_is_minor(reloaded(world, grown), world.today)
    with pytest.raises(ValidationError, match="under 18"):
        user_as_child_id(world.ctx(), adult)
