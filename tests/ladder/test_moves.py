"""Moves: one transaction that changes the level and records why; refusals change nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app import teams
from app.changes import Changes
from app.errors import InvalidRecord
from app.ladder.moves import StaleMove, history, move_customer, redo_move, undo_move
from app.ladder.settings import load_settings, save_settings
from app.store import Store
from models.customer import Customer
from models.ladder import LadderMove
from tests.ladder_helpers import add_customer

TODAY = date(2026, 6, 30)


def _level(store: Store, customer_id: int) -> str:
    with store.read() as session:
        return session.execute(
            select(Customer.ladder_level).where(Customer.id == customer_id)
        ).scalar_one()


def _moves(store: Store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(LadderMove)).scalar_one()


@pytest.fixture
def customer(store: Store, team_id: int) -> int:
    return add_customer(store, team_id, "Kahvila Kaneli Oy", date(2026, 1, 10))


def test_move_changes_level_and_records_history(store: Store, team_id: int, customer: int) -> None:
    heard: list[Changes] = []
    store.subscribe(heard.append)
    author = teams.members_of(store, team_id)[0]["id"]
    record = move_customer(
        store, customer, "A2", date(2026, 3, 1), "  Toinen tilaus tuli  ", author, today=TODAY
    )
    assert _level(store, customer) == "A2"
    rows = history(store, customer)
    assert [(r.from_level, r.to_level, r.moved_on, r.reason) for r in rows] == [
        ("A3", "A2", date(2026, 3, 1), "Toinen tilaus tuli")
    ]
    assert rows[0].author == teams.members_of(store, team_id)[0]["name"]
    assert record.from_level == "A3"
    assert len(heard) == 1  # one change set for the one transaction
    assert heard[0].kinds == {"customer", "ladder_move"}


@pytest.mark.parametrize(
    ("to_level", "moved_on", "reason", "field"),
    [
        ("A2", date(2026, 3, 1), "", "reason"),
        ("A2", date(2026, 3, 1), "   ", "reason"),
        ("A2", date(2026, 3, 1), 42, "reason"),  # not text: refused, not an AttributeError
        ("A2", date(2026, 3, 1), ["Kauppa"], "reason"),
        ("A2", TODAY + timedelta(days=1), "Kauppa", "moved_on"),
        ("A2", date(2026, 1, 9), "Kauppa", "moved_on"),  # the day before it was added
        ("A2", None, "Kauppa", "moved_on"),
        ("A3", date(2026, 3, 1), "Kauppa", "to_level"),  # already there
        ("B7", date(2026, 3, 1), "Kauppa", "to_level"),
    ],
)
def test_refused_move_changes_nothing(
    store: Store,
    customer: int,
    to_level: str,
    moved_on: date | None,
    reason: str,
    field: str,
) -> None:
    heard: list[Changes] = []
    store.subscribe(heard.append)
    with pytest.raises(InvalidRecord) as refused:
        move_customer(store, customer, to_level, moved_on, reason, today=TODAY)
    assert field in refused.value.by_field()
    assert _level(store, customer) == "A3"
    assert _moves(store) == 0
    assert heard == []


def test_move_on_the_day_it_was_added_is_allowed(store: Store, customer: int) -> None:
    move_customer(store, customer, "A2", date(2026, 1, 10), "Heti kauppaa", today=TODAY)
    assert _level(store, customer) == "A2"


def test_move_cannot_be_dated_before_the_previous_move(store: Store, customer: int) -> None:
    move_customer(store, customer, "A2", date(2026, 3, 1), "Kauppa", today=TODAY)
    with pytest.raises(InvalidRecord) as refused:
        move_customer(store, customer, "A1", date(2026, 2, 1), "Projekti", today=TODAY)
    assert "moved_on" in refused.value.by_field()
    assert _level(store, customer) == "A2"
    assert _moves(store) == 1


def test_undo_and_redo(store: Store, customer: int) -> None:
    record = move_customer(store, customer, "A2", date(2026, 3, 1), "Kauppa", today=TODAY)
    undo_move(store, record)
    assert _level(store, customer) == "A3"
    assert history(store, customer) == []
    redo_move(store, record)
    assert _level(store, customer) == "A2"
    again = history(store, customer)
    assert [r.id for r in again] == [record.move_id]


def test_undo_refuses_when_the_level_changed_since(store: Store, customer: int) -> None:
    first = move_customer(store, customer, "A2", date(2026, 3, 1), "Kauppa", today=TODAY)
    move_customer(store, customer, "A1", date(2026, 4, 1), "Projekti", today=TODAY)
    with pytest.raises(StaleMove):
        undo_move(store, first)
    assert _level(store, customer) == "A1"
    assert _moves(store) == 2


def test_settings_overrides_round_trip(store: Store, team_id: int) -> None:
    defaults = load_settings(store, team_id)
    assert defaults.silence_limits == {"A1": 30, "A2": 60, "A3": 90}
    save_settings(store, team_id, {"a2_bought_twice": {"min": 3, "enabled": False}}, {"A1": 14})
    loaded = load_settings(store, team_id)
    assert loaded.silence_limits["A1"] == 14
    assert loaded.silence_limits["A3"] == 90
    bought = next(c for c in loaded.criteria if c.id == "a2_bought_twice")
    assert (bought.min, bought.enabled) == (3, False)
    with pytest.raises(InvalidRecord):
        save_settings(store, team_id, {}, {"A1": 0})
    assert load_settings(store, team_id).silence_limits["A1"] == 14
