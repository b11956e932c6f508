"""The shipped definitions in forms/ load, are complete, and say what the product needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.forms import (
    FormLibrary,
    ItemList,
    Kind,
    OutcomeList,
    QuestionType,
    RuleSet,
    Scale,
    Sheet,
    StepGuide,
    load_form,
    shipped_forms_dir,
    visible,
)
from barnearket.domain.forms.standard import STANDARD_FORMS, STEP_IDS

SHIPPED = sorted(shipped_forms_dir().glob("*.toml"))


def test_shipped_folder_is_the_repository_forms_folder() -> None:
    assert shipped_forms_dir() == Path(__file__).resolve().parents[2] / "forms"
    assert len(SHIPPED) >= len(STANDARD_FORMS)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_file_loads_on_its_own(path: Path) -> None:
    form = load_form(path)
    assert form.source == path
    assert path.name == f"{form.id}.v{form.version}.toml"


def test_library_has_every_kind_and_standard_file(library: FormLibrary) -> None:
    assert library.kinds() == frozenset(Kind)
    for form_id, kind in STANDARD_FORMS.items():
        assert library.latest(form_id).kind is kind


def test_sheet_questions_all_have_label_help_and_a_used_topic(library: FormLibrary) -> None:
    sheet = library.latest_as("barnearket", Sheet)
    questions = list(sheet.questions())
    assert all(q.label and q.help and q.topic for q in questions)
    assert {t.id for t in sheet.topics} == {q.topic for q in questions}
    assert all(t.prompt for t in sheet.topics)


def test_sheet_gate_question_has_the_four_answers(library: FormLibrary) -> None:
    sheet = library.latest_as("barnearket", Sheet)
    gate = sheet.question("has_children")
    assert gate.label == "Har brukeren barn under 18 år?"
    assert [o.id for o in gate.options] == ["ja", "nei", "vil_ikke_svare", "ukjent"]
    assert sheet.question("has_minor_siblings").required


def test_sheet_per_child_section_covers_the_product_topics(library: FormLibrary) -> None:
    sheet = library.latest_as("barnearket", Sheet)
    child = next(s for s in sheet.sections if s.per_child)
    ids = {q.id for q in child.questions}
    assert {
        "child_knows", "who_told_child", "child_experience", "information_need", "information_plan",
        "information_responsible", "followup_need", "followup_plan", "followup_responsible",
        "caring_tasks", "contingency", "cooperation_wanted", "services_involved", "kindergarten_school",
    } <= ids  # fmt: skip
    assert sheet.question("services_involved").type is QuestionType.SERVICE_LIST
    assert sheet.question("talked_about").type is QuestionType.LONG_TEXT


def test_who_told_the_child_is_asked_only_when_the_child_knows(library: FormLibrary) -> None:
    child = next(s for s in library.latest_as("barnearket", Sheet).sections if s.per_child)
    for knows, shown in [("ja", True), ("delvis", True), ("nei", False), ("vet_ikke", False)]:
        ids = {q.id for q in visible(child.questions, {"child_knows": knows}).questions}
        assert ("who_told_child" in ids) is shown


def test_steps_are_the_seven_in_order_with_why_and_done(library: FormLibrary) -> None:
    guide = library.latest_as("bekymring", StepGuide)
    assert tuple(s.id for s in guide.steps) == STEP_IDS
    assert [s.number for s in guide.steps] == list(range(1, 8))
    assert all(s.why and s.done_when is not None and s.questions for s in guide.steps)
    assert {s.id for s in guide.steps if s.repeats} == {"concretise", "share", "conversation", "follow_up"}


@pytest.mark.parametrize("scale_id", ["bekymringsskala_barn", "bekymringsskala_foresatte"])
def test_scales_have_four_levels_in_two_bands_and_report_at_the_top(
    library: FormLibrary, scale_id: str
) -> None:
    scale = library.latest_as(scale_id, Scale)
    assert [b.label for b in scale.bands] == ["Vær oppmerksom", "Grunn til bekymring"]
    assert [lv.band for lv in scale.levels] == ["vaer_oppmerksom"] * 2 + ["grunn_til_bekymring"] * 2
    assert scale.reporting_levels() == (scale.levels[-1],)
    assert all(lv.description for lv in scale.levels)
    assert scale.subject == ("child" if scale_id.endswith("barn") else "parent")


def test_outcomes_are_bti_levels_with_consent_and_report_flags(library: FormLibrary) -> None:
    outcomes = library.latest_as("bti_nivaer", OutcomeList).outcomes
    assert [o.id for o in outcomes] == ["close", "own_unit", "cooperate", "report"]
    assert [o.level for o in outcomes] == [0, 1, 2, 3]
    assert [o.requires_consent for o in outcomes] == [False, False, True, False]
    assert [o.is_report for o in outcomes] == [False, False, False, True]


def test_categories_cover_the_proposed_list(library: FormLibrary) -> None:
    ids = {i.id for i in library.latest_as("kategorier", ItemList).items}
    assert {
        "alkohol", "narkotika", "legemidler", "pengespill", "psykisk_sykdom", "somatisk_sykdom",
        "vold_i_hjemmet", "selvmordsfare", "okonomisk_vold", "omsorgssvikt", "rus_svangerskap",
        "fasd", "kriminalitet", "barnets_rus", "seksuell_utnytting", "dataspill", "sproytebruk", "dodsfall",
    } <= ids  # fmt: skip


def test_services_directory_has_the_usual_services_and_no_invented_numbers(library: FormLibrary) -> None:
    services = library.latest_as("tjenester", ItemList)
    ids = {i.id for i in services.items}
    assert {
        "barnevern", "barnevernvakt", "helsestasjon", "skolehelsetjenesten", "ppt", "bup", "fastlege",
        "nav", "skole", "barnehage", "spesialisthelsetjenesten", "voksenpsykiatri", "tsb", "politi",
        "krisesenter", "barnegruppe",
    } <= ids  # fmt: skip
    assert {i.phone for i in services.items} == {None, "112"}
    assert {i.id for i in services.items if i.acute} == {"barnevernvakt", "politi"}


def test_default_rules(library: FormLibrary) -> None:
    rules = library.latest_as("frister", RuleSet)
    names = ("decision_days", "assessment_days", "feedback_days", "chase_days")
    assert [rules.value(name) for name in names] == [14, 7, 21, 21]


def test_purposes_and_option_sources_resolve(library: FormLibrary) -> None:
    assert library.latest_as("samtykkeformal", ItemList).items
    guide = library.latest_as("bekymring", StepGuide)
    outcome = guide.question("outcome")
    assert [o.id for o in library.options_for(outcome)] == ["close", "own_unit", "cooperate", "report"]
    assert library.option_label(guide.question("child_level"), "barn_meld") is not None
