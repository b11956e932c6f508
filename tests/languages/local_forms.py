"""A municipality's own copy of the consent purposes, translated in one place only (form language tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.forms.paths import shipped_forms_dir

SHIPPED = (shipped_forms_dir() / "samtykkeformal.v1.toml").read_text(encoding="utf-8")
UNTRANSLATED = "\n".join(line for line in SHIPPED.splitlines() if not line.startswith(("label_", "title_")))
"""A municipality's copy of the purposes without any translation."""
LOCAL = UNTRANSLATED.replace(
    'label = "Samarbeid med barnehagen eller skolen om barnet"',
    'label = "Samarbeid med barnehagen eller skolen om barnet"\n'
    'label_nn = "Samarbeid med barnehagen eller skulen om barnet"\n'
    'label_en = "Cooperation with the kindergarten or school about the child"',
)


@pytest.fixture
def local_purposes(tmp_path: Path) -> Path:
    """A folder holding the municipality's purposes with one label translated."""
    (tmp_path / "samtykkeformal.v1.toml").write_text(LOCAL, encoding="utf-8")
    return tmp_path
