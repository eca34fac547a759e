"""A thin, lazy table model over the customer list: SQL sorts and filters, Qt shows."""

from __future__ import annotations

from dataclasses import replace
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

from app.customers.records import LIST_COLUMNS, CustomerQuery, count_rows, fetch_rows
from app.store import Store
from views.labels import level_label, size_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 200
# The first page only needs to fill a screen; later pages come as the view scrolls.
FIRST_BATCH = 80
KEYS = list(LIST_COLUMNS)

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


def column_title(key: str) -> str:
    titles = {
        "name": QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
        "business_id": QT_TRANSLATE_NOOP("CustomerTableModel", "Business ID"),
        "city": QT_TRANSLATE_NOOP("CustomerTableModel", "City"),
        "industry": QT_TRANSLATE_NOOP("CustomerTableModel", "Industry"),
        "size_class": QT_TRANSLATE_NOOP("CustomerTableModel", "Size"),
        "ladder_level": QT_TRANSLATE_NOOP("CustomerTableModel", "Level"),
        "owner": QT_TRANSLATE_NOOP("CustomerTableModel", "Owner"),
        "last_contact": QT_TRANSLATE_NOOP("CustomerTableModel", "Last contact"),
        "next_due": QT_TRANSLATE_NOOP("CustomerTableModel", "Next step due"),
    }
    return QCoreApplication.translate("CustomerTableModel", str(titles[key]))


class CustomerTableModel(QAbstractTableModel):
    """Loads BATCH rows at a time as the view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, store: Store, query: CustomerQuery) -> None:
        super().__init__()
        self.store = store
        self.query = query
        self._rows: list[Any] = []
        self._display: list[list[str] | None] = []
        self._exhausted = True
        self._resetting = False
        self._total: int | None = None
        self._today = date.today()
        self._locale = QLocale()
        self.reload()

    # --- loading -------------------------------------------------------------------------

    def set_query(self, query: CustomerQuery) -> None:
        self.query = query
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Re-run the query; keep at least `keep` rows loaded (after an edit)."""
        self.beginResetModel()
        want = max(FIRST_BATCH, keep)
        self._rows = fetch_rows(self.store, self.query, 0, want)
        self._display = [None] * len(self._rows)
        self._exhausted = len(self._rows) < want
        self._total = None
        # Listeners handle modelReset one after another: none may fetch (and insert rows)
        # before all of them have seen the reset (QAbstractItemModelTester checks this).
        self._resetting = True
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def refresh(self) -> None:
        self.reload(keep=len(self._rows))

    def total(self) -> int:
        """All matching customers, loaded or not (one indexed COUNT, cached until reload)."""
        if self._total is None:
            self._total = len(self._rows) if self._exhausted else count_rows(self.store, self.query)
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._resetting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = fetch_rows(self.store, self.query, len(self._rows), BATCH)
        self._exhausted = len(more) < BATCH
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self._display.extend([None] * len(more))
            self.endInsertRows()

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
                cells.append(self._locale.toString(QDate(_as_date(value)), SHORT))
            else:
                cells.append(str(value))
        self._display[number] = cells
        return cells

    def _is_overdue(self, number: int) -> bool:
        due = self._rows[number].next_due
        return bool(due) and _as_date(due) < self._today

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self.query, sort_key=KEYS[column], descending=descending)
        if query != self.query:  # the view re-announces its sort order on setup: no re-query
            self.set_query(query)

    def row_of(self, customer_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return None


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
