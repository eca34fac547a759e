"""Everything Raketti holds about one contact person, gathered for their export.

A `Person` is sections of rows, each row a dict keyed by stable English keys (the column
names, the catalogue's field keys), with the section's column titles in the export's
language beside it. The writers (app/privacy/export.py) turn it into a workbook or JSON.

What is gathered: every field of the contact (the catalogue's labels and its personal-data
flag: models/customer_fields.py CONTACT, never a second list), the customer's name, the
roles they hold, the interactions they took part in (the interaction catalogue), the
feedback and satisfaction they gave and the risk flags that name them (success area), the
consent history (app/privacy/consent.py) and the change history of their record: team
sync's log when sync is on, else the record's own created and updated times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.excel.texts import Texts
from app.privacy.consent import history_in
from app.sync import api as sync_api
from models.activity_fields import INTERACTION
from models.code_names import CONSENT_SOURCE_NAMES, INTERACTION_NAMES, ROLE_NAMES
from models.customer import Contact, Customer, Interaction, interaction_contact
from models.customer_fields import CONTACT
from models.fields import CONTEXT as FIELDS
from models.privacy_fields import CONSENT
from models.rules import QT_TRANSLATE_NOOP
from models.success import Feedback, RiskFlag, Satisfaction
from models.team import TeamCompany

C = "PrivacyExport"  # the export's own words (resources/translations/privacy_fi.ts)

# Each section's key and title, in the order of the workbook's sheets and the JSON's keys.
SECTIONS = {
    "contact": QT_TRANSLATE_NOOP("PrivacyExport", "Contact details"),
    "roles": QT_TRANSLATE_NOOP("PrivacyExport", "Roles"),
    "interactions": QT_TRANSLATE_NOOP("PrivacyExport", "Interactions"),
    "feedback": QT_TRANSLATE_NOOP("PrivacyExport", "Feedback"),
    "satisfaction": QT_TRANSLATE_NOOP("PrivacyExport", "Satisfaction"),
    "risk": QT_TRANSLATE_NOOP("PrivacyExport", "Risk flags"),
    "consent": QT_TRANSLATE_NOOP("PrivacyExport", "Consent history"),
    "history": QT_TRANSLATE_NOOP("PrivacyExport", "Change history"),
}
# Column titles of the columns no catalogue describes.
WORDS = {
    "field": QT_TRANSLATE_NOOP("PrivacyExport", "Field"),
    "value": QT_TRANSLATE_NOOP("PrivacyExport", "Value"),
    "personal": QT_TRANSLATE_NOOP("PrivacyExport", "Personal data"),
    "role": QT_TRANSLATE_NOOP("PrivacyExport", "Role"),
    "customer": QT_TRANSLATE_NOOP("PrivacyExport", "Customer"),
    "kind": QT_TRANSLATE_NOOP("PrivacyExport", "Kind"),
    "source": QT_TRANSLATE_NOOP("PrivacyExport", "Source"),
    "severity": QT_TRANSLATE_NOOP("PrivacyExport", "Severity"),
    "happened": QT_TRANSLATE_NOOP("PrivacyExport", "What happened"),
    "received_on": QT_TRANSLATE_NOOP("PrivacyExport", "Received on"),
    "measured_on": QT_TRANSLATE_NOOP("PrivacyExport", "Measured on"),
    "score": QT_TRANSLATE_NOOP("PrivacyExport", "Score (1–5)"),
    "nps": QT_TRANSLATE_NOOP("PrivacyExport", "Recommendation (0–10)"),
    "note": QT_TRANSLATE_NOOP("PrivacyExport", "Note"),
    "deleted_at": QT_TRANSLATE_NOOP("PrivacyExport", "Deleted on"),
    "cause": QT_TRANSLATE_NOOP("PrivacyExport", "Cause"),
    "contact_name": QT_TRANSLATE_NOOP("PrivacyExport", "Name then"),
    "roles": QT_TRANSLATE_NOOP("PrivacyExport", "Roles then"),
    "raised_on": QT_TRANSLATE_NOOP("PrivacyExport", "Raised on"),
    "resolved_on": QT_TRANSLATE_NOOP("PrivacyExport", "Resolved on"),
    "resolution": QT_TRANSLATE_NOOP("PrivacyExport", "Resolution"),
    "old": QT_TRANSLATE_NOOP("PrivacyExport", "Old value"),
    "new": QT_TRANSLATE_NOOP("PrivacyExport", "New value"),
    "who": QT_TRANSLATE_NOOP("PrivacyExport", "Changed by"),
    "device": QT_TRANSLATE_NOOP("PrivacyExport", "Laptop"),
    "when": QT_TRANSLATE_NOOP("PrivacyExport", "When (UTC)"),
    "created": QT_TRANSLATE_NOOP("PrivacyExport", "Record created"),
    "updated": QT_TRANSLATE_NOOP("PrivacyExport", "Record last changed"),
    "deleted": QT_TRANSLATE_NOOP("PrivacyExport", "Record deleted"),
    "advocate": QT_TRANSLATE_NOOP("PrivacyExport", "advocate: recommends the team to others"),
    "yes": QT_TRANSLATE_NOOP("PrivacyExport", "yes"),
    "no": QT_TRANSLATE_NOOP("PrivacyExport", "no"),
}


@dataclass
class Section:
    key: str
    title: str  # in the export's language
    columns: dict[str, str]  # key -> column title, in order
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Person:
    """One contact's data, ready to be written."""

    uuid: str
    name: str
    customer: str
    team: str
    exported_at: datetime  # local time
    language: str
    sections: list[Section]

    def section(self, key: str) -> Section:
        return next(s for s in self.sections if s.key == key)


def _contact_section(t: Texts, contact: Contact) -> Section:
    # Each row also holds the field's "key" (the JSON's); the workbook shows these columns.
    columns = {
        "field": t.get(C, WORDS["field"]),
        "value": t.get(C, WORDS["value"]),
        "personal": t.get(C, WORDS["personal"]),
    }
    section = Section("contact", t.get(C, SECTIONS["contact"]), columns)
    for item in CONTACT:
        section.rows.append(
            {
                "key": item.key,
                "field": t.get(FIELDS, item.label),
                "value": getattr(contact, item.key),
                "personal": item.personal,
            }
        )
    return section


def _roles_section(t: Texts, contact: Contact) -> Section:
    columns = {"role": t.get(C, WORDS["role"]), "name": t.get(C, WORDS["value"])}
    section = Section("roles", t.get(C, SECTIONS["roles"]), columns)
    for code in (contact.roles or "").split(","):
        if code:
            section.rows.append({"role": code, "name": t.get("labels", ROLE_NAMES.get(code, code))})
    if contact.advocate:
        section.rows.append({"role": "advocate", "name": t.get(C, WORDS["advocate"])})
    return section


def _interactions(t: Texts, session: Session, contact_id: int) -> Section:
    columns = {item.key: t.get(FIELDS, item.label) for item in INTERACTION}
    section = Section("interactions", t.get(C, SECTIONS["interactions"]), columns)
    rows = session.scalars(
        select(Interaction)
        .join(interaction_contact, interaction_contact.c.interaction_id == Interaction.id)
        .where(interaction_contact.c.contact_id == contact_id)
        .order_by(Interaction.occurred_on, Interaction.id)
    )
    for row in rows:
        values = {item.key: getattr(row, item.key) for item in INTERACTION}
        values["kind"] = t.get("labels", INTERACTION_NAMES.get(row.kind, row.kind))
        section.rows.append(values)
    return section


def _table(
    t: Texts, key: str, session: Session, model: Any, keys: tuple[str, ...], where: Any, order: Any
) -> Section:
    """A section of a success table's rows: the columns `keys`, titled from WORDS."""
    section = Section(key, t.get(C, SECTIONS[key]), {k: t.get(C, WORDS[k]) for k in keys})
    for row in session.scalars(select(model).where(where).order_by(order, model.id)):
        section.rows.append({k: getattr(row, k) for k in keys})
    return section


def _consent(t: Texts, session: Session, contact_id: int) -> Section:
    columns = {item.column_key: t.get(FIELDS, item.label) for item in CONSENT}
    section = Section("consent", t.get(C, SECTIONS["consent"]), columns)
    for entry in history_in(session, contact_id).entries:
        section.rows.append(
            {
                "given": entry.given,
                "changed_on": entry.changed_on,
                "source": t.get("labels", CONSENT_SOURCE_NAMES.get(entry.source, entry.source)),
                "recorded_by": entry.recorded_by,
                "note": entry.note,
            }
        )
    return section


def _history(t: Texts, session: Session, contact: Contact) -> Section:
    keys = ("field", "old", "new", "who", "device", "when")
    section = Section(
        "history", t.get(C, SECTIONS["history"]), {k: t.get(C, WORDS[k]) for k in keys}
    )
    if sync_api.settings(session).enabled:
        for entry in sync_api.history(session, "contact", contact.uuid):
            special = {"_created": "created", "_deleted": "deleted"}.get(entry.field)
            item = CONTACT.by_key(entry.field)
            name = (
                t.get(C, WORDS[special])
                if special
                else t.get(FIELDS, item.label)
                if item
                else entry.field
            )
            section.rows.append(
                {
                    "field": name,
                    "old": entry.old,
                    "new": entry.new,
                    "who": entry.who,
                    "device": entry.device,
                    "when": entry.when,
                }
            )
        if section.rows:
            return section
    for word, when in (("created", contact.created_at), ("updated", contact.updated_at)):
        section.rows.append(
            {
                "field": t.get(C, WORDS[word]),
                "old": None,
                "new": None,
                "who": None,
                "device": None,
                "when": when,
            }
        )
    return section


def gather(session: Session, contact_id: int, language: str) -> Person:
    """Everything held about the contact, in `language` ("fi" or "en")."""
    t = Texts(language)
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise LookupError(contact_id)
    customer = session.get(Customer, contact.customer_id)
    assert customer is not None  # a contact's customer is required (ON DELETE CASCADE)
    team = session.get(TeamCompany, customer.team_id)
    contact_section = _contact_section(t, contact)
    contact_section.rows.insert(
        0,
        {
            "key": "customer",
            "field": t.get(C, WORDS["customer"]),
            "value": customer.name,
            "personal": False,
        },
    )
    feedback = _table(
        t,
        "feedback",
        session,
        Feedback,
        ("received_on", "kind", "source", "severity", "happened", "deleted_at"),
        Feedback.contact_id == contact_id,
        Feedback.received_on,
    )
    satisfaction = _table(
        t,
        "satisfaction",
        session,
        Satisfaction,
        ("measured_on", "score", "nps", "note", "deleted_at"),
        Satisfaction.contact_id == contact_id,
        Satisfaction.measured_on,
    )
    risk = _table(
        t,
        "risk",
        session,
        RiskFlag,
        ("raised_on", "cause", "contact_name", "roles", "resolved_on", "resolution"),
        or_(RiskFlag.contact_id == contact_id, RiskFlag.contact_uuid == contact.uuid),
        RiskFlag.raised_on,
    )
    return Person(
        uuid=contact.uuid,
        name=contact.name,
        customer=customer.name,
        team=team.name if team else "",
        exported_at=datetime.now().replace(microsecond=0),
        language=language,
        sections=[
            contact_section,
            _roles_section(t, contact),
            _interactions(t, session, contact_id),
            feedback,
            satisfaction,
            risk,
            _consent(t, session, contact_id),
            _history(t, session, contact),
        ],
    )


def yes_no(t: Texts, value: bool) -> str:
    return t.get(C, WORDS["yes"] if value else WORDS["no"])
