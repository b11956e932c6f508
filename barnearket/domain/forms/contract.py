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
from barnearket.domain.language import t

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
    """One way a folder breaks the contract: the file id it concerns, a message in the program's language."""

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
            report.checked.append(t("fil '{form}' versjon {version} ({kind})", form=form_id,
                                    version=form.version, kind=kind))
        else:
            report.problems.append(Problem(form_id, t("mangler standardfilen '{form}' med kind '{kind}'",
                                                      form=form_id, kind=kind)))
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
        report.checked.append(t("skala '{scale}': {count} nivåer", scale=scale_id, count=len(scale.levels)))
    return report


def _expect(report: ContractReport, form_id: str, where: str, found: QuestionType | None,
            wanted: QuestionType) -> None:
    if found is None:
        report.problems.append(Problem(form_id, t("{where} mangler (programmet leser det)", where=where)))
    elif found is not wanted:
        report.problems.append(Problem(form_id, t("{where} har type '{found}', programmet venter '{wanted}'",
                                                  where=where, found=found, wanted=wanted)))
    else:
        report.checked.append(f"{where}: {wanted}")


def _check_sheet(sheet: Sheet, report: ContractReport) -> None:
    types = {q.id: q.type for q in sheet.questions()}
    for question_id, wanted in SHEET_QUESTIONS.items():
        where = t("spørsmålet '{question}' i '{form}'", question=question_id, form=SHEET_ID)
        _expect(report, SHEET_ID, where, types.get(question_id), wanted)


def _check_steps(guide: StepGuide, report: ContractReport) -> None:
    steps = {s.id: s for s in guide.steps}
    for step_id in STEP_IDS:
        step = steps.get(step_id)
        if step is None:
            report.problems.append(Problem(STEPS_ID, t("steget '{step}' mangler i '{form}'", step=step_id,
                                                       form=STEPS_ID)))
            continue
        types = {q.id: q.type for q in step.questions}
        fields = STEP_FIELDS.get(step_id, {})
        for question_id, wanted in fields.items():
            where = t("spørsmålet '{question}' i steget '{step}'", question=question_id, step=step_id)
            _expect(report, STEPS_ID, where, types.get(question_id), wanted)
        for question_id in types:
            if question_id in fields:
                continue
            if question_id in NOT_YET_STORED.get(step_id, frozenset()):
                report.notes.append(t("spørsmålet '{question}' i steget '{step}' lagres ikke ennå",
                                      question=question_id, step=step_id))
            elif step_id in ANSWER_STEPS:
                report.checked.append(t("spørsmålet '{question}' i steget '{step}' lagres som eget svar",
                                        question=question_id, step=step_id))
            else:
                report.problems.append(Problem(
                    STEPS_ID, t("spørsmålet '{question}' i steget '{step}' har ikke noe sted å lagres; "
                                "svaret ville gått tapt", question=question_id, step=step_id)))
    for step_id in steps.keys() - set(STEP_IDS):
        message = t("steget '{step}' i '{form}' er ukjent for programmet", step=step_id, form=STEPS_ID)
        report.problems.append(Problem(STEPS_ID, message))


def _check_options(library: FormLibrary, guide: StepGuide, report: ContractReport) -> None:
    steps = {s.id: s for s in guide.steps}
    for (step_id, question_id), known in ENUM_OPTIONS.items():
        step = steps.get(step_id)
        question = next((q for q in step.questions if q.id == question_id), None) if step else None
        if question is None:
            continue  # reported as missing above
        unknown = sorted({o.id for o in library.options_for(question)} - known)
        where = t("svaralternativene til '{question}' i steget '{step}'", question=question_id, step=step_id)
        if unknown:
            message = t("{where}: '{option}' kan ikke lagres av programmet", where=where, option=unknown[0])
            report.problems.append(Problem(STEPS_ID, message))
        else:
            report.checked.append(t("{where} er kjente for programmet", where=where))


def _check_rules(rules: RuleSet, report: ContractReport) -> None:
    known = {r.id for r in rules.rules}
    for rule_id in RULE_IDS:
        if rule_id in known:
            report.checked.append(t("frist '{rule}' i '{form}'", rule=rule_id, form=RULES_ID))
        else:
            report.problems.append(Problem(RULES_ID, t("fristen '{rule}' mangler i '{form}'", rule=rule_id,
                                                       form=RULES_ID)))


def _check_question_set(library: FormLibrary, form: QuestionSet, report: ContractReport) -> None:
    declared = QUESTION_SETS[form.id]
    types = {q.id: q.type for q in form.questions}
    for question_id, wanted in declared.items():
        _expect(report, form.id, t("spørsmålet '{question}' i '{form}'", question=question_id, form=form.id),
                types.get(question_id), wanted)
    for question in form.questions:
        where = t("spørsmålet '{question}' i '{form}'", question=question.id, form=form.id)
        if question.id not in declared:
            message = t("{where} har ikke noe sted å lagres; svaret ville gått tapt", where=where)
            report.problems.append(Problem(form.id, message))
            continue
        by_program = (form.id, question.id) in PROGRAM_OPTIONS
        open_choice = question.type is Q.CHOICE and not question.options and question.options_from is None
        if by_program and not open_choice:
            filled = t("{where}: svaralternativene fylles inn av programmet", where=where)
            report.problems.append(Problem(form.id, filled))
        elif open_choice and not by_program:
            missing = t("{where} trenger 'options' eller 'options_from'", where=where)
            report.problems.append(Problem(form.id, missing))
        known = SET_ENUM_OPTIONS.get((form.id, question.id))
        if known is not None:
            _check_known_options(library, form.id, question, known, where, report)


def _check_known_options(library: FormLibrary, form_id: str, question: Question, known: frozenset[str],
                         where: str, report: ContractReport) -> None:
    unknown = sorted({o.id for o in library.options_for(question)} - known)
    if unknown:
        message = t("svaralternativene til {where}: '{option}' kan ikke lagres av programmet", where=where,
                    option=unknown[0])
        report.problems.append(Problem(form_id, message))
    else:
        report.checked.append(t("svaralternativene til {where} er kjente for programmet", where=where))
