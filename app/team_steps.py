"""The team members' user actions as undoable steps (app/operations.py), beside app/teams.py.

Each names the step in the translation context of the members dialog that offers it and
says how it is undone: an added member is removed again (refused once anything refers to
them), a removed one put back with the same id and UUID, an edit re-applies what it replaced.
"""

from __future__ import annotations

from typing import Any

from app import teams
from app.operations import Step, add_step, edit_step, remove_step
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP

CONTEXT = "TeamMembersDialog"


def add_member(store: Store, team_id: int, name: str, email: str | None, role: str) -> Step[int]:
    return add_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("TeamMembersDialog", "Add member {name}"),
        lambda: teams.add_member(store, team_id, name, email, role),
        lambda member_id: teams.remove_member(store, member_id),
        lambda row: teams.restore_member(store, row),
        name=name.strip(),
    )


def _edit(
    store: Store, member_id: int, source: str, values: dict[str, Any], **args: Any
) -> Step[dict[str, Any]]:
    return edit_step(
        CONTEXT, source, lambda v: teams.edit_member(store, member_id, v), values, **args
    )


def rename_member(store: Store, member_id: int, old: str, new: str) -> Step[dict[str, Any]]:
    source = QT_TRANSLATE_NOOP("TeamMembersDialog", "Rename {old} to {new}")
    return _edit(store, member_id, source, {"name": new}, old=old, new=new.strip())


def set_active(store: Store, member_id: int, name: str, active: bool) -> Step[dict[str, Any]]:
    """Deactivate a member who left (`active` False), or reactivate one who came back."""
    source = (
        QT_TRANSLATE_NOOP("TeamMembersDialog", "Reactivate {name}")
        if active
        else QT_TRANSLATE_NOOP("TeamMembersDialog", "Deactivate {name}")
    )
    return _edit(store, member_id, source, {"active": active}, name=name)


def remove_member(store: Store, member_id: int, name: str) -> Step[dict[str, Any]]:
    """Take back a member added by mistake; InvalidRecord once anything refers to them."""
    return remove_step(
        CONTEXT,
        QT_TRANSLATE_NOOP("TeamMembersDialog", "Remove member {name}"),
        member_id,
        lambda record_id: teams.remove_member(store, record_id),
        lambda row: teams.restore_member(store, row),
        name=name,
    )
