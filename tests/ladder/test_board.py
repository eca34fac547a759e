"""Board queries on a small hand-made team: pages, criteria, readiness, referrals."""

from __future__ import annotations

from datetime import date, timedelta

from app.customers.contacts import create_contact
from app.ladder.advocates import advocates, referral_opportunities, referred_by
from app.ladder.board import fetch_board, fetch_cards
from app.ladder.filters import BoardFilter
from app.ladder.settings import load_settings, save_settings
from app.store import Store
from tests.ladder_helpers import add_customer, add_interaction

TODAY = date.today()


def test_pages_join_up_to_the_whole_level(store: Store, team_id: int) -> None:
    names = [f"Asiakas {n:03d}" for n in range(60)]
    for name in reversed(names):
        add_customer(store, team_id, name, TODAY - timedelta(days=30))
    board = BoardFilter(team_id)
    settings = load_settings(store, team_id)
    first = fetch_board(store, board, settings)
    assert first.counts == {"A3": 60, "A2": 0, "A1": 0}
    assert not first.exhausted("A3") and first.exhausted("A2")
    seen = [c.name for c in first.cards["A3"]]
    while len(seen) < 60:
        seen += [c.name for c in fetch_cards(store, board, "A3", len(seen), 25, settings)]
    assert seen == names


def test_criteria_and_ready_to_move_up(store: Store, team_id: int) -> None:
    ready = add_customer(store, team_id, "Valmis Oy", TODAY - timedelta(days=300))
    not_yet = add_customer(store, team_id, "Melkein Oy", TODAY - timedelta(days=300))
    for day in (100, 40):
        add_interaction(store, ready, "sale", TODAY - timedelta(days=day))
    add_interaction(store, not_yet, "sale", TODAY - timedelta(days=200), "Soita", TODAY)
    board = BoardFilter(team_id)
    cards = {c.name: c for c in fetch_cards(store, board, "A3", 0)}
    # A3 cards show A2's criteria: bought twice, in touch within 90 days.
    met = {c.id: m for c, m in cards["Valmis Oy"].criteria}
    assert met == {"a2_bought_twice": True, "a2_recent_contact": True}
    assert cards["Valmis Oy"].ready
    assert not cards["Melkein Oy"].ready
    assert cards["Melkein Oy"].quiet  # 200 days silent against A3's 90
    assert cards["Melkein Oy"].next_step == "Soita"
    assert cards["Valmis Oy"].last_contact == TODAY - timedelta(days=40)

    # A team that asks for three purchases: the same customer is no longer ready.
    save_settings(store, team_id, {"a2_bought_twice": {"min": 3}}, {})
    again = {c.name: c for c in fetch_cards(store, board, "A3", 0)}
    assert not again["Valmis Oy"].ready


def test_advocates_and_referral_opportunities(store: Store, team_id: int) -> None:
    old = TODAY - timedelta(days=700)
    key = add_customer(store, team_id, "Avain Oy", old, level="A1")
    quiet_key = add_customer(store, team_id, "Hiljainen Oy", old, level="A1")
    person = create_contact(store, key, {"name": "Pia Puolestapuhuja", "advocate": True})
    add_customer(store, team_id, "Uusi 1", TODAY - timedelta(days=20), referred_by_customer_id=key)
    add_customer(
        store, team_id, "Uusi 2", TODAY - timedelta(days=10), referred_by_contact_id=person
    )
    add_customer(
        store, team_id, "Vanha", TODAY - timedelta(days=500), referred_by_customer_id=quiet_key
    )
    board = BoardFilter(team_id)
    found = {(a.name, a.contact): [r.name for r in a.brought] for a in advocates(store, board)}
    assert found == {
        ("Avain Oy", None): ["Uusi 1"],
        ("Avain Oy", "Pia Puolestapuhuja"): ["Uusi 2"],
        ("Hiljainen Oy", None): ["Vanha"],
    }
    # Hiljainen's only referral is older than a year: ask it again. Avain referred lately.
    assert [o.name for o in referral_opportunities(store, board)] == ["Hiljainen Oy"]
    assert referred_by(store, fetch_cards(store, board, "A3", 0)[1].id) == (
        "Pia Puolestapuhuja (Avain Oy)"
    )
