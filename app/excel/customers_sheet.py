"""The Customers and Contacts sheets: every field, one row per customer and per contact.

Their columns are the catalogue's (app/excel/fields.py), so an exported workbook imports
back: codes as stored (A1/A2/A3, size codes), the owner and the referrer by name, booleans
as real Excel booleans, each contact naming its customer by UUID. The contact columns of
the catalogue's customer list (contact_name, email, phone) serve flat lists being imported;
here the contacts have a sheet of their own.
"""

from __future__ import annotations

from typing import Any

from app.excel import rows, styles
from app.excel.fields import fields
from app.excel.styles import Column
from app.excel.table import Sheets, write_table
from app.store import Store

FLAT_ONLY = frozenset({"contact_name", "email", "phone"})  # import-only customer columns

# Width (characters) and number format of each catalogue field; others get the default.
_LOOK: dict[str, tuple[float, str | None, str | None]] = {
    "uuid": (38, None, None),
    "customer_uuid": (38, None, None),
    "name": (32, None, None),
    "customer": (32, None, None),
    "business_id": (11, None, None),
    "industry": (22, None, None),
    "city": (16, None, None),
    "website": (28, None, "url"),
    "size_class": (12, None, None),
    "ladder_level": (7, None, None),
    "owner": (20, None, None),
    "referred_by": (24, None, None),
    "annual_revenue": (16, styles.EURO, None),
    "notes": (40, None, None),
    "archived": (11, None, None),
    "title": (20, None, None),
    "email": (28, None, "mailto"),
    "phone": (16, None, None),
    "roles": (20, None, None),
    "advocate": (13, None, None),
    "marketing_consent": (14, None, None),
    "consent_date": (12, styles.DATE, None),
    "left_on": (12, styles.DATE, None),
}

_CUSTOMERS = """
SELECT c.uuid, c.name, c.business_id, c.industry, c.city, c.website, c.size_class,
       c.ladder_level, m.name, r.name, c.annual_revenue, c.value_volume,
       c.value_profitability, c.value_reference, c.potential_share_of_wallet,
       c.potential_cross_sell, c.potential_growing_together, c.notes, c.archived
  FROM customer c
  LEFT JOIN member m ON m.id = c.owner_id
  LEFT JOIN customer r ON r.id = c.referred_by_customer_id
 WHERE c.team_id = :team
 ORDER BY c.name, c.id"""
_BOOLEANS = frozenset({"archived", "advocate", "marketing_consent"})
_DATES = frozenset({"consent_date", "left_on"})
CUSTOMER_KEYS = (
    "uuid", "name", "business_id", "industry", "city", "website", "size_class",
    "ladder_level", "owner", "referred_by", "annual_revenue", "value_volume",
    "value_profitability", "value_reference", "potential_share_of_wallet",
    "potential_cross_sell", "potential_growing_together", "notes", "archived",
)  # fmt: skip

_CONTACTS = """
SELECT p.uuid, c.uuid, c.name, p.name, p.title, p.email, p.phone, p.roles, p.advocate,
       p.marketing_consent, p.consent_date, p.left_on, p.notes
  FROM contact p JOIN customer c ON c.id = p.customer_id
 WHERE c.team_id = :team
 ORDER BY c.name, c.id, p.name, p.id"""
CONTACT_KEYS = (
    "uuid", "customer_uuid", "customer", "name", "title", "email", "phone", "roles",
    "advocate", "marketing_consent", "consent_date", "left_on", "notes",
)  # fmt: skip


def customer_columns(language: str) -> list[tuple[str, Column]]:
    """(key, column) of the Customers sheet in catalogue order."""
    return _columns("customers", language, FLAT_ONLY)


def contact_columns(language: str) -> list[tuple[str, Column]]:
    return _columns("contacts", language, frozenset())


def _columns(sheet: Any, language: str, left_out: frozenset[str]) -> list[tuple[str, Column]]:
    out = []
    for field in fields(sheet):
        if field.key in left_out:
            continue
        width, number_format, link = _LOOK.get(field.key, (12, None, None))
        kind = "bool" if field.key in _BOOLEANS else "date" if field.key in _DATES else None
        header = field.header(language)
        width = max(width, len(header) + 3)  # the header and its filter button
        out.append((field.key, Column(header, width, number_format, link or kind)))
    return out


def write_customers(
    sheets: Sheets, store: Store, team_id: int, language: str, ticker: rows.Ticker
) -> int:
    params = {"team": team_id}
    ticker.start(rows.count(store, _CUSTOMERS, params))
    source = rows.stream(store, _CUSTOMERS, params)
    return write_table(sheets, customer_columns(language), source, CUSTOMER_KEYS, ticker)


def write_contacts(
    sheets: Sheets, store: Store, team_id: int, language: str, ticker: rows.Ticker
) -> int:
    params = {"team": team_id}
    ticker.start(rows.count(store, _CONTACTS, params))
    source = rows.stream(store, _CONTACTS, params)
    return write_table(sheets, contact_columns(language), source, CONTACT_KEYS, ticker)
