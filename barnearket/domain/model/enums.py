"""Closed vocabularies of the domain; their values are stable ids stored in the case file."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    """Whether the case is still being worked on."""

    OPEN = "open"
    CLOSED = "closed"


class GateAnswer(StrEnum):
    """The answer to "does the user have children (or siblings) under 18?"."""

    JA = "ja"
    NEI = "nei"
    VIL_IKKE_SVARE = "vil_ikke_svare"
    UKJENT = "ukjent"


class TreatmentPhase(StrEnum):
    """Where the parent is in treatment; conversations about children happen in every phase."""

    NONE = "none"
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


class Relation(StrEnum):
    """How the child is related to the parent of the case."""

    OWN = "own"
    STEP = "step"
    SIBLING = "sibling"
    OTHER = "other"
    SELF = "self"
    """The user of the service herself, when she is under 18: the duty to report covers her too."""


class Residence(StrEnum):
    """Where the child lives relative to the parent of the case."""

    DAILY_CARE = "daily_care"
    SAMVAER = "samvaer"
    ELSEWHERE = "elsewhere"


class SheetStatus(StrEnum):
    """A Barnearket conversation is a draft until completed; then it never changes."""

    DRAFT = "draft"
    COMPLETED = "completed"


class ConcernStatus(StrEnum):
    """Whether a concern is being followed."""

    OPEN = "open"
    CLOSED = "closed"


class Scale(StrEnum):
    """The two concern scales: about the child and about the parents."""

    CHILD = "child"
    PARENT = "parent"


class ConsultationWith(StrEnum):
    """Whom the worker shared and discussed the concern with."""

    COLLEAGUE = "colleague"
    LEADER = "leader"
    RESOURCE_GROUP = "resource_group"
    BARNEVERN = "barnevern"
    OTHER = "other"


class DecisionOutcome(StrEnum):
    """The decision at step 5, one per BTI level 0 to 3."""

    CLOSE = "close"
    OWN_UNIT = "own_unit"
    COOPERATE = "cooperate"
    REPORT = "report"

    @property
    def level(self) -> int:
        """The BTI level (0 close, 1 own unit, 2 cooperation, 3 report)."""
        return list(DecisionOutcome).index(self)


class ActionStatus(StrEnum):
    """How far an action has come."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    STOPPED = "stopped"

    @property
    def active(self) -> bool:
        """True while the action still needs follow-up."""
        return self in (ActionStatus.PLANNED, ActionStatus.ONGOING)


class ConsentAnswer(StrEnum):
    """What the person asked for consent answered: yes (given) or no (refused)."""

    GIVEN = "given"
    REFUSED = "refused"


class ConsentGiver(StrEnum):
    """Who gave a consent: a parent, or the child itself (entitled from 15)."""

    PARENT = "parent"
    CHILD = "child"


class ConsentForm(StrEnum):
    """Whether the consent was given in writing or orally."""

    WRITTEN = "written"
    ORAL = "oral"


class ReportRecipient(StrEnum):
    """Where a report of concern (or a referral) goes; the values are also service ids."""

    BARNEVERN = "barnevern"
    NAV = "nav"
    SPESIALISTHELSETJENESTEN = "spesialisthelsetjenesten"
    POLITI = "politi"
    SOSIAL_SVANGERSKAP = "nav_svangerskap"
    """Social services about a pregnant woman's substance use (the duty to inform, no consent)."""
    SPESIALIST_SVANGERSKAP = "spesialist_svangerskap"
    """The specialist health service about a pregnant woman's substance use (no consent)."""

    @property
    def needs_consent(self) -> bool:
        """Only a referral below the reporting threshold needs consent; barnevern, police and the
        pregnancy reports never do."""
        return self not in (ReportRecipient.BARNEVERN, ReportRecipient.POLITI,
                            ReportRecipient.SOSIAL_SVANGERSKAP, ReportRecipient.SPESIALIST_SVANGERSKAP)

    @property
    def about_pregnancy(self) -> bool:
        """Whether the report belongs to the pregnancy path (an unborn child)."""
        return self in (ReportRecipient.SOSIAL_SVANGERSKAP, ReportRecipient.SPESIALIST_SVANGERSKAP)

    @property
    def has_feedback_deadlines(self) -> bool:
        """Whether the law gives the recipient deadlines to assess and answer (barnevernet only)."""
        return self is ReportRecipient.BARNEVERN

    @property
    def portal_applies(self) -> bool:
        """Whether the national report portal (and its JSON) is the way to send it: barnevern only."""
        return self is ReportRecipient.BARNEVERN


class ReportStatus(StrEnum):
    """Draft, completed and printable, or sent (then locked; a correction is a new version)."""

    DRAFT = "draft"
    READY = "ready"
    SENT = "sent"


class ReportChannel(StrEnum):
    """How the report was delivered."""

    PORTAL = "portal"
    LETTER = "letter"
    PHONE = "phone"


class ReportSection(StrEnum):
    """The free-text sections of a report, following the national portal's public form."""

    CONCERN = "concern"
    HISTORY = "history"
    MEASURES = "measures"
    OTHER_SERVICES = "other_services"
    OTHER_VIEWS = "other_views"


class StatusChange(StrEnum):
    """An entry in a concern's closure history."""

    CLOSED = "closed"
    REOPENED = "reopened"


class Step(StrEnum):
    """The seven steps from concern to action, in their usual order (any order is allowed)."""

    AROSE = "arose"
    CONCRETISE = "concretise"
    SHARE = "share"
    CONVERSATION = "conversation"
    DECISION = "decision"
    FOLLOW_UP = "follow_up"
    CLOSURE = "closure"

    @property
    def number(self) -> int:
        """The step's number, 1 to 7."""
        return list(Step).index(self) + 1
