"""The Barnearket conversation panel: conversation mode, completion mode and the locked sheet."""
