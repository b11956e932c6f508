"""Screenshots of the edit dialogs and the changed case, concern and conversation views (issue 10).

    Xvfb :93 -screen 0 1366x768x24 &
    barnearket demo /tmp/demo.barnearket --cases 30
    DISPLAY=:93 QT_QPA_PLATFORM=xcb python docs/screenshots/edit_screenshots.py /tmp/demo.barnearket

Everything shown is fictional demo data (login demo / demo).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from barnearket.app import Barnearket, LaunchOptions
from barnearket.domain.model import ChildDetails, GateAnswer, Parent
from barnearket.services.cases import answer_gate, create_case
from barnearket.services.children import add_child
from barnearket.services.concerns import open_concern
from barnearket.services.steps import add_observation
from barnearket.services.actions import add_action
from barnearket.ui.app import make_application
from barnearket.ui.seams import Dialogs
from barnearket.ui.units import list_units

OUT = Path(__file__).resolve().parent


def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Run the event loop until `condition` holds."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(widget: QWidget) -> None:
    """Let the window be laid out and painted."""
    widget.raise_()
    widget.activateWindow()
    for _ in range(40):
        QApplication.processEvents()
        time.sleep(0.01)


def screen(widget: QWidget, name: str) -> None:
    """The whole 1366×768 screen, as a person sees it."""
    settle(widget)
    subprocess.run(["import", "-window", "root", str(OUT / name)], check=True)
    print("wrote", name)


def main(path: Path) -> None:
    make_application(sys.argv[:1])
    root = Barnearket(LaunchOptions(file=path), dialogs=Dialogs(headless=True))
    root.start()
    wait(lambda: root.unlock.isVisible())
    root.unlock.login.setText("demo")
    root.unlock.passphrase.setText("demo")
    root.unlock.unlock_button.click()
    wait(lambda: root.main is not None and root.main.isVisible())
    win = root.main
    assert win is not None
    win.showMaximized()
    today = root.ctx.clock.today()
    with root.ctx.unit_of_work() as sctx:
        unit = list_units(sctx)[0][0]
        case_id = create_case(sctx, unit_id=unit, parent=Parent(name="Elle Ánde Ŋuolas"))
        answer_gate(sctx, case_id, GateAnswer.JA, siblings=GateAnswer.NEI)
    win.refresh()
    win.open_case(case_id)
    view = win.case_view
    screen(win, "edit-01-mangler-med-knapper.png")
    dialog = view.case_actions.open_case()
    assert dialog is not None
    screen(dialog, "edit-02-endre-saken.png")
    dialog.reject()
    child = view.case_actions.open_child(None)
    assert child is not None
    child.name.setText("Ufødt Ŋuolas")
    child.unborn.setChecked(True)
    child.due.set_value(today + timedelta(days=80))
    screen(child, "edit-03-barn-ufodt.png")
    child.reject()
    with root.ctx.unit_of_work() as sctx:
        kid = add_child(sctx, case_id, ChildDetails(name="Sunná Ŋuolas", birth_date=today.replace(year=today.year - 9)))
        concern = open_concern(sctx, case_id, kid, level=2, description="Kommer sliten på skolen")
        add_observation(sctx, concern, "Sov på pulten to timer")
        add_action(sctx, concern, "Samtale med mor om søvn", responsible="Teamleder", evaluate_on=today + timedelta(days=14))
    view.show_case(case_id, log_view=False)
    child = view.case_actions.open_child(kid)
    assert child is not None
    screen(child, "edit-04-barn-alle-opplysninger.png")
    child.reject()
    closing = view.case_actions.close_or_reopen()
    assert closing is not None
    screen(closing, "edit-05-avslutt-saken.png")
    closing.reject()
    view.tabs.setCurrentIndex(2)
    panel = view.panels[1].panel
    wait(lambda: panel is not None and panel.isVisible())
    panel.view.open_step(2)
    page = panel.view.pages.observations
    page.table.selectRow(0)
    screen(win, "edit-06-observasjoner-rett-valgt.png")
    fix = page.correct.open_dialog()
    screen(fix, "edit-07-rett-observasjon.png")
    fix.reject()
    panel.view.open_step(6)
    plan = panel.view.pages.actions
    plan.table.selectRow(0)
    fix = plan.correct.open_dialog()
    screen(fix, "edit-08-endre-tiltak.png")
    fix.reject()
    view.tabs.setCurrentIndex(1)
    sheet = view.panels[0].panel
    wait(lambda: sheet is not None and sheet.isVisible())
    sheet.header.new.click()
    screen(win, "edit-09-samtale-versjon.png")
    details = sheet.bar.open_details()
    screen(details, "edit-10-dato-og-deltakere.png")
    details.reject()
    root.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
