"""At 200 % (QT_SCALE_FACTOR=2 on a 1366×768 screen: 683×384 left) every window fits, no control cut off.

The scale factor must be set before the QApplication exists, so the walk (`a11y_scale_walk.py`) runs in
a pytest of its own, on Qt's offscreen platform given a 1366×768 screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def test_every_window_at_double_size(tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
              "logicalBaseDpi": 96, "dpr": 1}
    screens.write_text(json.dumps({"screens": [laptop]}))
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(HERE / "a11y_scale_walk.py")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-4000:]
    assert "1 passed" in done.stdout

