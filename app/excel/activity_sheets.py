"""The Ladder moves and Interactions sheets: what happened in the period, streamed."""

from __future__ import annotations

from app.excel import rows
from app.excel.labels import Labels
from app.excel.period import Period
from app.excel.styles import Column
from app.excel.table import Sheets, write_table
from app.excel.texts import Texts
from app.store import Store
from models.activity_fields import INTERACTION
from models.fields import CONTEXT as FIELDS_CONTEXT
from models.fields import FieldKind
from models.rules import QT_TRANSLATE_NOOP

_MOVES = """
SELECT m.moved_on, c.name, m.from_level, m.to_level, m.reason, a.name, c.uuid
  FROM ladder_move m JOIN customer c ON c.id = m.customer_id
  LEFT JOIN member a ON a.id = m.author_member_id
 WHERE c.team_id = :team AND m.moved_on BETWEEN :start AND :end
 ORDER BY m.moved_on, m.id"""
MOVE_KEYS = ("moved_on", "customer", "from", "to", "reason", "author", "customer_uuid")

# Everyone who took part and the contacts met, one seek each on the link tables' keys.
_INTERACTIONS = """
SELECT i.occurred_on, c.name, i.kind, i.summary, i.outcome, i.next_step, i.next_step_due,
       (SELECT group_concat(mb.name, ', ') FROM interaction_member im
          JOIN member mb ON mb.id = im.member_id WHERE im.interaction_id = i.id),
       (SELECT group_concat(p.name, ', ') FROM interaction_contact ic
          JOIN contact p ON p.id = ic.contact_id WHERE ic.interaction_id = i.id),
       c.uuid
  FROM interaction i JOIN customer c ON c.id = i.customer_id
 WHERE c.team_id = :team AND i.occurred_on BETWEEN :start AND :end
 ORDER BY i.occurred_on, i.id"""
INTERACTION_KEYS = (
    "occurred_on", "customer", "kind", "summary", "outcome", "next_step", "next_step_due",
    "members", "contacts", "customer_uuid",
)  # fmt: skip


def move_columns(texts: Texts) -> list[tuple[str, Column]]:
    return [
        ("moved_on", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Date")), 12, None, "date")),
        ("customer", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer")), 32)),
        ("from", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "From")), 8)),
        ("to", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "To")), 8)),
        ("reason", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Reason")), 48)),
        ("author", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Recorded by")), 20)),
        ("customer_uuid", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer ID")), 38)),
    ]


def interaction_columns(texts: Texts) -> list[tuple[str, Column]]:
    """The interaction's fields with their catalogue's titles and widths
    (models/activity_fields.py), around the customer and the people who were there."""

    def of(key: str) -> tuple[str, Column]:
        field = INTERACTION.field(key)
        header = texts.get(FIELDS_CONTEXT, field.title)
        if field.kind is not FieldKind.DATE:
            return key, Column(header, field.width)
        # The due date's header is much longer than a date: wide enough for the header.
        width = max(field.width, len(header) + 3) if key == "next_step_due" else field.width
        return key, Column(header, width, None, "date")

    return [
        of("occurred_on"),
        ("customer", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer")), 32)),
        *(of(key) for key in ("kind", "summary", "outcome", "next_step", "next_step_due")),
        ("members", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Team members")), 24)),
        ("contacts", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Contacts")), 24)),
        ("customer_uuid", Column(texts(QT_TRANSLATE_NOOP("ExcelExport", "Customer ID")), 38)),
    ]


def _params(team_id: int, period: Period) -> dict[str, object]:
    return {"team": team_id, "start": period.start.isoformat(), "end": period.end.isoformat()}


def write_moves(
    sheets: Sheets, store: Store, team_id: int, period: Period, texts: Texts, ticker: rows.Ticker
) -> int:
    params = _params(team_id, period)
    ticker.start(rows.count(store, _MOVES, params))
    source = rows.stream(store, _MOVES, params)
    return write_table(sheets, move_columns(texts), source, MOVE_KEYS, ticker)


def write_interactions(
    sheets: Sheets, store: Store, team_id: int, period: Period, texts: Texts, ticker: rows.Ticker
) -> int:
    params = _params(team_id, period)
    ticker.start(rows.count(store, _INTERACTIONS, params))
    kinds = Labels(texts).interaction
    source = (
        (*row[:2], kinds(row[2]), *row[3:]) for row in rows.stream(store, _INTERACTIONS, params)
    )
    return write_table(sheets, interaction_columns(texts), source, INTERACTION_KEYS, ticker)
