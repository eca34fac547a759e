"""Every record kind's field catalogue by its table (models/fields.py): what team sync's
history and conflicts read to name a field and show its value."""

from __future__ import annotations

from models.activity_fields import INTERACTION
from models.customer_fields import CONTACT, CUSTOMER
from models.fields import Catalogue, Field
from models.governance_fields import ACTION_ITEM, DEVELOPMENT_PROPOSAL
from models.privacy_fields import CONSENT
from models.team_fields import MEMBER

CATALOGUES: dict[str, Catalogue] = {
    catalogue.table: catalogue
    for catalogue in (
        CUSTOMER,
        CONTACT,
        INTERACTION,
        MEMBER,
        ACTION_ITEM,
        DEVELOPMENT_PROPOSAL,
        CONSENT,
    )
}


def field_of(table: str | None, key: str | None) -> Field | None:
    """The catalogue's field for a table's column, if a catalogue describes it (no table:
    the first catalogue with a field of that key)."""
    if not key:
        return None
    chosen = [CATALOGUES[table]] if table in CATALOGUES else [] if table else CATALOGUES.values()
    return next((found for c in chosen if (found := c.by_key(key)) is not None), None)
