"""A contact's consent history (app/privacy/consent.py): every change of the two consent
fields through the form, a new contact and an import adds a row in the same write; undo
takes the row away and redo puts the same row back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app import teams
from app.customers import contacts
from app.customers import records as customers
from app.customers import steps as customer_steps
from app.importing.apply import apply_import
from app.paths import Paths
from app.privacy import consent
from app.store import Store
from models.customer import Contact, Customer
from models.ids import ContactId
from models.privacy import ContactConsent
from tests.import_helpers import export_shaped, plan_for


def _history(store: Store, contact_id: int) -> list[tuple[bool, date, str]]:
    found = consent.consent_history(store, contact_id)
    return [(e.given, e.changed_on, e.source) for e in found.entries]


def test_a_consent_given_and_withdrawn_in_the_form_is_kept_in_the_history(
    store: Store, team_id: int
) -> None:
    customer_id = customers.create_customer(store, team_id, {"name": "Suostumus Oy"})
    cid = ContactId(contacts.create_contact(store, customer_id, {"name": "Sanni Suo"}))
    assert _history(store, cid) == []
    given = {
        "marketing_consent": True,
        "consent_date": date(2025, 1, 2),
        consent.CHANGE: {"source": "meeting", "note": "Messuilla", "member": 1},
    }
    step = customer_steps.edit_contact(store, cid, given)
    state = step.first()
    history = consent.consent_history(store, cid)
    assert history.given and history.since == date(2025, 1, 2) and not history.before
    (entry,) = history.entries
    assert (entry.given, entry.changed_on, entry.source, entry.note) == (
        True,
        date(2025, 1, 2),
        "meeting",
        "Messuilla",
    )
    assert entry.recorded_by == "Aino Laine"
    # Undo: the fields go back and the row goes with them; redo: the same row again.
    state = step.undo(state)
    assert _history(store, cid) == []
    assert not consent.consent_history(store, cid).given
    state = step.redo(state)
    assert consent.consent_history(store, cid).entries[0].uuid == entry.uuid
    # Withdrawn today: a second row; an edit that leaves the consent as it is adds none.
    customer_steps.edit_contact(
        store, cid, {"marketing_consent": False, "consent_date": None}
    ).first()
    customer_steps.edit_contact(store, cid, {"title": "Johtaja"}).first()
    assert _history(store, cid) == [
        (True, date(2025, 1, 2), "meeting"),
        (False, date.today(), "form"),
    ]


def test_a_new_contact_with_consent_starts_its_history_and_undo_takes_both(
    store: Store, team_id: int
) -> None:
    customer_id = customers.create_customer(store, team_id, {"name": "Uusi Oy"})
    step = customer_steps.add_contact(
        store, customer_id, {"name": "Ville Uusi", "marketing_consent": True}
    )
    cid = step.first()
    assert _history(store, cid) == [(True, date.today(), "form")]
    snapshot = step.undo(cid)
    assert step.redo(snapshot) == cid
    assert _history(store, cid) == [(True, date.today(), "form")]


def test_consent_recorded_before_the_history_began_is_told_apart(
    store: Store, team_id: int
) -> None:
    customer_id = customers.create_customer(store, team_id, {"name": "Vanha Oy"})
    cid = contacts.create_contact(store, customer_id, {"name": "Olli Vanha"})
    with store.write() as session:  # as a database from before the history holds it
        session.execute(
            contacts.CONTACT_TABLE.update().values(marketing_consent=True, consent_date=None)
        )
    history = consent.consent_history(store, cid)
    assert history.given and history.before and history.entries == ()


def test_an_imported_consent_is_recorded_with_the_source_import(
    store: Store, paths: Paths, tmp_path: Path
) -> None:
    """A consent column of an imported file: the history's first row, source "import"; the
    import's undo takes the rows with the contacts."""
    source = teams.create_team(store, "Lähde")
    customer_id = customers.create_customer(store, source, {"name": "Tuonti Oy"})
    contacts.create_contact(
        store,
        customer_id,
        {"name": "Kaisa Kuluttaja", "marketing_consent": True, "consent_date": date(2024, 5, 6)},
    )
    contacts.create_contact(store, customer_id, {"name": "Erkki Ei"})
    path = export_shaped(store, source, tmp_path / "summary.xlsx")
    target = teams.create_team(store, "Kohde")
    report, _undo = apply_import(store, plan_for(store, target, path))
    assert report.complete and report.contacts == 2
    with store.read() as session:
        rows = session.execute(
            select(ContactConsent.given, ContactConsent.changed_on, ContactConsent.source)
            .join(Contact, Contact.id == ContactConsent.contact_id)
            .join(Customer, Customer.id == Contact.customer_id)
            .where(Customer.team_id == target)
        ).all()
    assert [tuple(r) for r in rows] == [(True, date(2024, 5, 6), "import")]
