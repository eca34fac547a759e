"""Privacy (issue 23): what Raketti holds about a person, given to them (export), their
marketing consent with its history, and the review of contacts kept without a lawful basis.

Erasing a person (app/privacy/erase.py and its views) joins this area. See docs/privacy.md.
The customers area builds on this one: its contact form records consent through
`app.privacy.consent`, its Contacts tab and Customers menu open this area's views
(`views_api`). This area reads the models directly and imports no customers module.
"""

from app.areas import Area
from app.changes import Kind

# No panel: a person's export is on the contact's menu, the review a dialog from the
# Customers menu, the consent history in the contact's form.
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
    ),
)
