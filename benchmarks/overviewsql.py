"""What the coordinator's first screen asks the database for (the first page and the summary),
timed through the services and raw on the driver's own connection: the sql_ratio of the file and
server benchmarks (a helper, not a benchmark)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from benchmarks.common import median_ms


def service_ms(ctx: Any, repeat: int = 5) -> float:
    """Median of the two service calls the panel makes for its first screen, one after the other."""
    from barnearket.services.overview.columnsql import OverviewQuery
    from barnearket.services.overview.paging import overview_page, overview_summary

    def both() -> None:
        overview_page(ctx, OverviewQuery())
        overview_summary(ctx)

    both()  # warm: plans and caches, as after the first load in the app
    return median_ms(both, repeat=repeat)


def raw_ms(ctx: Any, repeat: int = 5) -> float:
    """Median of the same two statements with the same parameters on the DB-API cursor."""
    from barnearket.services.overview.columnsql import OverviewQuery
    from barnearket.services.overview.paging import page_statement, summary_statement

    dialect = ctx.session.get_bind().dialect
    runs = []
    for stmt, params in (page_statement(ctx, OverviewQuery()), summary_statement(ctx)):
        state = stmt.compile(dialect=dialect).construct_expanded_state(params)
        if dialect.name == "sqlite":  # a case file keeps dates as ISO text
            values: Any = [v.isoformat() if isinstance(v, dt.date) else v
                           for v in state.positional_parameters]
        else:
            values = state.parameters
        runs.append((state.statement, values))
    raw = ctx.session.connection().connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()

    def both() -> None:
        for sql, values in runs:
            cursor.execute(sql, values)
            cursor.fetchall()

    both()
    return median_ms(both, repeat=repeat)
