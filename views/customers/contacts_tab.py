"""The customer's contact persons with their buying-centre roles: the Contacts tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.areas import hooks
from app.customers import contacts as contact_service
from app.customers import steps
from app.privacy.consent import CHANGE, consent_history
from models.customer_fields import CONTACT, ContactRecord
from models.ids import ContactId
from views.context import AppContext
from views.customers.dialogs import ContactDialog, confirm
from views.field_labels import field_title
from views.labels import role_label
from views.privacy.contact_actions import export_person_data
from views.privacy.erase_dialog import contact_actions as erase_actions
from views.unsaved import run_dialog

# The contact fields the tab shows, in its columns' order; roles (with "advocate") last.
COLUMNS = ("name", "title", "email", "phone", "roles")


class ContactsTab(QWidget):
    """Lists the contact persons; add, edit and delete are undoable steps."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.customer_id: int | None = None
        self.rows: dict[int, ContactRecord] = {}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("contactTable")
        self.table.setHorizontalHeaderLabels([field_title(CONTACT.field(key)) for key in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.erased: set[str] = set()  # UUIDs of the shown contacts who were erased
        add = QPushButton(self.tr("Add contact…"))
        add.clicked.connect(self.add_contact)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_contact)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_contact)
        export = QPushButton(self.tr("Export data…"))
        export.setObjectName("exportPersonButton")
        export.setToolTip(self.tr("Export this person's data"))
        export.clicked.connect(self.export_person)
        self.buttons = [add, edit, remove, export]
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        for button in self.buttons:
            button.setEnabled(customer_id is not None)
        self.reload()

    def reload(self) -> None:
        rows = (
            contact_service.contacts_of(self.ctx.store, self.customer_id)
            if self.customer_id
            else []
        )
        uuids = [row.uuid for row in rows]
        self.erased = set().union(
            *(h(self.ctx.store, "contact", uuids) for h in hooks("erased_records"))
        )
        self.table.setRowCount(len(rows))
        for r, contact in enumerate(rows):
            cells = [getattr(contact, key) for key in COLUMNS[:-1]] + [self._roles(contact)]
            if contact.uuid in self.erased:  # an anonymised placeholder (privacy)
                cells[0] = self.tr("Erased person")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text or "")
                item.setData(Qt.ItemDataRole.UserRole, contact.id)
                if contact.uuid in self.erased:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.rows = {row.id: row for row in rows}
        self.table.resizeColumnsToContents()

    def _roles(self, contact: ContactRecord) -> str:
        roles = ", ".join(role_label(code) for code in contact.roles.split(",") if code)
        if not contact.advocate:
            return roles
        return self.tr("{roles} · advocate").format(roles=roles) if roles else self.tr("advocate")

    def _selected(self) -> ContactId | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return ContactId(int(item.data(Qt.ItemDataRole.UserRole))) if item else None

    def add_contact(self) -> None:
        if self.customer_id is None:
            return
        dialog = ContactDialog(self)
        if run_dialog(dialog):
            step = steps.add_contact(self.ctx.store, self.customer_id, self._recorded(dialog))
            self.ctx.run(step, initiator=self)

    def edit_contact(self) -> None:
        contact_id = self._selected()
        if contact_id is None or self.rows[contact_id].uuid in self.erased:
            return  # an erased person is not written again
        # One contact's consent rows: a small read, like the tab's own list.
        history = consent_history(self.ctx.store, contact_id)
        dialog = ContactDialog(self, self.rows[contact_id], history)
        if run_dialog(dialog):
            step = steps.edit_contact(self.ctx.store, contact_id, self._recorded(dialog))
            self.ctx.run(step, initiator=self)

    def delete_contact(self) -> None:
        contact_id = self._selected()
        if contact_id is None:
            return
        name = self.rows[contact_id].name
        if not confirm(self, self.tr("Delete the contact person {name}?").format(name=name)):
            return
        self.ctx.run(steps.delete_contact(self.ctx.store, contact_id, name), initiator=self)

    def _recorded(self, dialog: ContactDialog) -> dict[str, Any]:
        """The form's values; a change of the consent is recorded by whoever uses Raketti."""
        values = dict(dialog.values)
        values[CHANGE] = {**values.get(CHANGE, {}), "member": self.ctx.me}
        return values

    def export_person(self) -> None:
        contact_id = self._selected()
        if contact_id is not None:
            name = self.rows[contact_id].name
            export_person_data(self.ctx, contact_id, name, self)

    def _context_menu(self, position: QPoint) -> None:
        contact_id = self._selected()
        if contact_id is None:
            return
        menu = QMenu(self)
        menu.setObjectName("contactMenu")
        menu.addAction(self.tr("Edit…"), self.edit_contact)
        menu.addAction(self.tr("Delete"), self.delete_contact)
        menu.addSeparator()
        menu.addAction(self.tr("Export this person's data…"), self.export_person)
        if self.rows[contact_id].uuid not in self.erased:  # Erase this person…
            erase_actions(menu, self.ctx, contact_id, self)
        menu.popup(self.table.viewport().mapToGlobal(position))
