"""Search keeps ä, ö and å apart from a and o, finds business IDs typed without the hyphen,
and the customer picker tells same-named customers apart (migration 0007_search)."""

from __future__ import annotations

from pathlib import Path

from app.customers import listing
from app.customers import records as customers
from app.customers.listing import CustomerQuery
from app.errors import InvalidRecord
from app.store import Store
from models.migration import _upgrade, migration_engine

NAMES = ["Öljynvaihto Ky", "Olutpanimo Ky", "Kööpenhamina Tmi", "Åbo Bygg", "Aalto Ky"]


def names(store: Store, team_id: int, text: str) -> list[str]:
    query = CustomerQuery(team_id=team_id, search=text)
    return sorted(row.name for row in listing.fetch_page(store, query, None, 100))


def test_o_umlaut_finds_only_names_with_o_umlaut(store: Store, team_id: int) -> None:
    for name in NAMES:
        customers.create_customer(store, team_id, {"name": name})
    # Before 0007 the tokenizer folded ö to o: "ö" also found "Olutpanimo".
    assert names(store, team_id, "ö") == ["Öljynvaihto Ky"]
    assert names(store, team_id, "Ö") == ["Öljynvaihto Ky"]
    assert names(store, team_id, "o") == ["Olutpanimo Ky"]
    assert names(store, team_id, "å") == ["Åbo Bygg"]
    assert names(store, team_id, "a") == ["Aalto Ky"]
    assert names(store, team_id, "köö") == ["Kööpenhamina Tmi"]
    assert names(store, team_id, "koo") == []


def test_business_id_without_hyphen_is_found_and_saved_normalised(
    store: Store, team_id: int
) -> None:
    typed = customers.create_customer(
        store, team_id, {"name": "Kone Oy", "business_id": "07375462"}
    )
    assert customers.get_customer(store, typed).business_id == "0737546-2"  # type: ignore[index]
    customers.create_customer(store, team_id, {"name": "Puu Oy", "business_id": "1234567-1"})
    assert names(store, team_id, "07375462") == ["Kone Oy"]
    assert names(store, team_id, "0737546-2") == ["Kone Oy"]
    assert names(store, team_id, "12345671") == ["Puu Oy"]
    # The same ID again, however typed, is the same ID.
    try:
        customers.create_customer(store, team_id, {"name": "Toinen", "business_id": "0737546 2"})
    except InvalidRecord as invalid:
        assert invalid.by_field()["business_id"]
    else:
        raise AssertionError("a second customer with the same business ID was saved")
    # Eight digits with a wrong check digit are still refused.
    try:
        customers.create_customer(store, team_id, {"name": "Väärä", "business_id": "07375463"})
    except InvalidRecord as invalid:
        assert "check digit" in str(invalid)
    else:
        raise AssertionError("a wrong check digit was accepted")


def test_completer_tells_same_named_customers_apart(store: Store, team_id: int) -> None:
    first = customers.create_customer(
        store, team_id, {"name": "Kahvila Aalto", "city": "Jyväskylä", "business_id": "0737546-2"}
    )
    second = customers.create_customer(store, team_id, {"name": "Kahvila Aalto", "city": "Tampere"})
    customers.create_customer(store, team_id, {"name": "Kahvila Bertta", "city": "Oulu"})
    found = dict(customers.find_names(store, team_id, "kahvila"))
    assert found == {
        first: "Kahvila Aalto (Jyväskylä, 0737546-2)",
        second: "Kahvila Aalto (Tampere)",
        found_id(found, "Kahvila Bertta"): "Kahvila Bertta",  # one of its name: just the name
    }
    assert "#" not in " ".join(found.values())


def found_id(found: dict[int, str], label: str) -> int:
    return next(cid for cid, text in found.items() if text == label)


def test_migration_rebuilds_the_index_of_an_older_file(tmp_path: Path, paths) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "old.sqlite"
    engine = migration_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            _upgrade(conn, "0006_strategy")
            conn.exec_driver_sql(
                "INSERT INTO team_company (id, uuid, name, created_at, updated_at) "
                "VALUES (1, 't', 'Tiimi', '2026-01-01', '2026-01-01')"
            )
            conn.exec_driver_sql(
                "INSERT INTO member (id, uuid, team_id, name, role, created_at, updated_at) "
                "VALUES (1, 'm', 1, 'Aino', 'coach', '2026-01-01', '2026-01-01')"
            )
            for cid, name, bid in ((1, "Öljy Oy", "0737546-2"), (2, "Olut Oy", None)):
                conn.exec_driver_sql(
                    "INSERT INTO customer (id, uuid, team_id, name, business_id, size_class, "
                    "ladder_level, archived, created_at, updated_at) VALUES "
                    f"({cid}, 'c{cid}', 1, ?, ?, 'small', 'A3', 0, '2026-01-01', '2026-01-01')",
                    (name, bid),
                )
    finally:
        engine.dispose()
    store = Store.open(path, paths.backups)
    try:
        assert names(store, 1, "ö") == ["Öljy Oy"]
        assert names(store, 1, "07375462") == ["Öljy Oy"]
        assert names(store, 1, "olut") == ["Olut Oy"]
        with store.read() as session:
            active = session.connection().exec_driver_sql("SELECT active FROM member").scalar()
        assert active == 1  # members of older files are active
    finally:
        store.close()
