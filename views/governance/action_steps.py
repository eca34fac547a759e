"""Undoable user actions on action items and proposals, shared by the meeting record and
the lists: each runs one app operation through ctx.do, so Ctrl+Z takes it back."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from app import teams
from app.errors import InvalidRecord
from app.governance import actions, proposals
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

    def record(values: dict[str, Any]) -> int:
        return ctx.do(
            tr("Add action {title}").format(title=str(values["title"]).strip()),
            lambda: actions.add_action(store, team_id, meeting_id, values),
            lambda action_id: actions.delete_action(store, action_id),
            lambda row: actions.restore_action(store, row),
        )

    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return record(dialog.values())
        except InvalidRecord as invalid:
            dialog.show_errors(invalid)
    return None


def edit_action(ctx: AppContext, action_id: int, text: str, values: dict[str, Any]) -> None:
    """Change fields of an action item as one undoable step."""
    store = ctx.store
    ctx.do_edit(text, lambda v: actions.update_action(store, action_id, v), values)


def close_action(ctx: AppContext, action_id: int, title: str) -> None:
    edit_action(
        ctx,
        action_id,
        tr("Close action {title}").format(title=title),
        {"status": "done", "done_on": date.today()},
    )


def reopen_action(ctx: AppContext, action_id: int, title: str) -> None:
    edit_action(
        ctx,
        action_id,
        tr("Reopen action {title}").format(title=title),
        {"status": "open", "done_on": None},
    )


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
    edit_action(
        ctx,
        action_id,
        tr("Reassign {title} to {name}").format(title=title, name=name),
        {"owner_member_id": member_id},
    )
    return True


def delete_action(ctx: AppContext, action_id: int, title: str) -> None:
    store = ctx.store
    ctx.do(
        tr("Delete action {title}").format(title=title),
        lambda: actions.delete_action(store, action_id),
        lambda row: actions.restore_action(store, row),
        lambda restored: actions.delete_action(store, restored),
    )


def add_proposal(ctx: AppContext, parent: QWidget | None) -> int | None:
    dialog = ProposalDialog(ctx, parent)
    store, team_id = ctx.store, ctx.team_id

    def record(title: str, details: str, who: int | None) -> int:
        return ctx.do(
            tr("Add proposal {title}").format(title=title.strip()),
            lambda: proposals.add_proposal(store, team_id, title, details, who),
            lambda proposal_id: proposals.delete_proposal(store, proposal_id),
            lambda row: proposals.restore_proposal(store, row),
        )

    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return record(
                dialog.title.text(),
                dialog.description.toPlainText(),
                dialog.proposer.currentData(),
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
    store = ctx.store

    def record(state: str, text: str) -> None:
        ctx.do(
            tr("Decide on {title}").format(title=proposal.title),
            lambda: proposals.handle_proposal(store, proposal.id, state, text, meeting_id),
            lambda previous: proposals.restore_decision(store, proposal.id, previous),
            lambda previous: proposals.restore_decision(store, proposal.id, previous),
        )

    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            record(dialog.status.currentData(), dialog.decision.toPlainText())
        except InvalidRecord as invalid:
            dialog.form.show_errors(invalid)
            continue
        return True
    return False
