"""Barnearket: a case tool that helps home services follow up the children of the users they treat."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("barnearket")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
