"""The reporter's path end to end, through the real windows, on a case file and on the server.

On a new store (`closed_store`) the administrator makes a unit, and a team leader in it and the
organisation's details on the command line; the team leader unlocks the store in
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
from barnearket.domain.clock import SystemClock
from barnearket.domain.model import ChildDetails, GateAnswer, Parent, ReportSection, ReportStatus
from barnearket.domain.roles import Role
from barnearket.domain.rules.deadlines import report_due_dates
from barnearket.services.cases import answer_gate, create_case, view_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.context import Actor, ServiceContext
from barnearket.services.units import add_unit, list_units
from barnearket.storage.location import StoreLocation
from barnearket.storage.store import open_store
from barnearket.ui.concern.panel import ConcernPanel
from barnearket.ui.concern.view import REPORTS
from barnearket.ui.profile import ProfileDialog
from barnearket.ui.report.editor import ReportEditor
from barnearket.ui.seams import Dialogs
from barnearket.ui.widgets import date_text
from tests.cli.test_admin_cli import lines, run
from tests.conftest import ADMIN_LOGIN, ADMIN_PASSPHRASE
from tests.reports import pdfcheck
from tests.reports.test_portal import assert_valid
from tests.ui.conftest import ClosedStore, MakeRoot

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.timeout(240)]
KARI_PW = "karis egen lange frase"
UNIT = "Rus og psykisk helse"
TEXTS = {
    ReportSection.OTHER_SERVICES: "Helsestasjonen kjenner familien.",
    ReportSection.CONCERN: "Mor møtte ruset opp alene med Ánde (2 år) to ganger denne uken.",
    ReportSection.HISTORY: "Fulgt av hjemmetjenesten siden januar for alkoholavhengighet.",
    ReportSection.MEASURES: "Samtaler med mor hver uke; tilbud om avrusning.",
    ReportSection.OTHER_VIEWS: "Mor mener selv hun har kontroll.",
}


def _add_unit_as_admin(location: StoreLocation) -> None:
    admin = open_store(location, login=ADMIN_LOGIN, passphrase=ADMIN_PASSPHRASE)
    try:
        assert admin.user is not None
        with admin.session() as session, session.begin():
            add_unit(ServiceContext(session, Actor(admin.user.id, ADMIN_LOGIN, Role.ADMIN), SystemClock()),
                     name=UNIT, service="rus")
    finally:
        admin.close()


def init_store(closed_store: ClosedStore) -> LaunchOptions:
    """A store set up the way a municipality does it: a unit, a team leader in it, the organisation."""
    options = closed_store.options
    where = str(options.file) if options.file else str(options.server)
    _add_unit_as_admin(StoreLocation.file(options.file) if options.file
                       else StoreLocation.server(str(options.server)))
    admin = ("--user", ADMIN_LOGIN, "--passphrase-stdin")
    added = run("users", where, *admin, "add", "kari", "--name", "Kari Ødegård Ŋuolas",
                "--role", "saksbehandler", "--unit", UNIT, stdin=lines(ADMIN_PASSPHRASE, KARI_PW))
    assert added.returncode == 0, added.stderr
    settings = run("settings", where, *admin, "--municipality-number", "5022", "--municipality-name",
                   "Porsanger", "--unit", "Hjemmetjenesten", "--address", "Rådhusveien 1, 9700 Lakselv",
                   stdin=lines(ADMIN_PASSPHRASE))
    assert settings.returncode == 0, settings.stderr
    return options


def _unlock_as_kari(qtbot: QtBot, make_root: MakeRoot, options: LaunchOptions) -> Barnearket:
    root = make_root(options)
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
        unit = next(u.id for u in list_units(sctx) if u.name == UNIT)
        case_id = create_case(sctx, unit_id=unit, parent=Parent(name="Sunná Márjá Gaup",
                                                                 address="Storgata 3, 9700 Lakselv",
                                                                 phone="900 11 222"))
        answer_gate(sctx, case_id, GateAnswer.JA)
        child = add_child(sctx, case_id, ChildDetails(name="Ánde Gaup", birth_date=date(2024, 3, 9)))
        concern = open_concern(sctx, case_id, child, level=4, description="Mor ruset alene med barnet.")
    assert root.main is not None
    root.main.refresh()
    return case_id, concern


def test_profile_report_pdf_json_sent_and_dates(qtbot: QtBot, make_root: MakeRoot, closed_store: ClosedStore,
                                               dialogs: Dialogs, tmp_path: Path) -> None:
    root = _unlock_as_kari(qtbot, make_root, init_store(closed_store))
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
