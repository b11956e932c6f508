"""Which cases are checked out on the server and by whom, for the windows (they never query storage)."""

from __future__ import annotations

from collections.abc import Iterable

from barnearket.services.context import ServiceContext
from barnearket.storage.checkouts import Taken, taken

__all__ = ["Taken", "checked_out"]


def checked_out(ctx: ServiceContext, case_ids: Iterable[int] | None = None) -> dict[int, Taken]:
    """The checked-out cases among `case_ids` (all when None), with the taker's name and the time;
    empty on a case file."""
    return taken(ctx.session, case_ids)
