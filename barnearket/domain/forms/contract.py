"""The one declared contract between the form files and the code: every id the code reads, with its type.

The loader checks it at start-up and `barnearket forms check DIR` prints it, so a municipality's own
form folder is known to fit the program before it is deployed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from barnearket.domain.forms.catalogs import RuleSet, Scale
from barnearket.domain.forms.library import FormLibrary
from barnearket.domain.forms.model import Question, QuestionSet, QuestionType, Sheet, StepGuide
from barnearket.domain.forms.standard import (
    CHILD_SCALE_ID,
    CONSENT_ID,
    GATE_QUESTION_ID,
    PARENT_SCALE_ID,
    REOPEN_ID,
    RULE_IDS,
    RULES_ID,
    SHEET_ID,
    SIBLINGS_QUESTION_ID,
    STANDARD_FORMS,
    STEP_IDS,
    STEPS_ID,
)

Q = QuestionType

SHEET_QUESTIONS: Mapping[str, QuestionType] = MappingProxyType(
    {GATE_QUESTION_ID: Q.CHOICE, SIBLINGS_QUESTION_ID: Q.CHOICE}
)
"""Sheet questions the code reads by id (the gate that opens the children's part)."""

STEP_FIELDS: Mapping[str, Mapping[str, QuestionType]] = MappingProxyType({
    "arose": {"arose_on": Q.DATE, "first_description": Q.LONG_TEXT, "categories": Q.MULTI_CHOICE,
              "child_level": Q.CHOICE, "parent_level": Q.CHOICE},
    "concretise": {"observed_on": Q.DATE, "observation": Q.LONG_TEXT, "worried_since": Q.TEXT,
                   "earlier_concerns": Q.YES_NO_UNCLEAR},
    "share": {"consulted_on": Q.DATE, "consulted_with": Q.CHOICE, "anonymous": Q.YES_NO,
              "counterpart": Q.TEXT, "summary": Q.LONG_TEXT},
    "conversation": {"held": Q.YES_NO, "not_held_reason": Q.LONG_TEXT, "conversation_on": Q.DATE,
                     "participants": Q.TEXT, "shared": Q.LONG_TEXT,
                     "response": Q.LONG_TEXT, "agreed": Q.LONG_TEXT},
    "decision": {"decided_on": Q.DATE, "outcome": Q.CHOICE, "anchored_with": Q.TEXT,
                 "decision_note": Q.LONG_TEXT, "recipients": Q.SERVICE_LIST},
    "follow_up": {"action": Q.LONG_TEXT, "responsible": Q.TEXT, "deadline": Q.DATE,
                  "evaluate_on": Q.DATE, "action_status": Q.CHOICE, "evaluation": Q.LONG_TEXT},
    "closure": {"closed_on": Q.DATE, "closing_reason": Q.CHOICE, "closing_note": Q.LONG_TEXT},
})
"""Per step: the questions the services store in a field of their own, with the type the code expects."""

ANSWER_STEPS: frozenset[str] = frozenset({"concretise", "share", "conversation", "decision"})
"""Steps whose entries keep answers to questions a local form adds, by question id
(`domain.forms.stepanswers`); a question added to any other step has nowhere to go and is refused."""

NOT_YET_STORED: Mapping[str, frozenset[str]] = MappingProxyType({})
"""Shipped step questions the program does not store yet, named so a gap is visible (none now);
every other unmapped question is refused, never silently dropped."""


ENUM_OPTIONS: Mapping[tuple[str, str], frozenset[str]] = MappingProxyType({
    ("share", "consulted_with"): frozenset({"colleague", "leader", "resource_group", "barnevern", "other"}),
    ("decision", "outcome"): frozenset({"close", "own_unit", "cooperate", "report"}),
    ("follow_up", "action_status"): frozenset({"planned", "ongoing", "done", "stopped"}),
})
"""Step choices the code stores as a fixed set of values (the enums of `domain.model`): a form may
reword or leave out their options, but an option outside the set could not be stored."""

QUESTION_SETS: Mapping[str, Mapping[str, QuestionType]] = MappingProxyType({
    CONSENT_ID: {"answer": Q.CHOICE, "given_by": Q.CHOICE, "consent_child": Q.CHOICE, "purpose": Q.CHOICE,
                 "recipients": Q.SERVICE_LIST, "form": Q.CHOICE, "given_on": Q.DATE, "expires_on": Q.DATE,
                 "note": Q.LONG_TEXT},
    REOPEN_ID: {"reopened_on": Q.DATE, "reopen_reason": Q.LONG_TEXT},
})
"""Per short form of its own (kind 'questions'): every question, stored in a field of its own; a
question outside the list has nowhere to go and is refused. The file decides texts, order and
`required`."""

SET_ENUM_OPTIONS: Mapping[tuple[str, str], frozenset[str]] = MappingProxyType({
    (CONSENT_ID, "answer"): frozenset({"given", "refused"}),
    (CONSENT_ID, "given_by"): frozenset({"parent", "child"}),
    (CONSENT_ID, "form"): frozenset({"written", "oral"}),
})
"""Choices in those forms stored as a fixed set of values (the enums of `domain.model`)."""

PROGRAM_OPTIONS: frozenset[tuple[str, str]] = frozenset({(CONSENT_ID, "consent_child")})
"""Choices whose options the program fills in (the case's children): the file gives only the texts."""


@dataclass(frozen=True)
class Problem:
    """One way a folder breaks the contract: the file id it concerns and a Norwegian message."""

    form_id: str
    message: str


@dataclass
class ContractReport:
    """What was checked (one line each) and what is wrong or only noted, in Norwegian."""

    checked: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the folder fits the contract."""
        return not self.problems


def check_contract(library: FormLibrary) -> ContractReport:
    """Check the latest version of every standard file against the declared ids and types."""
    report = ContractReport()
    for form_id, kind in STANDARD_FORMS.items():
        if form_id in library and library.latest(form_id).kind is kind:
            form = library.latest(form_id)
            report.checked.append(f"fil '{form_id}' versjon {form.version} ({kind})")
        else:
            report.problems.append(Problem(form_id, f"mangler standardfilen '{form_id}' med kind '{kind}'"))
    if not report.ok:
        return report
    _check_sheet(library.latest_as(SHEET_ID, Sheet), report)
    _check_steps(library.latest_as(STEPS_ID, StepGuide), report)
    _check_options(library, library.latest_as(STEPS_ID, StepGuide), report)
    _check_rules(library.latest_as(RULES_ID, RuleSet), report)
    for set_id in QUESTION_SETS:
        _check_question_set(library, library.latest_as(set_id, QuestionSet), report)
    for scale_id in (CHILD_SCALE_ID, PARENT_SCALE_ID):
        scale = library.latest_as(scale_id, Scale)
        report.checked.append(f"skala '{scale_id}': {len(scale.levels)} nivåer")
    return report


def _expect(report: ContractReport, form_id: str, where: str, found: QuestionType | None,
            wanted: QuestionType) -> None:
    if found is None:
        report.problems.append(Problem(form_id, f"{where} mangler (programmet leser det)"))
    elif found is not wanted:
        report.problems.append(Problem(form_id, f"{where} har type '{found}', programmet venter '{wanted}'"))
    else:
        report.checked.append(f"{where}: {wanted}")


def _check_sheet(sheet: Sheet, report: ContractReport) -> None:
    types = {q.id: q.type for q in sheet.questions()}
    for question_id, wanted in SHEET_QUESTIONS.items():
        where = f"spørsmålet '{question_id}' i '{SHEET_ID}'"
        _expect(report, SHEET_ID, where, types.get(question_id), wanted)


def _check_steps(guide: StepGuide, report: ContractReport) -> None:
    steps = {s.id: s for s in guide.steps}
    for step_id in STEP_IDS:
        step = steps.get(step_id)
        if step is None:
            report.problems.append(Problem(STEPS_ID, f"steget '{step_id}' mangler i '{STEPS_ID}'"))
            continue
        types = {q.id: q.type for q in step.questions}
        fields = STEP_FIELDS.get(step_id, {})
        for question_id, wanted in fields.items():
            where = f"spørsmålet '{question_id}' i steget '{step_id}'"
            _expect(report, STEPS_ID, where, types.get(question_id), wanted)
        for question_id in types:
            if question_id in fields:
                continue
            if question_id in NOT_YET_STORED.get(step_id, frozenset()):
                report.notes.append(f"spørsmålet '{question_id}' i steget '{step_id}' lagres ikke ennå")
            elif step_id in ANSWER_STEPS:
                report.checked.append(f"spørsmålet '{question_id}' i steget '{step_id}' lagres som eget svar")
            else:
                report.problems.append(Problem(
                    STEPS_ID, f"spørsmålet '{question_id}' i steget '{step_id}' har ikke noe sted å lagres; "
                    "svaret ville gått tapt"))
    for step_id in steps.keys() - set(STEP_IDS):
        message = f"steget '{step_id}' i '{STEPS_ID}' er ukjent for programmet"
        report.problems.append(Problem(STEPS_ID, message))


def _check_options(library: FormLibrary, guide: StepGuide, report: ContractReport) -> None:
    steps = {s.id: s for s in guide.steps}
    for (step_id, question_id), known in ENUM_OPTIONS.items():
        step = steps.get(step_id)
        question = next((q for q in step.questions if q.id == question_id), None) if step else None
        if question is None:
            continue  # reported as missing above
        unknown = sorted({o.id for o in library.options_for(question)} - known)
        where = f"svaralternativene til '{question_id}' i steget '{step_id}'"
        if unknown:
            message = f"{where}: '{unknown[0]}' kan ikke lagres av programmet"
            report.problems.append(Problem(STEPS_ID, message))
        else:
            report.checked.append(f"{where} er kjente for programmet")


def _check_rules(rules: RuleSet, report: ContractReport) -> None:
    known = {r.id for r in rules.rules}
    for rule_id in RULE_IDS:
        if rule_id in known:
            report.checked.append(f"frist '{rule_id}' i '{RULES_ID}'")
        else:
            report.problems.append(Problem(RULES_ID, f"fristen '{rule_id}' mangler i '{RULES_ID}'"))


def _check_question_set(library: FormLibrary, form: QuestionSet, report: ContractReport) -> None:
    declared = QUESTION_SETS[form.id]
    types = {q.id: q.type for q in form.questions}
    for question_id, wanted in declared.items():
        _expect(report, form.id, f"spørsmålet '{question_id}' i '{form.id}'", types.get(question_id), wanted)
    for question in form.questions:
        where = f"spørsmålet '{question.id}' i '{form.id}'"
        if question.id not in declared:
            message = f"{where} har ikke noe sted å lagres; svaret ville gått tapt"
            report.problems.append(Problem(form.id, message))
            continue
        by_program = (form.id, question.id) in PROGRAM_OPTIONS
        open_choice = question.type is Q.CHOICE and not question.options and question.options_from is None
        if by_program and not open_choice:
            report.problems.append(Problem(form.id, f"{where}: svaralternativene fylles inn av programmet"))
        elif open_choice and not by_program:
            report.problems.append(Problem(form.id, f"{where} trenger 'options' eller 'options_from'"))
        known = SET_ENUM_OPTIONS.get((form.id, question.id))
        if known is not None:
            _check_known_options(library, form.id, question, known, where, report)


def _check_known_options(library: FormLibrary, form_id: str, question: Question, known: frozenset[str],
                         where: str, report: ContractReport) -> None:
    unknown = sorted({o.id for o in library.options_for(question)} - known)
    if unknown:
        report.problems.append(Problem(form_id, f"svaralternativene til {where}: '{unknown[0]}' kan ikke "
                                                "lagres av programmet"))
    else:
        report.checked.append(f"svaralternativene til {where} er kjente for programmet")
