"""The demo's move history is consistent with each customer's level and creation day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app import demo
from app.ladder import stats as ladder_stats
from app.ladder.board import level_counts
from app.ladder.filters import BoardFilter
from app.ladder.lost import lost_ids
from app.store import Store
from models.customer import Customer
from models.ladder import LadderMove, local_date


def test_demo_history_replays_to_the_current_board(store: Store) -> None:
    today = date(2026, 6, 30)
    made = demo.generate(store, customers=300, seed=3, teams=2, today=today)
    with store.read() as session:
        customers = {c.id: c for c in session.execute(select(Customer)).scalars()}
        moves = (
            session.execute(
                select(LadderMove).order_by(
                    LadderMove.customer_id, LadderMove.moved_on, LadderMove.id
                )
            )
            .scalars()
            .all()
        )
    assert len(moves) > 50
    assert all(m.reason.strip() for m in moves)
    last: dict[int, str] = {}
    for move in moves:
        customer = customers[move.customer_id]
        assert local_date(customer.created_at) <= move.moved_on <= today
        if move.customer_id in last:
            assert move.from_level == last[move.customer_id]  # an unbroken chain
        last[move.customer_id] = move.to_level
    for cid, level in last.items():
        assert customers[cid].ladder_level == level  # the chain ends where the board is
    for team in made.team_ids:
        board = BoardFilter(team)
        history = ladder_stats.load_history(store, board, today)
        # Lost customers (success area) keep their history but leave the board.
        on_board = level_counts(store, board)
        with store.read() as session:
            lost = session.execute(
                select(Customer.ladder_level, func.count())
                .where(Customer.team_id == team, ~Customer.archived, Customer.id.in_(lost_ids()))
                .group_by(Customer.ladder_level)
            ).all()
        for level, count in lost:
            on_board[level] += count
        assert ladder_stats.counts_at(history, today) == on_board
