"""A small table model over rows already read (a report's result, a meeting's actions).

The governance lists are bounded (a team's series, open actions, a customer's year), so
they are read whole off the GUI thread and shown through this one model; the agenda, which
can run to thousands of rows at scale, pages through its own model instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from views.table_export import EXPORT_ROLE

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class Row:
    cells: list[str]
    id: int | None = None
    colour: QColor | None = None  # text colour of the whole row (overdue, missed)
    bold: bool = False
    sort: list[Any] = field(default_factory=list)  # sort keys per column (dates, numbers)
    tooltip: str = ""
    values: list[Any] = field(default_factory=list)  # typed values for an export (dates)


class RowsModel(QAbstractTableModel):
    def __init__(self, titles: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.titles = titles
        self.rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == EXPORT_ROLE and row.values:
            return row.values[index.column()]
        if role == SORT_ROLE:
            return row.sort[index.column()] if row.sort else row.cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.colour is not None:
            return QBrush(row.colour)
        if role == Qt.ItemDataRole.FontRole and row.bold:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        return None

    def id_at(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == row_id), None)
