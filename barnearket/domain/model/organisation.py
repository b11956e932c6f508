"""Who sends a document: the organisation's details (set once per file) and the worker's profile."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Organisation:
    """The organisation's details that fill document headers and a report's reporter section.

    Attributes:
        municipality_number: four digits, e.g. "5022" (the portal needs it).
        municipality_name: e.g. "Porsanger".
        district_number: two digits where the municipality has districts (Oslo, Bergen...), else "".
        district_name: the district's name, else "".
        unit: the unit or service that writes, e.g. "Hjemmetjenesten, psykisk helse og rus".
        org_number: the nine-digit organisation number.
        address: postal address on one line, e.g. "Rådhusveien 1, 9700 Lakselv".
        phone: the unit's switchboard.
        action_guide: where the municipality's own action guide is (a web address or a file path),
            shown in the help.
    """

    municipality_number: str = ""
    municipality_name: str = ""
    district_number: str = ""
    district_name: str = ""
    unit: str = ""
    org_number: str = ""
    address: str = ""
    phone: str = ""
    action_guide: str = ""

    @property
    def municipality(self) -> str:
        """«Porsanger kommune», or "" when no name is set."""
        name = self.municipality_name.strip()
        if not name:
            return ""
        return name if name.lower().endswith("kommune") else f"{name} kommune"

    @property
    def display_name(self) -> str:
        """Unit and municipality on one line, e.g. «Hjemmetjenesten, Porsanger kommune»."""
        parts = [self.unit.strip(), self.district_name.strip(), self.municipality]
        return ", ".join(p for p in parts if p)

    def missing_for_portal(self) -> tuple[str, ...]:
        """The settings a portal-ready report needs that are not filled in (field names)."""
        needed = {"municipality_number": self.municipality_number,
                  "municipality_name": self.municipality_name, "unit": self.unit,
                  "address": self.address}
        return tuple(name for name, value in needed.items() if not value.strip())


@dataclass(frozen=True)
class Worker:
    """The person who makes a document, from their user profile (role is their job title)."""

    name: str
    job_title: str = ""
    phone: str = ""
    email: str = ""

    def missing_for_portal(self) -> tuple[str, ...]:
        """The profile fields a portal-ready report needs that are empty (field names)."""
        needed = {"job_title": self.job_title, "phone": self.phone, "email": self.email}
        return tuple(name for name, value in needed.items() if not value.strip())
