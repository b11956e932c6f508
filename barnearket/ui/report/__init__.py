"""The report editor: every part of the portal's form, then completion, sending and feedback."""
