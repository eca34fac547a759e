"""What a write changed: one typed change set per transaction.

Every write names the kinds of record it touches and, where it knows them, their ids.
Views listen for the kinds they show and refresh only those rows (an empty id set means
"any record of this kind", e.g. after a bulk insert).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Kind(StrEnum):
    """The kinds of record a change can touch. A new area adds its kinds here."""

    TEAM = "team"
    MEMBER = "member"
    CUSTOMER = "customer"
    CONTACT = "contact"
    INTERACTION = "interaction"
    LADDER_MOVE = "ladder_move"
    LADDER_SETTINGS = "ladder_settings"
    ROCKET = "rocket"
    SEGMENT = "segment"
    STRATEGY = "strategy"
    MEETING = "meeting"  # meeting series and their occurrences (ids: the meetings, or none)
    ACTION = "action"  # action items of meetings
    PROPOSAL = "proposal"  # development proposals
    GOVERNANCE = "governance"  # customers' governance models and playbooks (ids: customers)
    VALUE_WEIGHTS = "value_weights"
    METRIC = "metric"
    # Customer success (app/success)
    LIFECYCLE = "lifecycle"
    HEALTH = "health"
    RISK = "risk"
    GOAL = "goal"
    FEEDBACK = "feedback"
    SATISFACTION = "satisfaction"
    JOURNEY = "journey"
    CX_ASSESSMENT = "cx_assessment"
    # Privacy (app/privacy): a contact's consent history; the team's privacy settings
    CONSENT = "consent"
    PRIVACY_SETTINGS = "privacy_settings"
    # Team sync (app/sync): its settings and devices; conflicts found or settled
    SYNC = "sync"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Changes:
    """The change set of one transaction: each touched kind with the ids it touched."""

    entries: Mapping[Kind, frozenset[int]] = field(default_factory=dict)
    # Who started the change (the editor that saved, passed to `ctx.run`): that view skips
    # refreshing from its own change. None: a change nobody in this window started (an
    # undo, a sync, a worker). Not part of what changed, so not compared.
    initiator: object | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", MappingProxyType(dict(self.entries)))

    @classmethod
    def of(cls, *kinds: Kind, ids: Iterable[int] = ()) -> Changes:
        """The same ids (or none: any record) for each of `kinds`."""
        frozen = frozenset(ids)
        return cls({kind: frozen for kind in kinds})

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.entries)
        for kind, ids in other.entries.items():
            if kind in merged and merged[kind] and ids:
                merged[kind] = merged[kind] | ids
            else:
                # An empty set means "any record": it absorbs specific ids.
                merged[kind] = frozenset() if kind in merged else ids
        initiator = self.initiator if self.initiator is other.initiator else None
        return Changes(merged, initiator)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __iter__(self) -> Iterator[Kind]:
        return iter(self.entries)

    @property
    def kinds(self) -> frozenset[Kind]:
        return frozenset(self.entries)

    def touches(self, *kinds: Kind) -> bool:
        return any(kind in self.entries for kind in kinds)

    def ids(self, kind: Kind) -> frozenset[int]:
        """The ids touched of `kind`; empty when the kind is untouched or any record may be."""
        return self.entries.get(kind, frozenset())

    def started_by(self, initiator: object) -> Changes:
        """The same change set, said to be started by `initiator`."""
        return Changes(self.entries, initiator)

    def is_from(self, view: object) -> bool:
        """Whether `view` started this change itself (and already shows its result)."""
        return self.initiator is not None and self.initiator is view

    def touches_id(self, kind: Kind, record_id: int) -> bool:
        """Whether the record may have changed: its id is named, or the kind changed wholesale."""
        return kind in self.entries and (not self.entries[kind] or record_id in self.entries[kind])
