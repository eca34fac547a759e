"""The Customers and Contacts sheets: every field, one row per customer and per contact.

Their columns and the SQL that reads them come from the field catalogues
(models/customer_fields.py, through app/excel/fields.py), so an exported workbook imports
back and a field added to a catalogue is exported: codes as stored (A1/A2/A3, size codes),
references (the owner, the referrer) by name, booleans as real Excel booleans, each contact
naming its customer by UUID. The contact columns of the customer sheet's catalogue
(contact_name, email, phone) serve flat lists being imported; here the contacts have a
sheet of their own.
"""

from __future__ import annotations

from app.excel import rows, styles
from app.excel.fields import Sheet, fields
from app.excel.styles import Column
from app.excel.table import Sheets, write_table
from app.store import Store
from models.customer_fields import CONTACT, CUSTOMER
from models.fields import Catalogue, FieldKind

# How a kind of field looks: (number format, link or cell kind).
_LOOK: dict[FieldKind, tuple[str | None, str | None]] = {
    FieldKind.MONEY: (styles.EURO, None),
    FieldKind.DATE: (styles.DATE, "date"),
    FieldKind.BOOL: (None, "bool"),
    FieldKind.WEBSITE: (None, "url"),
    FieldKind.EMAIL: (None, "mailto"),
}


def _selected(catalogue: Catalogue, alias: str) -> list[str]:
    """The exported fields' SQL, in the catalogue's order: a reference by its record's name
    (each through a join of its own, below)."""
    return [
        f"j{n}.name" if field.refers else f"{alias}.{field.key}"
        for n, field in enumerate(catalogue)
        if field.exported
    ]


def _joins(catalogue: Catalogue, alias: str) -> str:
    return "".join(
        f"\n  LEFT JOIN {field.refers} j{n} ON j{n}.id = {alias}.{field.key}"
        for n, field in enumerate(catalogue)
        if field.exported and field.refers
    )


def customers_sql(catalogue: Catalogue) -> str:
    """A team's customers with the sheet's columns (see `sheet_columns`), in name order."""
    return f"""
SELECT c.uuid, {", ".join(_selected(catalogue, "c"))}
  FROM customer c{_joins(catalogue, "c")}
 WHERE c.team_id = :team
 ORDER BY c.name, c.id"""


def contacts_sql(catalogue: Catalogue) -> str:
    """A team's contact persons, each with its customer's UUID and name."""
    return f"""
SELECT p.uuid, c.uuid, c.name, {", ".join(_selected(catalogue, "p"))}
  FROM contact p JOIN customer c ON c.id = p.customer_id{_joins(catalogue, "p")}
 WHERE c.team_id = :team
 ORDER BY c.name, c.id, p.name, p.id"""


_CUSTOMERS = customers_sql(CUSTOMER)
CUSTOMER_KEYS = tuple(column.key for column in fields("customers") if not column.imported_only)
_CONTACTS = contacts_sql(CONTACT)
CONTACT_KEYS = tuple(column.key for column in fields("contacts"))


def customer_columns(language: str) -> list[tuple[str, Column]]:
    """(key, column) of the Customers sheet in catalogue order."""
    return _columns("customers", language)


def contact_columns(language: str) -> list[tuple[str, Column]]:
    return _columns("contacts", language)


def _columns(sheet: Sheet, language: str) -> list[tuple[str, Column]]:
    out = []
    for field in fields(sheet):
        if field.imported_only:
            continue
        number_format, kind = _LOOK.get(field.kind, (None, None)) if field.kind else (None, None)
        header = field.header(language)
        width = max(field.width, len(header) + 3)  # the header and its filter button
        out.append((field.key, Column(header, width, number_format, kind)))
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
