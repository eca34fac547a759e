"""The Customers panel keeps the GUI thread free at a search keystroke and while scrolling
(issue 24, the heartbeat): the count of a long search result is read off the GUI thread and
shows after the rows ("…" meanwhile), and a scroll step reads its page once."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from app.changes import Changes, Kind
from app.customers import listing
from app.customers.first_page import FIRST_BATCH
from app.customers.listing import CustomerQuery
from models.customer import Customer
from views.customers import table_model
from views.customers.table_model import BATCH

pytestmark = pytest.mark.gui


def _fill(store: Any, team_id: int, count: int) -> None:
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        session.add_all(
            Customer(team_id=team_id, name=f"Kone {n:03} Oy", city="Oulu") for n in range(count)
        )


def test_a_long_search_is_counted_off_the_gui_thread(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.customers.panel import CustomerPanel

    _fill(ctx.store, ctx.team_id, FIRST_BATCH + 20)
    gui = threading.current_thread()
    counted: list[tuple[bool, bool]] = []  # (on the GUI thread, a count of the whole result)
    release = threading.Event()
    real = listing.count_rows

    def watched(store: Any, query: CustomerQuery) -> int:
        on_gui = threading.current_thread() is gui
        counted.append((on_gui, "id" not in query.filters))
        if not on_gui:
            release.wait(10)  # the count is slow: the rows are shown meanwhile
        return real(store, query)

    monkeypatch.setattr(listing, "count_rows", watched)
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.count_label.text() != "")
    release.set()
    qtbot.waitUntil(lambda: not ctx.background.busy)
    panel.table.selectRow(3)  # the detail pane shows a listed customer
    chosen = panel.detail.customer_id
    assert chosen is not None
    release.clear()
    counted.clear()
    with qtbot.waitSignal(panel.model.queryApplied):
        panel.search.setText("kone")
    assert panel.model.rowCount() == FIRST_BATCH  # the rows are in…
    assert panel.count_label.text() == "… customers"  # …and the count not yet
    assert panel.detail.customer_id == chosen  # still listed: the detail stays
    release.set()
    qtbot.waitUntil(lambda: not ctx.background.busy)
    assert panel.count_label.text().startswith(f"{FIRST_BATCH + 20} customer")
    assert (True, True) not in counted  # the whole result never counted on the GUI thread
    assert (False, True) in counted


def test_each_page_is_read_once_however_fast_the_user_scrolls(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.customers.panel import CustomerPanel

    _fill(ctx.store, ctx.team_id, FIRST_BATCH + 6 * BATCH + 7)
    reads: list[Any] = []  # where each page read started (None: the first page)
    real = table_model.fetch_page

    def counted(store: Any, query: CustomerQuery, after: Any, limit: int) -> Any:
        reads.append(after)
        return real(store, query, after, limit)

    monkeypatch.setattr(table_model, "fetch_page", counted)
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    steps = 0
    while model.canFetchMore():
        model.fetchMore()  # at once: the page read ahead may be queued, running or in
        steps += 1
        if steps % 3 == 0:
            qtbot.waitUntil(lambda: not ctx.background.busy)
    qtbot.waitUntil(lambda: not ctx.background.busy)
    assert model.rowCount() == FIRST_BATCH + 6 * BATCH + 7
    pages = [after for after in reads if after is not None]
    assert len(pages) == len(set(pages)) == steps  # one read per scroll step
