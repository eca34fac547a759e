"""A thin, lazy table model over the customer list: SQL sorts and filters, Qt shows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.customers import LIST_COLUMNS, CustomerQuery, count_rows, fetch_rows
from app.store import Store
from views.labels import level_label, size_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BATCH = 200
KEYS = list(LIST_COLUMNS)

Index = QModelIndex | QPersistentModelIndex


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
    return QCoreApplication.translate("CustomerTableModel", titles[key])


class CustomerTableModel(QAbstractTableModel):
    """Loads BATCH rows at a time as the view scrolls (canFetchMore/fetchMore)."""

    def __init__(self, store: Store, query: CustomerQuery) -> None:
        super().__init__()
        self.store = store
        self.query = query
        self._rows: list[Any] = []
        self._exhausted = True
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
        want = max(BATCH, keep)
        self._rows = fetch_rows(self.store, self.query, 0, want)
        self._exhausted = len(self._rows) < want
        self._total = None
        self.endResetModel()

    def refresh(self) -> None:
        self.reload(keep=len(self._rows))

    def total(self) -> int:
        """All matching customers, loaded or not (one indexed COUNT, cached until reload)."""
        if self._total is None:
            self._total = len(self._rows) if self._exhausted else count_rows(self.store, self.query)
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        more = fetch_rows(self.store, self.query, len(self._rows), BATCH)
        self._exhausted = len(more) < BATCH
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if value is None:
                return ""
            if key == "ladder_level":
                return value
            if key == "size_class":
                return size_label(value)
            if isinstance(value, date):
                return self._locale.toString(value, QLocale.FormatType.ShortFormat)
            if isinstance(value, str) and key in ("last_contact", "next_due"):
                return self._locale.toString(
                    date.fromisoformat(value), QLocale.FormatType.ShortFormat
                )
            return value
        if role == Qt.ItemDataRole.ToolTipRole and key == "ladder_level":
            return level_label(row.ladder_level)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(QColor("gray"))
            if key == "next_due" and row.next_due and _as_date(row.next_due) < self._today:
                return QBrush(QColor("#c0392b"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort_key=KEYS[column], descending=descending))

    def row_of(self, customer_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return None


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
