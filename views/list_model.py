"""A read-only table over rows a report already read: the scaffolding every list shares.

Report tabs read their rows whole off the GUI thread and show them through a subclass that
only says what each cell shows (`cell`); row counting, headers and the reset on new rows
live here once. Models that page through SQL (the customers table, the agenda) have their
own models.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Item = TypeVar("Item")


class ListModel(QAbstractTableModel, Generic[Item]):
    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.items: list[Item] = []

    def set_items(self, items: Sequence[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        return self.cell(self.items[index.row()], index.column(), role)

    def cell(self, item: Item, column: int, role: int) -> Any:
        """What `item` shows in `column` for `role` (None for roles it does not use)."""
        raise NotImplementedError
