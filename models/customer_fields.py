"""The customer's and the contact person's fields, each once (models/fields.py says what a
field is and who reads the catalogue), and the typed records built from them.

Imports no SQLAlchemy: start-up's first page (app/customers/first_page.py) reads the list's
columns from here before SQLAlchemy is loaded. tests/customers/test_field_catalogue.py holds both
catalogues against the ORM (models/customer.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from models.fields import Catalogue, Field, FieldKind, record_type
from models.ids import ContactId, CustomerId
from models.rules import (
    ADDRESS_MAX,
    EMAIL_MAX,
    NAME_MAX,
    PHONE_MAX,
    QT_TRANSLATE_NOOP,
    REVENUE_MAX,
    TEXT_MAX,
    LadderLevel,
    SizeClass,
)

K = FieldKind
SCORE = (1.0, 5.0)

CUSTOMER = Catalogue(
    "customer",
    (
        Field("name", K.TEXT, QT_TRANSLATE_NOOP("fields", "Name"), limit=NAME_MAX,
              required=True, width=32),
        Field("business_id", K.BUSINESS_ID, QT_TRANSLATE_NOOP("fields", "Business ID"),
              limit=9, typed=20, width=11),  # typed: nine characters, with spaces
        Field("industry", K.TEXT, QT_TRANSLATE_NOOP("fields", "Industry"), limit=NAME_MAX,
              width=22),
        Field("city", K.TEXT, QT_TRANSLATE_NOOP("fields", "City"), limit=NAME_MAX, width=16),
        Field("website", K.WEBSITE, QT_TRANSLATE_NOOP("fields", "Website"), limit=ADDRESS_MAX,
              width=28),
        Field("size_class", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Size class"),
              header=QT_TRANSLATE_NOOP("fields", "Size"), choices=SizeClass,
              default=SizeClass.SMALL.value),
        Field("ladder_level", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Ladder level"),
              header=QT_TRANSLATE_NOOP("fields", "Level"), choices=LadderLevel,
              default=LadderLevel.A3.value, width=7),
        Field("owner_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Owner"), refers="member",
              shown_as="owner", width=20),
        Field("referred_by_customer_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Referred by"),
              refers="customer", shown_as="referred_by", width=24),
        Field("referred_by_contact_id", K.REFERENCE,
              QT_TRANSLATE_NOOP("fields", "Referred by (contact)"), refers="contact",
              exported=False),
        Field("annual_revenue", K.MONEY, QT_TRANSLATE_NOOP("fields", "Annual revenue (€)"),
              range=(0.0, REVENUE_MAX), typed=40, width=16,  # typed: "12 345 678,90 €"
              messages=(QT_TRANSLATE_NOOP("rules", "Write the revenue as a number of euros."),
                        QT_TRANSLATE_NOOP("rules", "The revenue is from 0 to {max} euros."))),
        Field("value_volume", K.SCORE, QT_TRANSLATE_NOOP("fields", "Value: volume"),
              header=QT_TRANSLATE_NOOP("fields", "Volume"), range=SCORE),
        Field("value_profitability", K.SCORE, QT_TRANSLATE_NOOP("fields", "Value: profitability"),
              header=QT_TRANSLATE_NOOP("fields", "Profitability"), range=SCORE),
        Field("value_reference", K.SCORE, QT_TRANSLATE_NOOP("fields", "Value: reference"),
              header=QT_TRANSLATE_NOOP("fields", "Reference value"), range=SCORE),
        Field("potential_share_of_wallet", K.SCORE,
              QT_TRANSLATE_NOOP("fields", "Potential: share of wallet"),
              header=QT_TRANSLATE_NOOP("fields", "Share of wallet"), range=SCORE),
        Field("potential_cross_sell", K.SCORE, QT_TRANSLATE_NOOP("fields", "Potential: cross-sell"),
              header=QT_TRANSLATE_NOOP("fields", "Cross-selling"), range=SCORE),
        Field("potential_growing_together", K.SCORE,
              QT_TRANSLATE_NOOP("fields", "Potential: growing together"),
              header=QT_TRANSLATE_NOOP("fields", "Growing together"), range=SCORE),
        Field("notes", K.NOTES, QT_TRANSLATE_NOOP("fields", "Notes"), limit=TEXT_MAX, width=40),
        Field("archived", K.BOOL, QT_TRANSLATE_NOOP("fields", "Archived"), width=11),
    ),
)  # fmt: skip

# The customer list's columns that are fields, in the table's order (by key); the list adds
# what it computes (app/customers/listing.py: last contact, next step due).
CUSTOMER_LIST = ("name", "business_id", "city", "industry", "size_class", "ladder_level",
                 "owner_id")  # fmt: skip

CONTACT = Catalogue(
    "contact",
    (
        Field("name", K.TEXT, QT_TRANSLATE_NOOP("fields", "Name"), limit=NAME_MAX,
              required=True, personal=True, width=32),
        Field("title", K.TEXT, QT_TRANSLATE_NOOP("fields", "Title"), limit=NAME_MAX,
              personal=True, width=20),
        Field("email", K.EMAIL, QT_TRANSLATE_NOOP("fields", "E-mail"), limit=EMAIL_MAX,
              personal=True, width=28),
        Field("phone", K.PHONE, QT_TRANSLATE_NOOP("fields", "Phone"), limit=PHONE_MAX,
              personal=True, width=16),
        Field("roles", K.ROLES, QT_TRANSLATE_NOOP("fields", "Buying-centre roles"),
              header=QT_TRANSLATE_NOOP("fields", "Roles"), width=20),
        Field("advocate", K.BOOL, QT_TRANSLATE_NOOP("fields", "Advocate"), width=13),
        Field("marketing_consent", K.BOOL, QT_TRANSLATE_NOOP("fields", "Marketing consent"),
              width=14),
        Field("consent_date", K.DATE, QT_TRANSLATE_NOOP("fields", "Consent date")),
        # Set by the success area when the person leaves (app/success/risk.py).
        Field("left_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Left on"), edited=False),
        Field("notes", K.NOTES, QT_TRANSLATE_NOOP("fields", "Notes"), limit=TEXT_MAX,
              personal=True, width=40),
    ),
)  # fmt: skip


_CUSTOMER_IDS: list[tuple[str, Any]] = [("id", CustomerId), ("uuid", str), ("team_id", int)]
_CONTACT_IDS: list[tuple[str, Any]] = [("id", ContactId), ("uuid", str), ("customer_id", int)]

if TYPE_CHECKING:
    # The type checker sees the ids; the catalogue's fields are added at run time.

    class CustomerRecord:
        id: CustomerId
        uuid: str
        team_id: int

        def __init__(self, **values: Any) -> None: ...
        def __getattr__(self, key: str) -> Any: ...

    class ContactRecord:
        id: ContactId
        uuid: str
        customer_id: int

        def __init__(self, **values: Any) -> None: ...
        def __getattr__(self, key: str) -> Any: ...

else:
    CustomerRecord = record_type(
        "CustomerRecord",
        CUSTOMER,
        _CUSTOMER_IDS,
        __name__,
        "A customer as the app layer hands it to the views: its ids and every field.",
    )
    ContactRecord = record_type(
        "ContactRecord",
        CONTACT,
        _CONTACT_IDS,
        __name__,
        "A contact person: its ids, its customer's id and every field.",
    )
