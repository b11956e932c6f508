"""Use cases for a concern as a whole: open it, move its level, edit it, close and reopen it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.model import ConcernStatus, Scale, StatusChange, Step
from barnearket.domain.rules.closure import check_close, check_reopen, closing_notes
from barnearket.domain.rules.deadlines import decision_due_from
from barnearket.domain.rules.levels import check_level
from barnearket.domain.rules.notes import Note
from barnearket.services import common
from barnearket.services.context import ServiceContext
from barnearket.services.progress import refresh
from barnearket.services.settings import load_rules
from barnearket.storage import versions
from barnearket.storage.audit import AuditAction
from barnearket.storage.mapping import load_concern
from barnearket.storage.orm.children import ChildRow
from barnearket.storage.orm.concerns import (
    ConcernCategoryRow,
    ConcernEventRow,
    ConcernRow,
    LevelChangeRow,
)


def open_concern(ctx: ServiceContext, case_id: int, child_id: int, *, level: int,
                 arose_on: date | None = None, categories: Iterable[str] = (), description: str = "",
                 parent_level: int | None = None) -> int:
    """Open a concern about one child of the case; the date it arose starts the decision clock."""
    common.case_row(ctx, case_id)
    child = common.get(ctx, ChildRow, child_id, "Fant ikke barnet.")
    if child.case_id != case_id:
        raise ValidationError("Barnet hører ikke til denne saken.", field="child_id")
    rules = load_rules(ctx.session, ctx.forms)
    check_level(level, Scale.CHILD, rules)
    if parent_level is not None:
        check_level(parent_level, Scale.PARENT, rules)
    start = common.day(ctx, arose_on, "arose_on")
    row = ConcernRow(
        case_id=case_id, child_id=child_id, arose_on=start, description=common.note(description),
        level=level, parent_level=parent_level, status=ConcernStatus.OPEN, step=Step.AROSE,
        decision_due=decision_due_from(start, rules), created_at=ctx.clock.now(),
        created_by=ctx.actor.user_id,
    )
    ctx.session.add(row)
    ctx.session.flush()
    _set_categories(ctx, row.id, categories)
    _level_change(ctx, row.id, Scale.CHILD, level, "")
    if parent_level is not None:
        _level_change(ctx, row.id, Scale.PARENT, parent_level, "")
    common.touch(ctx, case_id)
    common.log(ctx, AuditAction.CREATE, "concern", row.id,
               ["child_id", "arose_on", "level", "parent_level", "categories", "description"])
    return row.id


def set_level(ctx: ServiceContext, concern_id: int, level: int, *, scale: Scale = Scale.CHILD,
              note: str = "", base: int | None = None) -> int:
    """Move the concern on the child (or parent) scale; the change is kept in the history.

    `base` is the concern's version the person saw; an older one is refused (`EditConflictError`), unless
    the level stored meanwhile is the very one chosen. Returns the concern's version after the change.
    """
    row = common.concern_row(ctx, concern_id)
    check_level(level, scale, load_rules(ctx.session, ctx.forms))
    if level == (row.level if scale is Scale.CHILD else row.parent_level):
        return row.row_version  # already so: nothing to store, nothing to decide
    versions.based_on(row, base)
    if scale is Scale.CHILD:
        row.level = level
    else:
        row.parent_level = level
    _level_change(ctx, concern_id, scale, level, common.note(note))
    common.touch(ctx, row.case_id)
    common.log(ctx, AuditAction.UPDATE, "concern", concern_id,
               ["level" if scale is Scale.CHILD else "parent_level", "levels"])
    ctx.session.flush()
    return row.row_version


def update_concern(ctx: ServiceContext, concern_id: int, *, description: str | None = None,
                   categories: Iterable[str] | None = None, arose_on: date | None = None,
                   base: int | None = None) -> list[str]:
    """Edit the description, categories or start date (which moves the decision due date); `base` as
    for `set_level`."""
    row = common.concern_row(ctx, concern_id)
    values: dict[str, object] = {}
    if description is not None:
        values["description"] = common.note(description)
    if arose_on is not None:
        values["arose_on"] = common.day(ctx, arose_on, "arose_on")
        values["decision_due"] = decision_due_from(arose_on, load_rules(ctx.session, ctx.forms))
    if any(getattr(row, k) != v for k, v in values.items()):
        versions.based_on(row, base)
    names = common.changed(row, values)
    if categories is not None and _set_categories(ctx, concern_id, categories):
        names.append("categories")
    if names:
        common.touch(ctx, row.case_id)
        common.log(ctx, AuditAction.UPDATE, "concern", concern_id, names)
    return names


def close_concern(ctx: ServiceContext, concern_id: int, reason: str, *, on: date | None = None) -> list[Note]:
    """Close the concern with a reason (who closes it is the actor); returns reminders, never blocks."""
    row = common.concern_row(ctx, concern_id)
    concern = load_concern(ctx.session, concern_id)
    day, why = ctx.clock.today() if on is None else on, common.note(reason)
    check_close(concern, reason=why, by=ctx.actor.user_id, on=day, today=ctx.clock.today())
    _change_status(ctx, row, StatusChange.CLOSED, day, why)
    return closing_notes(concern)


def reopen_concern(ctx: ServiceContext, concern_id: int, reason: str, *, on: date | None = None) -> None:
    """Reopen a closed concern with a reason."""
    row = common.concern_row(ctx, concern_id)
    day, why = ctx.clock.today() if on is None else on, common.note(reason)
    check_reopen(load_concern(ctx.session, concern_id), reason=why, on=day, today=ctx.clock.today())
    _change_status(ctx, row, StatusChange.REOPENED, day, why)


def _change_status(ctx: ServiceContext, row: ConcernRow, kind: StatusChange, day: date, why: str) -> None:
    ctx.session.add(ConcernEventRow(concern_id=row.id, kind=kind, occurred_on=day,
                                    by_id=ctx.actor.user_id, reason=why, at=ctx.clock.now()))
    row.status = ConcernStatus.CLOSED if kind is StatusChange.CLOSED else ConcernStatus.OPEN
    refresh(ctx, row)
    common.touch(ctx, row.case_id)
    common.log(ctx, AuditAction.UPDATE, "concern", row.id, ["status", "history"])


def _level_change(ctx: ServiceContext, concern_id: int, scale: Scale, level: int, note: str) -> None:
    ctx.session.add(LevelChangeRow(concern_id=concern_id, scale=scale, level=level,
                                   at=ctx.clock.now(), by_id=ctx.actor.user_id, note=note))


def _set_categories(ctx: ServiceContext, concern_id: int, categories: Iterable[str]) -> bool:
    wanted = common.ids(categories, "categories")
    return common.replace_ids(ctx, ConcernCategoryRow.concern_id, concern_id,
                              ConcernCategoryRow.category_id, wanted)
