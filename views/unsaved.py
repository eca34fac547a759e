"""Nothing typed is lost: the one mechanism that asks save / discard / cancel.

An *editor* is any widget that holds input not yet saved: the customer's detail form, the
Rocket score tab, a dialog with typed text. It implements `Editor` (four methods). Nobody
registers it: whoever is about to throw input away — the main window on quit, on a team
switch or a panel switch, a panel before it shows another record — finds the editors it
would leave with `editors_in(widget)` and calls `settle(parent, editors)`, which asks once
per editor with unsaved input and returns False when the user chose to stay.

Dialogs derive from `EditorDialog`: closing one with typed input (Esc, Cancel, the title
bar's ×) asks the same question; *Save* runs the dialog's own accept(), so a refused save
keeps the dialog open with its messages.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


@runtime_checkable
class Editor(Protocol):
    """A widget holding input that may not be saved yet."""

    def has_unsaved(self) -> bool:
        """Whether leaving now would lose something the user typed or chose."""
        ...

    def save(self) -> bool:
        """Save the input; False when it was refused (the editor shows why and keeps it)."""
        ...

    def discard(self) -> None:
        """Forget the input: show what is saved again."""
        ...

    def unsaved_what(self) -> str:
        """What holds the input, as the subject of a sentence: “The customer Oy Ab”."""
        ...


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Answer:
    """Ask whether to save, discard or stay (tests patch this one function)."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("unsaved", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("unsaved", "{what} has changes that are not saved.").format(
            what=what
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "unsaved", "Save them, discard them, or cancel to go back to editing."
        )
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    try:
        clicked = box.exec()
    finally:
        box.deleteLater()
    return {
        QMessageBox.StandardButton.Save: Answer.SAVE,
        QMessageBox.StandardButton.Discard: Answer.DISCARD,
    }.get(QMessageBox.StandardButton(clicked), Answer.CANCEL)


# Whether a widget class is an Editor, decided once per class: isinstance() against a
# runtime-checkable Protocol looks up its four methods on every call, and the main window
# has thousands of widgets (a team switch walked them all: 100–400 ms at 100 000 customers).
_EDITOR_CLASSES: dict[type, bool] = {}


def _is_editor(widget: QWidget) -> bool:
    cls = type(widget)
    known = _EDITOR_CLASSES.get(cls)
    if known is None:
        known = _EDITOR_CLASSES[cls] = issubclass(cls, Editor)
    return known


def editors_in(root: QWidget) -> list[Editor]:
    """The editors among `root` and its descendants (hidden ones too: a hidden panel's
    form still holds what was typed)."""
    found: list[Any] = [root] if _is_editor(root) else []
    found.extend(w for w in root.findChildren(QWidget) if _is_editor(w))
    return found


def settle(parent: QWidget | None, editors: Iterable[Editor]) -> bool:
    """Ask about each editor with unsaved input; True when it is fine to go on.

    False when the user chose Cancel, or chose Save and the save was refused (the editor
    then shows its messages and keeps the input)."""
    for editor in editors:
        if not editor.has_unsaved():
            continue
        answer = ask_unsaved(parent, editor.unsaved_what())
        if answer is Answer.CANCEL:
            return False
        if answer is Answer.SAVE:
            if not editor.save():
                return False
        else:
            editor.discard()
    return True


def failed_editor(editors: Iterable[Editor]) -> Editor | None:
    """The first editor still holding unsaved input (to show it after a refused save)."""
    return next((e for e in editors if e.has_unsaved()), None)


class EditorDialog(QDialog):
    """A dialog that asks before its typed input is thrown away.

    Subclasses implement `state()` (a comparable picture of the input) and call
    `mark_saved()` once the fields are filled; `accept()` is their save."""

    def state(self) -> Any:
        raise NotImplementedError

    def mark_saved(self) -> None:
        self._pristine = self.state()

    def has_unsaved(self) -> bool:
        return self.isVisible() and self.state() != getattr(self, "_pristine", None)

    def save(self) -> bool:
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted and not self.isVisible()

    def discard(self) -> None:
        QDialog.reject(self)

    def unsaved_what(self) -> str:
        return QCoreApplication.translate("unsaved", "The window “{title}”").format(
            title=self.windowTitle()
        )

    def reject(self) -> None:
        """Esc, Cancel and the window's × all come here: ask first when input would be lost."""
        if self.isVisible() and self.has_unsaved():
            settle(self, [self])
            return
        QDialog.reject(self)


def run_dialog(dialog: QDialog) -> int:
    """exec() a dialog, then delete it.

    A dialog left alive as its parent's child after exec() is destroyed by Qt only at
    shutdown, together with the Python connections that still point at it; PySide 6.12
    then frees the wrapper inside Qt's destructor ("shared QObject was deleted directly")
    and the process aborts. Deleting it when it is done keeps that from ever happening."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
