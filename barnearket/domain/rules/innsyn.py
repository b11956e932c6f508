"""What a person's innsyn shows and what it withholds: a parent sees the case and their own children,
a child (from 16) sees what concerns them; another child's details and the identity of whoever was
consulted anonymously are withheld, and each withheld part is named with the reason."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from barnearket.domain.errors import ValidationError
from barnearket.domain.language import t
from barnearket.domain.model import Case, Child, Concern, Relation
from barnearket.domain.model.people import Parent

CHILD_OWN_AGE = 16
"""From this age a child may ask for innsyn in what is stored about them."""


@dataclass(frozen=True)
class InnsynPerson:
    """Whose innsyn: the parent of the case, or one child (by id)."""

    child_id: int | None = None

    @property
    def is_parent(self) -> bool:
        """True for the parent's innsyn."""
        return self.child_id is None

    @staticmethod
    def parse(text: str) -> InnsynPerson:
        """«parent» or «child:ID» (the command line's `--person`)."""
        value = text.strip().lower()
        if value in ("parent", "forelder"):
            return InnsynPerson()
        kind, _, number = value.partition(":")
        if kind in ("child", "barn") and number.isdigit():
            return InnsynPerson(int(number))
        raise ValidationError("Skriv «parent» eller «child:ID» (barnets id).", field="person")


@dataclass(frozen=True)
class Withheld:
    """One part left out of the document, and why (never the content itself)."""

    what: str
    why: str


@dataclass(frozen=True)
class InnsynView:
    """The case as the person may see it, and what was withheld."""

    case: Case
    person: InnsynPerson
    withheld: tuple[Withheld, ...]
    subject: str


_OTHER_CHILD = ("Barnets opplysninger tilhører barnet og dem som har foreldreansvaret for det, "
                "ikke den som ber om innsyn.")
_ANONYMOUS = ("Drøftingen var anonym. Hvem som ble spurt til råds, holdes tilbake slik at de kan "
              "gi råd uten å bli kjent for familien.")
_PARENT_DATA = ("Opplysningene om forelderens helse, situasjon og kontaktinformasjon tilhører "
                "forelderen. Barnet kan be forelderen om dem.")


def innsyn_view(case: Case, person: InnsynPerson, today: date) -> InnsynView:
    """The parts of `case` this person may see; the rest is named in `withheld`."""
    if person.is_parent:
        shown = tuple(c for c in case.children if _parents_own(c))
        subject = t("Forelderen: {name}", name=case.parent.name)
    else:
        child = case.child(person.child_id or 0)
        if child is None:
            raise ValidationError("Barnet finnes ikke i denne saken.", field="person")
        _require_age(child, today)
        shown = (child,)
        subject = t("Barnet: {name}", name=child.name)
    keep = {c.id for c in shown}
    withheld = _children_withheld(len(case.children) - len(shown))
    concerns = tuple(_without_anonymous(c) for c in case.concerns if c.child_id in keep)
    if any(x.anonymous for c in case.concerns if c.child_id in keep for x in c.consultations):
        withheld.append(Withheld(t("Hvem en anonym drøfting ble holdt med"), t(_ANONYMOUS)))
    sheets = tuple(replace(s, answers=tuple(a for a in s.answers if _answer_shown(a.child_id, keep, person)))
                   for s in case.sheets)
    parent = case.parent
    if not person.is_parent:
        parent = Parent(name=case.parent.name)
        withheld.append(Withheld(t("Forelderens egne opplysninger og svar om forelderen"), t(_PARENT_DATA)))
    consents = tuple(c for c in case.consents if c.child_id is None or c.child_id in keep)
    view = replace(case, parent=parent, children=shown, concerns=concerns, sheets=sheets, consents=consents)
    return InnsynView(view, person, tuple(withheld), subject)


def _parents_own(child: Child) -> bool:
    """A parent sees their own children, and any child they have parental responsibility for."""
    d = child.details
    return d.relation in (Relation.OWN, Relation.SELF) or d.parental_responsibility is True


def _require_age(child: Child, today: date) -> None:
    born = child.birth_date
    if born is None:
        return
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if age < CHILD_OWN_AGE:
        raise ValidationError("Et barn kan selv be om innsyn fra det er {age} år. "
                              "For yngre barn gis innsyn til den som har foreldreansvaret.", field="person",
                              age=CHILD_OWN_AGE)


def _children_withheld(count: int) -> list[Withheld]:
    if count <= 0:
        return []
    what = (t("Opplysninger om ett annet barn i saken (også bekymringer, samtykker og svar om barnet)")
            if count == 1 else
            t("Opplysninger om {count} andre barn i saken (også bekymringer, samtykker og svar om barnet)",
              count=count))
    return [Withheld(what, t(_OTHER_CHILD))]


def _without_anonymous(concern: Concern) -> Concern:
    hidden = tuple(replace(x, counterpart="") if x.anonymous else x for x in concern.consultations)
    return replace(concern, consultations=hidden)


def _answer_shown(child_id: int | None, keep: set[int], person: InnsynPerson) -> bool:
    return child_id in keep if child_id is not None else person.is_parent
