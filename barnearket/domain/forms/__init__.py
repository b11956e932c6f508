"""Versioned form definitions (TOML in `forms/`): typed model, loader, library and answer rules."""

from barnearket.domain.forms.answers import (
    MissingAnswer,
    Visible,
    missing_required,
    sheet_missing,
    step_done,
    step_missing,
    visible,
)
from barnearket.domain.forms.catalogs import (
    Band,
    FormFile,
    Group,
    Item,
    ItemList,
    Level,
    Outcome,
    OutcomeList,
    Rule,
    RuleSet,
    Scale,
)
from barnearket.domain.forms.conditions import (
    AllOf,
    Answered,
    Answers,
    AnswerValue,
    AnyOf,
    Condition,
    NoneOf,
    Not,
    OneOf,
    evaluate,
    is_answered,
)
from barnearket.domain.forms.errors import FormError, FormNotFoundError
from barnearket.domain.forms.library import FormLibrary
from barnearket.domain.forms.load import load_library, load_standard_library
from barnearket.domain.forms.loader import load_form
from barnearket.domain.forms.model import (
    FormBase,
    Kind,
    Option,
    Question,
    QuestionType,
    Section,
    Sheet,
    Step,
    StepGuide,
    Topic,
)
from barnearket.domain.forms.paths import shipped_forms_dir

__all__ = [
    "AllOf", "AnswerValue", "Answered", "Answers", "AnyOf", "Band", "Condition", "FormBase",
    "FormError", "FormFile", "FormLibrary", "FormNotFoundError", "Group", "Item", "ItemList", "Kind",
    "Level", "MissingAnswer", "NoneOf", "Not", "OneOf", "Option", "Outcome", "OutcomeList",
    "Question", "QuestionType", "Rule", "RuleSet", "Scale", "Section", "Sheet", "Step",
    "StepGuide", "Topic", "Visible", "evaluate", "is_answered", "load_form", "load_library",
    "load_standard_library", "missing_required", "sheet_missing", "shipped_forms_dir",
    "step_done", "step_missing", "visible",
]  # fmt: skip
