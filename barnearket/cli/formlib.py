"""The forms a command works with: the shipped ones with the municipality's folder on top, as in the
window, so its deadlines (`frister`), scales and catalogues hold on the command line too."""

from __future__ import annotations

import sys

from barnearket.domain.forms import FormLibrary
from barnearket.formsource import load_forms
from barnearket.paths import resolve_paths


def command_forms() -> FormLibrary | None:
    """Load the forms for one command; a broken local file is named on standard error and the shipped
    forms are used, as the program does."""
    forms, problem = load_forms(resolve_paths())
    if problem:
        print(f"barnearket: {problem}", file=sys.stderr)
    return forms
