"""A change refreshes the customer table's changed rows only: the others are not read
again (counted with a SQLAlchemy event listener), and a hidden panel reads nothing until
it is shown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from app.changes import Changes, Kind
from app.customers import records as customers
from app.customers import steps as customer_steps
from app.store import Store
from models.customer import Customer
from tests.refresh_helpers import refreshed
from views.customers.table_model import BATCH, FIRST_BATCH

pytestmark = pytest.mark.gui

COUNT = 700  # more than the first two pages: the table is not loaded to its end


def _fill(store: Store, team_id: int) -> None:
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        session.add_all(
            Customer(team_id=team_id, name=f"Asiakas {n:03}", city="Oulu") for n in range(COUNT)
        )


class RowReads:
    """The table-row SELECTs run on the store's engine (from any thread), with their ids."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine
        self.statements: list[tuple[str, Any]] = []
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        # Only the customer table's rows select these three labels together.
        if all(f"AS {label}" in statement for label in ("owner", "last_contact", "next_due")):
            self.statements.append((statement, params))

    def clear(self) -> None:
        self.statements.clear()

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.fixture
def reads(ctx: Any) -> Iterator[RowReads]:
    recorder = RowReads(ctx.store)
    yield recorder
    recorder.close()


@pytest.fixture
def loaded(window: Any, ctx: Any, qtbot: Any) -> Any:
    """The Customers panel with two pages loaded."""
    _fill(ctx.store, ctx.team_id)
    panel = window.panels["customers"]
    refreshed(qtbot)
    panel.model.fetchMore()
    assert panel.model.rowCount() == FIRST_BATCH + BATCH
    return panel


def _names(model: Any) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _one_row_read(reads: RowReads, customer_id: int) -> None:
    assert len(reads.statements) == 1, "the changed row is read, nothing else"
    _statement, params = reads.statements[0]
    assert customer_id in params and not any(
        isinstance(p, int) and p >= FIRST_BATCH and p != customer_id for p in params
    ), "no page of rows is read"


def test_an_edit_reads_only_the_changed_row(
    loaded: Any, ctx: Any, reads: RowReads, qtbot: Any
) -> None:
    model = loaded.model
    before = list(model._rows)
    target = before[10].id
    reads.clear()
    customers.update_customer(ctx.store, target, {"city": "Vaasa"})
    refreshed(qtbot)
    _one_row_read(reads, target)
    assert model.index(10, 2).data() == "Vaasa"
    assert all(model._rows[n] is row for n, row in enumerate(before) if n != 10)


def test_a_renamed_customer_moves_to_its_place_others_unread(
    loaded: Any, ctx: Any, reads: RowReads, qtbot: Any
) -> None:
    model = loaded.model
    before = {row.id: row for row in model._rows}
    target = model._rows[10].id
    reads.clear()
    customers.update_customer(ctx.store, target, {"name": "Asiakas 200 B"})
    refreshed(qtbot)
    _one_row_read(reads, target)
    names = _names(model)
    assert names == sorted(names) and names.index("Asiakas 200 B") == 200
    assert model.rowCount() == FIRST_BATCH + BATCH
    assert all(row is before[row.id] for row in model._rows if row.id != target)


def test_a_row_sorting_beyond_the_loaded_ones_leaves_until_scrolled_to(
    loaded: Any, ctx: Any, reads: RowReads, qtbot: Any
) -> None:
    model = loaded.model
    target = model._rows[10].id
    customers.update_customer(ctx.store, target, {"name": "Öljy Oy"})
    refreshed(qtbot)
    assert model.rowCount() == FIRST_BATCH + BATCH - 1  # it sorts after the loaded rows
    assert "Öljy Oy" not in _names(model)
    while model.canFetchMore():
        model.fetchMore()
    names = _names(model)
    assert names[-1] == "Öljy Oy" and names.count("Öljy Oy") == 1 and len(names) == COUNT


def test_archiving_removes_the_row_and_undo_puts_it_back(
    loaded: Any, ctx: Any, reads: RowReads, qtbot: Any
) -> None:
    model = loaded.model
    target, name = model._rows[5].id, model._rows[5].name
    ctx.run(customer_steps.archive_customer(ctx.store, target, name, archived=True))
    refreshed(qtbot)
    assert name not in _names(model) and model.rowCount() == FIRST_BATCH + BATCH - 1
    reads.clear()
    ctx.undo_stack.undo()
    refreshed(qtbot)
    _one_row_read(reads, target)
    assert _names(model)[5] == name


def test_hidden_panel_reads_nothing_until_shown(
    loaded: Any, window: Any, ctx: Any, reads: RowReads, qtbot: Any
) -> None:
    model = loaded.model
    target = model._rows[3].id
    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    qtbot.waitUntil(lambda: not ctx.background.busy)
    reads.clear()
    customers.update_customer(ctx.store, target, {"city": "Kemi"})
    refreshed(qtbot)
    assert reads.statements == [] and loaded.refresher.dirty
    window.navigation.setCurrentRow(0)
    _one_row_read(reads, target)
    assert model.index(3, 2).data() == "Kemi"


def test_a_change_without_ids_reads_the_loaded_rows_again(
    loaded: Any, ctx: Any, reads: RowReads, qtbot: Any
) -> None:
    model = loaded.model
    reads.clear()
    customers.create_customer(ctx.store, ctx.team_id, {"name": "Asiakas 000 A"})
    refreshed(qtbot)
    assert len(reads.statements) == 1  # one read of as many rows as were loaded
    assert _names(model)[1] == "Asiakas 000 A"
    assert model.rowCount() == FIRST_BATCH + BATCH


def test_refreshes_pass_the_model_tester(
    loaded: Any, ctx: Any, qtmodeltester: Any, qtbot: Any
) -> None:
    """Moves, removals and insertions signal as Qt's model tester expects (it watches every
    signal after its check; the check itself loads every page)."""
    model = loaded.model
    qtmodeltester.check(model)
    first, second = model._rows[0].id, model._rows[1].id
    customers.update_customer(ctx.store, first, {"name": "Asiakas 500 B"})  # moves down
    refreshed(qtbot)
    customers.update_customer(ctx.store, second, {"archived": True})  # leaves
    ctx.run(customer_steps.archive_customer(ctx.store, second, "", archived=False))  # back
    refreshed(qtbot)
    names = _names(model)
    assert names == sorted(names) and len(names) == COUNT
