"""The recycle bin: deleted customers, contacts, interactions and meetings, with who
deleted each and when (and on which laptop), sortable; Restore brings the chosen ones
back with what their delete took along, on every laptop at the next sync. Restoring
harms nothing (the record can be deleted again), so it asks nothing first."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Kind
from app.store import Conflict as Stale
from app.store import ReadOnlyError
from app.sync.api import restore_deleted
from app.sync.marks import Bin, read_bin
from views.context import AppContext
from views.sync.texts import table_label, when_text
from views.widgets import empty_state

KEY = Qt.ItemDataRole.UserRole + 1  # the record: (table, uuid)
SORT = Qt.ItemDataRole.UserRole + 2


class RecycleBinDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("recycleBinDialog")
        self.setWindowTitle(self.tr("Recycle bin"))
        self.resize(900, 500)
        self.loads = 0
        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Customer"),
                self.tr("Deleted by"),
                self.tr("Laptop"),
                self.tr("Deleted"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTreeView()
        self.view.setObjectName("recycleBinList")
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = empty_state(
            self.tr(
                "The recycle bin is empty. Deleted customers, contacts, interactions and "
                "meetings appear here once team sync is on, and can be restored."
            ),
            "recycleBinEmpty",
        )
        self.message = QLabel()
        self.message.setObjectName("recycleBinMessage")
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreDeleted")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        ctx.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.CUSTOMER, Kind.CONTACT, Kind.INTERACTION, Kind.MEETING):
            self.reload()

    def reload(self) -> None:
        self.ctx.query("sync-recycle-bin", read_bin, self._fill)

    def _fill(self, found: Bin) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for item in found.deleted:
            laptop = found.laptops.get(item.device) or item.device[:8]
            cells = [
                (table_label(item.tbl), table_label(item.tbl)),
                (item.label, item.label.casefold()),
                (item.parent or "", (item.parent or "").casefold()),
                (item.deleted_by or "–", (item.deleted_by or "").casefold()),
                (laptop, laptop.casefold()),
                (when_text(item.when), item.when.isoformat()),
            ]
            row = []
            for text, key in cells:
                cell = QStandardItem(text)
                cell.setData(key, SORT)
                cell.setData((item.tbl, item.rec), KEY)
                row.append(cell)
            self.model.appendRow(row)
        self.view.setVisible(bool(found.deleted))
        self.empty.setVisible(not found.deleted)
        self.restore_button.setEnabled(bool(found.deleted))
        self.loads += 1

    def selected(self) -> list[tuple[str, str]]:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        return [self.proxy.index(r, 0).data(KEY) for r in sorted(rows)]

    def restore_selected(self) -> int:
        """Restore the chosen records; how many came back."""
        chosen = self.selected()
        if not chosen:
            self.message.setText(self.tr("Choose what to restore in the list first."))
            return 0
        restored = 0
        for tbl, rec in chosen:
            try:
                restore_deleted(self.ctx.store, tbl, rec)
                restored += 1
            except Stale:
                pass  # restored meanwhile (with its customer, or on another laptop)
            except ReadOnlyError:
                self.message.setText(self.tr("The database is open read-only."))
                return restored
        self.message.setText(self.tr("Restored %n record(s).", "", restored))
        return restored
