"""The reporter's path end to end in a file made with `barnearket init`, through the real windows.

An administrator makes the file and a team leader on the command line; the team leader unlocks it in
the program, fills in «Min profil» in its dialog, writes a report about a level-4 concern with no
consent and no steps in the report editor (every part of the portal's form), prints it, saves the
portal's JSON (valid against schema v2), marks it sent through the portal with the reference number
and sees the dates child welfare must keep.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.model import ChildDetails, GateAnswer, Parent, ReportSection, ReportStatus
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.units import add_unit
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import REPORTS
from barnearket.ui.profile import ProfileDialog
from barnearket.ui.report.editor import ReportEditor
from barnearket.ui.seams import Dialogs
from barnearket.ui.widgets import date_text
from tests.cli.test_admin_cli import lines, run
from tests.reports import pdfcheck
from tests.reports.test_portal import assert_valid
from tests.ui.conftest import MakeRoot

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(240)]
ADMIN_PW, KARI_PW = "admins lange frase", "karis egen lange frase"
TEXTS = {
    ReportSection.OTHER_SERVICES: "Helsestasjonen kjenner familien.",
    ReportSection.CONCERN: "Mor møtte ruset opp alene med Ánde (2 år) to ganger denne uken.",
    ReportSection.HISTORY: "Fulgt av hjemmetjenesten siden januar for alkoholavhengighet.",
    ReportSection.MEASURES: "Samtaler med mor hver uke; tilbud om avrusning.",
    ReportSection.OTHER_VIEWS: "Mor mener selv hun har kontroll.",
}


@pytest.fixture
def init_file(tmp_path: Path) -> Path:
    """A real file made the way a municipality makes it: `init`, a user, the organisation."""
    path = tmp_path / "saker.barnearket"
    admin = ("--user", "admin", "--passphrase-stdin")
    assert run("init", str(path), "--user", "admin", "--name", "Ingá Sárá Somby", "--passphrase-stdin",
               stdin=lines(ADMIN_PW)).returncode == 0
    added = run("users", str(path), *admin, "add", "kari", "--name", "Kari Ødegård Ŋuolas",
                "--role", "saksbehandler", stdin=lines(ADMIN_PW, KARI_PW))
    assert added.returncode == 0, added.stderr
    settings = run("settings", str(path), *admin, "--municipality-number", "5022", "--municipality-name",
                   "Porsanger", "--unit", "Hjemmetjenesten", "--address", "Rådhusveien 1, 9700 Lakselv",
                   stdin=lines(ADMIN_PW))
    assert settings.returncode == 0, settings.stderr
    return path


def _unlock_as_kari(qtbot: QtBot, make_root: MakeRoot, path: Path) -> Barnearket:
    root = make_root(LaunchOptions(file=path))
    root.start()
    root.unlock.login.setText("kari")
    root.unlock.passphrase.setText(KARI_PW)
    root.unlock.unlock_button.click()
    qtbot.waitUntil(lambda: root.main is not None and root.main.isVisible(), timeout=20_000)
    return root


def _level_four_concern(root: Barnearket) -> tuple[int, int]:
    """A case with a small child (a real file takes no synthetic identity numbers) and a level-4
    concern with no consent and no steps."""
    with root.ctx.unit_of_work() as sctx:
        unit = add_unit(sctx, name="Rus og psykisk helse", service="rus")
        case_id = create_case(sctx, unit_id=unit, parent=Parent(name="Sunná Márjá Gaup",
                                                                 address="Storgata 3, 9700 Lakselv",
                                                                 phone="900 11 222"))
        answer_gate(sctx, case_id, GateAnswer.JA)
        child = add_child(sctx, case_id, ChildDetails(name="Ánde Gaup", birth_date=date(2024, 3, 9)))
        concern = open_concern(sctx, case_id, child, level=4, description="Mor ruset alene med barnet.")
    assert root.main is not None
    root.main.refresh()
    return case_id, concern


def test_profile_report_pdf_json_sent_and_dates(qtbot: QtBot, make_root: MakeRoot, init_file: Path,
                                               dialogs: Dialogs, tmp_path: Path) -> None:
    root = _unlock_as_kari(qtbot, make_root, init_file)
    assert root.main is not None
    case_id, concern_id = _level_four_concern(root)

    profile = root.main.edit_profile()
    assert isinstance(profile, ProfileDialog) and profile.isVisible()
    profile.title.setText("Teamleder, rus og psykisk helse")
    profile.phone.setText("+47 400 00 000")
    profile.email.setText("kari.odegard@porsanger.kommune.no")
    profile.unit.setCurrentIndex(1)
    profile.save()
    assert not profile.isVisible()

    root.main.open_case(case_id)
    root.main.case_view.show_concerns()
    panel = root.main.case_view.panels[-1].build()
    assert isinstance(panel, ConcernPanel)
    panel.select(concern_id)
    panel.view.open_step(REPORTS)
    editor = panel.view.reports_page.new_report()
    assert isinstance(editor, ReportEditor) and editor.isVisible()
    assert not editor.portal_gaps.isVisible(), editor.portal_gaps.text()
    assert "Teamleder" in editor.reporter.text()

    editor.place.name.setText("Karasjok")
    editor.place.number.setText("5610")
    editor.child_box.answer.set_value(False)
    editor.child_box.why.setPlainText("Barnet er to år.")
    editor.parents_box.answer.set_value(False)
    editor.parents_box.why.setPlainText("Mistanke om vold i hjemmet; drøftet med barnevernet først.")
    editor.interpreter.set_value(True)
    editor.language.setText("nordsamisk")
    for section, text in TEXTS.items():
        editor.sections[section].setPlainText(text)
    editor.save_button.click()
    assert editor.message.isHidden(), editor.message.text()

    preview = editor.preview()
    assert preview is not None and preview.document is not None
    text = pdfcheck.flat(preview.document.data)
    for expected in (*TEXTS.values(), "5610 Karasjok", "+47 400 00 000", "kari.odegard@porsanger",
                     "Mistanke om vold", "Ja, nordsamisk"):
        assert expected in text, expected
    preview.close()

    out = tmp_path / "melding.json"
    dialogs.set_next_answer(out)
    editor.json_button.click()
    message = json.loads(out.read_text(encoding="utf-8"))
    assert message["kommunenummer"] == "5610" and message["offentligMelder"]["rolle"].startswith("Teamleder")
    assert message["melding"]["melding"] == TEXTS[ReportSection.CONCERN]
    assert message["foresatte"][0]["orientert"] is False

    editor.tracking.channel.setCurrentIndex(0)
    editor.tracking.reference.setText("BVM-2026-1234")
    editor.tracking.send_button.click()
    with root.ctx.reading() as sctx:
        case = view_case(sctx, case_id, log_view=False)
    (report,) = next(c for c in case.concerns if c.id == concern_id).reports
    assert report.status is ReportStatus.SENT and report.portal_reference == "BVM-2026-1234"
    assert report.sent_on is not None
    due = report_due_dates(report.sent_on)
    for day in (due.assessment_by, due.feedback_by, due.chase_on):
        assert date_text(day) in editor.tracking.dates.text()
    assert not editor.save_button.isEnabled() and editor.sections[ReportSection.CONCERN].isReadOnly()
    line = panel.view.reports_page.list.item(0).text()
    assert "BVM-2026-1234" in line and date_text(due.chase_on) in line
    editor.close()
    assert_valid(message)
