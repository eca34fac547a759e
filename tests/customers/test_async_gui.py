"""The Customers panel reads the first page of a new order or search off the GUI thread: the
old rows stay shown until the new ones arrive, a newer request drops an older result, and a
change made meanwhile is in the rows that arrive. The next page is read ahead once the user
scrolls, and a change in between makes the table read it again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.changes import Changes, Kind
from app.customers import records as customers
from app.customers.listing import CustomerQuery
from models.customer import Customer
from tests.refresh_helpers import refreshed
from views.customers import table_model
from views.customers.table_model import BATCH, FIRST_BATCH

pytestmark = pytest.mark.gui


def _names(model: Any) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


class Gate:
    """Holds the first-page reads of descending orders without a search after they have
    read (so that what they carry predates anything done meanwhile), until opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.opened = threading.Event()
        self.threads: list[str] = []
        real = table_model.fetch_page

        def gated(store: Any, query: CustomerQuery, after: Any, limit: int) -> Any:
            self.threads.append(threading.current_thread().name)
            rows = real(store, query, after, limit)
            if query.descending and not query.search and after is None:
                self.opened.wait(10)
            return rows

        monkeypatch.setattr(table_model, "fetch_page", gated)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.opened.set()  # never leave a worker waiting


@pytest.fixture
def panel(ctx: Any, qtbot: Any) -> Any:
    from views.customers.panel import CustomerPanel

    for name in ("Alfa Oy", "Beeta Oy", "Gamma Oy"):
        customers.create_customer(ctx.store, ctx.team_id, {"name": name})
    widget = CustomerPanel(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_old_rows_stay_until_the_new_order_arrives(qtbot, panel, gate) -> None:  # type: ignore[no-untyped-def]
    model = panel.model
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: len(gate.threads) == 1)
    assert model.waiting and model.wanted.descending and not model.query.descending
    assert _names(model) == ["Alfa Oy", "Beeta Oy", "Gamma Oy"]  # still the old rows
    assert not model.canFetchMore()
    assert gate.threads[0] != threading.current_thread().name  # read off the GUI thread
    with qtbot.waitSignal(model.queryApplied):
        gate.opened.set()
    assert _names(model) == ["Gamma Oy", "Beeta Oy", "Alfa Oy"]
    assert not model.waiting and model.query is model.wanted


def test_a_newer_request_drops_the_older_result(qtbot, panel, ctx, gate) -> None:  # type: ignore[no-untyped-def]
    model = panel.model
    applied: list[CustomerQuery] = []
    model.queryApplied.connect(lambda: applied.append(model.query))
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # held at the gate
    panel.search.setText("beeta")
    panel.apply_search()  # descending too, with a search: not held
    qtbot.waitUntil(lambda: _names(model) == ["Beeta Oy"])
    assert [q.search for q in applied] == ["beeta"]
    gate.opened.set()
    qtbot.waitUntil(lambda: not ctx.background.busy)
    assert [q.search for q in applied] == ["beeta"]  # the older order's rows never shown
    assert _names(model) == ["Beeta Oy"] and model.query.descending
    assert "1" in panel.count_label.text()


def test_a_change_while_waiting_is_in_the_rows_that_arrive(qtbot, panel, ctx, gate) -> None:  # type: ignore[no-untyped-def]
    model = panel.model
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: len(gate.threads) == 1)  # read, and held with the old names
    target = model.index(0, 0).data(table_model.ID_ROLE)
    customers.update_customer(ctx.store, target, {"name": "Ömmö Oy"})
    assert _names(model)[0] == "Alfa Oy"  # the shown rows wait for the new order's rows
    gate.opened.set()
    qtbot.waitUntil(lambda: not ctx.background.busy and not model.waiting)
    assert _names(model) == ["Ömmö Oy", "Gamma Oy", "Beeta Oy"]


def _fill(store: Any, team_id: int, count: int) -> None:
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        session.add_all(
            Customer(team_id=team_id, name=f"Asiakas {n:03}", city="Oulu") for n in range(count)
        )


def test_the_page_read_ahead_is_used_and_a_change_discards_it(qtbot, ctx, gate) -> None:  # type: ignore[no-untyped-def]
    from views.customers.panel import CustomerPanel

    _fill(ctx.store, ctx.team_id, FIRST_BATCH + 3 * BATCH)
    panel = CustomerPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.model
    gui = threading.current_thread().name
    model.fetchMore()  # the user scrolls: read now, then the next page ahead
    qtbot.waitUntil(lambda: model._ahead is not None)
    gate.threads.clear()
    model.fetchMore()
    assert gui not in gate.threads  # the page read ahead was used
    assert model.rowCount() == FIRST_BATCH + 2 * BATCH
    qtbot.waitUntil(lambda: model._ahead is not None)
    # A customer of the page read ahead is renamed to sort among the loaded rows.
    ahead_id = model._ahead[2][5].id
    customers.update_customer(ctx.store, ahead_id, {"name": "Asiakas 000 B"})
    refreshed(qtbot)
    gate.threads.clear()
    model.fetchMore()
    assert gate.threads[0] == gui  # the page read ahead held the old name: read again
    names = _names(model)
    assert names.count("Asiakas 000 B") == 1 and names == sorted(names)
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.index(row, 0).data(table_model.ID_ROLE) for row in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == FIRST_BATCH + 3 * BATCH
