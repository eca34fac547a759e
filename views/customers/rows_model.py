"""What the Customers table shows of its rows: display strings, colours, tooltips, titles.

Shared by the table model (views/customers/table_model.py, which reads and pages the rows
through SQLAlchemy) and start-up's first page (views/early_start.py, rows read with plain
sqlite3 before SQLAlchemy is imported), so that both paint a row alike. Imports no
SQLAlchemy.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.customers.first_page import COLUMN_KEYS
from models.customer_fields import CUSTOMER
from models.dates import as_date
from views.field_labels import column_field, field_title
from views.labels import level_label, size_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS = list(COLUMN_KEYS)

Index = QModelIndex | QPersistentModelIndex
SHORT = QLocale.FormatType.ShortFormat
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ID = int(ID_ROLE)
NEXT_DUE_COLUMN = KEYS.index("next_due")
LEVEL_COLUMN = KEYS.index("ladder_level")
ARCHIVED = QBrush(QColor("gray"))
OVERDUE = QBrush(QColor("#c0392b"))


# The columns the list computes (the others are catalogue fields, titled by the catalogue).
COMPUTED_TITLES = {
    "last_contact": QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"),
    "next_due": QT_TRANSLATE_NOOP("CustomerTableModel", "Next step due"),
}


def column_title(key: str) -> str:
    field = column_field(CUSTOMER, key)
    if field is not None:
        return field_title(field)
    return QCoreApplication.translate("CustomerTableModel", str(COMPUTED_TITLES[key]))


class CustomerRowsModel(QAbstractTableModel):
    """Rows of the customer list (objects with the columns as attributes), shown; the
    display strings of a row are made when it is first painted, then kept."""

    def __init__(self, rows: list[Any] | None = None) -> None:
        super().__init__()
        self._rows: list[Any] = rows or []
        self._display: list[list[str] | None] = [None] * len(self._rows)
        self._today = date.today()
        self._locale = QLocale()

    # --- model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEYS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(KEYS[section])
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every visible cell and role on each paint: plain int compares and list
        # lookups only (enum attribute lookups here cost more than the rest together).
        if role == DISPLAY:
            row = index.row()
            cells = self._display[row] or self._format(row)
            return cells[index.column()]
        if role == ID:
            return self._rows[index.row()].id
        if role == FOREGROUND:
            row = index.row()
            if self._rows[row].archived:
                return ARCHIVED
            if index.column() == NEXT_DUE_COLUMN and self._is_overdue(row):
                return OVERDUE
            return None
        if role == TOOLTIP and index.column() == LEVEL_COLUMN:
            return level_label(self._rows[index.row()].ladder_level)
        return None

    def _format(self, number: int) -> list[str]:
        """Display strings for one row, made when the row is first painted, then kept."""
        row = self._rows[number]
        cells = []
        for key in KEYS:
            value = getattr(row, key)
            if value is None:
                cells.append("")
            elif key == "size_class":
                cells.append(size_label(value))
            elif key in ("last_contact", "next_due"):
                cells.append(self._locale.toString(QDate(as_date(value)), SHORT))
            else:
                cells.append(str(value))
        self._display[number] = cells
        return cells

    def _is_overdue(self, number: int) -> bool:
        due = self._rows[number].next_due
        return bool(due) and as_date(due) < self._today

    def row_of(self, customer_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return None
