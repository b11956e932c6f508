"""Keeps PySide6 6.12 from crashing the program on Python 3.11 (it drops references to None and True).

With PySide6 6.12.0 every `Signal.emit()` made from Python returns True without taking a reference
to it, and every Python slot called by a Qt signal gives back one reference to None too many.
Python 3.12 made None, True and False immortal, so there this does no harm; on 3.11 their counts
run down while the user types, and after about a thousand keystrokes in the Barnearket sheet the
program stops with "Fatal Python error: deallocating None". A very large extra count makes the
three as immortal as they are on 3.12 (they are never freed anyway).
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def keep_singletons_alive() -> None:
    """Give None, True and False so many references that no leak can use them up (CPython < 3.12)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
