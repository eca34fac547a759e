"""The team member's fields, each once (models/fields.py says what a field is and who reads
the catalogue). tests/customers/test_field_catalogue.py holds the catalogue against the ORM
(models/team.py)."""

from __future__ import annotations

from models.fields import Catalogue, Field, FieldKind
from models.rules import EMAIL_MAX, NAME_MAX, QT_TRANSLATE_NOOP, MemberRole

K = FieldKind

MEMBER = Catalogue(
    "member",
    (
        Field("name", K.TEXT, QT_TRANSLATE_NOOP("fields", "Name"), limit=NAME_MAX,
              required=True, personal=True),
        Field("email", K.EMAIL, QT_TRANSLATE_NOOP("fields", "E-mail"), limit=EMAIL_MAX,
              personal=True),
        # No default: a member is added with a role chosen (the model's default is for rows
        # written without one).
        Field("role", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Role"), choices=MemberRole),
        # A member who left is deactivated, never deleted once in the records.
        Field("active", K.BOOL, QT_TRANSLATE_NOOP("fields", "Active")),
    ),
)  # fmt: skip
