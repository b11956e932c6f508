"""The case store on a municipality's PostgreSQL server: connecting, roles, row-level security."""
