"""Fixtures for the storage tests: a test asking for `case_file` runs on the file and on the server,
unless it is about the encrypted file by nature (`file_only`)."""

from tests.seam.both import case_file

__all__ = ["case_file"]
