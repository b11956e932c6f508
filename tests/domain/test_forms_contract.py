"""Issue 15, point 1: the declared contract between forms and code, checked when the forms load."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.forms import FormError, load_library, load_standard_library, shipped_forms_dir
from barnearket.domain.forms.contract import NOT_YET_STORED, STEP_FIELDS, check_contract
from barnearket.domain.forms.model import StepGuide
from barnearket.ui.concern.adapters import STORED

EXTRA_QUESTION = '''
[[steps.questions]]
id = "seen_by_others"
type = "yes_no"
label = "Har andre sett det samme?"
help = "Svar ja hvis en kollega har sett det samme."
'''


def steps_text() -> str:
    return (shipped_forms_dir() / "bekymring.v1.toml").read_text(encoding="utf-8")


def local(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "kommune"
    folder.mkdir(exist_ok=True)
    (folder / "bekymring.v1.toml").write_text(text, encoding="utf-8")
    return folder


def with_extra_question(text: str, before_step: str = "share") -> str:
    """The step before `before_step` (step 2, concretise, by default) gets one more question, placed
    after its last shipped one."""
    marker = f'[[steps]]\nid = "{before_step}"'
    assert marker in text
    return text.replace(marker, EXTRA_QUESTION.lstrip() + "\n" + marker, 1)


def test_the_shipped_forms_fit_the_contract_with_no_unstored_step_question() -> None:
    report = check_contract(load_standard_library())
    assert report.ok, report.problems
    assert "spørsmålet 'has_children' i 'barnearket': choice" in report.checked
    assert "skala 'bekymringsskala_barn': 4 nivåer" in report.checked
    assert sorted(report.notes) == sorted(
        f"spørsmålet '{q}' i steget '{s}' lagres ikke ennå" for s, qs in NOT_YET_STORED.items() for q in qs)


def test_every_shipped_step_question_is_either_stored_or_a_named_gap() -> None:
    guide = load_standard_library().latest_as("bekymring", StepGuide)
    for step in guide.steps:
        declared = set(STEP_FIELDS[step.id]) | NOT_YET_STORED.get(step.id, frozenset())
        assert {q.id for q in step.questions} == declared, step.id


def test_the_ui_only_stores_questions_the_contract_maps_to_a_field() -> None:
    for step_id, questions in STORED.items():
        assert set(questions) <= set(STEP_FIELDS[step_id]), step_id


def test_a_question_added_to_an_entry_step_is_kept_as_its_own_answer(tmp_path: Path) -> None:
    library = load_standard_library([local(tmp_path, with_extra_question(steps_text()))])
    report = check_contract(library)
    assert report.ok, report.problems
    assert "spørsmålet 'seen_by_others' i steget 'concretise' lagres som eget svar" in report.checked


def test_a_step_question_with_nowhere_to_be_stored_is_refused_at_load(tmp_path: Path) -> None:
    folder = local(tmp_path, with_extra_question(steps_text(), before_step="closure"))
    with pytest.raises(FormError) as caught:
        load_standard_library([folder])
    assert "seen_by_others" in caught.value.problem
    assert "gått tapt" in caught.value.problem
    assert caught.value.path == folder / "bekymring.v1.toml"


def test_a_question_the_code_reads_with_another_type_is_refused(tmp_path: Path) -> None:
    text = steps_text()
    start = text.index('id = "observed_on"')
    text = text[:start] + text[start:].replace('type = "date"', 'type = "text"', 1)
    with pytest.raises(FormError) as caught:
        load_standard_library([local(tmp_path, text)])
    assert caught.value.problem == "spørsmålet 'observed_on' i steget 'concretise' har type 'text', " \
                                   "programmet venter 'date'"


def test_a_missing_question_is_reported_without_stopping_the_report(tmp_path: Path) -> None:
    text = steps_text().replace('id = "responsible"', 'id = "responsible_person"', 1)
    library = load_library([shipped_forms_dir(), local(tmp_path, text)])
    report = check_contract(library)
    messages = [p.message for p in report.problems]
    assert "spørsmålet 'responsible' i steget 'follow_up' mangler (programmet leser det)" in messages
    assert any("'responsible_person'" in m and "gått tapt" in m for m in messages)
    assert "frist 'decision_days' i 'frister'" in report.checked


def test_the_enum_backed_options_match_the_code_and_its_labels() -> None:
    from barnearket.domain.forms.contract import ENUM_OPTIONS
    from barnearket.domain.model import ActionStatus, ConsultationWith, DecisionOutcome, label

    enums = {"consulted_with": ConsultationWith, "outcome": DecisionOutcome, "action_status": ActionStatus}
    assert {q: {m.value for m in enum} for q, enum in enums.items()} == {
        q: set(values) for (_, q), values in ENUM_OPTIONS.items()}
    library = load_standard_library()
    share = library.latest_as("bekymring", StepGuide).step("share")
    question = next(q for q in share.questions if q.id == "consulted_with")
    for option in library.options_for(question):
        assert label(ConsultationWith(option.id)) == option.label  # no drift between form and code


def test_a_choice_option_the_code_cannot_store_is_refused(tmp_path: Path) -> None:
    other = '{ id = "other", label = "Andre", label_nn = "Andre", label_en = "Others" },'
    text = steps_text().replace(other, other + '\n  { id = "helsesykepleier", label = "Hs" },', 1)
    with pytest.raises(FormError) as caught:
        load_standard_library([local(tmp_path, text)])
    assert "'helsesykepleier' kan ikke lagres" in caught.value.problem
