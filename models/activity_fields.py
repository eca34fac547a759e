"""The interaction's fields, each once (models/fields.py says what a field is and who reads
the catalogue): a visit, call or meeting with a customer and the next step it leaves.

Who was there and whom they met are link tables (models/customer.py `interaction_member`,
`interaction_contact`), not fields: the dialog and the workbook name them themselves.
tests/customers/test_field_catalogue.py holds the catalogue against the ORM (models/customer.py).
"""

from __future__ import annotations

from models.fields import Catalogue, Field, FieldKind
from models.rules import LINE_MAX, QT_TRANSLATE_NOOP, TEXT_MAX, InteractionType

K = FieldKind

# The texts are written about a meeting with people: who said what, what they want next, a
# name to call. Such free text about people is personal data (the privacy work reads it).
INTERACTION = Catalogue(
    "interaction",
    (
        Field("occurred_on", K.DATE, QT_TRANSLATE_NOOP("fields", "Date"), required=True),
        Field("kind", K.CHOICE, QT_TRANSLATE_NOOP("fields", "Type"), choices=InteractionType,
              default=InteractionType.VISIT.value),
        Field("summary", K.NOTES, QT_TRANSLATE_NOOP("fields", "Summary"), limit=TEXT_MAX,
              required=True, personal=True, width=48),
        Field("outcome", K.TEXT, QT_TRANSLATE_NOOP("fields", "Outcome"), limit=LINE_MAX,
              personal=True, width=32),
        Field("next_step", K.TEXT, QT_TRANSLATE_NOOP("fields", "Next step"), limit=LINE_MAX,
              personal=True, width=32),
        Field("next_step_due", K.DATE, QT_TRANSLATE_NOOP("fields", "Next step due")),
    ),
)  # fmt: skip
