"""The Customers panel: search-as-you-type table on the left, the detail pane on the right."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Kind
from app.customers import AREA, listing
from app.customers.listing import CustomerQuery
from models.ids import CustomerId
from views.background import Refresher
from views.context import AppContext
from views.customers import handover
from views.customers.frame import CustomerFrame
from views.customers.table_model import ID_ROLE, CustomerTableModel
from views.first_paint import AfterFirstPaint
from views.table_export import ExportViewAction
from views.unsaved import run_dialog, settle

if TYPE_CHECKING:
    from models.customer_fields import CustomerRecord
    from views.customers.detail import CustomerDetail

SEARCH_DELAY_MS = 120  # one query per pause in typing, not per key when typing fast
# The kinds the table lists (owner names, last contact, level); segments it does not show.
LIST_KINDS = (Kind.CUSTOMER, Kind.CONTACT, Kind.INTERACTION, Kind.MEMBER, Kind.LADDER_MOVE)


class CustomerPanel(QWidget):
    @staticmethod
    def tr_title() -> str:
        return QCoreApplication.translate("CustomerPanel", "Customers")

    def __init__(self, ctx: AppContext, frame: CustomerFrame | None = None) -> None:
        """`frame`: the widgets start-up painted its first page in, to take over."""
        super().__init__()
        self.ctx = ctx
        self.setObjectName("customerPanel")
        query = CustomerQuery(team_id=ctx.team_id)
        # New orders and searches read their first page off the GUI thread.
        self.model = CustomerTableModel(ctx.store, query, reader=ctx.query)
        shown = None if frame is None else handover.shown_state(frame.table)
        self.frame = frame = frame or CustomerFrame(self.model)
        self.search, self.show_archived = frame.search, frame.show_archived
        self.count_label, self.new_button = frame.count_label, frame.new_button
        self.log_button, self.table = frame.log_button, frame.table
        self.empty_label, self.splitter = frame.empty_label, frame.splitter
        self._detail: CustomerDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the frame's own: the same before and after
        layout.addWidget(frame)
        frame.show()  # taken from the stack it is hidden; shown now, not a turn later
        if shown is not None:
            handover.take_over(frame.table, self.model, shown)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # After the handover: the action follows the selection of the model shown now.
        self.export_action = ExportViewAction(ctx, self.table, self.tr_title)
        frame.top_row.addWidget(self.export_action.button("exportCustomers"))
        self._connect()
        # What changed since the last refresh, so that the detail pane redoes only the
        # parts a change touched even when it was hidden at the time. Connected before the
        # Refresher, so a change is collected before a visible panel refreshes on it.
        self._pending = Changes()
        ctx.changed.connect(self._collect)
        # The table was just loaded for the current team: nothing to do until a change.
        self.refresher = Refresher(self, ctx, AREA.listens, self.refresh, dirty=False)
        if shown is None:  # a frame taken over shows the remembered layout already
            self._restore_layout()
        elif self.search.text().strip() or self.show_archived.isChecked():
            self.apply_search()  # typed or ticked while start-up's first page was shown
        if self.model.known_total() is not None:
            self._update_count()
        # The rest waits for the first paint: the detail pane, and the count of a long list.
        self._first_paint = AfterFirstPaint(
            [self.table.viewport(), self.empty_label], self._after_first_paint
        )

    def _after_first_paint(self) -> None:
        if self.model.known_total() is None:
            self._update_count()
        if self._detail is None:
            self._build_detail()

    @property
    def detail(self) -> CustomerDetail:
        """The detail pane, built on first use."""
        return self._detail if self._detail is not None else self._build_detail()

    def _build_detail(self) -> CustomerDetail:
        from views.customers.detail import CustomerDetail

        self._detail = detail = CustomerDetail(self.ctx)
        placeholder = self.splitter.replaceWidget(1, detail)
        if placeholder is not None:
            placeholder.deleteLater()
        detail.saved.connect(self._show_saved)
        detail.logRequested.connect(lambda cid, name: self.log_interaction((cid, name)))
        return detail

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.show_archived.toggled.connect(self.apply_search)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self.new_customer)
        self.log_button.clicked.connect(lambda: self.log_interaction())
        self.model.queryApplied.connect(self._query_applied)

    # --- menus (called by the main window) ----------------------------------------------

    def add_menus(self, window: QMainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Customers"))
        self.actions_: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("find", self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search),
            ("new", self.tr("&New customer"), QKeySequence.StandardKey.New, self.new_customer),
            ("log", self.tr("&Log visit…"), QKeySequence("Ctrl+L"), self.log_interaction),
            ("archive", self.tr("&Archive / restore"), QKeySequence("Ctrl+E"), self.toggle_archive),
            (
                "delete",
                self.tr("&Delete customer…"),
                QKeySequence.StandardKey.Delete,
                self.delete_selected,
            ),
            ("segments", self.tr("&Segmentations…"), QKeySequence(), self.edit_segmentations),
            ("privacy", self.tr("&Privacy review…"), QKeySequence(), self.privacy_review),
        ):
            action = QAction(text, window)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            menu.addAction(action)
            self.actions_[key] = action
        menu.addSeparator()
        menu.addAction(self.export_action)
        # Delete only from the table, so that the key keeps working in text fields.
        self.actions_["delete"].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.actions_["delete"])

    # --- searching and listing -------------------------------------------------------------

    def _query(self) -> CustomerQuery:
        """The model's query with what the user has typed and ticked (sorting stays)."""
        return replace(
            self.model.wanted,
            team_id=self.ctx.team_id,
            search=self.search.text(),
            include_archived=self.show_archived.isChecked(),
        )

    def apply_search(self) -> None:
        """Ask for the rows of what is typed and ticked; they replace the shown ones when
        read (`_query_applied`)."""
        self._search_timer.stop()
        self.model.set_query(self._query())

    def _query_applied(self) -> None:
        self._update_count()
        current = self._detail.customer_id if self._detail is not None else None
        if current is not None:
            self._reselect(current)
            self._forget_unlisted(current)

    def _forget_unlisted(self, customer_id: int) -> None:
        """The detail shows only a listed customer: one the search or filter hides gives way
        to the empty state — unless it holds typed input, which stays until saved."""
        query = self.model.query
        only_it = replace(query, filters={**query.filters, "id": customer_id})
        # Whether anything matches is known from the first page (rowCount); the full count
        # of a long search is read off the GUI thread (_update_count), never here.
        listed = self.model.row_of(customer_id) is not None or (
            self.model.rowCount() > 0 and listing.count_rows(self.ctx.store, only_it) > 0
        )
        if not listed and not self.detail.has_unsaved():
            self.table.clearSelection()
            self.detail.show_customer(None)

    def _update_count(self) -> None:
        """The count beside the search, and the empty state when nothing matches.

        Whether anything matches is known from the first page; the count of a long list
        is read off the GUI thread (a search for one letter counts most of the file)."""
        total = self.model.known_total()
        if total is None:
            query, model = self.model.query, self.model
            self.count_label.setText(self.tr("… customers"))  # the rows first, then the count
            self.ctx.query(
                "customers:count",
                lambda store: listing.count_rows(store, query),
                lambda counted: self._counted(model, query, counted),
            )
            return
        self._show_count(total)

    def _counted(self, model: CustomerTableModel, query: CustomerQuery, total: int) -> None:
        if model is self.model and query == model.query:
            model.set_total(query, total)
            self._show_count(total)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", total))
        if total == 0:
            if self.search.text().strip():
                text = self.tr("No customer matches “{text}”.").format(text=self.search.text())
            else:
                text = self.tr("No customers yet. Add the first one with New customer (Ctrl+N).")
            self.empty_label.setText(text)
        self.empty_label.setVisible(total == 0)
        self.table.setVisible(total > 0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _row_changed(self, current: object, _previous: object) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        chosen = int(index.data(ID_ROLE))
        if chosen == self.detail.customer_id:
            return
        if not settle(self, [self.detail]):  # stay with what is being typed
            self._back_to_detail()
            return
        self.detail.show_customer(chosen)

    def _back_to_detail(self) -> None:
        """Select the row of the customer the detail pane holds (none for a new one)."""
        if self.detail.customer_id is not None:
            self._reselect(self.detail.customer_id)
        else:
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().clearCurrentIndex()
            self.table.clearSelection()
            self.table.selectionModel().blockSignals(False)

    def _reselect(self, customer_id: int) -> None:
        row = self.model.row_of(customer_id)
        if row is None:
            return
        self.table.selectionModel().blockSignals(True)
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.selectionModel().blockSignals(False)

    def select_customer(self, customer_id: int) -> None:
        """Select a customer in the table (loading more rows if needed) and show it."""
        self._select_row(customer_id)
        self.detail.show_customer(customer_id)

    def _show_saved(self, customer_id: int) -> None:
        """The customer the detail pane just saved (and shows already) is the one selected."""
        self._select_row(customer_id)

    def _select_row(self, customer_id: int) -> None:
        while self.model.row_of(customer_id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else self.detail.customer_id

    # --- actions -------------------------------------------------------------------------

    def new_customer(self) -> None:
        if not settle(self, [self.detail]):
            return
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self.table.selectionModel().blockSignals(False)
        self.detail.start_new()

    def log_interaction(self, customer: tuple[int, str] | None = None) -> int | None:
        if customer is None and self.detail.customer_id is not None:
            customer = (self.detail.customer_id, self.detail.record.name.text())
        from views.customers.dialogs import LogInteractionDialog

        dialog = LogInteractionDialog(self.ctx, self, customer)
        if run_dialog(dialog):
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(self.tr("Interaction logged."), 4000)
            return dialog.interaction_id
        return None

    def _selected_values(self) -> CustomerRecord | None:
        customer_id = self.selected_id()
        from app.customers import records as customers

        chosen = CustomerId(customer_id) if customer_id else None
        return customers.get_customer(self.ctx.store, chosen) if chosen else None

    def edit_segmentations(self) -> None:
        from views.segments.widgets import SegmentationsDialog

        run_dialog(SegmentationsDialog(self.ctx, self))

    def privacy_review(self) -> None:
        from views.privacy.review_dialog import open_review

        open_review(self.ctx, self)

    def toggle_archive(self) -> None:
        values = self._selected_values()
        if values is None:
            return
        from app.customers import steps  # the write path: after the first paint

        self.ctx.run(
            steps.archive_customer(self.ctx.store, values.id, values.name, not values.archived)
        )

    def delete_selected(self) -> None:
        values = self._selected_values()
        if values is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr(
                "Delete {name} with its contacts and interactions?\n\n"
                "You can undo this with Ctrl+Z."
            ).format(name=values.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app.customers import steps

        step = steps.delete_customer(self.ctx.store, values.id, values.name, self._restored)
        self.ctx.run(step)
        self.detail.show_customer(None)

    def _restored(self, customer_id: int) -> None:
        """After an undone delete, the customer that came back is the one selected."""
        if settle(self, [self.detail]):
            self.select_customer(customer_id)

    def _context_menu(self, position: QPoint) -> None:
        if not hasattr(self, "actions_"):
            return
        menu = QMenu(self)
        for key in ("log", "archive", "delete"):
            menu.addAction(self.actions_[key])
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # --- keeping in step -----------------------------------------------------------------

    def _collect(self, changes: Changes) -> None:
        if changes.touches(*AREA.listens):
            # Nothing pending yet: the change set as it is, with who started it (merged
            # with another one it is nobody's own any more).
            self._pending = self._pending | changes if self._pending else changes

    def refresh(self) -> None:
        """Bring the panel up to date (the Refresher runs this while the panel is visible,
        or when it is shown again): the whole panel after a team switch, otherwise the table
        if a change touched what it lists, and the parts of the detail pane it touched."""
        changes, self._pending = self._pending, Changes()
        if self.model.query.team_id != self.ctx.team_id:
            self.detail.reload_team()
            self.detail.show_customer(None)
            self.apply_search()
            return
        if changes.touches(*LIST_KINDS):
            current = self.detail.customer_id
            touched = listing.touched_customers(self.ctx.store, self.model.query, changes)
            # A row the change moves or drops is not the user choosing another customer:
            # that asked about "unsaved" input in the middle of saving it.
            selection = self.table.selectionModel()
            blocked = selection.blockSignals(True)
            try:
                if touched is None:
                    self.model.refresh()  # a change without ids: the loaded rows read again
                elif touched:
                    self.model.refresh_rows(touched)  # only the changed rows
            finally:
                selection.blockSignals(blocked)
            if touched is None or touched:
                self._update_count()
                if current is not None:
                    self._reselect(current)
        self.detail.on_changed(changes)

    def _restore_layout(self) -> None:
        self.frame.restore_layout(self.ctx.settings)

    def save_layout(self) -> None:
        self.frame.save_layout(self.ctx.settings)
