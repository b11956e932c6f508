"""Tables for the children (and siblings) on a case and the services already involved with them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from barnearket.storage.orm.base import Base, VersionedRow


class ChildRow(VersionedRow, Base):
    """One child or sibling, born (birth date or identity number) or unborn (due date)."""

    __tablename__ = "children"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_search: Mapped[str] = mapped_column(String(400), index=True)
    identity_number: Mapped[str | None] = mapped_column(String(11), index=True)
    birth_date: Mapped[date | None] = mapped_column(Date)
    unborn: Mapped[bool] = mapped_column(Boolean, default=False)
    due_date: Mapped[date | None] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(20))
    parental_responsibility: Mapped[bool | None] = mapped_column(Boolean)
    residence: Mapped[str | None] = mapped_column(String(20))
    daily_carer: Mapped[str] = mapped_column(String(200), default="")
    other_parent: Mapped[str] = mapped_column(String(200), default="")
    school: Mapped[str] = mapped_column(String(200), default="")


class ChildServiceRow(Base):
    """A service already involved with the child (an id from the service directory)."""

    __tablename__ = "child_services"

    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[str] = mapped_column(String(60), primary_key=True)
