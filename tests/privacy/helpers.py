"""A customer with a contact who took part in a meeting, gave feedback and a score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.customers import contacts, interactions
from app.customers import records as customers
from app.store import Store
from app.success.feedback import record_feedback
from app.success.satisfaction import record_entry
from models.ids import ContactId


@dataclass
class Person:
    customer_id: int
    contact_id: ContactId
    uuid: str


def a_person(store: Store, team_id: int, email: str = "Liisa.Lampi@example.fi") -> Person:
    customer_id = customers.create_customer(store, team_id, {"name": "Lammen Leipä Oy"})
    contact_id = ContactId(
        contacts.create_contact(
            store,
            customer_id,
            {
                "name": "Liisa Lampi",
                "email": email,
                "phone": "040 123 4567",
                "roles": ["buyer", "decider"],
                "notes": "Pitää ruisleivästä",
            },
        )
    )
    interactions.log_interaction(
        store,
        customer_id,
        {"kind": "meeting", "occurred_on": date(2025, 3, 4), "summary": "Liisa kertoi tarpeista"},
        contact_ids=[contact_id],
    )
    interactions.log_interaction(
        store, customer_id, {"kind": "call", "occurred_on": date(2025, 3, 5), "summary": "Muu"}
    )
    record_feedback(
        store,
        team_id,
        {
            "kind": "praise",
            "source": "email",
            "happened": "Kiitos Liisalta",
            "received_on": date(2025, 3, 6),
            "customer_id": customer_id,
            "contact_id": contact_id,
        },
    )
    record_entry(
        store,
        customer_id,
        {"measured_on": date(2025, 3, 7), "score": 4, "nps": 9, "contact_id": contact_id},
    )
    contact = contacts.get_contact(store, contact_id)
    assert contact is not None
    return Person(customer_id, contact_id, contact.uuid)
