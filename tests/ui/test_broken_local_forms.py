"""A broken local form file never breaks the program (issue 11, point 5): the app opens with the
shipped forms, names the file and line that was skipped, and every tab of a case works."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from barnearket.app import LaunchOptions
from barnearket.domain.forms.paths import shipped_forms_dir
from barnearket.paths import resolve_paths
from barnearket.ui.caseview import LazyPanel
from barnearket.ui.seams import Dialogs
from tests.ui.conftest import MakeRoot, add_case, unlock

BROKEN_LINE = 4


def _broken_local_forms() -> Path:
    """The municipality's copy of the concern form, with line 4 turned into invalid TOML."""
    folder = resolve_paths().ensure().local_forms
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "bekymring.v1.toml"
    shutil.copyfile(shipped_forms_dir() / target.name, target)
    lines = target.read_text(encoding="utf-8").splitlines()
    lines[BROKEN_LINE - 1] = 'title = "Bekymring uten slutt'
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_the_app_opens_with_the_shipped_forms_and_every_tab_works(
        qtbot: QtBot, make_root: MakeRoot, closed_file: Path, dialogs: Dialogs) -> None:
    broken = _broken_local_forms()
    root = make_root(LaunchOptions(file=closed_file))
    root.start()
    unlock(qtbot, root)  # the forms are read while the key is derived (start-up, issue 16)
    assert root.ctx.forms is not None, "the shipped forms must still be loaded"
    assert f"{broken}:{BROKEN_LINE}" in root.forms_error
    assert any(str(broken) in text and "ikke brukt" in text for _k, _t, text in dialogs.shown)
    case_id = add_case(root, "Máret Ŋuolas")
    assert root.main is not None
    root.main.open_case(case_id)
    tabs = root.main.case_view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.widget(index)
        assert page is not None
        qtbot.waitUntil(page.isVisible)
    for panel in root.main.case_view.panels:
        def built(lazy: LazyPanel = panel) -> bool:
            return lazy.panel is not None  # a tab builds its panel when shown

        qtbot.waitUntil(built)
