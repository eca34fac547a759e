"""The metrics the segments area brings to the list (more come from other areas).

Each counts per calendar month within the filter's period; "per member" says whom a month's
figure belongs to: the owner for customers, everyone present for interactions, the author
for ladder moves and the assessor for dots.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import Connection

from app.segments import columns
from app.segments.filters import CREATED_ON, ChartFilter, added_params, fetch, month_key
from app.segments.metrics import Metric, MetricSeries, count_metric, register, sql_metric
from models.ladder import LEVELS
from models.rules import QT_TRANSLATE_NOOP

_MONTH_ADDED = f"substr({CREATED_ON}, 1, 7)"
_ADDED = f"{CREATED_ON} BETWEEN :start AND :end"


def _customers(value: str, extra: str = "") -> tuple[str, str]:
    where = f"WHERE {{scope}} AND {_ADDED} {extra}"
    return (
        f"SELECT {_MONTH_ADDED}, {value} FROM customer c {where} GROUP BY 1",
        f"SELECT {_MONTH_ADDED}, c.owner_id, {value} FROM customer c {where} GROUP BY 1, 2",
    )


def _interactions(kind: str | None) -> str:
    """Interactions (of one kind) with each member present, for count_metric."""
    extra = f"AND i.kind = '{kind}'" if kind else ""
    return f"""
SELECT count(*), group_concat(i.occurred_on), group_concat(coalesce(im.member_id, 0)),
       group_concat(i.id)
  FROM customer c JOIN interaction i ON i.customer_id = c.id
  LEFT JOIN interaction_member im ON im.interaction_id = i.id
 WHERE {{scope}} AND i.occurred_on BETWEEN :start AND :end {extra}"""


_RANK = "(CASE {} WHEN 'A3' THEN 0 WHEN 'A2' THEN 1 ELSE 2 END)"
_UP = (
    "FROM customer c JOIN ladder_move m ON m.customer_id = c.id WHERE {scope}"
    " AND m.moved_on BETWEEN :start AND :end"
    f" AND {_RANK.format('m.to_level')} > {_RANK.format('m.from_level')}"
)
# A process's team-assessed dots against its previous team assessment; a first one from 0.
_GAINS = """FROM (SELECT scored_on, assessor_id, max(dots - coalesce(lag(dots) OVER
  (PARTITION BY process_code ORDER BY scored_on, id), 0), 0) AS gain
  FROM rocket_score WHERE team_id = :team AND assessor_kind = 'team')
  WHERE scored_on BETWEEN :start AND :end"""

# Customers at A1 at each month's end, per owner: those added at A1 (their first move's
# from-level, else their level now) plus moves into A1 minus moves out of it.
_A1_ENTRIES = f"""
WITH x AS MATERIALIZED (
  SELECT {CREATED_ON} AS born, c.owner_id,
         coalesce((SELECT m.from_level FROM ladder_move m WHERE m.customer_id = c.id
                   ORDER BY m.moved_on, m.id LIMIT 1), c.ladder_level) AS level
    FROM customer c WHERE {{scope}}
)
SELECT CASE WHEN born < :start THEN '' ELSE substr(born, 1, 7) END, owner_id, count(*)
  FROM x WHERE born <= :end AND level = 'A1' GROUP BY 1, 2
"""
_A1_MOVES = """
SELECT CASE WHEN m.moved_on < :start THEN '' ELSE substr(m.moved_on, 1, 7) END, c.owner_id,
       sum(CASE WHEN m.to_level = 'A1' THEN 1 ELSE -1 END)
  FROM customer c JOIN ladder_move m ON m.customer_id = c.id
 WHERE (m.from_level = 'A1' OR m.to_level = 'A1') AND m.moved_on <= :end AND {scope}
 GROUP BY 1, 2
"""


def _a1_deltas(conn: Connection, filt: ChartFilter) -> dict[int | None, dict[str, int]]:
    """owner -> month ('' before the period) -> change in A1 customers: from one read of
    every customer's ladder events (columns.LadderEvents), else from the two statements."""
    condition, params = filt.scope()
    params = {**params, **filt.period_params()}
    owners_sql = "group_concat(coalesce(c.owner_id, 0))"
    count, text, owners_text = columns.read(
        conn,
        columns.ladder_events_sql(condition, owners_sql),
        {**params, **added_params(filt.day, filt.start)},
    )
    events = columns.LadderEvents.parse(text, count)
    deltas: dict[int | None, dict[str, int]] = {}
    if events is None:  # a date not in ISO form: let SQL read it
        for sql in (_A1_ENTRIES, _A1_MOVES):
            for month, owner, delta in fetch(conn, sql.format(scope=condition), params):
                by_month = deltas.setdefault(owner, {})
                by_month[month] = by_month.get(month, 0) + int(delta)
        return deltas
    a1 = LEVELS.index("A1")
    owners = columns.numbers(owners_text, np.int64)
    end = columns.day_number(filt.day.isoformat())
    start = columns.month_numbers(filt.start.isoformat(), 1)[0]
    entered = (events.initial == a1) & (events.added <= end)
    touched = ((events.from_level == a1) | (events.to_level == a1)) & (events.moved <= end)
    months = np.concatenate(
        (columns.month_of_day(events.added[entered]), columns.month_of_day(events.moved[touched]))
    )
    who = np.concatenate((owners[entered], owners[events.mover[touched]]))
    signs = np.concatenate(
        (np.ones(np.count_nonzero(entered)), np.where(events.to_level[touched] == a1, 1, -1))
    )
    for month, owner, sign in zip(months.tolist(), who.tolist(), signs.tolist(), strict=True):
        key = "" if month < start else columns.month_key_of(month)
        by_month = deltas.setdefault(owner or None, {})
        by_month[key] = by_month.get(key, 0) + int(sign)
    return deltas


def _customers_at_a1(conn: Connection, filt: ChartFilter) -> MetricSeries:
    """A1 customers at each month's end (a level, not a sum), per owner."""
    deltas = _a1_deltas(conn, filt)
    series = MetricSeries()
    for owner, by_month in deltas.items():
        running = by_month.get("", 0)
        values = series.members.setdefault(owner, {})
        for month in filt.months():
            running += by_month.get(month_key(month), 0)
            values[month_key(month)] = float(running)
    for month in filt.months():
        key = month_key(month)
        series.team[key] = sum(values.get(key, 0.0) for values in series.members.values())
    return series


_COUNT = "count(*)"
_INTERACTION_METRICS = (
    (
        "visits",
        "visit",
        QT_TRANSLATE_NOOP("metrics", "Customer visits"),
        QT_TRANSLATE_NOOP("metrics", "Visits logged in the month; per member present."),
    ),
    (
        "interactions",
        None,
        QT_TRANSLATE_NOOP("metrics", "Customer interactions"),
        QT_TRANSLATE_NOOP("metrics", "Every logged interaction; per member present."),
    ),
    (
        "sales",
        "sale",
        QT_TRANSLATE_NOOP("metrics", "Sales closed"),
        QT_TRANSLATE_NOOP("metrics", "Interactions logged as a sale; per member present."),
    ),
)
BUILTIN: tuple[Metric, ...] = (
    Metric(
        "new_customers",
        QT_TRANSLATE_NOOP("metrics", "New customers"),
        "count",
        sql_metric(*_customers(_COUNT)),
        note=QT_TRANSLATE_NOOP("metrics", "Customers added in the month; per owner."),
    ),
    *(
        Metric(key, label, "count", count_metric(_interactions(kind)), note=note)
        for key, kind, label, note in _INTERACTION_METRICS
    ),
    Metric(
        "upward_moves",
        QT_TRANSLATE_NOOP("metrics", "Moves up the ladder"),
        "count",
        sql_metric(
            f"SELECT substr(m.moved_on, 1, 7), count(*) {_UP} GROUP BY 1",
            f"SELECT substr(m.moved_on, 1, 7), m.author_member_id, count(*) {_UP} GROUP BY 1, 2",
        ),
        note=QT_TRANSLATE_NOOP("metrics", "Moves A3 → A2, A2 → A1 or A3 → A1; per author."),
    ),
    Metric(
        "new_revenue",
        QT_TRANSLATE_NOOP("metrics", "Revenue of new customers"),
        "euro",
        sql_metric(*_customers("sum(coalesce(c.annual_revenue, 0))")),
        note=QT_TRANSLATE_NOOP(
            "metrics", "Annual revenue of the customers added in the month; per owner."
        ),
    ),
    Metric(
        "referrals",
        QT_TRANSLATE_NOOP("metrics", "Customers through referrals"),
        "count",
        sql_metric(
            *_customers(
                _COUNT,
                "AND (c.referred_by_customer_id IS NOT NULL"
                " OR c.referred_by_contact_id IS NOT NULL)",
            )
        ),
        note=QT_TRANSLATE_NOOP("metrics", "New customers an advocate brought; per owner."),
    ),
    Metric(
        "dots_gained",
        QT_TRANSLATE_NOOP("metrics", "Rocket dots gained"),
        "dots",
        sql_metric(
            f"SELECT substr(scored_on, 1, 7), sum(gain) {_GAINS} GROUP BY 1",
            f"SELECT substr(scored_on, 1, 7), assessor_id, sum(gain) {_GAINS} GROUP BY 1, 2",
        ),
        note=QT_TRANSLATE_NOOP(
            "metrics", "Rise in the team's own dot scores; the whole team, whatever the filters."
        ),
    ),
    Metric(
        "customers_at_a1",
        QT_TRANSLATE_NOOP("metrics", "Customers at A1"),
        "count",
        _customers_at_a1,
        stock=True,
        note=QT_TRANSLATE_NOOP("metrics", "Key accounts at each month's end; per owner."),
    ),
)

for _metric in BUILTIN:
    register(_metric)
