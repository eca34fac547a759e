"""Team sync's own tables: the operation log, each field's current heads, and bookkeeping.

These are infrastructure, not records of the team: they have no UUID of their own (an
operation is named by its `op_id`, which is globally unique), they are never captured, and
every laptop keeps its own (the settings and the applied-files registry describe this
laptop). See docs/sync.md for the design.

- `sync_op`: every operation known here, made here (`local` = 1) or received. `op_id` is
  `<wall ms, 13 digits>.<counter, 5>.<seq, 7>@<device, 12 hex>`: sorting op ids sorts by the
  hybrid logical clock, then the device. Local operations get their id when the write that
  made them commits (the capture triggers leave it NULL).
- `sync_head`: a field's current values are the operations not superseded by any known
  operation. Inserts and deletes cover every field of a record and are stored once, under
  the field "*"; `sync_mask` says for which fields such an operation was superseded.
- `sync_edge`: "some known operation superseded op X (for field F, or '*' for all)", kept
  for operations that arrive after the ones that superseded them.
- `sync_conflict`: fields with more than one head holding different values.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, String, Table, Text

from models.base import Base

metadata = Base.metadata

sync_setting = Table(
    "sync_setting",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

sync_op = Table(
    "sync_op",
    metadata,
    Column("n", Integer, primary_key=True),  # local order: what is written to files
    Column("op_id", String(64), unique=True),  # NULL until the capturing write commits
    Column("tbl", String(64), nullable=False),
    Column("rec", String(80), nullable=False),  # the record's UUID (or its parents' UUIDs)
    Column("kind", String(1), nullable=False),  # I insert, U update of one field, D delete
    Column("field", String(64)),  # the column of a U operation
    Column("value", Text),  # JSON: the new value (U) or every column (I)
    Column("supersedes", Text),  # JSON list of op ids
    Column("member", String(36)),  # the member's UUID, when the laptop knows who works on it
    Column("local", Integer, nullable=False, server_default="0"),
    Index("ix_sync_op_record", "tbl", "rec"),
)

sync_head = Table(
    "sync_head",
    metadata,
    Column("tbl", String(64), primary_key=True),
    Column("rec", String(80), primary_key=True),
    Column("field", String(64), primary_key=True),
    Column("op_id", String(64), primary_key=True),
)

sync_mask = Table(
    "sync_mask",
    metadata,
    Column("op_id", String(64), primary_key=True),
    Column("field", String(64), primary_key=True),
)

sync_edge = Table(
    "sync_edge",
    metadata,
    Column("op_id", String(64), primary_key=True),
    Column("field", String(64), primary_key=True),
)

sync_conflict = Table(
    "sync_conflict",
    metadata,
    Column("tbl", String(64), primary_key=True),
    Column("rec", String(80), primary_key=True),
    Column("field", String(64), primary_key=True),
)

# Records that could not be written to their table yet: a parent has not arrived (or was
# deleted), or a reference will be filled in once its record arrives.
sync_pending = Table(
    "sync_pending",
    metadata,
    Column("tbl", String(64), primary_key=True),
    Column("rec", String(80), primary_key=True),
    Column("parent_tbl", String(64), nullable=False),
    Column("parent_rec", String(80), nullable=False),
    Index("ix_sync_pending_parent", "parent_tbl", "parent_rec"),
)

# A record whose unique value (a business ID, a name) another record with a smaller UUID
# holds: its table shows it without that value until the clash is settled.
sync_displaced = Table(
    "sync_displaced",
    metadata,
    Column("tbl", String(64), primary_key=True),
    Column("rec", String(80), primary_key=True),
    Column("holder", String(80), nullable=False),
)

# Two laptops created "the same" keyed row (a customer's success state, a team setting):
# the record with the larger UUID is merged into the one with the smaller.
sync_alias = Table(
    "sync_alias",
    metadata,
    Column("tbl", String(64), primary_key=True),
    Column("rec", String(80), primary_key=True),
    Column("canonical", String(80), nullable=False),
)

# Operations held back: stamped more than a day ahead of this laptop's clock.
sync_parked = Table(
    "sync_parked",
    metadata,
    Column("op_id", String(64), primary_key=True),
    Column("reason", String(32), nullable=False),
    Column("payload", Text, nullable=False),
)

# Operations (or whole files) of other laptops that were not applied: they broke a rule a
# local write keeps, or applying them failed (app/sync/setaside.py). `reason` is an English
# template in the "sync" context and `args` its values (JSON); `payload` holds the start of
# the operation as it came, for whoever looks into it.
sync_set_aside = Table(
    "sync_set_aside",
    metadata,
    Column("n", Integer, primary_key=True),
    Column("device", String(36), nullable=False),  # the laptop whose file held it
    Column("number", Integer),  # that file's number (none: a held-back operation retried)
    Column("op_id", String(64)),
    Column("tbl", String(64)),
    Column("rec", String(80)),
    Column("reason", String(200), nullable=False),
    Column("args", Text, nullable=False),
    Column("payload", Text),
    Column("at", String(32), nullable=False),  # when it was set aside (UTC)
)

# Every file applied here (and every file this laptop wrote), by device and number.
sync_file = Table(
    "sync_file",
    metadata,
    Column("device", String(36), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("ops", Integer, nullable=False),
    Column("applied_at", String(32), nullable=False),
)

# The team's devices seen in the folder (this laptop too).
sync_device = Table(
    "sync_device",
    metadata,
    Column("uuid", String(36), primary_key=True),
    Column("name", String(200), nullable=False, server_default=""),
    Column("last_file", Integer, nullable=False, server_default="0"),
    Column("last_written", String(32)),  # when that device wrote its newest file (UTC)
    Column("last_applied", String(32)),  # when this laptop last applied one of its files
)

SYNC_TABLES = frozenset(
    table.name for table in metadata.tables.values() if table.name.startswith("sync_")
)
