"""Team sync (issue 15): every laptop keeps its own database; the laptops exchange their
changes as operation files through a folder the team shares. See docs/sync.md.

The app-layer API (no Qt) is in `app.sync.api`; this package's `__init__` stays light
because `app.store` imports `app.sync.capture` on every start.
"""

from app.areas import Area, CustomerPart
from app.changes import Kind
from models.rules import QT_TRANSLATE_NOOP

# No panel: team sync shows itself in the status bar, Settings → Team sync, Edit →
# Recycle bin / Conflicts and the customer's History tab (views/sync/).
AREA = Area(
    "sync",
    translation="sync",  # resources/translations/sync_fi.ts
    listens=frozenset({Kind.SYNC, Kind.CONFLICT}),
    # Who changed what, where: the last tab of the customer's detail pane.
    customer_tabs=(
        CustomerPart(
            "views.sync.history_tab:HistoryTab",
            order=50,
            title=QT_TRANSLATE_NOOP("HistoryTab", "History"),
        ),
    ),
    # The fields two laptops changed at once: marked, with a banner under the heading.
    customer_boxes=(CustomerPart("views.sync.customer_marks:ConflictBanner", order=-10),),
    # The coach's view (rocket) shows the teams a coach follows beside its own.
    views_api=("views.sync.coach_feeds",),
    # A snapshot of the team when the operations since the last one pass a threshold.
    hooks=(("after_sync", "app.sync.due:after_sync"),),
)
