"""The administrator's work in the window: users, backup and restore, organisation details, auto-lock."""
