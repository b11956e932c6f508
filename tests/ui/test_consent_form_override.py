"""Issue 15, point 1: the consent and reopening questions are form files; a municipality's own folder
rewords and reorders them with no code change, and the real program stores ids, never labels."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.forms import shipped_forms_dir
from barnearket.domain.model import ChildDetails, ConcernStatus, ConsentForm, ConsentGiver, Relation
from barnearket.domain.model.enums import ConsentAnswer
from barnearket.paths import resolve_paths
from barnearket.services.cases import view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import close_concern, open_concern
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.formwidgets.renderer import SectionForm
from tests.ui.conftest import MakeRoot, add_case, unlock

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]

GIVEN_BY = "Hvem ga svaret – forelder eller barnet?"
REASON = "Hva er nytt siden bekymringen ble avsluttet?"


def _note_first(text: str) -> str:
    """The consent file with the note moved before every other question and one question reworded."""
    start = text.index('[[questions]]\nid = "note"')
    note = text[start:].rstrip() + "\n\n"
    text = text[:start].rstrip() + "\n"
    first = text.index("[[questions]]")
    text = text[:first] + note + text[first:]
    return text.replace('label = "Hvem svarte?"', f'label = "{GIVEN_BY}"', 1)


def _write_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    consent = (shipped_forms_dir() / "samtykke.v1.toml").read_text(encoding="utf-8")
    (folder / "samtykke.v1.toml").write_text(_note_first(consent), encoding="utf-8")
    reopen = (shipped_forms_dir() / "gjenapning.v1.toml").read_text(encoding="utf-8")
    reworded = reopen.replace('label = "Hvorfor åpnes bekymringen igjen?"', f'label = "{REASON}"', 1)
    assert reworded != reopen
    (folder / "gjenapning.v1.toml").write_text(reworded, encoding="utf-8")


def _panel(qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> tuple[Barnearket, ConcernPanel, int]:
    _write_folder(resolve_paths().ensure().local_forms)
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)
    assert root.forms_error == "", root.forms_error
    case_id = add_case(root, "Ánde Ŋuolas")
    with root.ctx.unit_of_work() as sctx:
        today = sctx.clock.today()
        child_id = add_child(sctx, case_id, ChildDetails(
            name="Sunná Ŋuolas", relation=Relation.OWN, birth_date=today.replace(year=today.year - 8)))
        open_concern(sctx, case_id, child_id, level=2)
    assert root.main is not None
    root.main.refresh()
    root.main.open_case(case_id)
    view = root.main.case_view
    view.show_concerns()
    panel = view.panels[1].build()
    assert isinstance(panel, ConcernPanel) and panel.case is not None
    panel.select(panel.case.concerns[0].id)
    return root, panel, case_id


def _choose(form: SectionForm, answers: dict[str, object]) -> None:
    for question_id, value in answers.items():
        form.widget(question_id).editor.set_value(value)  # type: ignore[arg-type]
        form.widget(question_id).editor.edited.emit()


def test_a_municipality_rewords_and_reorders_consent_and_reopening(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path) -> None:
    root, panel, case_id = _panel(qtbot, make_root, closed_file)
    panel.view.open_step(8)
    page = panel.view.pages.consents
    assert page.box is not None
    order = [q.id for q in page.box.form.questions]
    assert order[0] == "note" and order[1:3] == ["answer", "given_by"]
    assert GIVEN_BY in page.box.form.widget("given_by").label.text()
    _choose(page.box.form, {"answer": "given", "given_by": "parent", "purpose": "ansvarsgruppe",
                            "recipients": ["nav"], "form": "written", "note": "Bare om skolen."})
    page.box.button.click()
    assert page.box.error.text() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    with root.ctx.reading() as sctx:
        (consent,) = view_case(sctx, case_id, log_view=False).consents
    assert (consent.answer, consent.given_by, consent.form) == (
        ConsentAnswer.GIVEN, ConsentGiver.PARENT, ConsentForm.WRITTEN)
    assert consent.purpose == "ansvarsgruppe"  # the catalogue's id, not its wording

    assert panel.view.concern is not None
    concern_id = panel.view.concern.id
    with root.ctx.unit_of_work() as sctx:
        close_concern(sctx, concern_id, reason="tiltak_virker")
    panel.show_case(case_id)
    panel.select(concern_id)
    panel.view.open_step(7)
    closure = panel.view.pages.closure
    assert panel.view.concern.status is ConcernStatus.CLOSED
    assert closure.forms.currentWidget() is closure.reopen_box
    assert REASON in closure.reopen_box.form.widget("reopen_reason").label.text()
