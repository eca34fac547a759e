"""Keyset paging of the customer list: page by page, the rows and their order are exactly
those of one sorted query, for every sortable column, both directions, ties and empty
values included, with and without a search; and the queries use their indexes.

Random data by Hypothesis. `RAKETTI_LONG_TESTS=1 make test` runs many more examples.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from functools import cmp_to_key, partial
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.dialects import sqlite

from app.changes import Changes, Kind
from app.customers import listing
from app.customers.listing import LIST_COLUMNS, CustomerQuery
from app.store import Store
from models.customer import Customer, Interaction
from models.team import Member

EXAMPLES = 400 if os.environ.get("RAKETTI_LONG_TESTS") else 25
DAY = date(2025, 3, 1)

# Few distinct values, so that ties are common; None where the column may be empty.
customer_rows = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.sampled_from(["Alfa Oy", "Beta Kone Ky", "Kone", "Ääni Oy", "alfa"]),
            "business_id": st.booleans(),
            "city": st.sampled_from([None, "Oulu", "Turku", "Åland"]),
            "industry": st.sampled_from([None, "IT", "Rakennus"]),
            "size_class": st.sampled_from(["micro", "small", "medium"]),
            "ladder_level": st.sampled_from(["A3", "A2", "A1"]),
            "owner": st.sampled_from([None, 0, 1]),
            "archived": st.booleans(),
            "interactions": st.lists(
                st.tuples(st.integers(0, 3), st.sampled_from([None, 0, 5, 9])), max_size=3
            ),
        }
    ),
    max_size=24,
)


def _fill(store: Store, team_id: int, rows: list[dict[str, Any]]) -> None:
    """Replace the team's customers with `rows` (one transaction, the one write path)."""
    with store.write(Changes.of(Kind.CUSTOMER)) as session:
        session.execute(delete(Customer).where(Customer.team_id == team_id))
        members = list(session.scalars(select(Member.id).where(Member.team_id == team_id)))
        for number, row in enumerate(rows):
            owner = row["owner"]
            customer = Customer(
                team_id=team_id,
                name=row["name"],
                business_id=f"{number:07d}-{number % 10}" if row["business_id"] else None,
                city=row["city"],
                industry=row["industry"],
                size_class=row["size_class"],
                ladder_level=row["ladder_level"],
                owner_id=None if owner is None else members[owner],
                archived=row["archived"],
            )
            session.add(customer)
            session.flush()
            for days, due in row["interactions"]:
                session.add(
                    Interaction(
                        customer_id=customer.id,
                        occurred_on=DAY + timedelta(days=days),
                        summary="Käynti",
                        next_step_due=None if due is None else DAY + timedelta(days=due),
                    )
                )


def _paged(store: Store, query: CustomerQuery, size: int) -> list[int]:
    out: list[Any] = []
    after = None
    while True:
        page = listing.fetch_page(store, query, after, size)
        out += page
        if len(page) < size:
            return [row.id for row in out]
        after = listing.bookmark(query, page[-1])


@pytest.mark.parametrize("sort_key", list(LIST_COLUMNS))
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=customer_rows, size=st.integers(1, 7), archived=st.booleans())
def test_pages_equal_one_sorted_query(
    store: Store, team_id: int, sort_key: str, rows: list[dict[str, Any]], size: int, archived: bool
) -> None:
    _fill(store, team_id, rows)
    for descending in (False, True):
        for search in ("", "kone"):
            query = CustomerQuery(
                team_id=team_id,
                search=search,
                include_archived=archived,
                sort_key=sort_key,
                descending=descending,
            )
            full = store.rows(query.ordered())
            assert _paged(store, query, size) == [row.id for row in full]
            # The Python order a refresh uses to place a changed row is the same order.
            places = [listing.position(query, row) for row in full]
            resorted = sorted(places, key=cmp_to_key(partial(listing.compare, query)))
            assert resorted == places


def test_empty_values_come_last_in_both_directions(store: Store, team_id: int) -> None:
    _fill(
        store,
        team_id,
        [
            {"name": n, "business_id": False, "city": c, "industry": None, "size_class": "small"}
            | {"ladder_level": "A3", "owner": None, "archived": False, "interactions": []}
            for n, c in (("A", None), ("B", "Oulu"), ("C", "Turku"), ("D", None))
        ],
    )
    for descending, expected in ((False, ["B", "C", "A", "D"]), (True, ["C", "B", "D", "A"])):
        query = CustomerQuery(team_id=team_id, sort_key="city", descending=descending)
        assert [row.name for row in listing.fetch_page(store, query, None, 10)] == expected


def _plan(store: Store, statement: Any) -> str:
    sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        return "\n".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


@pytest.mark.parametrize("sort_key", ["name", "business_id", "city", "industry", "size_class"])
def test_indexed_columns_page_without_sorting(store: Store, team_id: int, sort_key: str) -> None:
    """A page in an indexed column's order is an index range: no temporary B-tree, which
    would sort every matching customer for each page."""
    after = listing.Bookmark("M", "M", 10)
    for descending in (False, True):
        query = CustomerQuery(team_id=team_id, sort_key=sort_key, descending=descending)
        for statement in query.page(after, 50):
            assert "TEMP B-TREE" not in _plan(store, statement)


def test_count_reads_the_index_only(store: Store, team_id: int) -> None:
    plan = _plan(store, CustomerQuery(team_id=team_id).count())
    assert "member" not in plan and "COVERING INDEX" in plan


@pytest.mark.parametrize("sort_key", ["name", "city", "last_contact", "next_due"])
def test_a_page_computes_last_contact_and_next_due_once_per_row(
    store: Store, team_id: int, sort_key: str
) -> None:
    """Each correlated column is one index seek per customer of a page (issue 24): a page
    sorted by one of them shows and orders by the value its keys were chosen by, instead
    of running that subquery twice more per row (the column, the ORDER BY)."""
    after = listing.Bookmark(DAY, "M", 10) if sort_key in listing.COMPUTED else None
    for descending in (False, True):
        query = CustomerQuery(team_id=team_id, sort_key=sort_key, descending=descending)
        plan = _plan(store, query.page(after, 50)[0])
        seeks = [line for line in plan.splitlines() if "SEARCH interaction" in line]
        by_date = [line for line in seeks if "ix_interaction_customer_date" in line]
        by_due = [line for line in seeks if "ix_interaction_customer_due" in line]
        assert len(by_date) == len(by_due) == 1, plan
        assert plan.count("CORRELATED SCALAR SUBQUERY") == 2, plan
