"""Files to import, written in the test's own folder: CSV in an encoding and separator of
choice, a team's flat workbook, and a workbook shaped like Raketti's summary export."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import select

from app.excel.fields import fields
from app.importing.mapping import guess_all
from app.importing.plan import Plan, build_plan
from app.importing.source import ReadOptions, read_source
from app.store import Store
from models.customer import Contact, Customer
from models.team import Member

FINNISH_HEADER = ["Nimi", "Y-tunnus", "Kaupunki", "Sähköposti", "Puhelin", "Taso", "Yhteyshenkilö"]
ROWS = [
    ["Kahvila Äijälä Oy", "0737546-2", "Jyväskylä", "aino@aijala.fi", "040 123 4567", "A2", "Aino"],
    ["Sähkö Öhman Ky", "1572860-0", "Tampere", "", "", "a1", ""],
    ["Leipomo Åkerlund", "", "Turku", "", "", "", ""],
]


def write_csv(
    path: Path,
    rows: list[list[Any]],
    header: list[str] = FINNISH_HEADER,
    encoding: str = "utf-8",
    delimiter: str = ";",
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[Any]], header: list[str] = FINNISH_HEADER) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Asiakaslista"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def plan_for(store: Store, team_id: int, path: Path, **options: Any) -> Plan:
    source = read_source(path, ReadOptions(**options))
    return build_plan(store, team_id, source, guess_all(source))


CUSTOMER_COLUMNS = [
    f.key for f in fields("customers") if f.key not in {"contact_name", "email", "phone"}
]
CONTACT_COLUMNS = [f.key for f in fields("contacts")]


def export_shaped(store: Store, team_id: int, path: Path, language: str = "fi") -> Path:
    """The Customers and Contacts sheets as the summary export writes them: owner as the
    member's name, referred by as the customer's name, booleans and dates as such."""
    with store.read() as session:
        members = dict(session.execute(select(Member.id, Member.name)).all())
        customers = session.scalars(
            select(Customer).where(Customer.team_id == team_id).order_by(Customer.id)
        ).all()
        names = {c.id: c.name for c in customers}
        contacts = session.execute(
            select(Contact, Customer.uuid, Customer.name)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Customer.team_id == team_id)
            .order_by(Contact.id)
        ).all()
        book = Workbook()
        sheet = book.active
        sheet.title = "Asiakkaat" if language == "fi" else "Customers"
        headers = {f.key: f.header(language) for f in fields("customers")}
        sheet.append([headers[k] for k in CUSTOMER_COLUMNS])
        for c in customers:
            values = {
                **{k: getattr(c, k, None) for k in CUSTOMER_COLUMNS},
                "owner": members.get(c.owner_id) if c.owner_id else None,
                "referred_by": names.get(c.referred_by_customer_id),
            }
            sheet.append([values[k] for k in CUSTOMER_COLUMNS])
        people = book.create_sheet("Yhteyshenkilöt" if language == "fi" else "Contacts")
        headers = {f.key: f.header(language) for f in fields("contacts")}
        people.append([headers[k] for k in CONTACT_COLUMNS])
        for contact, customer_uuid, customer_name in contacts:
            values = {
                **{k: getattr(contact, k, None) for k in CONTACT_COLUMNS},
                "customer_uuid": customer_uuid,
                "customer": customer_name,
                "roles": contact.roles or None,
            }
            people.append([values[k] for k in CONTACT_COLUMNS])
    book.save(path)
    return path


def customers_of(store: Store, team_id: int) -> list[tuple[Any, ...]]:
    """Every customer field a round trip keeps, with owner and referrer by name."""
    with store.read() as session:
        members = dict(session.execute(select(Member.id, Member.name)).all())
        rows = session.scalars(select(Customer).where(Customer.team_id == team_id)).all()
        names = {c.id: c.name for c in rows}
        keep = [k for k in CUSTOMER_COLUMNS if k not in {"owner", "referred_by"}]
        return sorted(
            (
                *(getattr(c, k) for k in keep),
                members.get(c.owner_id),
                names.get(c.referred_by_customer_id),
            )
            for c in rows
        )


def contacts_of(store: Store, team_id: int) -> list[tuple[Any, ...]]:
    keys = [k for k in CONTACT_COLUMNS if k not in {"customer_uuid", "customer"}]
    with store.read() as session:
        rows = session.execute(
            select(Contact, Customer.uuid)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Customer.team_id == team_id)
        ).all()
        return sorted((*(getattr(c, k) for k in keys), uuid) for c, uuid in rows)
