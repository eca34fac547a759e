"""Undoable user actions on action items and proposals, shared by the meeting record and
the lists: each asks what it needs and runs one step of app/governance/steps.py, so Ctrl+Z
takes it back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from app import teams
from app.errors import InvalidRecord
from app.governance import proposals, steps
from views.context import AppContext
from views.governance.dialogs import ActionDialog, DecisionDialog, ProposalDialog
from views.governance.labels import tr


def add_action(
    ctx: AppContext,
    parent: QWidget | None,
    meeting_id: int | None,
    owner: int | None = None,
    customer: tuple[int, str] | None = None,
) -> int | None:
    """Ask for an action item and record it; the dialog stays open until it is valid."""
    dialog = ActionDialog(ctx, parent, owner, customer)
    store, team_id = ctx.store, ctx.team_id

    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return ctx.run(steps.add_action(store, team_id, meeting_id, dialog.values()))
        except InvalidRecord as invalid:
            dialog.show_errors(invalid)
    return None


def close_action(ctx: AppContext, action_id: int, title: str) -> None:
    ctx.run(steps.close_action(ctx.store, action_id, title))


def reopen_action(ctx: AppContext, action_id: int, title: str) -> None:
    ctx.run(steps.reopen_action(ctx.store, action_id, title))


def reassign_action(
    ctx: AppContext, parent: QWidget | None, action_id: int, title: str, owner: str | None
) -> bool:
    """Ask for the new owner and hand the item over."""
    members = teams.members_of(ctx.store, ctx.team_id)
    names = [m["name"] for m in members]
    current = names.index(owner) if owner in names else 0
    name, chosen = QInputDialog.getItem(
        parent,
        tr("Reassign"),
        tr("New owner of “{title}”:").format(title=title),
        names,
        current,
        False,
    )
    if not chosen or name not in names:
        return False
    member_id = members[names.index(name)]["id"]
    ctx.run(steps.reassign_action(ctx.store, action_id, title, member_id, name))
    return True


def delete_action(ctx: AppContext, action_id: int, title: str) -> None:
    ctx.run(steps.delete_action(ctx.store, action_id, title))


def add_proposal(ctx: AppContext, parent: QWidget | None) -> int | None:
    dialog = ProposalDialog(ctx, parent)
    store, team_id = ctx.store, ctx.team_id

    while dialog.exec() == QDialog.DialogCode.Accepted:
        title, details = dialog.title.text(), dialog.description.toPlainText()
        try:
            return ctx.run(
                steps.add_proposal(store, team_id, title, details, dialog.proposer.currentData())
            )
        except InvalidRecord as invalid:
            dialog.form.show_errors(invalid)
    return None


def decide_proposal(
    ctx: AppContext,
    parent: QWidget | None,
    proposal: proposals.ProposalRow,
    meeting_id: int | None,
) -> bool:
    """Record the decision on a proposal (in the given development meeting)."""
    status = proposal.status if proposal.status != "open" else "accepted"
    dialog = DecisionDialog(parent, proposal.title, status, proposal.decision or "")
    while dialog.exec() == QDialog.DialogCode.Accepted:
        state, text = dialog.status.currentData(), dialog.decision.toPlainText()
        step = steps.decide_proposal(
            ctx.store, proposal.id, proposal.title, state, text, meeting_id
        )
        try:
            ctx.run(step)
        except InvalidRecord as invalid:
            dialog.form.show_errors(invalid)
            continue
        return True
    return False
