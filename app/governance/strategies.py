"""Customer strategies: which of protect / grow / streamline a customer follows (at most two).

One operation sets the whole choice and returns the previous one, so that undo and redo are
both "set what was there" (the views wire it with ctx.do_edit-style steps).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select

from app.changes import Changes, Kind
from app.errors import InvalidRecord, existing, raise_if
from app.store import Store
from models.customer import Customer
from models.governance import MAX_STRATEGIES, CustomerStrategy, Strategy
from models.rules import QT_TRANSLATE_NOOP, ValidationError
from models.team import Member

Choice = tuple[tuple[str, str], ...]  # ((strategy, source), …) in a stable order


def strategies_of(store: Store, customer_id: int) -> Choice:
    """The customer's strategies with their source ("manual" or "suggested")."""
    with store.read() as session:
        rows = session.execute(
            select(CustomerStrategy.strategy, CustomerStrategy.source)
            .where(CustomerStrategy.customer_id == customer_id)
            .order_by(CustomerStrategy.id)
        ).all()
    return tuple((row.strategy, row.source) for row in rows)


def _checked(choice: Iterable[tuple[str, str]]) -> Choice:
    try:
        items = tuple((strategy, source) for strategy, source in choice)
    except (TypeError, ValueError):
        raise InvalidRecord(
            [ValidationError("strategy", QT_TRANSLATE_NOOP("rules", "Unknown customer strategy."))]
        ) from None
    strategies = [strategy for strategy, _source in items]
    errors: list[ValidationError] = []
    if any(strategy not in set(Strategy) for strategy in strategies):
        errors.append(
            ValidationError("strategy", QT_TRANSLATE_NOOP("rules", "Unknown customer strategy."))
        )
    elif len(set(strategies)) != len(strategies):
        errors.append(
            ValidationError("strategy", QT_TRANSLATE_NOOP("rules", "A strategy is chosen twice."))
        )
    if len(strategies) > MAX_STRATEGIES:
        errors.append(
            ValidationError(
                "strategy",
                QT_TRANSLATE_NOOP("rules", "A customer follows at most {max} strategies."),
                max=MAX_STRATEGIES,
            )
        )
    if any(source not in ("manual", "suggested") for _strategy, source in items):
        errors.append(
            ValidationError("source", QT_TRANSLATE_NOOP("rules", "Unknown strategy source."))
        )
    if errors:
        raise InvalidRecord(errors)
    return items


def set_strategies(
    store: Store,
    customer_id: int,
    choice: Iterable[tuple[str, str]],
    author_member_id: int | None = None,
) -> Choice:
    """Replace the customer's strategies with `choice`; return the previous choice."""
    wanted = _checked(choice)
    with store.write(Changes.of(Kind.STRATEGY, Kind.CUSTOMER, ids={customer_id})) as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise LookupError(customer_id)
        errors: list[ValidationError] = []
        in_team = Member.team_id == customer.team_id
        author = existing(session, Member.id, author_member_id, "author", errors, in_team)
        raise_if(errors)
        previous = tuple(
            (row.strategy, row.source)
            for row in session.execute(
                select(CustomerStrategy.strategy, CustomerStrategy.source)
                .where(CustomerStrategy.customer_id == customer_id)
                .order_by(CustomerStrategy.id)
            ).all()
        )
        session.execute(delete(CustomerStrategy).where(CustomerStrategy.customer_id == customer_id))
        for strategy, source in wanted:
            session.add(
                CustomerStrategy(
                    customer_id=customer_id,
                    strategy=strategy,
                    source=source,
                    set_by_member_id=author,
                )
            )
    return previous
