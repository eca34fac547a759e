"""A thin, lazy table model over the customer list: SQL sorts and filters, Qt shows."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from app.customers.first_page import FIRST_BATCH
from app.customers.listing import (
    Bookmark,
    CustomerQuery,
    bookmark,
    compare,
    count_rows,
    every_row,
    fetch_ids,
    fetch_page,
    position,
)
from app.excel.cell_value import Cell
from app.store import Store
from views.customers.export_cells import export_cells
from views.customers.rows_model import (
    ID_ROLE as ID_ROLE,
)
from views.customers.rows_model import (
    KEYS,
    CustomerRowsModel,
    Index,
)
from views.customers.rows_model import (
    column_title as column_title,
)
from views.labels import size_labels
from views.table_export import Reader as RowsReader

BATCH = 256  # as many as QSqlQueryModel fetches at a time
# Runs a read off the GUI thread: (key, fn(store), on_done(result)); a newer read under the
# same key drops the older one's result (AppContext.query).
Reader = Callable[[str, Callable[[Store], Any], Callable[[Any], None]], None]


class _Flight:
    """A page being read ahead on a worker: fetchMore takes it over instead of reading the
    same page again (one read per scroll step). Queued and not yet started, it is dropped
    and read at once; started, fetchMore waits for the rest of it."""

    def __init__(self, generation: int, after: Bookmark | None) -> None:
        self.key = (generation, after)
        self.lock = threading.Lock()
        self.started = False
        self.dropped = False
        self.done = threading.Event()
        self.rows: list[Any] | None = None  # None: dropped, or the read failed

    def read(self, store: Store, query: CustomerQuery) -> list[Any] | None:
        """On the worker: the page, unless fetchMore took it over before it started."""
        with self.lock:
            if self.dropped:
                return None
            self.started = True
        try:
            self.rows = fetch_page(store, query, self.key[1], BATCH)
        finally:
            self.done.set()
        return self.rows

    def take(self) -> list[Any] | None:
        """On the GUI thread: the page if started (waiting for its end), else None."""
        with self.lock:
            if not self.started:
                self.dropped = True
                return None
        self.done.wait()
        return self.rows


class CustomerTableModel(CustomerRowsModel):
    """Loads a page at a time as the view scrolls (canFetchMore/fetchMore), each page
    read after the last loaded row (keyset paging), so every page costs the same.

    The loaded rows are always exactly the query's rows up to `_after` (the bookmark of
    the last page read), in order: a refresh after a change keeps that true by reading
    only the changed customers and putting each where it now belongs, or dropping it when
    it now sorts beyond `_after` (the next page brings it).

    With a `reader` (the window's background reads), a new order or search reads its first
    page off the GUI thread: the old rows stay until the new ones arrive (`queryApplied`),
    and a newer request makes an older one's result stale. Once the user scrolls, the next
    page is read ahead in the background, so that the next scroll finds it ready. Without
    a reader, every read is made at once (tests of the model, benchmarks).
    """

    queryApplied = Signal()  # the first page of the query last asked for is shown

    def __init__(self, store: Store, query: CustomerQuery, reader: Reader | None = None) -> None:
        super().__init__()
        self.store = store
        self.query = query  # the query whose rows are shown
        self.wanted = query  # the query last asked for (shown once its first page is in)
        self._reader = reader
        self._waiting = False  # a first page is being read off the GUI thread
        # Bumped by every reset and change: a page read ahead before it is not used.
        self._generation = 0
        self._ahead: tuple[int, Bookmark | None, list[Any]] | None = None
        self._flight: _Flight | None = None  # the page being read ahead, if any
        self._after: Bookmark | None = None
        self._exhausted = True
        self._resetting = False
        self._total: int | None = None
        self.reload()

    # --- loading -------------------------------------------------------------------------

    @property
    def waiting(self) -> bool:
        """Whether the rows of a newer query are being read (the old ones are shown)."""
        return self._waiting

    def set_query(self, query: CustomerQuery) -> None:
        """Show the rows of `query`: read now without a reader, else in the background."""
        self.wanted = query
        if self._reader is None:
            self._apply(query, fetch_page(self.store, query, None, FIRST_BATCH))
            return
        self._waiting = True
        self._generation += 1
        self._reader(
            f"customers:first-page:{id(self)}",
            lambda store: fetch_page(store, query, None, FIRST_BATCH),
            lambda rows: self._apply(query, rows),
        )

    def _apply(self, query: CustomerQuery, rows: list[Any]) -> None:
        unsorted = replace(query, sort_key="", descending=False)
        same_rows = unsorted == replace(self.query, sort_key="", descending=False)
        total = self._total
        self.query = query
        self._waiting = False
        self._reset(rows)
        if same_rows:  # another order of the same customers: the count stays
            self._total = total
        self.queryApplied.emit()

    def reload(self) -> None:
        """Re-run the query from its first page, at once."""
        self._reset(fetch_page(self.store, self.query, None, FIRST_BATCH))

    def _reset(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = rows
        self._display = [None] * len(self._rows)
        self._exhausted = len(self._rows) < FIRST_BATCH
        self._after = bookmark(self.query, self._rows[-1]) if self._rows else None
        self._total = None
        # Listeners handle modelReset one after another: none may fetch (and insert rows)
        # before all of them have seen the reset (QAbstractItemModelTester checks this).
        with self._busy():
            self.endResetModel()

    def refresh(self) -> None:
        """After a change of unknown rows: read as many rows as are loaded again, in place
        (rows keep their places on screen; the count of rows may change at the end)."""
        if self._waiting:  # the page being read may predate the change: read it again
            self.set_query(self.wanted)
            return
        self._generation += 1
        want = max(FIRST_BATCH, len(self._rows))
        if self._exhausted:  # all were loaded: so are any the change added at the end
            want = len(self._rows) + FIRST_BATCH
        fresh = fetch_page(self.store, self.query, None, want)
        with self._busy():
            self._replace(fresh)
        self._exhausted = len(fresh) < want
        self._after = bookmark(self.query, self._rows[-1]) if self._rows else None
        self._total = None

    def _replace(self, fresh: list[Any]) -> None:
        common = min(len(fresh), len(self._rows))
        if len(fresh) < len(self._rows):
            self.beginRemoveRows(QModelIndex(), common, len(self._rows) - 1)
            del self._rows[common:], self._display[common:]
            self.endRemoveRows()
        self._rows[:common] = fresh[:common]
        self._display[:common] = [None] * common
        if common:
            self.dataChanged.emit(self.index(0, 0), self.index(common - 1, len(KEYS) - 1))
        if len(fresh) > common:
            self.beginInsertRows(QModelIndex(), common, len(fresh) - 1)
            self._rows.extend(fresh[common:])
            self._display.extend([None] * (len(fresh) - common))
            self.endInsertRows()

    @contextmanager
    def _busy(self) -> Iterator[None]:
        """While rows change in steps: no listener may fetch more in between."""
        self._resetting = True
        try:
            yield
        finally:
            self._resetting = False

    def refresh_rows(self, ids: set[int]) -> None:
        """After a change of these customers: read their rows only and put each where it
        belongs now (or drop it: it no longer matches, or sorts beyond the loaded rows)."""
        if self._waiting:
            self.set_query(self.wanted)
            return
        self._generation += 1  # a page read ahead may hold these rows as they were
        fresh = {row.id: row for row in fetch_ids(self.store, self.query, ids)}
        with self._busy():
            for customer_id in sorted(ids):
                self._put(customer_id, fresh.get(customer_id))
        self._total = None

    def _put(self, customer_id: int, row: Any) -> None:
        """Move, replace, insert or drop one customer's row (None: it no longer matches)."""
        old = self.row_of(customer_id)
        place = None if row is None else self._place_for(row, skip=old)
        if old is not None and place == old:
            self._rows[old], self._display[old] = row, None
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(KEYS) - 1))
            return
        if old is not None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._rows[old], self._display[old]
            self.endRemoveRows()
        if place is not None:
            self.beginInsertRows(QModelIndex(), place, place)
            self._rows.insert(place, row)
            self._display.insert(place, None)
            self.endInsertRows()

    def _place_for(self, row: Any, skip: int | None) -> int | None:
        """Where `row` belongs among the loaded rows (leaving out row `skip`, its old
        place), or None when it sorts beyond the last page read."""
        query, here = self.query, position(self.query, row)
        after = None if self._exhausted else self._after
        if after is not None and compare(query, here, position(query, after)) > 0:
            return None
        low, high = 0, len(self._rows) - (skip is not None)
        while low < high:  # binary search over the loaded rows, in the query's order
            middle = (low + high) // 2
            probe = middle if skip is None or middle < skip else middle + 1
            if compare(query, position(query, self._rows[probe]), here) >= 0:
                high = middle
            else:
                low = middle + 1
        return low

    def total(self) -> int:
        """All matching customers, loaded or not (one indexed COUNT, cached until reload)."""
        known = self.known_total()
        if known is None:
            known = self._total = count_rows(self.store, self.query)
        return known

    def known_total(self) -> int | None:
        """The count if known without a read: all rows loaded, or counted since."""
        return len(self._rows) if self._exhausted else self._total

    def set_total(self, query: CustomerQuery, total: int) -> None:
        """A count made elsewhere (off the GUI thread), if still of the current query."""
        if query == self.query:
            self._total = total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not (parent.isValid() or self._exhausted or self._resetting or self._waiting)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """The next page: the one read ahead if it is in, else read now."""
        if not self.canFetchMore(parent):
            return
        ahead, self._ahead = self._ahead, None
        flight, self._flight = self._flight, None
        here = (self._generation, self._after)
        rows = None
        if ahead is not None and ahead[:2] == here:
            rows = ahead[2]
        elif flight is not None and flight.key == here:
            rows = flight.take()  # still being read: its rest, not the page a second time
        more = rows if rows is not None else fetch_page(self.store, self.query, self._after, BATCH)
        # Before the rows go in: a listener of rowsAboutToBeInserted may ask for more.
        self._exhausted = len(more) < BATCH
        if more:
            self._after = bookmark(self.query, more[-1])
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._rows.extend(more)
            self._display.extend([None] * len(more))
            self.endInsertRows()
        self._read_ahead()

    def _read_ahead(self) -> None:
        """Read the page after the loaded rows in the background, for the next fetchMore
        (dropped by any reset or change before it is used)."""
        if self._reader is None or self._exhausted:
            return
        query, after, generation = self.query, self._after, self._generation
        self._flight = flight = _Flight(generation, after)

        def arrived(rows: list[Any] | None) -> None:
            if rows is not None and generation == self._generation and after == self._after:
                self._ahead = (generation, after, rows)

        self._reader(
            f"customers:ahead:{id(self)}", lambda store: flight.read(store, query), arrived
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self.wanted, sort_key=KEYS[column], descending=descending)
        if query != self.wanted:  # the view re-announces its sort order on setup: no re-query
            self.set_query(query)

    # --- export (views.table_export.PagedModel) ------------------------------------------

    def export_columns(self) -> list[int]:
        return list(range(len(KEYS)))

    def export_headers(self, columns: list[int]) -> list[str]:
        return [column_title(KEYS[column]) for column in columns]

    def export_row(self, row: int, columns: list[int]) -> list[Cell]:
        return export_cells(self._rows[row], [KEYS[c] for c in columns], size_labels())

    def export_rows(self, columns: list[int]) -> tuple[RowsReader, int | None]:
        """Every row of the query shown (not only the loaded pages), in the table's order."""
        query, keys, sizes = self.query, [KEYS[c] for c in columns], size_labels()

        def read(store: Store) -> Iterator[list[Cell]]:
            for row in every_row(store, query):
                yield export_cells(row, keys, sizes)

        return read, self.known_total()
