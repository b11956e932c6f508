"""Storage: the encrypted case file, key slots, ORM tables, migrations and the audit log."""
