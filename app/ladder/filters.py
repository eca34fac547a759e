"""Which customers a ladder view covers: one team's live customers, optionally narrowed
by owner, size and segment (the board, who to call, advocates and statistics share it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select

from app.segments.records import in_segment
from models.customer import Customer

S = TypeVar("S", bound=Select[*tuple[Any, ...]])  # any SELECT, its columns kept


@dataclass(frozen=True)
class BoardFilter:
    """Which customers the board shows: one team's live customers, optionally narrowed."""

    team_id: int
    owner_id: int | None = None
    size_class: str | None = None
    segment_id: int | None = None

    def apply(self, stmt: S) -> S:
        """The statement narrowed to the covered customers (it selects from customer)."""
        stmt = stmt.where(Customer.team_id == self.team_id, Customer.archived.is_(False))
        if self.owner_id is not None:
            stmt = stmt.where(Customer.owner_id == self.owner_id)
        if self.size_class:
            stmt = stmt.where(Customer.size_class == self.size_class)
        if self.segment_id is not None:
            stmt = stmt.where(in_segment(self.segment_id))
        return stmt

    def where_sql(self, params: dict[str, Any], alias: str = "c") -> str:
        """The narrowing as "AND …" SQL over `alias`, its values added to `params`."""
        parts = []
        if self.owner_id is not None:
            parts.append(f"AND {alias}.owner_id = :owner")
            params["owner"] = self.owner_id
        if self.size_class:
            parts.append(f"AND {alias}.size_class = :size")
            params["size"] = self.size_class
        if self.segment_id is not None:
            parts.append(
                f"AND {alias}.id IN "
                "(SELECT customer_id FROM customer_segment WHERE segment_id = :segment)"
            )
            params["segment"] = self.segment_id
        return " ".join(parts)
