"""The History tab of a customer: every change of its record, newest first — field, old
value, new value, who, when and on which laptop — from team sync's operation log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from app.changes import Kind
from app.store import Store
from app.sync.api import HistoryEntry
from app.sync.marks import RecordHistory, record_history_in
from views.background import ReportView
from views.context import AppContext
from views.sync.texts import field_label, value_text, when_text
from views.widgets import empty_state

SORT = Qt.ItemDataRole.UserRole + 1


class HistoryTab(ReportView[RecordHistory]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, frozenset({Kind.CUSTOMER, Kind.SYNC, Kind.CONFLICT}), parent)
        self.setObjectName("customerHistory")
        self.customer_id: int | None = None
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
                self.tr("Who"),
                self.tr("When"),
                self.tr("Laptop"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT)
        self.view = QTreeView()
        self.view.setObjectName("customerHistoryList")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.empty = empty_state(
            self.tr(
                "No history yet. Once team sync is on (Settings → Team sync), every change "
                "of this customer is listed here: who changed what, when and on which laptop."
            ),
            "customerHistoryEmpty",
        )
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.empty, 1)
        self.empty.hide()

    def show_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self.invalidate()

    def compute(self) -> Callable[[Store], RecordHistory] | None:
        customer = self.customer_id
        if customer is None:
            self.model.removeRows(0, self.model.rowCount())
            return None

        return lambda store: record_history_in(store, "customer", customer)

    def present(self, result: RecordHistory) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for number, entry in enumerate(result.entries):
            laptop = result.laptops.get(entry.device) or entry.device[:8]
            cells = [
                (field_label(entry.field, "customer"), entry.field),
                (_value(entry, entry.old), str(entry.old)),
                (_value(entry, entry.new), str(entry.new)),
                (entry.who or "–", (entry.who or "").casefold()),
                (
                    when_text(entry.when),
                    f"{entry.when.isoformat()}|{len(result.entries) - number:09d}",
                ),
                (laptop, laptop.casefold()),
            ]
            row = []
            for text, key in cells:
                item = QStandardItem(text)
                item.setData(key, SORT)
                item.setToolTip(text)
                row.append(item)
            self.model.appendRow(row)
        self.view.setVisible(bool(result.entries))
        self.empty.setVisible(not result.entries)
        for column, width in ((0, 150), (1, 120), (2, 120), (3, 110), (4, 115)):
            self.view.setColumnWidth(column, width)


def _value(entry: HistoryEntry, value: object) -> str:
    if entry.field in ("_created", "_deleted"):
        return ""
    return value_text(value, entry.field, "customer")
