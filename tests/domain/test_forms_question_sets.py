"""Issue 15, point 1: consent and reopening questions are form files (kind 'questions') under the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.forms import (
    FormError,
    QuestionSet,
    load_library,
    load_standard_library,
    shipped_forms_dir,
)
from barnearket.domain.forms.contract import QUESTION_SETS, SET_ENUM_OPTIONS, check_contract
from barnearket.domain.forms.standard import CONSENT_ID, REOPEN_ID
from barnearket.domain.model import ConsentForm, ConsentGiver, label
from barnearket.domain.model.enums import ConsentAnswer

EXTRA = '''
[[questions]]
id = "witness"
type = "text"
label = "Vitne"
help = "Hvem var til stede da samtykket ble gitt?"
'''


def consent_text() -> str:
    return (shipped_forms_dir() / "samtykke.v1.toml").read_text(encoding="utf-8")


def local(tmp_path: Path, text: str, name: str = "samtykke.v1.toml") -> Path:
    folder = tmp_path / "kommune"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_shipped_question_sets_hold_exactly_the_declared_questions() -> None:
    library = load_standard_library()
    for set_id, declared in QUESTION_SETS.items():
        form = library.latest_as(set_id, QuestionSet)
        assert {q.id: q.type for q in form.questions} == dict(declared)
    report = check_contract(library)
    assert report.ok, report.problems
    assert "spørsmålet 'reopen_reason' i 'gjenapning': long_text" in report.checked


def test_the_enum_options_match_the_code_and_its_labels() -> None:
    enums = {"answer": ConsentAnswer, "given_by": ConsentGiver, "form": ConsentForm}
    assert {q: {m.value for m in enum} for q, enum in enums.items()} == {
        q: set(values) for (_, q), values in SET_ENUM_OPTIONS.items()}
    consent = load_standard_library().latest_as(CONSENT_ID, QuestionSet)
    for question_id, enum in enums.items():
        for option in consent.question(question_id).options:
            assert label(enum(option.id)) == option.label  # no drift between form and code


def test_a_question_with_nowhere_to_be_stored_is_refused_at_load(tmp_path: Path) -> None:
    folder = local(tmp_path, consent_text() + EXTRA)
    with pytest.raises(FormError) as caught:
        load_standard_library([folder])
    assert "'witness'" in caught.value.problem and "gått tapt" in caught.value.problem
    assert caught.value.path == folder / "samtykke.v1.toml"


def test_an_answer_option_the_code_cannot_store_is_refused(tmp_path: Path) -> None:
    given = '{ id = "given", label = "Gitt", label_nn = "Gitt", label_en = "Given" },'
    text = consent_text().replace(given, given + '\n  { id = "maybe", label = "Kanskje" },', 1)
    with pytest.raises(FormError) as caught:
        load_standard_library([local(tmp_path, text)])
    assert "'maybe' kan ikke lagres" in caught.value.problem


def test_only_the_program_fills_the_children_and_every_other_choice_needs_options(tmp_path: Path) -> None:
    start = consent_text().index('id = "given_by"')
    head, tail = consent_text()[:start], consent_text()[start:]
    opts_start, opts_end = tail.index("options = ["), tail.index("]\n", tail.index("options = [")) + 2
    text = head + tail[:opts_start] + tail[opts_end:]
    report = check_contract(load_library([shipped_forms_dir(), local(tmp_path, text)]))
    assert [p.message for p in report.problems] == [
        "spørsmålet 'given_by' i 'samtykke' trenger 'options' eller 'options_from'"]


def test_a_reworded_reopening_form_is_read_through_the_loader(tmp_path: Path) -> None:
    text = (shipped_forms_dir() / "gjenapning.v1.toml").read_text(encoding="utf-8")
    text = text.replace('label = "Dato"', 'label = "Gjenåpnet dato"', 1).replace("required = true", "", 1)
    library = load_standard_library([local(tmp_path, text, "gjenapning.v1.toml")])
    form = library.latest_as(REOPEN_ID, QuestionSet)
    assert form.question("reopened_on").label == "Gjenåpnet dato"
    assert not form.question("reopen_reason").required
