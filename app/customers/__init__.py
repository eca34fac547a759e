"""Customers: organisations, contacts, interactions and next steps; fast search."""

from app.areas import Area
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

AREA = Area(
    "customers",
    translation="raketti",
    panel="views.customers.panel:CustomerPanel",
    title=QT_TRANSLATE_NOOP("CustomerPanel", "Customers"),
    # The core demo data (teams, members, customers, interactions) is app/demo.py itself.
    listens=frozenset(
        {Kind.CUSTOMER, Kind.CONTACT, Kind.INTERACTION, Kind.MEMBER, Kind.LADDER_MOVE, Kind.SEGMENT}
    ),
)
