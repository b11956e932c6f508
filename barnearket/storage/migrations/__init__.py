"""Alembic migrations of the case file schema."""
