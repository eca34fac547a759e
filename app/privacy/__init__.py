"""Privacy (issue 23): a person's data exported, consent kept, a person erased everywhere.

This declaration is the erase part's minimal one (the privacy part owns the area's full
declaration; the hooks below join it). Erasure: app/privacy/erase.py (the operation),
purge.py (what is taken out, where), scrub.py (the values), received.py (team sync: what
arrives), folder.py (this laptop's own files in the shared folder). docs/privacy.md.
"""

from app.areas import Area
from app.changes import Kind

AREA = Area(
    "privacy",
    translation="privacy",  # resources/translations/privacy_fi.ts
    listens=frozenset({Kind.CONTACT}),
    views_api=("views.privacy.erase_dialog",),
    hooks=(
        # team sync, below: received operations of an erased person lose their values
        # before they are logged; an erasure applied purges; own files rewritten
        ("received_ops", "app.privacy.received:scrub_received"),
        ("received_applied", "app.privacy.received:purge_received"),
        ("after_sync", "app.privacy.folder:after_sync"),
        # the customers' Contacts tab: erased contacts shown as such, "Erase this person…"
        ("erased_records", "app.privacy.erase:erased_records"),
        ("contact_actions", "views.privacy.erase_dialog:contact_actions"),
    ),
)
