"""Unique values two laptops gave two records at once (see app.sync.tables.DISPLACE).

Checked before a record is written, so that nothing fails to apply:
- a keyed row (MERGE): the record with the larger UUID becomes an alias of the other; its
  heads join the other's (their differing fields then show as conflicts) and every later
  operation or reference naming it goes to the other;
- a business ID or a name (DISPLACE): the record with the smaller UUID keeps the value;
  the other is written without it (NULL, or the name followed by its UUID's first
  characters) and listed as a conflict until someone changes one of them. Which record
  holds the value follows from the state alone, so every laptop shows the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.sync.tables import Clash, TableInfo, Unique

if TYPE_CHECKING:
    from app.sync.materialize import Materializer


def _holder(
    mat: Materializer, table: TableInfo, unique: Unique, values: dict[str, Any], rec: str
) -> tuple[int, str] | None:
    wanted = [values.get(c) for c in unique.columns]
    if None in wanted:
        return None
    where = " AND ".join(f"{c} = ?" for c in unique.columns)
    row = mat.db.execute(
        f"SELECT id, uuid FROM {table.name} WHERE {where} AND uuid <> ?", [*wanted, rec]
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def displaced(table: TableInfo, unique: Unique, values: dict[str, Any], rec: str) -> dict[str, Any]:
    """The values without the claimed unique value."""
    out = dict(values)
    for column in unique.columns:
        if column in table.shape.parents:
            continue
        if column in table.nullable:
            out[column] = None
        elif column in table.texts:
            out[column] = f"{values[column]} ({rec[:8]})"
    return out


def settle_uniques(
    mat: Materializer,
    table: TableInfo,
    rec: str,
    values: dict[str, Any],
    local: tuple[Any, ...] | None,
) -> bool:
    """Adjust `values` (in place) so that the record can be written; False when the record
    was merged into another one instead (which is then queued to be written)."""
    for unique in table.uniques:
        found = _holder(mat, table, unique, values, rec)
        if found is None:
            continue
        holder_id, holder = found
        if unique.clash is Clash.MERGE:
            _merge(mat, table, rec, holder, holder_id, local)
            return False
        if holder < rec:
            values.update(displaced(table, unique, values, rec))
            mat.db.execute(
                "INSERT OR REPLACE INTO sync_displaced(tbl, rec, holder) VALUES (?, ?, ?)",
                (table.name, rec, holder),
            )
        else:
            row = mat.db.execute(
                f"SELECT {', '.join(unique.columns)} FROM {table.name} WHERE id = ?", (holder_id,)
            ).fetchone()
            moved = displaced(table, unique, dict(zip(unique.columns, row, strict=True)), holder)
            sets = ", ".join(f"{c} = ?" for c in moved)
            mat.db.execute(
                f"UPDATE {table.name} SET {sets} WHERE id = ?", [*moved.values(), holder_id]
            )
            mat.db.execute(
                "INSERT OR REPLACE INTO sync_displaced(tbl, rec, holder) VALUES (?, ?, ?)",
                (table.name, holder, rec),
            )
            mat.tables.add(table.name)
    return True


def _merge(
    mat: Materializer,
    table: TableInfo,
    rec: str,
    holder: str,
    holder_id: int,
    local: tuple[Any, ...] | None,
) -> None:
    keep, gone = min(rec, holder), max(rec, holder)
    db = mat.db
    db.execute(
        "INSERT OR REPLACE INTO sync_alias(tbl, rec, canonical) VALUES (?, ?, ?)",
        (table.name, gone, keep),
    )
    db.execute(
        "UPDATE sync_alias SET canonical = ? WHERE tbl = ? AND canonical = ?",
        (keep, table.name, gone),
    )
    db.execute(
        "UPDATE OR IGNORE sync_head SET rec = ? WHERE tbl = ? AND rec = ?", (keep, table.name, gone)
    )
    for side in ("sync_conflict", "sync_pending", "sync_displaced"):
        db.execute(f"DELETE FROM {side} WHERE tbl = ? AND rec = ?", (table.name, gone))
    mat.set_alias((table.name, gone), keep)
    if holder == gone:  # the row here carries the UUID that is going: it takes the other's
        if local is not None:
            db.execute(f"DELETE FROM {table.name} WHERE id = ?", (local[0],))
        db.execute(f"UPDATE {table.name} SET uuid = ? WHERE id = ?", (keep, holder_id))
    elif local is not None:
        db.execute(f"DELETE FROM {table.name} WHERE id = ?", (local[0],))
    mat.tables.add(table.name)
    mat.add(table.name, keep)
