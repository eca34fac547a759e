"""The consent history's fields, each once (models/fields.py says what a field is and who
reads the catalogue): one change of a contact's marketing consent (models/privacy.py).

Imports no SQLAlchemy, like the other catalogues. The note is free text about a person
(what they said when they gave or withdrew consent): personal data.
"""

from __future__ import annotations

from models.fields import Catalogue, Field, FieldKind
from models.rules import QT_TRANSLATE_NOOP, TEXT_MAX
from models.vocabulary import ConsentSource

K = FieldKind

CONSENT = Catalogue(
    "contact_consent",
    (
        Field("given", K.BOOL, QT_TRANSLATE_NOOP("fields", "Consent given"), width=12),
        Field("changed_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Date"), required=True),
        Field("source", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Source"), choices=ConsentSource,
              default=ConsentSource.FORM.value, width=16),
        Field("recorded_by_member_id", K.REFERENCE, QT_TRANSLATE_NOOP("fields", "Recorded by"),
              refers="member", shown_as="recorded_by", width=20),
        Field("note", K.NOTES, QT_TRANSLATE_NOOP("fields", "Note"), limit=TEXT_MAX,
              personal=True, width=40),
    ),
)  # fmt: skip
