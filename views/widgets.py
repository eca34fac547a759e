"""Small reusable widgets: a form with inline error messages, a customer picker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.rules import NAME_MAX
from views.labels import error_text

if TYPE_CHECKING:  # annotations only: start-up's first page uses `limited` before SQLAlchemy
    from app.errors import InvalidRecord
    from views.context import AppContext


class ErrorForm(QFormLayout):
    """A QFormLayout whose rows each carry a red message label shown when the field is wrong."""

    def __init__(self) -> None:
        super().__init__()
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{key}")
        message.setStyleSheet("color: #c0392b;")
        message.setWordWrap(True)
        message.hide()
        box.addWidget(message)
        self.addRow(label, holder)
        self._errors[key] = message
        self._fields[key] = widget
        return widget

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_errors(self, invalid: InvalidRecord) -> None:
        """Show each message under its field and focus the first wrong field."""
        self.clear_errors()
        first: QWidget | None = None
        for error in invalid.errors:
            label = self._errors.get(error.field) or next(iter(self._errors.values()))
            label.setText(error_text(error))
            label.show()
            if first is None:
                first = self._fields.get(error.field)
        if first is not None:
            first.setFocus()

    def error(self, key: str) -> str:
        return self._errors[key].text()


class CustomerPicker(QLineEdit):
    """Type a few letters of a customer; completion comes from the full-text index."""

    customerChosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Type part of the customer's name…"))
        self.setMaxLength(NAME_MAX)
        self.textEdited.connect(self._search)

    def _search(self, text: str) -> None:
        self.customer_id = None
        if len(text.strip()) < 1:
            return
        from app.customers.records import find_names  # not needed before the first paint

        found = find_names(self.ctx.store, self.ctx.team_id, text)
        self._choices = {}
        for cid, name in found:
            label = name if name not in self._choices else f"{name} (#{cid})"
            self._choices[label] = cid
        self._model.setStringList(list(self._choices))
        if len(found) == 1 and found[0][1].lower() == text.strip().lower():
            self._chosen(found[0][1])

    def _chosen(self, label: str) -> None:
        cid = self._choices.get(label)
        if cid is not None:
            self.customer_id = cid
            self.customerChosen.emit(cid)

    def set_customer(self, customer_id: int, name: str) -> None:
        self._choices = {name: customer_id}
        self.setText(name)
        self.customer_id = customer_id
        self.customerChosen.emit(customer_id)


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree view as tall as their wrapped text in the column's current width.

    QTreeView asks a delegate for a row's height without the column's width, so wrapped
    text would be cut to one line; this one measures against the header's section."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        # A lambda, not the bound method (the PySide 6.12 quirk with method connections).
        view.header().sectionResized.connect(lambda *_args: view.scheduleDelayedItemsLayout())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self._view.header().sectionSize(index.column()) - 8
        if not text or width <= 0:
            return hint
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


def empty_state(text: str, name: str) -> QLabel:
    """The sentence a view shows instead of an empty table or bare chart axes: what will
    appear there and how to get there. Centred, wrapped, in the palette's muted colour."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
    return label


def limited(edit: QLineEdit, limit: int = NAME_MAX) -> QLineEdit:
    """Cap what can be typed or pasted into a one-line field at the domain's limit for it
    (models.rules); a many-line field is checked by the rules when it is saved."""
    edit.setMaxLength(limit)
    return edit


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel, wired to the dialog's accept and reject."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
