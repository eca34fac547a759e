"""The agenda: occurrences of a date range by day and hour, paged from SQL as the view
scrolls (a team with thousands of governed customers has thousands of meetings a month)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from app.governance.schedule import AgendaQuery, fetch_agenda
from app.store import Store
from views.governance.labels import STATUS_COLOURS, day_text, status_label, tr
from views.governance.table_model import ID_ROLE, Index

FIRST_BATCH = 60
BATCH = 200
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ID = int(ID_ROLE)
COLUMNS = 6
BRUSHES = {status: QBrush(colour) for status, colour in STATUS_COLOURS.items()}


def titles() -> list[str]:
    return [tr("Day"), tr("Time"), tr("Meeting"), tr("Customer"), tr("Owner"), tr("Status")]


class AgendaModel(QAbstractTableModel):
    def __init__(self, store: Store, query: AgendaQuery | None = None) -> None:
        super().__init__()
        self.store = store
        self.query = query
        self._titles = titles()
        self._rows: list[Any] = []
        self._display: list[list[str] | None] = []
        self._exhausted = True
        self._resetting = False
        if query is not None:
            self.set_query(query)

    def set_query(self, query: AgendaQuery, rows: list[Any] | None = None) -> None:
        """Show `query`'s occurrences; `rows` when its first page was read already."""
        self.query = query
        first = rows if rows is not None else fetch_agenda(self.store, query, 0, FIRST_BATCH)
        self.beginResetModel()
        self._rows = list(first)
        self._display = [None] * len(self._rows)
        self._exhausted = len(self._rows) < FIRST_BATCH
        self._resetting = True  # no fetch before every listener has seen the reset
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def refresh(self) -> None:
        if self.query is not None:
            self.set_query(self.query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._resetting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self.query is None:
            return
        more = fetch_agenda(self.store, self.query, len(self._rows), BATCH)
        self._exhausted = len(more) < BATCH
        if more:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self._display.extend([None] * len(more))
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            number = index.row()
            cells = self._display[number] or self._format(number)
            return cells[index.column()]
        if role == ID:
            return self._rows[index.row()].id
        if role == FOREGROUND and index.column() == COLUMNS - 1:
            return BRUSHES.get(self._rows[index.row()].status)
        return None

    def _format(self, number: int) -> list[str]:
        row = self._rows[number]
        state = status_label(row.status)
        if row.moved and row.status != "cancelled":
            state = tr("{status}, moved").format(status=state)
        cells = [
            day_text(row.held_on),
            row.start_time or "",
            row.title,
            row.customer or "",
            row.owner or "",
            state,
        ]
        self._display[number] = cells
        return cells

    def id_at(self, number: int) -> int | None:
        return self._rows[number].id if 0 <= number < len(self._rows) else None

    def row_of(self, meeting_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.id == meeting_id), None)

    def day_of(self, number: int) -> date | None:
        return self._rows[number].held_on if 0 <= number < len(self._rows) else None
