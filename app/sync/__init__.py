"""Team sync (issue 15): every laptop keeps its own database; the laptops exchange their
changes as operation files through a folder the team shares. See docs/sync.md.

The app-layer API (no Qt) is in `app.sync.api`; this package's `__init__` stays light
because `app.store` imports `app.sync.capture` on every start.
"""

from app.areas import Area
from app.changes import Kind

# No panel: team sync shows itself in the status bar, Settings → Team sync, Edit →
# Recycle bin / Conflicts and the customer's History tab (views/sync/).
AREA = Area(
    "sync",
    translation="sync",  # resources/translations/sync_fi.ts
    listens=frozenset({Kind.SYNC, Kind.CONFLICT}),
)
