"""Reads the forms the way every entry point must: the shipped ones with the municipality's folder on
top, falling back to the shipped ones alone (with a message) when a local file is broken.

The app (`app.py`) and the command line (`cli/formlib.py`) both load through here, so a deadline in the
municipality's `frister` holds in the window and on the command line alike. Kept free of Qt, and the
form loader is imported only when called (start-up speed).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from barnearket.domain.language import n_, t
from barnearket.paths import Paths

if TYPE_CHECKING:
    from barnearket.domain.forms.library import FormLibrary

log = logging.getLogger("barnearket.forms")
LOCAL_FORMS_SKIPPED = n_(
    "Kommunens egne skjemadefinisjoner ble ikke brukt, fordi en fil har en feil: "
    "{error}. Barnearket bruker skjemaene som følger med programmet til filen er rettet.")


def load_forms(paths: Paths) -> tuple[FormLibrary | None, str]:
    """The shipped forms plus the municipality's overrides; if a local file is broken, the shipped
    forms alone and a message naming the file and line that was skipped (None only if even the
    shipped forms cannot be read)."""
    from barnearket.domain.forms.errors import FormError
    from barnearket.domain.forms.load import load_standard_library

    local = [paths.local_forms] if paths.local_forms.is_dir() else []
    try:
        return load_standard_library(local), ""
    except FormError as exc:
        log.error("form definitions could not be loaded")
        if not local:
            return None, str(exc)
        message = t(LOCAL_FORMS_SKIPPED, error=exc)
    try:
        return load_standard_library([]), message
    except FormError as exc:
        return None, str(exc)
