"""Erase this person… (issue 23, item 4): a confirmation that names the person, then the
erasure off the GUI thread, the undo stack cleared (its steps hold old values).

`ask_and_erase(ctx, contact_id, parent)` is what others call (the Contacts tab's context
menu, the privacy review list). Cancel is the default;
Erase is enabled only once a reason is given and the box "cannot be undone" is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from app.privacy.erase import Erased, Person, describe, erase_contact
from models.ids import ContactId
from models.rules import TEXT_MAX, ValidationError
from views.context import AppContext
from views.labels import error_text
from views.unsaved import run_dialog

CONTEXT = "EraseDialog"


def tr(text: str) -> str:
    # lupdate files a module-level tr()'s strings under the empty context.
    return QCoreApplication.translate("", text)


class EraseDialog(QDialog):
    """Names the person, says what happens, asks for a reason and a tick."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase this person"))
        heading = QLabel(
            self.tr("Erase {name} of {customer}?").format(
                name=person.name, customer=person.customer
            )
        )
        heading.setObjectName("eraseHeading")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        facts = QFormLayout()
        facts.addRow(self.tr("E-mail:"), QLabel(person.email or "–"))
        facts.addRow(self.tr("Phone:"), QLabel(person.phone or "–"))
        facts.addRow(self.tr("Interactions they took part in:"), QLabel(str(person.interactions)))
        explain = QLabel(
            self.tr(
                "Their name, title, e-mail, phone and notes are removed from this database, "
                "from its change history and recycle bin, and their e-mail and phone from "
                "every note. Their interactions stay, under “Erased person”. Team sync takes "
                "the erasure to every laptop of the team, and each removes the same, also "
                "from the shared folder. Only the date, who erased and the reason remain."
            )
        )
        explain.setWordWrap(True)
        warning = QLabel(self.tr("This cannot be undone."))
        warning.setObjectName("eraseWarning")
        warning.setFont(font)  # bold, as the heading
        self.reason = QLineEdit()
        self.reason.setObjectName("eraseReason")
        self.reason.setMaxLength(TEXT_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. the person's request of 3 March, ref 12"))
        self.understood = QCheckBox(self.tr("I understand that this cannot be undone."))
        self.understood.setObjectName("eraseUnderstood")
        self.error = QLabel()
        self.error.setObjectName("eraseError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setAutoDefault(False)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.erase_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self.reason.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(facts)
        layout.addWidget(explain)
        layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Reason or reference (kept with the erasure):")))
        layout.addWidget(self.reason)
        layout.addWidget(self.understood)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._update()

    def _update(self) -> None:
        ready = bool(self.reason.text().strip()) and self.understood.isChecked()
        self.erase_button.setEnabled(ready)


def ask_and_erase(ctx: AppContext, contact_id: ContactId, parent: QWidget | None) -> bool:
    """Ask, then erase off the GUI thread; True when the user confirmed (the erasure then
    runs, and the views refresh when it is done)."""
    person = describe(ctx.store, contact_id)
    if person is None:
        return False
    if person.erased:
        QMessageBox.information(
            parent, tr("Erase this person"), tr("This person has been erased already.")
        )
        return False
    dialog = EraseDialog(person, parent)
    if not run_dialog(dialog):
        return False
    reason = dialog.reason.text()
    me = ctx.me

    def done(_erased: Erased) -> None:
        # Undo steps hold the person's old values in their closures: none may stay.
        ctx.undo_stack.clear()

    def failed(error: Exception) -> None:
        if isinstance(error, InvalidRecord):
            text = "\n".join(_message(e) for e in error.errors)
            QMessageBox.warning(parent, tr("Erase this person"), text)
            return
        raise error

    ctx.undo_stack.clear()  # before: no step can be undone into the person meanwhile
    ctx.background.task(
        lambda _progress: erase_contact(ctx.store, contact_id, reason, me, ctx.paths.backups),
        done,
        failed,
    )
    return True


def _message(error: ValidationError) -> str:
    translated = QCoreApplication.translate(CONTEXT, error.message)
    return translated if translated != error.message else error_text(error)


def contact_actions(menu: QMenu, ctx: AppContext, contact_id: ContactId, parent: QWidget) -> None:
    """The Contacts tab's context menu: Erase this person…"""
    action = menu.addAction(tr("Erase this person…"))
    action.setObjectName("eraseContactAction")
    action.triggered.connect(lambda: ask_and_erase(ctx, contact_id, parent))
