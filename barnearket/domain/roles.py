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
    def sees_all_units(self) -> bool:
        """Whether this role sees open concerns across every unit."""
        return self in (Role.KOORDINATOR, Role.ADMIN)


_LABELS = {
    Role.SAKSBEHANDLER: "Saksbehandler / barneansvarlig",
    Role.KOORDINATOR: "Barnekoordinator",
    Role.ADMIN: "Administrator",
}
