"""Development proposals: a shared log anyone adds to (seed 004, l. 244–251: "everything to
discuss is logged where everyone sees it"); each is handled in a development meeting —
accepted, rejected or done — with the decision recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, aliased

from app.changes import Changes, Kind
from app.errors import raise_if
from app.operations import edit_fields
from app.store import Store
from models.all import metadata
from models.fields import check_values
from models.governance import (
    DevelopmentProposal,
    Meeting,
    MeetingSeries,
    MeetingStatus,
    ProposalStatus,
)
from models.governance_fields import DEVELOPMENT_PROPOSAL
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.team import Member

PROPOSAL = metadata.tables["development_proposal"]


def add_proposal(
    store: Store,
    team_id: int,
    title: str,
    description: str = "",
    proposed_by: int | None = None,
    today: date | None = None,
) -> int:
    """Log a proposal (its title is required) by the catalogue's rules."""
    given = {"title": title, "description": description, "proposed_by_member_id": proposed_by}
    values, errors = check_values(DEVELOPMENT_PROPOSAL, given)
    raise_if(errors)
    with store.write(Changes.of(Kind.PROPOSAL)) as session:
        proposal = DevelopmentProposal(team_id=team_id, proposed_on=today or date.today(), **values)
        session.add(proposal)
        session.flush()
        return proposal.id


def handle_proposal(
    store: Store,
    proposal_id: int,
    status: str,
    decision: str,
    meeting_id: int | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """Record the decision on a proposal (in a meeting); return the replaced values.

    Back to "open" clears the decision; any other status needs the decision in words."""
    values, errors = check_values(DEVELOPMENT_PROPOSAL, {"status": status, "decision": decision})
    state, text = values.get("status"), values.get("decision")
    if state not in (None, ProposalStatus.OPEN.value) and not text:
        errors.append(
            ValidationError("decision", QT_TRANSLATE_NOOP("rules", "Write down what was decided."))
        )
    raise_if(errors)
    opened = state == ProposalStatus.OPEN.value
    values = {
        "status": state,
        "decision": None if opened else text,
        "handled_meeting_id": None if opened else meeting_id,
        "handled_on": None if opened else (today or date.today()),
    }
    return restore_decision(store, proposal_id, values)


def restore_decision(store: Store, proposal_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Set the decision fields as given; return what they replaced (undo and redo)."""

    def check(session: Session, _proposal: Any, values: dict[str, Any]) -> None:
        meeting_id = values.get("handled_meeting_id")
        if meeting_id and session.get(Meeting, meeting_id) is None:
            raise LookupError(meeting_id)  # the meeting it was decided in is gone

    changes = Changes.of(Kind.PROPOSAL, ids={proposal_id})
    return edit_fields(store, DevelopmentProposal, proposal_id, values, changes, check=check)


def delete_proposal(store: Store, proposal_id: int) -> dict[str, Any]:
    with store.write(Changes.of(Kind.PROPOSAL, ids={proposal_id})) as session:
        found = session.execute(select(PROPOSAL).where(PROPOSAL.c.id == proposal_id)).first()
        if found is None:
            raise LookupError(proposal_id)
        session.execute(delete(DevelopmentProposal).where(DevelopmentProposal.id == proposal_id))
        return dict(found._mapping)


def restore_proposal(store: Store, row: dict[str, Any]) -> int:
    with store.write(Changes.of(Kind.PROPOSAL, ids={row["id"]})) as session:
        session.execute(insert(PROPOSAL), [row])
    return int(row["id"])


@dataclass(frozen=True)
class ProposalRow:
    id: int
    title: str
    description: str | None
    proposed_by: str | None
    proposed_on: date
    status: str
    decision: str | None
    handled_on: date | None
    handled_meeting_id: int | None


def list_proposals(store: Store, team_id: int, only_open: bool = False) -> list[ProposalRow]:
    """The log: open ones first (oldest first, the order they are handled in), then the rest."""
    who = aliased(Member)
    statement = (
        select(
            DevelopmentProposal.id,
            DevelopmentProposal.title,
            DevelopmentProposal.description,
            who.name,
            DevelopmentProposal.proposed_on,
            DevelopmentProposal.status,
            DevelopmentProposal.decision,
            DevelopmentProposal.handled_on,
            DevelopmentProposal.handled_meeting_id,
        )
        .outerjoin(who, who.id == DevelopmentProposal.proposed_by_member_id)
        .where(DevelopmentProposal.team_id == team_id)
        .order_by(
            DevelopmentProposal.status != ProposalStatus.OPEN.value,
            DevelopmentProposal.proposed_on,
            DevelopmentProposal.id,
        )
    )
    if only_open:
        statement = statement.where(DevelopmentProposal.status == ProposalStatus.OPEN.value)
    return [ProposalRow(*cast(tuple[Any, ...], row)) for row in store.rows(statement)]


def latest_meeting(
    store: Store, team_id: int, meeting_types: list[str], today: date | None = None
) -> int | None:
    """The most recent meeting of these types on or before today (not cancelled): where a
    decision recorded from the log is taken to have been made."""
    statement = (
        select(Meeting.id)
        .join(MeetingSeries, MeetingSeries.id == Meeting.series_id)
        .where(
            Meeting.team_id == team_id,
            MeetingSeries.meeting_type.in_(meeting_types),
            Meeting.held_on <= (today or date.today()),
            Meeting.status != MeetingStatus.CANCELLED.value,
        )
        .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        .limit(1)
    )
    with store.read() as session:
        found = session.execute(statement).scalar()
    return int(found) if found is not None else None
