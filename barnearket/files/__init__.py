"""Small helpers for files on disk that every layer may use: whole-file writes, the recovery key as text."""
