"""A small table model over rows already read (a report's result, a meeting's actions).

The governance lists are bounded (a team's series, open actions, a customer's year), so
they are read whole off the GUI thread and shown through this one model; the agenda, which
can run to thousands of rows at scale, pages through its own model instead.

The model sorts itself (a view with sorting enabled calls `sort`): by each row's sort keys,
made with the rows (off the GUI thread for the long lists), in one Python sort. A
QSortFilterProxyModel compares through `data()`, two Python calls per comparison: 1.1 s for
a header click on 30 000 action items, 115 ms for each new result of 2 500 governed
customers (docs/benchmarks.md). Column -1 (a cleared sort indicator) is the order given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
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
        self.rows: list[Row] = []  # in the order shown
        self._given: list[Row] = []  # in the order set_rows had them
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows, sorted as the user last chose."""
        self.beginResetModel()
        self._given = rows
        self.rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.rows
        self.rows = self._sorted()
        # The selection and the current row follow their rows to where they now are.
        where = {id(row): number for number, row in enumerate(self.rows)}
        for index in self.persistentIndexList():
            moved = where[id(before[index.row()])]
            self.changePersistentIndex(index, self.index(moved, index.column()))
        self.layoutChanged.emit()

    def _sorted(self) -> list[Row]:
        column, order = self._order
        if not 0 <= column < len(self.titles):
            return list(self._given)
        # Stable in both directions: equal keys keep the order given (owner, then due day).
        return sorted(
            self._given,
            key=lambda row: row.sort[column] if row.sort else row.cells[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

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
