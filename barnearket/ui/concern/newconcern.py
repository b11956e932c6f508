"""Opening a new concern: which child, and step 1 (date, first description, categories, level)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from barnearket.domain.forms import StepGuide
from barnearket.domain.model import Case, JsonValue, Scale
from barnearket.services.concerns import open_concern
from barnearket.services.context import ServiceContext
from barnearket.ui.concern.adapters import day, text
from barnearket.ui.concern.formbox import FormBox
from barnearket.ui.concern.levels import Scales
from barnearket.ui.concern.questions import child_question
from barnearket.ui.context import UiContext
from barnearket.ui.widgets import qtr


class NewConcernBox(FormBox):
    """The form for a new concern about one of the case's children; `done` carries the new id."""

    def __init__(self, ctx: UiContext, guide: StepGuide, case: Case, parent: QWidget | None = None) -> None:
        self._scales = Scales(ctx.library)
        questions = (child_question(case.children), *guide.steps[0].questions)
        super().__init__(
            ctx,
            questions,
            title=qtr("NewConcernBox", "Ny bekymring"),
            button_text=qtr("NewConcernBox", "Opprett bekymringen"),
            submit=self._open,
            parent=parent,
        )
        self.target_id = case.id
        self.form.set_answers({"arose_on": ctx.clock.today().isoformat()})

    def _open(self, sctx: ServiceContext, case_id: int, answers: Mapping[str, JsonValue]) -> int:
        categories = answers.get("categories")
        return open_concern(
            sctx,
            case_id,
            int(text(answers, "child_id")),
            level=self._scales.value(Scale.CHILD, answers.get("child_level")) or 1,
            arose_on=day(answers, "arose_on"),
            description=text(answers, "first_description"),
            categories=[str(c) for c in categories] if isinstance(categories, list) else [],
            parent_level=self._scales.value(Scale.PARENT, answers.get("parent_level")),
        )
