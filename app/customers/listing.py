"""The customer list: what the table shows, sorted and filtered in SQL, read a page at a time.

Pages are read with keyset paging: a page starts after the last row of the previous one
(its `Bookmark`), never with OFFSET, so a page near the end costs what the first one does
(OFFSET makes SQLite produce every skipped row, correlated subqueries included).

The order is (sort column, name, id), all in the chosen direction, with empty values of
a column that may be empty after all others in both directions, as in a spreadsheet. Such a
column is read in two runs: its values (an index range when it has an index), then its
empty rows in (name, id) order. `compare` is the same order in Python, for placing a
changed row among the loaded ones without reading the others again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Row,
    Select,
    column,
    func,
    literal,
    literal_column,
    select,
    table,
    tuple_,
)
from sqlalchemy.sql.elements import ColumnElement

from app.changes import Changes, Kind
from app.store import Store
from models.customer import Contact, Customer, Interaction
from models.customer_fields import CUSTOMER, CUSTOMER_LIST
from models.team import Member

last_contact = (
    select(func.max(Interaction.occurred_on))
    .where(Interaction.customer_id == Customer.id)
    .correlate(Customer)
    .scalar_subquery()
)
# Answered by the partial index ix_interaction_customer_due (migration 0007): one seek.
next_due = (
    select(func.min(Interaction.next_step_due))
    .where(Interaction.customer_id == Customer.id, Interaction.next_step_due.is_not(None))
    .correlate(Customer)
    .scalar_subquery()
)

# Shown by name: the member a reference names (models.customer_fields.CUSTOMER's refers).
_NAMES: dict[str, Any] = {"member": Member.name}


def _list_columns() -> dict[str, Any]:
    """The fields the list shows (CUSTOMER_LIST, in its order), then what it computes."""
    columns: dict[str, Any] = {}
    for key in CUSTOMER_LIST:
        field = CUSTOMER.field(key)
        expr = _NAMES[field.refers] if field.refers else getattr(Customer, key)
        columns[field.column_key] = expr
    return {**columns, "last_contact": last_contact, "next_due": next_due}


def _may_be_empty(key: str) -> bool:
    """A column of the customer's own that allows NULL, or anything read through a join or
    a subquery (no owner, no interactions)."""
    own = Customer.__table__.c
    return key not in own or own[key].nullable


# Column key -> SQL expression; the table model shows these, sorting happens in SQL.
LIST_COLUMNS: dict[str, Any] = _list_columns()
# Columns that may be empty (NULL): those rows come last in both directions.
NULLABLE = frozenset(key for key in LIST_COLUMNS if _may_be_empty(key))
# Columns computed per customer from its interactions (no index can order them).
COMPUTED = frozenset({"last_contact", "next_due"})
# Columns no index orders (the owner's name is in another table): SQLite sorts them.
SORTED_IN_MEMORY = COMPUTED | {"owner"}

# The FTS5 index (migration 0001): rowid is the customer's id.
customer_fts = table("customer_fts", column("rowid"))


def fts_query(text: str) -> str | None:
    """Turn what the user typed into an FTS5 prefix query: every word must match."""
    words = [w for w in re.split(r"[^\w]+", text.lower()) if w]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


@dataclass(frozen=True)
class Bookmark:
    """Where a page ended: the last row's sort value, name and id."""

    value: Any
    name: str
    id: int


@dataclass(frozen=True)
class CustomerQuery:
    team_id: int
    search: str = ""
    include_archived: bool = False
    sort_key: str = "name"
    descending: bool = False
    filters: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.sort_key if self.sort_key in LIST_COLUMNS else "name"

    def base(self, columns: list[Any], owner: bool = True) -> Select[Any]:
        """The matching customers; `owner` joins the owner's name (the count needs not)."""
        stmt = select(*columns).select_from(Customer)
        if owner:
            stmt = stmt.outerjoin(Member, Member.id == Customer.owner_id)
        stmt = stmt.where(Customer.team_id == self.team_id)
        if not self.include_archived:
            stmt = stmt.where(Customer.archived.is_(False))
        for key, value in self.filters.items():
            stmt = stmt.where(getattr(Customer, key) == value)
        match = fts_query(self.search)
        if match:
            fts = select(customer_fts.c.rowid).where(
                literal_column("customer_fts").op("MATCH")(match)
            )
            stmt = stmt.where(Customer.id.in_(fts))
        return stmt

    def columns(self) -> list[Any]:
        """What a table row holds: id, the shown columns, archived and the owner's id."""
        shown = [expr.label(key) for key, expr in LIST_COLUMNS.items()]
        return [Customer.id, *shown, Customer.archived, Customer.owner_id]

    def _direction(self, expr: Any) -> Any:
        return expr.desc() if self.descending else expr.asc()

    def ordered(self) -> Select[Any]:
        """Every matching row in the table's order, in one statement (tests, baselines)."""
        sort = LIST_COLUMNS[self.key]
        order = [self._direction(Customer.name), self._direction(Customer.id)]
        if self.key != "name":
            order[:0] = [sort.is_(None).asc(), self._direction(sort)]
        return self.base(self.columns()).order_by(*order)

    def page(self, after: Bookmark | None, limit: int) -> list[Select[Any]]:
        """The statements that read the next `limit` rows after `after`, run in turn
        while rows are missing: the column's values, then (if it may be empty) its empty
        rows. Each is an index range where the column has one; none uses OFFSET."""
        key = self.key
        ids, sort, name, cid = self._keys()
        tie = [self._direction(name), self._direction(cid)]
        shown_tie = [self._direction(Customer.name), self._direction(Customer.id)]
        statements = []
        if key == "name":
            stmt = ids
            if after is not None:
                stmt = stmt.where(self._beyond(tuple_(name, cid), (after.name, after.id)))
            statements.append(self._rows_of(stmt.order_by(*tie).limit(limit), shown_tie))
        elif after is None or after.value is not None:
            stmt = ids.where(sort.is_not(None))
            if after is not None:
                bound = (_typed(after.value, sort), after.name, after.id)
                stmt = stmt.where(self._beyond(tuple_(sort, name, cid), bound))
            order = [self._direction(sort), *tie]
            shown = [self._direction(LIST_COLUMNS[key]), *shown_tie]
            statements.append(self._rows_of(stmt.order_by(*order).limit(limit), shown))
        if key in NULLABLE:
            stmt = ids.where(sort.is_(None))
            if after is not None and after.value is None:
                stmt = stmt.where(self._beyond(tuple_(name, cid), (after.name, after.id)))
            statements.append(self._rows_of(stmt.order_by(*tie).limit(limit), shown_tie))
        return statements

    def _keys(self) -> tuple[Select[Any], Any, Any, Any]:
        """A SELECT of matching ids and the sort value, name and id to filter and order on.

        Last contact and next step due are correlated subqueries: named in WHERE and
        ORDER BY, SQLite evaluates one once per mention and row. They are computed once
        per customer, with its name from the covering index, in a subquery SQLite
        materializes (LIMIT -1 keeps it from being merged back into the outer query).
        """
        sort = LIST_COLUMNS[self.key]
        if self.key not in COMPUTED:
            ids = self.base([Customer.id])
            return ids, sort, Customer.name, Customer.id
        keys = (
            self.base([Customer.id, Customer.name, sort.label("k")], owner=False)
            .limit(-1)
            .subquery("sort_keys")
        )
        return select(keys.c.id, keys.c.k).select_from(keys), keys.c.k, keys.c.name, keys.c.id

    def _rows_of(self, ids: Select[Any], order: list[Any]) -> Select[Any]:
        """The table's columns for a page of ids chosen and ordered by `ids`.

        Sorting with a temporary B-tree, SQLite computes every selected column of every
        candidate row, last contact and next step due included; choosing the page's ids
        first computes them for the page's rows only. Where an index gives the order there
        is no sorting, and the columns are selected at once."""
        if self.key not in SORTED_IN_MEMORY:
            return ids.with_only_columns(*self.columns())
        page = ids.subquery("page")
        columns = self.columns()
        if self.key in COMPUTED:
            # The page carries the sort key computed once per customer (`_keys`): shown and
            # ordered by from there, the correlated subquery is not run again per row (it
            # was twice more: the column and the ORDER BY).
            computed = LIST_COLUMNS[self.key]
            columns = [page.c.k.label(self.key) if c.key == self.key else c for c in columns]
            order = [self._direction(page.c.k) if o.element is computed else o for o in order]
        stmt = select(*columns).select_from(Customer)
        stmt = stmt.join(page, page.c.id == Customer.id)
        return stmt.outerjoin(Member, Member.id == Customer.owner_id).order_by(*order)

    def _beyond(self, left: Any, bound: tuple[Any, ...]) -> ColumnElement[bool]:
        right = tuple_(*bound)
        return left < right if self.descending else left > right

    def by_ids(self, ids: set[int]) -> Select[Any]:
        """The rows of these customers that match the query (a refresh after a change)."""
        return self.base(self.columns()).where(Customer.id.in_(ids))

    def count(self) -> Select[Any]:
        # Without the owner join: counting never needs it (70 ms against 2 ms at 100k).
        return self.base([func.count()], owner=False)


def _typed(value: Any, expr: Any) -> Any:
    """A bound value with the column's type, so that a date binds as SQLite stores it."""
    return literal(value, type_=expr.type)


def bookmark(query: CustomerQuery, row: Any) -> Bookmark:
    """Where a page that ends with `row` ended."""
    return Bookmark(*position(query, row))


def fetch_page(
    store: Store, query: CustomerQuery, after: Bookmark | None, limit: int
) -> list[Row[Any]]:
    """The next `limit` rows after `after` (None: from the start), in one connection."""
    rows: list[Row[Any]] = []
    with store.engine.connect() as conn:
        for statement in query.page(after, limit):
            rows += conn.execute(statement).all()
            if len(rows) >= limit:
                break
    # Where the values end and the empty rows begin, the second read may bring more.
    return rows[:limit]


def every_row(store: Store, query: CustomerQuery, batch: int = 2000) -> Iterator[Row[Any]]:
    """All the query's rows in the table's order, read a keyset page at a time (an export
    of what the table shows: each page costs what the table's own pages cost, and a
    consumer that stops early, a cancelled export, reads no further)."""
    after: Bookmark | None = None
    while True:
        rows = fetch_page(store, query, after, batch)
        yield from rows
        if len(rows) < batch:
            return
        after = bookmark(query, rows[-1])


def fetch_ids(store: Store, query: CustomerQuery, ids: set[int]) -> list[Row[Any]]:
    """These customers' rows as the table shows them, those that still match the query."""
    return store.rows(query.by_ids(ids)) if ids else []


def count_rows(store: Store, query: CustomerQuery) -> int:
    return int(store.rows(query.count())[0][0])


Position = tuple[Any, str, int]  # (sort value, name, id): a row's place in the order


def position(query: CustomerQuery, row: Any) -> Position:
    """Where a row (or a Bookmark) stands in the query's order."""
    if isinstance(row, Bookmark):
        return (row.value, row.name, row.id)
    return (getattr(row, query.key), row.name, row.id)


def compare(query: CustomerQuery, a: Position, b: Position) -> int:
    """-1, 0 or 1 as `a` comes before, at or after `b` in the query's order (the order
    of `ordered()` and `page()`, empty values last in both directions)."""
    if query.key != "name":
        left, right = a[0], b[0]
        if left is None or right is None:
            if left is not right:
                return 1 if left is None else -1
        elif left != right:
            return _directed(left < right, query.descending)
    if a[1:] == b[1:]:
        return 0
    return _directed(a[1:] < b[1:], query.descending)


def _directed(before: bool, descending: bool) -> int:
    return (-1 if before else 1) * (-1 if descending else 1)


def touched_customers(store: Store, query: CustomerQuery, changes: Changes) -> set[int] | None:
    """The customers whose table rows a change may have altered, or None when that is not
    known (a change without ids, or of records already gone): then the table reloads.

    Contacts only matter to a search (the table shows none of theirs); owners' names are
    shown on many rows, so a change of a member reloads.
    """
    ids: set[int] = set()
    for kind in (Kind.CUSTOMER, Kind.LADDER_MOVE):  # these carry customer ids
        if changes.touches(kind):
            if not changes.ids(kind):
                return None
            ids |= changes.ids(kind)
    if changes.touches(Kind.MEMBER):
        return None
    sources: list[tuple[Kind, Any]] = [(Kind.INTERACTION, Interaction)]
    if query.search.strip():
        sources.append((Kind.CONTACT, Contact))
    for kind, model in sources:
        if changes.touches(kind):
            found = _owners_of(store, model, changes.ids(kind))
            if found is None:
                return None
            ids |= found
    return ids


def _owners_of(store: Store, model: Any, record_ids: frozenset[int]) -> set[int] | None:
    """The customers of these interactions or contacts; None if any is gone or unnamed."""
    if not record_ids:
        return None
    rows = store.rows(select(model.id, model.customer_id).where(model.id.in_(record_ids)))
    if len(rows) < len(record_ids):
        return None
    return {row.customer_id for row in rows}
