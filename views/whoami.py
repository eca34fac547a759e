"""Who am I on this laptop: the member whose name goes on the changes made here.

Asked when a team company is first opened on this laptop (or taken from the member created
with a new team company), remembered in this laptop's settings under the team company's
UUID and shown in the status bar, where a click changes it. The answer is not stored in
the database: a file shared with the team, or copied to another laptop, does not carry it,
while a file moved or restored from a backup keeps it (its team company keeps its UUID).
`AppContext.me` gives it to every view that records an author.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.changes import Changes, Kind
from views.context import AppContext
from views.labels import member_role_label

NOBODY = "-"  # asked, and the answer was "none of these" (a visitor, a coach looking in)


def _key(team_uuid: str) -> str:
    return f"whoami/{team_uuid}"


def answer(ctx: AppContext, team: dict[str, Any]) -> str | None:
    """The member UUID remembered for `team` (a list_teams row), NOBODY, or None if never
    asked on this laptop."""
    value = ctx.settings.value(_key(team["uuid"]))
    return str(value) if value not in (None, "") else None


def load(ctx: AppContext) -> None:
    """Fill `ctx.me_by_team` from this laptop's answers, for every team company in the file.

    A member who was deactivated or removed since is nobody's "me" any more."""
    ctx.me_by_team.clear()
    for team in teams.list_teams(ctx.store):
        remembered = answer(ctx, team)
        if remembered in (None, NOBODY):
            continue
        for member in teams.members_of(ctx.store, team["id"]):
            if member["uuid"] == remembered:
                ctx.me_by_team[team["id"]] = member["id"]


def remember(ctx: AppContext, team_id: int, member_id: int | None) -> None:
    team = next(t for t in teams.list_teams(ctx.store) if t["id"] == team_id)
    value = NOBODY
    if member_id is not None:
        value = next(
            m["uuid"] for m in teams.members_of(ctx.store, team_id) if m["id"] == member_id
        )
    ctx.settings.setValue(_key(team["uuid"]), value)
    ctx.settings.sync()
    load(ctx)


def adopt_new_teams(ctx: AppContext, known: set[int]) -> None:
    """A team company created here, not in `known`, whose only member was made with it (the
    "Your name" of the new-team dialog): that member is who uses this laptop."""
    for team in teams.list_teams(ctx.store):
        if team["id"] in known or answer(ctx, team) is not None:
            continue
        members = teams.members_of(ctx.store, team["id"])
        if len(members) == 1:
            remember(ctx, team["id"], members[0]["id"])


class WhoAmIDialog(QDialog):
    """Pick yourself from the team company's active members (or nobody)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("whoAmIDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        team = next((t for t in teams.list_teams(ctx.store) if t["id"] == ctx.team_id), None)
        intro = QLabel(
            self.tr(
                "Raketti notes who moved a customer, took part in a meeting or scored a "
                "process. Who uses Raketti on this computer in {team}? The answer stays on "
                "this computer; you can change it in the status bar."
            ).format(team=team["name"] if team else "")
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)
        self.members = QListWidget()
        self.members.setObjectName("whoAmIList")
        for member in teams.members_of(ctx.store, ctx.team_id):
            role = member_role_label(member["role"])
            item = QListWidgetItem(f"{member['name']} – {role}")
            item.setData(Qt.ItemDataRole.UserRole, member["id"])
            self.members.addItem(item)
        nobody = QListWidgetItem(self.tr("None of these: I am only looking"))
        nobody.setData(Qt.ItemDataRole.UserRole, None)
        self.members.addItem(nobody)
        for row in range(self.members.count()):
            if self.members.item(row).data(Qt.ItemDataRole.UserRole) == ctx.me:
                self.members.setCurrentRow(row)
        self.members.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.members)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        item = self.members.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def has_choice(self) -> bool:
        return self.members.currentItem() is not None


class WhoAmIButton(QToolButton):
    """The status bar's "Me: …": who the changes made here are attributed to; click to change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("whoAmI")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Changes you make are noted under this name. Click to change."))
        self.clicked.connect(self.choose)
        self._known = {t["id"] for t in teams.list_teams(ctx.store)}
        load(ctx)
        ctx.teamChanged.connect(lambda _team: self.refresh())
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(Kind.TEAM, Kind.MEMBER):
            return
        if changes.touches(Kind.TEAM):
            adopt_new_teams(self.ctx, self._known)
            self._known = {t["id"] for t in teams.list_teams(self.ctx.store)}
        load(self.ctx)
        self.refresh()

    def refresh(self) -> None:
        me = self.ctx.me
        member = (
            next(
                (m for m in teams.members_of(self.ctx.store, self.ctx.team_id) if m["id"] == me),
                None,
            )
            if self.ctx.has_team and me is not None
            else None
        )
        # Team sync records this member as the author of the changes made on this laptop.
        self.ctx.store.author = member["uuid"] if member else None
        self.setText(
            self.tr("Me: {name}").format(name=member["name"])
            if member
            else self.tr("Who am I? Choose…")
        )

    def choose(self) -> bool:
        """Ask who uses this laptop in the current team company; True when answered."""
        if not self.ctx.has_team:
            return False
        dialog = WhoAmIDialog(self.ctx, self.window())
        try:
            if not dialog.exec() or not dialog.has_choice():
                return False
            remember(self.ctx, self.ctx.team_id, dialog.chosen())
        finally:
            dialog.deleteLater()
        self.refresh()
        return True


def install(window: QMainWindow, ctx: AppContext) -> WhoAmIButton:
    button = WhoAmIButton(ctx, window)
    window.statusBar().addPermanentWidget(button)
    return button


def ask_if_unknown(window: QMainWindow, ctx: AppContext) -> None:
    """At start: ask once per team company and laptop, if the team has members to pick."""
    if not ctx.has_team:
        return
    team = next((t for t in teams.list_teams(ctx.store) if t["id"] == ctx.team_id), None)
    if team is None or answer(ctx, team) is not None:
        return
    if teams.members_of(ctx.store, ctx.team_id):
        button = window.findChild(WhoAmIButton)
        if button is not None:
            button.choose()
