"""Team dialogs: a new team company, and the team company's members."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import teams
from app.changes import Changes, Kind
from app.errors import InvalidRecord
from models.rules import EMAIL_MAX, MemberRole
from views.context import AppContext
from views.labels import member_role_label
from views.unsaved import EditorDialog
from views.widgets import ErrorForm, limited, save_cancel_buttons

DIALOG_CHARS = 64  # a form dialog is at least this many average characters wide


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
        self.member = limited(QLineEdit())
        self.email = limited(QLineEdit(), EMAIL_MAX)
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
    """The team company's members; adding one is an undoable step. Closing it with a name
    typed but not added asks first."""

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
        self.name = limited(QLineEdit())
        self.email = limited(QLineEdit(), EMAIL_MAX)
        self.form.add("name", self.tr("Name"), self.name)
        self.form.add("email", self.tr("E-mail"), self.email)
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

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.MEMBER):
            self.reload()

    def reload(self) -> None:
        members = teams.members_of(self.ctx.store, self.ctx.team_id)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            cells = [member["name"], member["email"] or "", member_role_label(member["role"])]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def add_member(self) -> int | None:
        """Add the member typed in the form (undo takes them back while nothing cites them)."""
        store, team_id = self.ctx.store, self.ctx.team_id
        name, email, role = self.name.text(), self.email.text(), self.role.currentData()
        try:
            member_id = self.ctx.do(
                self.tr("Add member {name}").format(name=name.strip()),
                lambda: teams.add_member(store, team_id, name, email, role),
                lambda added: teams.remove_member(store, added),
                lambda removed: teams.restore_member(store, removed),
            )
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return None
        self.form.clear_errors()
        self.name.clear()
        self.email.clear()
        self.reload()
        self.name.setFocus()
        return member_id
