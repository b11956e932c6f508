"""The roles a person can hold in a case file, and what each may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A user's role: team leader / case worker, coordinator, or administrator."""

    SAKSBEHANDLER = "saksbehandler"
    KOORDINATOR = "koordinator"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """The Norwegian name shown to people."""
        return _LABELS[self]

    @property
    def manages_users(self) -> bool:
        """Whether this role may add, remove and re-passphrase other users."""
        return self is Role.ADMIN

    @property
    def administers_file(self) -> bool:
        """Whether this role may take and restore backups, change settings and manage users."""
        return self is Role.ADMIN

    @property
    def reads_whole_audit_log(self) -> bool:
        """Whether this role reads everyone's audit rows (others read only their own)."""
        return self in (Role.KOORDINATOR, Role.ADMIN)

    @property
    def imports_into_any_unit(self) -> bool:
        """Whether this role may import cases into units other than their own."""
        return self is Role.ADMIN

    @property
    def sees_all_units(self) -> bool:
        """Whether this role sees open concerns across every unit."""
        return self in (Role.KOORDINATOR, Role.ADMIN)


_LABELS = {
    Role.SAKSBEHANDLER: "Saksbehandler / barneansvarlig",
    Role.KOORDINATOR: "Barnekoordinator",
    Role.ADMIN: "Administrator",
}
