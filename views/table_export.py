"""Export view…: any table view written to XLSX or CSV exactly as it is on screen.

One mechanism for every table (customers, the ladder's columns, who to call, action items,
the coach's matrix): the columns the header shows, in their visual order (hidden ones
left out), with their titles; the rows in the order shown (the model's or its proxy's
sort and filter); typed values, not display strings. When more than one row is selected,
only those rows; a single selected row is where the user is, not a choice of rows (in
most tables clicking a row opens it), so the whole view is written then.

A model gives a cell's value for the file through `EXPORT_ROLE` (a number or a date where
it shows a formatted one), else its display text is written. A model that holds only
some of its rows (keyset or offset paging), or whose view has no header, implements
`PagedModel`: it names its columns and reads every row of its query in the app layer, off
the GUI thread. Writing (views/export_run.py) always runs off the GUI thread, behind a
progress dialog that can cancel it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)

from app.excel.cell_value import Cell
from app.store import Store

EXPORT_ROLE = Qt.ItemDataRole.UserRole + 64  # a cell's typed value for a file
SHORTCUT = "Ctrl+Shift+E"
MIN_SELECTED = 2  # fewer selected rows export the whole view (see the module's docstring)

Reader = Callable[[Store], Iterable[Sequence[Cell]]]


@runtime_checkable
class PagedModel(Protocol):
    """A model that loads its rows a page at a time (or has columns no header shows)."""

    def export_columns(self) -> list[int]:
        """Its columns, for a view without a header (a list of cards)."""
        ...

    def export_headers(self, columns: list[int]) -> list[str]: ...

    def export_row(self, row: int, columns: list[int]) -> list[Cell]:
        """A loaded row's cells (a selection)."""
        ...

    def export_rows(self, columns: list[int]) -> tuple[Reader, int | None]:
        """A read of every row of what the view shows, in its order, to run off the GUI
        thread (values it needs from widgets captured now), and how many rows, if known."""
        ...


@dataclass
class ViewTable:
    """What one export writes: captured on the GUI thread, read and written off it."""

    title: str
    headers: list[str]
    read: Reader
    total: int | None
    selected: bool  # only the selected rows


def shown_columns(view: QAbstractItemView) -> list[int] | None:
    """The logical columns the header shows, in visual order; None without a header."""
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    if header is None:
        return None
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [column for column in logical if not header.isSectionHidden(column)]


def selected_rows(view: QAbstractItemView) -> list[int]:
    """The selected rows of the view's model in the order shown (top to bottom)."""
    selection = view.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedIndexes()})


def export_selection(view: QAbstractItemView) -> list[int]:
    """The rows an export writes on its own: the selection, if it is a choice of rows."""
    rows = selected_rows(view)
    return rows if len(rows) >= MIN_SELECTED else []


def collect(view: QAbstractItemView, title: str) -> ViewTable:
    """What the view shows, captured now: headers, and the rows or the read of them."""
    model = view.model()
    columns = shown_columns(view)
    if columns is None:
        columns = model.export_columns() if isinstance(model, PagedModel) else [0]
    if isinstance(model, PagedModel):
        headers = model.export_headers(columns)
    else:
        horizontal = Qt.Orientation.Horizontal
        headers = [str(model.headerData(column, horizontal) or "") for column in columns]
    chosen = export_selection(view)
    if isinstance(model, PagedModel) and not chosen:
        read, total = model.export_rows(columns)
        return ViewTable(title, headers, read, total, selected=False)
    numbers = chosen or range(model.rowCount())
    if isinstance(model, PagedModel):
        rows = [model.export_row(row, columns) for row in numbers]
    else:
        rows = [row_cells(model, row, columns) for row in numbers]
    return ViewTable(title, headers, lambda _store: rows, len(rows), selected=bool(chosen))


def row_cells(model: Any, row: int, columns: list[int]) -> list[Cell]:
    """One row's cells: the typed value of EXPORT_ROLE, else the display text."""
    cells: list[Cell] = []
    for column in columns:
        index = model.index(row, column)
        value = model.data(index, EXPORT_ROLE)
        if value is None:
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
        cells.append(plain(value))
    return cells


def plain(value: Any) -> Cell:
    """A value as a file cell: numbers and dates stay, Qt dates become dates, "" empty."""
    if value is None or value == "":
        return None
    if isinstance(value, QDateTime):
        converted: datetime = value.toPython()  # type: ignore[assignment]
        return converted
    if isinstance(value, QDate):
        return date(value.year(), value.month(), value.day())
    if isinstance(value, str | int | float | date):
        return value
    return str(value)


class ExportViewAction(QAction):
    """Export view… on one table: Ctrl+Shift+E while it has focus, in its context menu,
    and on any button made with `button()`. Its text says what it will write."""

    finished = Signal(object)  # the file written, or None (cancelled, failed, not chosen)

    def __init__(self, ctx: Any, view: QAbstractItemView, title: Callable[[], str]) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.title = title
        self.setObjectName("exportView")
        self.setShortcut(QKeySequence(SHORTCUT))
        self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setToolTip(
            QCoreApplication.translate(
                "TableExport", "Write this table as it is shown to an Excel or CSV file ({key})"
            ).format(key=SHORTCUT)
        )
        view.addAction(self)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.triggered.connect(lambda _checked=False: self.run())
        self._watched: QObject | None = None
        self.watch_selection()

    def watch_selection(self) -> None:
        """Follow the view's selection model (call again after the view gets a new model)."""
        selection = self.view.selectionModel()
        if selection is not None and selection is not self._watched:
            selection.selectionChanged.connect(lambda _s, _d: self.update_text())
            self._watched = selection
        self.update_text()

    def update_text(self) -> None:
        count = len(export_selection(self.view))
        if count:
            text = QCoreApplication.translate(
                "TableExport", "Export %n selected row(s)…", "", count
            )
        else:
            text = QCoreApplication.translate("TableExport", "Export view…")
        self.setText(text)
        self.setIconText(text)  # a button keeps the "…" (it asks where to write)

    def button(self, name: str) -> QToolButton:
        """A button for a view's row of buttons that runs this action."""
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(self)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def run(self) -> None:
        """Capture the view, ask where to write it, and write it off the GUI thread."""
        from views.export_run import ask_path, start_export

        table = collect(self.view, self.title())
        parent: QWidget = self.view.window()
        path = ask_path(self.ctx, parent, table.title)
        if path is None:
            self.finished.emit(None)
            return
        start_export(self.ctx, parent, table, path, self.finished.emit)
