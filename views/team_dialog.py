"""Team dialogs: a new team company, and the team company's members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import team_steps, teams
from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.operations import Step
from models.rules import MemberRole
from models.team_fields import MEMBER
from views.context import AppContext, failure_reason
from views.field_labels import field_label
from views.labels import member_role_label
from views.unsaved import EditorDialog
from views.widgets import ErrorForm, limited, save_cancel_buttons

DIALOG_CHARS = 64  # a form dialog is at least this many average characters wide


def _label(key: str) -> str:
    """A member field's label (models/team_fields.py)."""
    return field_label(MEMBER.field(key))


def _line(key: str) -> QLineEdit:
    """A line for a member's text field, capped at the field's limit."""
    return limited(QLineEdit(), MEMBER.field(key).input_limit or 0)


class NewTeamDialog(EditorDialog):
    """Create a team company and its first member.

    At first start there is nothing to go back to: Cancel is called *Quit Raketti* and the
    dialog says so. Sized from the font, so that the labels and messages are never cut."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, first_start: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id: int | None = None
        self.setObjectName("newTeamDialog")
        self.setWindowTitle(self.tr("New team company"))
        intro = QLabel(self._intro(first_start))
        intro.setObjectName("newTeamIntro")
        intro.setWordWrap(True)
        self.form = ErrorForm()
        self.name = limited(QLineEdit())
        self.name.setObjectName("teamName")
        self.academy = limited(QLineEdit())
        self.academy.setPlaceholderText(self.tr("e.g. Tiimiakatemia, Proakatemia"))
        self.member = _line("name")  # the team leader: the first member
        self.email = _line("email")
        self.form.add("name", self.tr("Team company name"), self.name)
        self.form.add("academy", self.tr("Academy"), self.academy)
        self.form.add("member", self.tr("Your name"), self.member)
        self.form.add("email", self.tr("Your e-mail"), self.email)
        buttons = save_cancel_buttons(self)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("newTeamCancel")
        if first_start:
            self.cancel_button.setText(self.tr("Quit Raketti"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)
        self.name.setFocus()
        self.mark_saved()

    def _intro(self, first_start: bool) -> str:
        text = self.tr(
            "A team company keeps its own customers, ladder and rocket. You can add the "
            "other members later (File → Team members)."
        )
        if first_start:
            text += "\n\n" + self.tr(
                "Raketti needs one team company to start. Quit Raketti closes it without "
                "saving anything; it asks again at the next start."
            )
        return text

    def state(self) -> tuple[str, ...]:
        return (self.name.text(), self.academy.text(), self.member.text(), self.email.text())

    def unsaved_what(self) -> str:
        return self.tr("The new team company")

    def accept(self) -> None:
        try:
            self.team_id = teams.create_team(
                self.ctx.store,
                self.name.text(),
                self.academy.text(),
                leader=(self.member.text(), self.email.text()),
            )
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            self.adjustSize()  # the messages take room: grow rather than cut them
            return
        super().accept()


class TeamMembersDialog(EditorDialog):
    """The team company's members: add, rename, deactivate or reactivate and remove them,
    each an undoable step. A member who left is deactivated: hidden from pickers, still
    named in the history. Removing is for mistakes nothing refers to yet. Closing it with a
    name typed but not added asks first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[dict[str, Any]] = []
        self.setObjectName("teamMembersDialog")
        self.setWindowTitle(self.tr("Team members"))
        self.resize(680, 660)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("memberTable")
        # The member's fields, then whether they are still in the team (the field
        # "active", shown as a status).
        fields = [_label(key) for key in ("name", "email", "role")]
        self.table.setHorizontalHeaderLabels([*fields, self.tr("Status")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.rename_member())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self._member_buttons())
        layout.addLayout(self._add_form())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()
        # An undo or redo (or another window) may change the members while this is open.
        ctx.changed.connect(self._on_changed)
        # Stop listening once closed (the dialog is deleted a moment later).
        self.finished.connect(lambda _result: ctx.changed.disconnect(self._on_changed))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)
        self.mark_saved()

    def state(self) -> tuple[str, str]:
        return (self.name.text().strip(), self.email.text().strip())

    def save(self) -> bool:
        return self.add_member() is not None

    def unsaved_what(self) -> str:
        return self.tr("The member being added")

    def _member_buttons(self) -> QHBoxLayout:
        self.rename = QPushButton(self.tr("Rename…"))
        self.rename.setObjectName("renameMember")
        self.rename.clicked.connect(self.rename_member)
        self.deactivate = QPushButton(self.tr("Deactivate"))
        self.deactivate.setObjectName("deactivateMember")
        self.deactivate.setToolTip(
            self.tr("For a member who left: kept in the history, no longer offered in lists.")
        )
        self.deactivate.clicked.connect(self.toggle_active)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("removeMember")
        self.remove.setToolTip(self.tr("For a member added by mistake, who appears nowhere yet."))
        self.remove.clicked.connect(self.remove_member)
        row = QHBoxLayout()
        for button in (self.rename, self.deactivate, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _add_form(self) -> ErrorForm:
        self.form = ErrorForm()
        self.name, self.email = _line("name"), _line("email")
        self.form.add("name", _label("name"), self.name)
        self.form.add("email", _label("email"), self.email)
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(member_role_label(role.value), role.value)
        self.form.add("role", _label("role"), self.role)
        add = QPushButton(self.tr("Add member"))
        add.setObjectName("addMember")
        add.clicked.connect(self.add_member)
        self.form.addRow("", add)
        return self.form

    def _on_changed(self, changes: Changes) -> None:
        # Its own steps reload once they are done (and select what they added).
        if changes.touches(Kind.MEMBER) and not changes.is_from(self):
            self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        self.members = teams.members_of(self.ctx.store, self.ctx.team_id, include_inactive=True)
        self.table.setRowCount(len(self.members))
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, member in enumerate(self.members):
            status = self.tr("Active") if member["active"] else self.tr("Left the team")
            cells = [
                member["name"],
                member["email"] or "",
                member_role_label(member["role"]),
                status,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member["id"])
                if not member["active"]:
                    item.setForeground(faded)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if chosen is not None:
            self.select(chosen["id"])
        self._update_buttons()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows and rows[0].row() < len(self.members) else None

    def select(self, member_id: int) -> None:
        for row, member in enumerate(self.members):
            if member["id"] == member_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        member = self.selected()
        for button in (self.rename, self.deactivate, self.remove):
            button.setEnabled(member is not None)
        active = member is None or member["active"]
        self.deactivate.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def add_member(self) -> int | None:
        """Add the member typed in the form (undo takes them back while nothing cites them)."""
        store, team_id = self.ctx.store, self.ctx.team_id
        name, email, role = self.name.text(), self.email.text(), self.role.currentData()
        try:
            step = team_steps.add_member(store, team_id, name, email, role)
            member_id = self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return None
        self.form.clear_errors()
        self.name.clear()
        self.email.clear()
        self.reload()
        self.select(member_id)
        self.name.setFocus()
        return member_id

    def rename_member(self) -> bool:
        member = self.selected()
        if member is None:
            return False
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename member"),
            self.tr("New name for {name}:").format(name=member["name"]),
            QLineEdit.EchoMode.Normal,
            member["name"],
        )
        if not ok or name.strip() == member["name"]:
            return False
        return self._edit(
            team_steps.rename_member(self.ctx.store, member["id"], member["name"], name)
        )

    def toggle_active(self) -> bool:
        member = self.selected()
        if member is None:
            return False
        return self._edit(self._set_active(member, not member["active"]))

    def _set_active(self, member: dict[str, Any], active: bool) -> Step[dict[str, Any]]:
        return team_steps.set_active(self.ctx.store, member["id"], member["name"], active)

    def _edit(self, step: Step[dict[str, Any]]) -> bool:
        try:
            self.ctx.run(step, initiator=self)
        except (InvalidRecord, LookupError) as error:
            QMessageBox.warning(self, self.tr("Team members"), failure_reason(error))
            return False
        self.reload()
        return True

    def remove_member(self) -> bool:
        """Remove a member nobody refers to; for one in the history, offer deactivation."""
        member = self.selected()
        if member is None:
            return False
        try:
            step = team_steps.remove_member(self.ctx.store, member["id"], member["name"])
            self.ctx.run(step, initiator=self)
        except InvalidRecord as invalid:
            if member["active"] and self._offer_deactivation(member, invalid):
                return self._edit(self._set_active(member, False))
            if not member["active"]:
                QMessageBox.information(self, self.tr("Team members"), failure_reason(invalid))
            return False
        self.reload()
        return True

    def _offer_deactivation(self, member: dict[str, Any], invalid: InvalidRecord) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove member"),
            failure_reason(invalid)
            + "\n\n"
            + self.tr(
                "Deactivate {name} instead? The history keeps the name, and lists no longer "
                "offer it. You can reactivate the member later."
            ).format(name=member["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
