"""Team dialogs: a new team company, and the team company's members."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.errors import InvalidRecord
from models.rules import MemberRole
from views.context import AppContext
from views.labels import member_role_label
from views.widgets import ErrorForm, save_cancel_buttons


class NewTeamDialog(QDialog):
    """Create a team company and its first member."""

    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.team_id: int | None = None
        self.setObjectName("newTeamDialog")
        self.setWindowTitle(self.tr("New team company"))
        self.form = ErrorForm()
        self.name = self.form.add("name", self.tr("Team company name"), QLineEdit())
        self.academy = self.form.add("academy", self.tr("Academy"), QLineEdit())
        self.member = self.form.add("member", self.tr("Your name"), QLineEdit())
        self.email = self.form.add("email", self.tr("Your e-mail"), QLineEdit())
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(save_cancel_buttons(self))

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
            return
        super().accept()


class TeamMembersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("teamMembersDialog")
        self.setWindowTitle(self.tr("Team members"))
        self.resize(560, 460)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("memberTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Role")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.form = ErrorForm()
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.email = self.form.add("email", self.tr("E-mail"), QLineEdit())
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(member_role_label(role.value), role.value)
        self.form.add("role", self.tr("Role"), self.role)
        add = QPushButton(self.tr("Add member"))
        add.setObjectName("addMember")
        add.clicked.connect(self.add_member)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.form)
        layout.addWidget(add)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        members = teams.members_of(self.ctx.store, self.ctx.team_id)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = [member["name"], member["email"] or "", member_role_label(member["role"])]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add_member(self) -> None:
        try:
            teams.add_member(
                self.ctx.store,
                self.ctx.team_id,
                self.name.text(),
                self.email.text(),
                self.role.currentData(),
            )
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return
        self.form.clear_errors()
        self.name.clear()
        self.email.clear()
        self.reload()
        self.name.setFocus()
