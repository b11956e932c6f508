"""The synthetic family on a closed case file of its own (the innsyn tests run the command line on it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from barnearket.domain.clock import SystemClock
from barnearket.domain.roles import Role
from barnearket.services.context import Actor, ServiceContext
from barnearket.storage import kdf
from barnearket.storage.opening import create_case_file
from barnearket.storage.orm.users import Unit
from tests.conftest import ADMIN_LOGIN, ADMIN_NAME, ADMIN_PASSPHRASE
from tests.rights.family import Family, write_family


@pytest.fixture
def family_file(tmp_path: Path) -> tuple[Path, Family, str]:
    """A closed case file holding the synthetic family; its path, the family and the case number."""
    path = tmp_path / "saker.barnearket"
    case_file = create_case_file(path, login=ADMIN_LOGIN, full_name=ADMIN_NAME, passphrase=ADMIN_PASSPHRASE,
                                 kdf_params=kdf.fast_params_for_tests())
    try:
        assert case_file.user is not None
        actor = Actor(case_file.user.id, case_file.user.login, Role(case_file.user.role))
        with case_file.session() as session, session.begin():
            ctx = ServiceContext(session, actor, SystemClock())
            unit = Unit(name="Rustjenesten", service="rus")
            session.add(unit)
            session.flush()
            family = write_family(ctx, unit.id)
            from barnearket.storage.orm.cases import CaseRow

            number = session.get(CaseRow, family.case_id).number  # type: ignore[union-attr]
    finally:
        case_file.close()
    return path, family, number
