"""The base of the success area's dialogs: inline messages when a save is refused, and a
question before anything typed is thrown away; plus the small input builders they share."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidRecord
from views.success.labels import codes, label
from views.widgets import ErrorForm, save_cancel_buttons


class GuardedDialog(QDialog):
    """`save()` does the work (through the undo stack) and raises InvalidRecord when a rule
    is broken: the messages appear under their fields and nothing is lost. Cancel, Esc and
    closing ask first when something was typed."""

    def __init__(self, parent: QWidget | None, title: str, intro: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = ErrorForm()
        self.result_: Any = None
        self._dirty = False
        layout = QVBoxLayout(self)
        if intro:
            heading = QLabel(intro)
            heading.setWordWrap(True)
            layout.addWidget(heading)
        layout.addLayout(self.form)
        self.buttons = save_cancel_buttons(self)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    # --- to implement --------------------------------------------------------------------

    def save(self) -> Any:
        raise NotImplementedError

    # --- the mechanism ---------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def watch(self, *widgets: QWidget) -> None:
        """Count any edit of these inputs as typed input worth asking about."""
        for widget in widgets:
            signal: Any = None
            if isinstance(widget, QLineEdit):
                signal = widget.textEdited
            elif isinstance(widget, QPlainTextEdit):
                signal = widget.textChanged
            elif isinstance(widget, QComboBox):
                signal = widget.activated
            elif isinstance(widget, QDateEdit):
                signal = widget.dateChanged
            elif isinstance(widget, QSpinBox):
                signal = widget.valueChanged
            elif isinstance(widget, QCheckBox):
                signal = widget.toggled
            if signal is not None:
                signal.connect(self._edited)

    def _edited(self, *_args: Any) -> None:
        self._dirty = True

    def accept(self) -> None:
        try:
            self.result_ = self.save()
        except InvalidRecord as invalid:
            self.form.show_errors(invalid)
            return
        self._dirty = False
        super().accept()

    def reject(self) -> None:
        if self._dirty and not confirm_discard(self):
            return
        self._dirty = False
        super().reject()


def confirm_discard(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("GuardedDialog", "Discard changes?"),
        QCoreApplication.translate(
            "GuardedDialog", "You have typed something that is not saved. Throw it away?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def code_combo(vocabulary: str, current: str | None = None, blank: str | None = None) -> QComboBox:
    """A choice of a vocabulary's codes, shown by their labels; `blank` adds a "none" item."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, None)
    for code in codes(vocabulary):
        combo.addItem(label(vocabulary, code), code)
    select(combo, current)
    return combo


def select(combo: QComboBox, value: Any) -> None:
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(combo.findData(value), 0))


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day or date.today()))
    edit.setCalendarPopup(True)
    return edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def member_combo(members: list[dict[str, Any]], current: int | None, blank: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(blank, None)
    for member in members:
        combo.addItem(member["name"], member["id"])
    select(combo, current)
    return combo


def text_box(placeholder: str = "", height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box
