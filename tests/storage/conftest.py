"""Fixtures for the storage tests: a test asking for `case_file` runs on the file and on the server,
unless it is about the encrypted file by nature (`file_only`)."""

from tests.seam.both import case_file
from tests.storage.damaged_templates import originals, template
from tests.storage.made_files import closed_file, logged, templates, worker_file

__all__ = ["case_file", "closed_file", "logged", "originals", "template", "templates", "worker_file"]
