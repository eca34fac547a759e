"""Customer, contact and interaction use cases against a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.changes import Changes, Kind
from app.customers import contacts, interactions, listing
from app.customers import records as customers
from app.customers.listing import CustomerQuery, count_rows
from app.errors import InvalidRecord
from app.store import Store
from models.customer import Customer, Interaction


def names(store: Store, team_id: int, search: str = "", **kw: object) -> list[str]:
    query = CustomerQuery(team_id=team_id, search=search, **kw)  # type: ignore[arg-type]
    return [row.name for row in listing.fetch_page(store, query, None, 100)]


def test_create_then_find_by_name_id_city_contact_and_notes(store: Store, team_id: int) -> None:
    cid = customers.create_customer(
        store,
        team_id,
        {
            "name": "Jyväskylän Kone Oy",
            "business_id": "0737546-2",
            "city": "Jyväskylä",
            "notes": "Kiinnostunut työpajoista",
        },
    )
    customers.create_customer(store, team_id, {"name": "Tampereen Puu Ky", "city": "Tampere"})
    contacts.create_contact(store, cid, {"name": "Matti Meikäläinen", "email": "matti@kone.fi"})
    assert names(store, team_id, "kone") == ["Jyväskylän Kone Oy"]
    assert names(store, team_id, "0737546") == ["Jyväskylän Kone Oy"]
    assert names(store, team_id, "JYVÄSKYLÄ") == ["Jyväskylän Kone Oy"]  # any case
    # ä and a are different letters in Finnish: typing a does not find ä (migration 0007).
    assert names(store, team_id, "jyvaskyla") == []
    assert names(store, team_id, "meikäl") == ["Jyväskylän Kone Oy"]  # contact, by prefix
    assert names(store, team_id, "työpaj") == ["Jyväskylän Kone Oy"]  # notes
    assert names(store, team_id, "kone tampere") == []  # every word must match
    assert names(store, team_id, "") == ["Jyväskylän Kone Oy", "Tampereen Puu Ky"]


def test_search_follows_edits_and_deleted_contacts(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Alpha Oy"})
    contact_id = contacts.create_contact(store, cid, {"name": "Liisa Lehtonen"})
    assert names(store, team_id, "lehtonen") == ["Alpha Oy"]
    contacts.delete_contact(store, contact_id)
    assert names(store, team_id, "lehtonen") == []
    customers.update_customer(store, cid, {"name": "Beta Oy"})
    assert names(store, team_id, "beta") == ["Beta Oy"]
    assert names(store, team_id, "alpha") == []


def test_invalid_fields_are_all_reported_and_nothing_saved(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord) as error:
        customers.create_customer(
            store, team_id, {"name": " ", "business_id": "1234567-8", "value_volume": 9}
        )
    assert set(error.value.by_field()) == {"name", "business_id", "value_volume"}
    assert names(store, team_id) == []


def test_business_id_is_unique(store: Store, team_id: int) -> None:
    customers.create_customer(store, team_id, {"name": "A Oy", "business_id": "0737546-2"})
    with pytest.raises(InvalidRecord) as error:
        customers.create_customer(store, team_id, {"name": "B Oy", "business_id": "737546-2"})
    assert "A Oy" in str(error.value)


def test_update_returns_previous_values_for_undo(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "A Oy", "city": "Oulu"})
    previous = customers.update_customer(store, cid, {"city": "Turku", "name": "A Oy"})
    assert previous == {"city": "Oulu", "name": "A Oy"}
    customers.update_customer(store, cid, previous)
    assert customers.get_customer(store, cid).city == "Oulu"


def test_delete_and_restore_brings_back_everything(store: Store, team_id: int) -> None:
    advocate = customers.create_customer(store, team_id, {"name": "Advocate Oy"})
    cid = customers.create_customer(store, team_id, {"name": "Gone Oy", "business_id": "0737546-2"})
    contact = contacts.create_contact(store, cid, {"name": "Pekka", "advocate": True})
    referred = customers.create_customer(
        store,
        team_id,
        {"name": "Referred Oy", "referred_by_customer_id": cid, "referred_by_contact_id": contact},
    )
    customers.update_customer(store, cid, {"referred_by_customer_id": advocate})
    iid = interactions.log_interaction(
        store, cid, {"occurred_on": date(2026, 1, 5), "summary": "Käynti"}, [], [contact]
    )
    before = customers.get_customer(store, cid)
    snapshot = customers.delete_customer(store, cid)
    assert customers.get_customer(store, cid) is None
    assert customers.get_customer(store, referred).referred_by_customer_id is None
    customers.restore_customer(store, snapshot)
    assert customers.get_customer(store, cid) == before
    assert customers.get_customer(store, referred).referred_by_customer_id == cid
    assert customers.get_customer(store, referred).referred_by_contact_id == contact
    assert interactions.timeline(store, cid)[0]["id"] == iid
    assert interactions.timeline(store, cid)[0]["contacts"] == ["Pekka"]
    assert names(store, team_id, "gone") == ["Gone Oy"]  # back in the search index


def test_a_failing_write_leaves_the_previous_state(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Stable Oy"})
    heard: list[Changes] = []
    store.subscribe(heard.append)
    with pytest.raises(RuntimeError), store.write(Changes.of(Kind.CUSTOMER)) as session:
        session.get(Customer, cid).name = "Half-saved Oy"
        session.flush()
        raise RuntimeError("power cut")
    assert customers.get_customer(store, cid).name == "Stable Oy"
    assert heard == []  # nobody is told of a change that did not happen


def test_interaction_needs_summary_and_valid_dates(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "A Oy"})
    with pytest.raises(InvalidRecord) as error:
        interactions.log_interaction(
            store, cid, {"occurred_on": "31.2.2026", "summary": "", "next_step_due": "1.3.2026"}
        )
    assert {"occurred_on", "summary"} <= set(error.value.by_field())
    with store.read() as session:
        assert session.execute(select(func.count(Interaction.id))).scalar_one() == 0


def test_sorting_and_paging_in_sql(store: Store, team_id: int) -> None:
    for n in range(30):
        customers.create_customer(store, team_id, {"name": f"Firma {n:02d}", "city": f"C{n % 3}"})
    query = CustomerQuery(team_id=team_id, sort_key="name", descending=True)
    first = listing.fetch_page(store, query, None, 10)
    second = listing.fetch_page(store, query, listing.bookmark(query, first[-1]), 10)
    assert [r.name for r in first][:2] == ["Firma 29", "Firma 28"]
    assert second[0].name == "Firma 19"
    assert count_rows(store, query) == 30


def test_archived_customers_are_hidden_unless_asked(store: Store, team_id: int) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Old Oy"})
    customers.update_customer(store, cid, {"archived": True})
    assert names(store, team_id) == []
    assert names(store, team_id, include_archived=True) == ["Old Oy"]


# --- member add as an undoable operation (no Qt) -------------------------------------------


def member_names(store: Store, team_id: int) -> list[str]:
    from app import teams

    return [m["name"] for m in teams.members_of(store, team_id)]


def test_member_add_undo_and_redo_round_trip(store: Store, team_id: int) -> None:
    from app import teams

    heard: list[Changes] = []
    store.subscribe(heard.append)
    added = teams.add_member(store, team_id, "Venla Virtanen", "venla@example.fi")
    removed = teams.remove_member(store, added)  # the undo
    assert "Venla Virtanen" not in member_names(store, team_id)
    assert removed["id"] == added and removed["email"] == "venla@example.fi"
    again = teams.restore_member(store, removed)  # the redo
    assert again == added
    assert "Venla Virtanen" in member_names(store, team_id)
    with store.read() as session:
        from models.team import Member

        member = session.get(Member, added)
        assert member is not None and member.uuid == removed["uuid"]
    assert all(c.touches(Kind.MEMBER) for c in heard) and len(heard) == 3
    assert heard[1].ids(Kind.MEMBER) == {added}
    store.unsubscribe(heard.append)


@pytest.mark.parametrize("use", ["owner", "interaction"])
def test_member_who_is_already_referenced_cannot_be_taken_back(
    store: Store, team_id: int, use: str
) -> None:
    from app import teams

    added = teams.add_member(store, team_id, "Oona Oja")
    cid = customers.create_customer(
        store, team_id, {"name": "Omistettu Oy", "owner_id": added if use == "owner" else None}
    )
    if use == "interaction":
        interactions.log_interaction(
            store, cid, {"occurred_on": date.today(), "summary": "Käynti"}, [added]
        )
    with pytest.raises(InvalidRecord) as refused:
        teams.remove_member(store, added)
    assert set(refused.value.by_field()) == {"member"} and "Oona Oja" in str(refused.value)
    assert "Oona Oja" in member_names(store, team_id)  # nothing was removed
    with pytest.raises(LookupError):
        teams.remove_member(store, 10_000)


def test_business_id_typed_in_other_digits_is_one_company(store: Store, team_id: int) -> None:
    customers.create_customer(store, team_id, {"name": "A Oy", "business_id": "0737546-2"})
    for typed in ("٠٧٣٧٥٤٦-٢", "０７３７５４６－２"):
        with pytest.raises(InvalidRecord) as error:
            customers.create_customer(store, team_id, {"name": "B Oy", "business_id": typed})
        assert "A Oy" in str(error.value)


@pytest.mark.parametrize("revenue", ["nan", "inf", "1e309", float("inf"), "-1"])
def test_revenue_that_is_no_finite_amount_is_refused(
    store: Store, team_id: int, revenue: object
) -> None:
    with pytest.raises(InvalidRecord) as error:
        customers.create_customer(store, team_id, {"name": "A Oy", "annual_revenue": revenue})
    assert set(error.value.by_field()) == {"annual_revenue"}
    assert names(store, team_id) == []


@pytest.mark.parametrize(
    "values",
    [
        {"owner_id": 999},
        {"owner_id": 2**70},  # OverflowError in SQLite before
        {"referred_by_customer_id": 999},
        {"referred_by_contact_id": 999},
        {"value_volume": float("inf")},  # OverflowError in int() before
        {"name": "N" * 201},
        {"notes": "muistio " * 2000},
        {"city": "Oulu\x00"},
    ],
)
def test_values_outside_the_domain_are_invalid_records(
    store: Store, team_id: int, values: dict[str, object]
) -> None:
    cid = customers.create_customer(store, team_id, {"name": "Vakaa Oy"})
    with pytest.raises(InvalidRecord) as error:
        customers.update_customer(store, cid, values)
    assert set(error.value.by_field()) == set(values)
    assert customers.get_customer(store, cid).name == "Vakaa Oy"


def test_an_owner_from_another_team_is_refused(store: Store, team_id: int) -> None:
    from app import teams

    other = teams.create_team(store, "Toinen Osuuskunta")
    stranger = teams.add_member(store, other, "Vieras")
    with pytest.raises(InvalidRecord):
        customers.create_customer(store, team_id, {"name": "A Oy", "owner_id": stranger})


def test_interaction_with_unknown_or_repeated_people(store: Store, team_id: int) -> None:
    from app import teams

    cid = customers.create_customer(store, team_id, {"name": "A Oy"})
    member = teams.members_of(store, team_id)[0]["id"]
    visit = {"occurred_on": date(2026, 1, 5), "summary": "Käynti"}
    with pytest.raises(InvalidRecord) as error:
        interactions.log_interaction(store, cid, visit, [member, 999])
    assert set(error.value.by_field()) == {"members"}
    iid = interactions.log_interaction(store, cid, visit, [member, member])  # one row, not two
    assert interactions.timeline(store, cid)[0]["id"] == iid
    with pytest.raises(InvalidRecord):
        contacts.create_contact(store, 999, {"name": "Orpo"})
