"""Help texts and the signs checklist as form files: shipped content, lookup, search, overrides, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.forms import FormError, FormLibrary, Sheet, StepGuide, load_standard_library
from barnearket.domain.forms.guidance import (
    help_file,
    offers_signs,
    search,
    sign_list,
    topic_for_question,
    topic_for_step,
)
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.domain.forms.standard import STEP_IDS


def test_every_sheet_topic_and_every_step_has_its_help(library: FormLibrary) -> None:
    sheet = library.latest_as("barnearket", Sheet)
    for topic in sheet.topics:
        question = next((q for q in sheet.questions() if q.topic == topic.id), None)
        if question is not None:
            found = topic_for_question(library, question)
            assert found is not None and topic.id in found.sheet_topics, topic.id
    for step_id in STEP_IDS:
        assert topic_for_step(library, step_id) is not None, step_id
    guide = library.latest_as("bekymring", StepGuide)
    observation = next(q for q in guide.step("concretise").questions if q.id == "observation")
    found = topic_for_question(library, observation)
    assert found is not None and found.id == "steg_konkretiser"


def test_the_help_covers_confidentiality_barriers_reporting_and_links(library: FormLibrary) -> None:
    helps = help_file(library)
    assert helps is not None
    ids = {t.id for t in helps.topics}
    assert {"taushetsplikt_parorende", "hindringer", "meldeplikt", "veiledere"} <= ids
    assert all(link.url.startswith("https://") for link in helps.links) and len(helps.links) >= 2
    assert "§ 33" in helps.topic("meldeplikt").body


def test_search_needs_every_word_ignores_case_and_puts_title_hits_first(library: FormLibrary) -> None:
    helps = help_file(library)
    assert helps is not None
    found = search(helps, "TAUSHETSPLIKT")
    assert found[0].id == "taushetsplikt_parorende" and len(found) > 1
    assert [t.id for t in search(helps, "taushetsplikt anonymt")] == ["meldeplikt"], "every word must match"
    assert search(helps, "") == helps.topics
    assert search(helps, "zzz finnes ikke") == ()


def test_signs_are_offered_beside_the_observation_and_the_childs_experience(library: FormLibrary) -> None:
    signs = sign_list(library)
    assert signs is not None and len(signs.items) >= 15
    assert {i.group for i in signs.items} <= {g.id for g in signs.groups}
    sheet = library.latest_as("barnearket", Sheet)
    assert offers_signs(library, sheet.question("child_experience")) is signs
    assert offers_signs(library, sheet.question("kindergarten_school")) is None


def _local(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "skjema"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_municipality_file_replaces_the_help_and_the_signs(tmp_path: Path) -> None:
    shipped = (shipped_forms_dir() / "hjelp.v1.toml").read_text(encoding="utf-8")
    _local(tmp_path, "hjelp.v1.toml", shipped.replace("Meldeplikt til barnevernet", "Meldeplikt hos oss"))
    folder = _local(tmp_path, "tegn.v2.toml", 'id = "tegn"\nversion = 2\nkind = "signs"\ntitle = "Våre"\n'
                    'questions = ["observation"]\n[[items]]\nid = "a"\nlabel = "Ett tegn"\n')
    library = load_standard_library([folder])
    helps, signs = help_file(library), sign_list(library)
    assert helps is not None and helps.topic("meldeplikt").title == "Meldeplikt hos oss"
    assert signs is not None and [i.label for i in signs.items] == ["Ett tegn"] and signs.version == 2


@pytest.mark.parametrize(("body", "problem"), [
    ('[[topics]]\nid = "a"\ntitle = "T"\nbody = "B"\nsteps = []\n', "'steps' skal være en liste"),
    ('[[topics]]\nid = "a"\ntitle = "T"\nbody = "B"\nfarge = "rød"\n', "ukjent nøkkel 'farge'"),
    ('[[topics]]\nid = "a"\ntitle = "T"\n', "mangler 'body'"),
    ('[[links]]\nid = "a"\nlabel = "L"\nurl = "https://x"\n', "trenger minst ett [[topics]]"),
    ('[[topics]]\nid = "a"\ntitle = "T"\nbody = "B"\nquestions = ["Ikke Id"]\n', "ikke en gyldig id"),
])
def test_a_broken_help_file_names_the_line_and_problem(tmp_path: Path, body: str, problem: str) -> None:
    folder = _local(tmp_path, "hjelp.v1.toml",
                    'id = "hjelp"\nversion = 1\nkind = "help"\ntitle = "Hjelp"\n' + body)
    with pytest.raises(FormError) as caught:
        load_standard_library([folder])
    assert problem in str(caught.value) and "hjelp.v1.toml:" in str(caught.value)
