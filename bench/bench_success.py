"""Benchmark: the customer success reports at 100 000 customers, the at-risk report against
a pandas equivalent in the same run, on the same file.

Measures alternately (medians):

1. `app.success.reports.at_risk` — one SQL statement (the CTE over customer_success,
   risk_flag, customer, member);
2. the same answer computed with pandas: the four tables read with `pandas.read_sql`,
   then merged, filtered and ordered in memory (what one would write without SQL);

checks that both give the same customers in the same order, prints the ratio, and times
the other reports the panel shows (health distribution, stages, churn by reason, NPS by
month, satisfaction by level) for the target "each well under a second".

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_success.py [--customers N] [--db F]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pandas as pd  # noqa: E402
from common import open_store, paired_ms, parse_args  # noqa: E402

from app.store import Store  # noqa: E402
from app.success.reports import (  # noqa: E402
    at_risk,
    churn_by_reason,
    health_distribution,
    nps_by_month,
    satisfaction_by_level,
    stage_counts,
)

REPEATS = 11


def timed(fn: Callable[[], object]) -> Callable[[], None]:
    """`fn` with its result dropped (paired_ms times procedures)."""

    def run() -> None:
        fn()

    return run


def at_risk_pandas(store: Store, team_id: int, today: date, limit: int = 500) -> list[int]:
    """The at-risk rule in pandas: red health, an open key-contact flag, or a renewal within
    its reminder weeks without green health; not lost; most urgent first."""
    with store.engine.connect() as conn:
        customers = pd.read_sql(
            "SELECT id, name, ladder_level, owner_id, team_id, archived FROM customer", conn
        )
        success = pd.read_sql(
            "SELECT customer_id, stage, health, health_reason, health_next_step,"
            " health_next_due, renewal_on, reminder_weeks FROM customer_success",
            conn,
        )
        flags = pd.read_sql(
            "SELECT customer_id, contact_name FROM risk_flag"
            " WHERE resolved_on IS NULL AND deleted_at IS NULL",
            conn,
        )
        members = pd.read_sql("SELECT id AS owner_id, name AS owner FROM member", conn)
    counted = flags.groupby("customer_id").size().rename("flags").reset_index()
    frame = success.merge(counted, on="customer_id", how="left")
    frame["flags"] = frame["flags"].fillna(0)
    frame = frame.merge(customers, left_on="customer_id", right_on="id")
    frame = frame.merge(members, on="owner_id", how="left")
    frame = frame[(frame.team_id == team_id) & (frame.archived == 0)]
    frame = frame[frame.stage.fillna("") != "lost"]
    renewal = pd.to_datetime(frame.renewal_on)
    now = pd.Timestamp(today)
    days = (renewal - now).dt.days
    due = renewal.notna() & (renewal >= now) & (days <= 7 * frame.reminder_weeks)
    red = frame.health == "red"
    wanted = red | (frame["flags"] > 0) | (due & (frame.health.fillna("") != "green"))
    frame = frame[wanted].assign(red=red[wanted], no_renewal=renewal[wanted].isna())
    frame = frame.sort_values(
        ["red", "flags", "no_renewal", "renewal_on", "name", "id"],
        ascending=[False, False, True, True, True, True],
    )
    return [int(i) for i in frame["id"].head(limit)]


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    store, team_id = open_store(args)
    today = date.today()
    with store.read() as session:
        conn = session.connection()
        counts: Any = conn.exec_driver_sql(
            "SELECT (SELECT count(*) FROM customer), (SELECT count(*) FROM customer_success),"
            " (SELECT count(*) FROM risk_flag), (SELECT count(*) FROM satisfaction),"
            " (SELECT count(*) FROM lifecycle_change)"
        ).one()
    print(
        f"database: {counts[0]} customers, {counts[1]} tracked, {counts[2]} risk flags, "
        f"{counts[3]} satisfaction entries, {counts[4]} lifecycle steps"
    )
    sql_rows, total = at_risk(store, team_id, today)
    pandas_ids = at_risk_pandas(store, team_id, today)
    same = [r.id for r in sql_rows] == pandas_ids
    print(f"team {team_id}: {total} at risk; SQL and pandas agree: {same}")
    sql_ms, pandas_ms = paired_ms(
        timed(lambda: at_risk(store, team_id, today)),
        timed(lambda: at_risk_pandas(store, team_id, today)),
        repeats=REPEATS,
    )
    print(f"{'measure':34} {'ms':>8} {'ratio':>7}")
    print(f"{'at risk, pandas (baseline)':34} {pandas_ms:8.1f} {1:7.2f}")
    print(f"{'at risk, SQL (Raketti)':34} {sql_ms:8.1f} {sql_ms / pandas_ms:7.2f}")
    year_ago = today - timedelta(days=365)
    others = {
        "health distribution": lambda: health_distribution(store, team_id),
        "lifecycle stages": lambda: stage_counts(store, team_id),
        "churn by reason, 12 months": lambda: churn_by_reason(store, team_id, year_ago, today),
        "NPS by month, 24 months": lambda: nps_by_month(store, team_id, 24, today),
        "satisfaction by ladder level": lambda: satisfaction_by_level(store, team_id),
    }
    timings = paired_ms(*(timed(fn) for fn in others.values()), repeats=REPEATS)
    for name, ms in zip(others, timings, strict=True):
        print(f"{name:34} {ms:8.1f}")
    print(f"target: SQL ≤ pandas — {'met' if sql_ms <= pandas_ms else 'NOT met'}")
    store.close()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
