"""Current value and potential: the team's weights (with the day they changed) and each
customer's scores over time.

Seed 004 table 1: current value = volume (1–5) 25 % + profitability (1–5) 50 % + reference
value 25 %; potential from share of wallet, cross-sell and growing together. A score is the
weighted mean of the parts a customer has been scored on (1–5); a customer scored on none
has no value and is left out of the value charts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.changes import Changes, Kind
from app.errors import InvalidRecord
from app.store import Store
from models.customer import SCORE_COLUMNS, Customer
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.segment import (
    DEFAULT_WEIGHTS,
    POTENTIAL_PARTS,
    VALUE_PARTS,
    CustomerScoreHistory,
    ValueWeights,
)

WEIGHT_KEYS = VALUE_PARTS + POTENTIAL_PARTS
HISTORY_COLUMNS = frozenset({"annual_revenue", *SCORE_COLUMNS})
# The score column of each weight.
COLUMN_OF = {
    "volume": "value_volume",
    "profitability": "value_profitability",
    "reference": "value_reference",
    "share_of_wallet": "potential_share_of_wallet",
    "cross_sell": "potential_cross_sell",
    "growing_together": "potential_growing_together",
}


@dataclass(frozen=True)
class Weights:
    """Percent per part; `valid_from` None means the defaults (never changed)."""

    values: dict[str, int]
    valid_from: date | None = None

    def sql(self, parts: tuple[str, ...], source: str) -> str:
        """The weighted mean of `parts` over table alias `source`, NULL when none is scored."""
        top = " + ".join(f"coalesce({self.values[p]} * {source}.{COLUMN_OF[p]}, 0)" for p in parts)
        bottom = " + ".join(
            f"(CASE WHEN {source}.{COLUMN_OF[p]} IS NULL THEN 0 ELSE {self.values[p]} END)"
            for p in parts
        )
        return f"(({top}) * 1.0 / nullif({bottom}, 0))"


def check_weights(values: dict[str, Any]) -> dict[str, int]:
    """Whole percents 0–100; the value parts sum to 100 and so do the potential parts."""
    errors: list[ValidationError] = []
    clean: dict[str, int] = {}
    for key in WEIGHT_KEYS:
        raw = values.get(key, DEFAULT_WEIGHTS[key])
        try:
            number = float(str(raw).replace(",", ".").replace("%", "").strip())
        except ValueError:
            number = float("nan")
        if number != number or number < 0 or number > 100 or number != int(number):
            errors.append(
                ValidationError(
                    key, QT_TRANSLATE_NOOP("rules", "Give a whole percent from 0 to 100.")
                )
            )
            continue
        clean[key] = int(number)
    for parts, field, message in (
        (
            VALUE_PARTS,
            "volume",
            QT_TRANSLATE_NOOP(
                "rules", "The weights of current value add up to {total} %, not 100 %."
            ),
        ),
        (
            POTENTIAL_PARTS,
            "share_of_wallet",
            QT_TRANSLATE_NOOP("rules", "The weights of potential add up to {total} %, not 100 %."),
        ),
    ):
        if all(p in clean for p in parts) and sum(clean[p] for p in parts) != 100:
            errors.append(ValidationError(field, message, total=sum(clean[p] for p in parts)))
    if errors:
        raise InvalidRecord(errors)
    return clean


def weights_at(session: Session, team_id: int, day: date) -> Weights:
    """The weights the team used on `day` (the defaults before it first changed them)."""
    row = session.execute(
        select(ValueWeights)
        .where(ValueWeights.team_id == team_id, ValueWeights.valid_from <= day)
        .order_by(ValueWeights.valid_from.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        return Weights(dict(DEFAULT_WEIGHTS))
    return Weights({key: getattr(row, key) for key in WEIGHT_KEYS}, row.valid_from)


def current_weights(store: Store, team_id: int, day: date | None = None) -> Weights:
    with store.read() as session:
        return weights_at(session, team_id, day or date.today())


def weights_history(store: Store, team_id: int) -> list[Weights]:
    """Every change of the team's weights, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(ValueWeights)
            .where(ValueWeights.team_id == team_id)
            .order_by(ValueWeights.valid_from.desc())
        ).scalars()
        return [Weights({k: getattr(r, k) for k in WEIGHT_KEYS}, r.valid_from) for r in rows]


def put_weights(
    store: Store,
    team_id: int,
    day: date,
    values: dict[str, Any] | None,
    author_member_id: int | None = None,
) -> dict[str, int] | None:
    """Set the weights valid from `day` (None removes that day's change); return what was
    stored for that day before, so that undo and redo are both put_weights."""
    clean = check_weights(values) if values is not None else None
    with store.write(Changes.of(Kind.VALUE_WEIGHTS)) as session:
        row = session.execute(
            select(ValueWeights).where(
                ValueWeights.team_id == team_id, ValueWeights.valid_from == day
            )
        ).scalar_one_or_none()
        previous = {k: getattr(row, k) for k in WEIGHT_KEYS} if row is not None else None
        if clean is None:
            session.execute(
                delete(ValueWeights).where(
                    ValueWeights.team_id == team_id, ValueWeights.valid_from == day
                )
            )
        elif row is None:
            session.add(
                ValueWeights(
                    team_id=team_id, valid_from=day, author_member_id=author_member_id, **clean
                )
            )
        else:
            for key, value in clean.items():
                setattr(row, key, value)
        return previous


def record_scores(session: Session, customer_id: int, day: date | None = None) -> None:
    """Keep the customer's present scores and revenue in its history from `day` (today).

    Called by the customers area inside the transaction that saved them. A save on the
    same day replaces that day's row; a row equal to the one before it is dropped, so an
    undone edit leaves no trace."""
    day = day or date.today()
    customer = session.get(Customer, customer_id)
    if customer is None:
        return
    now = {col: getattr(customer, col) for col in HISTORY_COLUMNS}
    session.execute(
        delete(CustomerScoreHistory).where(
            CustomerScoreHistory.customer_id == customer_id,
            CustomerScoreHistory.valid_from == day,
        )
    )
    before = session.execute(
        select(CustomerScoreHistory)
        .where(
            CustomerScoreHistory.customer_id == customer_id,
            CustomerScoreHistory.valid_from < day,
        )
        .order_by(CustomerScoreHistory.valid_from.desc())
        .limit(1)
    ).scalar_one_or_none()
    earlier = {col: getattr(before, col) for col in HISTORY_COLUMNS} if before else None
    if earlier == now or (earlier is None and all(v is None for v in now.values())):
        return
    session.add(CustomerScoreHistory(customer_id=customer_id, valid_from=day, **now))
