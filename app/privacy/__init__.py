"""Privacy (issue 23): what Raketti holds about a person, given to them (export), their
marketing consent with its history, the review of contacts kept without a lawful basis,
and a person erased everywhere.

The customers area builds on this one: its contact form records consent through
`app.privacy.consent`, its Contacts tab and Customers menu open this area's views
(`views_api`). This area reads the models directly and imports no customers module.
Erasure: app/privacy/erase.py (the operation), purge.py (what is taken out, where),
scrub.py (the values), received.py (team sync: what arrives), folder.py (this laptop's own
files in the shared folder); team sync reaches them only through the hooks below.
See docs/privacy.md.
"""

from app.areas import Area
from app.changes import Kind

# No panel: a person's export and erasure are on the contact's menu, the review a dialog
# from the Customers menu, the consent history in the contact's form.
AREA = Area(
    "privacy",
    translation="privacy",  # resources/translations/privacy_fi.ts
    listens=frozenset(
        {Kind.CONTACT, Kind.CONSENT, Kind.INTERACTION, Kind.CUSTOMER, Kind.PRIVACY_SETTINGS}
    ),
    views_api=(
        "views.privacy.contact_actions",
        "views.privacy.consent_history",
        "views.privacy.review_dialog",
        "views.privacy.erase_dialog",
    ),
    hooks=(
        # team sync, below: received operations of an erased person lose their values
        # before they are logged; an erasure applied purges; own files rewritten
        ("received_ops", "app.privacy.received:scrub_received"),
        ("received_applied", "app.privacy.received:purge_received"),
        ("after_sync", "app.privacy.folder:after_sync"),
        # the customers' Contacts tab: erased contacts shown as such
        ("erased_records", "app.privacy.erase:erased_records"),
    ),
)
