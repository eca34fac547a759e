"""The retention review (app/privacy/review.py): who is listed, the team's period as an
undoable setting, and the read walks indexes (EXPLAIN QUERY PLAN), not every contact."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app import teams
from app.customers import contacts, interactions
from app.customers import records as customers
from app.errors import InvalidRecord
from app.privacy import review
from app.store import Store
from tests.step_helpers import round_trip

TODAY = date(2027, 6, 1)


def _added_long_ago(store: Store, *contact_ids: int) -> None:
    with store.write() as session:
        session.execute(
            contacts.CONTACT_TABLE.update()
            .where(contacts.CONTACT_TABLE.c.id.in_(contact_ids))
            .values(created_at=datetime(2020, 1, 1))
        )


def test_listed_without_consent_interaction_or_a_recent_start(store: Store, team_id: int) -> None:
    customer = customers.create_customer(store, team_id, {"name": "Katselmus Oy"})
    silent = contacts.create_contact(store, customer, {"name": "Hiljainen Henna"})
    consented = contacts.create_contact(
        store, customer, {"name": "Lupa Lasse", "marketing_consent": True}
    )
    recent_talk = contacts.create_contact(store, customer, {"name": "Tuore Tuula"})
    old_talk = contacts.create_contact(store, customer, {"name": "Vanha Ville"})
    new_person = contacts.create_contact(store, customer, {"name": "Uusi Uolevi"})
    _added_long_ago(store, silent, consented, recent_talk, old_talk)
    for person, day in ((recent_talk, date(2026, 1, 1)), (old_talk, date(2024, 1, 1))):
        interactions.log_interaction(
            store, customer, {"occurred_on": day, "summary": "x"}, contact_ids=[person]
        )
    other_team = teams.create_team(store, "Toinen")
    elsewhere = customers.create_customer(store, other_team, {"name": "Muu Oy"})
    _added_long_ago(store, contacts.create_contact(store, elsewhere, {"name": "Muu Maija"}))
    with store.read() as session:
        rows = review.review_rows(session, team_id, 24, TODAY, sort="name")
        assert [(r.name, r.customer, r.last_interaction) for r in rows] == [
            ("Hiljainen Henna", "Katselmus Oy", None),
            ("Vanha Ville", "Katselmus Oy", date(2024, 1, 1)),
        ]
        assert new_person not in {r.contact_id for r in rows}
        # A longer period lists fewer; sorted by the last interaction, newest first.
        assert [r.name for r in review.review_rows(session, team_id, 48, TODAY)] == [
            "Hiljainen Henna"
        ]
        by_last = review.review_rows(session, team_id, 6, TODAY, "last_interaction", True)
        assert [r.name for r in by_last][:2] == ["Tuore Tuula", "Vanha Ville"]


def test_the_period_is_a_team_setting_set_by_an_undoable_step(store: Store, team_id: int) -> None:
    def months() -> int:
        with store.read() as session:
            return review.retention_months(session, team_id)

    assert months() == review.DEFAULT_MONTHS
    round_trip(review.retention_step(store, team_id, "36"), 24, 36, months)
    for bad in ("0", "abc", 1000, None):
        with pytest.raises(InvalidRecord):
            review.retention_step(store, team_id, bad)


@pytest.mark.parametrize("sort", list(review.SORTS))
def test_the_read_uses_indexes(store: Store, team_id: int, sort: str) -> None:
    with store.read() as session:
        plan = review.review_plan(session, team_id, sort)
    tables = [line for line in plan if line.startswith(("SEARCH", "SCAN"))]
    assert tables and all(
        line.startswith("SEARCH") or line == "SCAN candidate" for line in tables
    ), plan
    assert any("ix_interaction_contact_contact" in line for line in plan)
    assert any("ix_contact_consent_contact" in line for line in plan)
