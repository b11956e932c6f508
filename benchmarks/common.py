"""Small helpers shared by the benchmark modules: timing, medians and the JSON shape."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def figure(name: str, value: float, unit: str, baseline: float | None = None) -> dict[str, Any]:
    """One output line of the benchmark runner."""
    return {"name": name, "value": round(value, 3), "unit": unit, "baseline": baseline}


def median_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn` in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
