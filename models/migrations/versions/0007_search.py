"""Search that keeps ä, ö and å apart from a and o; members who left the team.

The full-text index of migration 0001 folded diacritics away (remove_diacritics 2), so
"ö" found every "o". For Finnish these are different letters: the index is rebuilt with
remove_diacritics 0, and it now also holds each business ID without its hyphen, so that
"07375462" finds "0737546-2". The index is hand-written SQL (ignored by the schema
comparison, see models/migration.py include_object): the table and its triggers are
dropped, created again and filled from the customers and contacts.

Members gain `active`: one who left is deactivated, keeping their history.

Revision ID: 0007_search
Revises: 0006_strategy
Create Date: 2026-11-25 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_search"
down_revision = "0006_strategy"
branch_labels = None
depends_on = None

CONTACT_TEXT = (
    "(SELECT group_concat(c.name || ' ' || coalesce(c.title, '') || ' ' || coalesce(c.email, ''), ' ')"
    " FROM contact AS c WHERE c.customer_id = {ref})"
)
# "0737546-2 07375462": the ID as written, and as typed without its hyphen.
BUSINESS_ID_TEXT = "coalesce({ref}.business_id || ' ' || replace({ref}.business_id, '-', ''), '')"


def _fts(tokenizer: str, business_id: str) -> list[str]:
    """The index with its triggers (as in 0001, with the tokenizer and business-ID text given)."""
    new_id = business_id.format(ref="new")
    return [
        "CREATE VIRTUAL TABLE customer_fts USING fts5("
        f"name, business_id, city, contacts, notes, tokenize = '{tokenizer}')",
        "CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN "
        "INSERT INTO customer_fts(rowid, name, business_id, city, contacts, notes) VALUES "
        f"(new.id, new.name, {new_id}, coalesce(new.city, ''), "
        f"coalesce({CONTACT_TEXT.format(ref='new.id')}, ''), coalesce(new.notes, '')); END",
        "CREATE TRIGGER customer_fts_update AFTER UPDATE OF name, business_id, city, notes ON customer "
        f"BEGIN UPDATE customer_fts SET name = new.name, business_id = {new_id}, "
        "city = coalesce(new.city, ''), notes = coalesce(new.notes, '') WHERE rowid = new.id; END",
        "CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN "
        "DELETE FROM customer_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN "
        f"UPDATE customer_fts SET contacts = coalesce({CONTACT_TEXT.format(ref='new.customer_id')}, '') "
        "WHERE rowid = new.customer_id; END",
        "CREATE TRIGGER contact_fts_update AFTER UPDATE OF name, title, email, customer_id ON contact BEGIN "
        f"UPDATE customer_fts SET contacts = coalesce({CONTACT_TEXT.format(ref='old.customer_id')}, '') "
        "WHERE rowid = old.customer_id; "
        f"UPDATE customer_fts SET contacts = coalesce({CONTACT_TEXT.format(ref='new.customer_id')}, '') "
        "WHERE rowid = new.customer_id; END",
        "CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN "
        f"UPDATE customer_fts SET contacts = coalesce({CONTACT_TEXT.format(ref='old.customer_id')}, '') "
        "WHERE rowid = old.customer_id; END",
        # Fill it from what is there (the triggers only see later writes).
        "INSERT INTO customer_fts(rowid, name, business_id, city, contacts, notes) "
        f"SELECT cu.id, cu.name, {business_id.format(ref='cu')}, coalesce(cu.city, ''), "
        f"coalesce({CONTACT_TEXT.format(ref='cu.id')}, ''), coalesce(cu.notes, '') "
        "FROM customer AS cu",
    ]


DROP = [
    "DROP TRIGGER IF EXISTS contact_fts_delete",
    "DROP TRIGGER IF EXISTS contact_fts_update",
    "DROP TRIGGER IF EXISTS contact_fts_insert",
    "DROP TRIGGER IF EXISTS customer_fts_delete",
    "DROP TRIGGER IF EXISTS customer_fts_update",
    "DROP TRIGGER IF EXISTS customer_fts_insert",
    "DROP TABLE IF EXISTS customer_fts",
]


def upgrade() -> None:
    for statement in DROP + _fts("unicode61 remove_diacritics 0", BUSINESS_ID_TEXT):
        op.execute(statement)
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_column("active")
    for statement in DROP + _fts(
        "unicode61 remove_diacritics 2", "coalesce({ref}.business_id, '')"
    ):
        op.execute(statement)
