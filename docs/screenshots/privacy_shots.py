"""Screenshots of the privacy area (issue 23; take.py calls `take` last): a customer's
Contacts tab with a contact's menu open (Export…, Erase…), the contact form with its
consent history, the Privacy review with a few demo contacts made old and silent (the
demo's contacts are all new, so the list would be empty), and Erase this person… with a
reason typed and the box ticked. Run alone it makes a small demo database:
`python docs/screenshots/privacy_shots.py [fi|en]`."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REVIEWED = 7  # demo contacts made old and without interactions for the review


def _busiest_contact(ctx: Any) -> tuple[int, int]:
    """The contact (with e-mail and phone) who took part in the most interactions, and
    their customer: the person of the Contacts tab, the consent form and the erasure."""
    from sqlalchemy import text

    rows = ctx.store.rows(
        text(
            "SELECT ic.contact_id, c.customer_id, count(*) AS n FROM interaction_contact ic "
            "JOIN contact c ON c.id = ic.contact_id JOIN customer cu ON cu.id = c.customer_id "
            "WHERE c.email IS NOT NULL AND c.phone IS NOT NULL AND cu.team_id = :team "
            "AND NOT cu.archived GROUP BY ic.contact_id ORDER BY n DESC, ic.contact_id LIMIT 1"
        ).bindparams(team=ctx.team_id)
    )
    return int(rows[0][0]), int(rows[0][1])


def _consent_history(ctx: Any, contact_id: int) -> None:
    """Given at a fair, withdrawn by e-mail, given again in a meeting (recorded by members)."""
    from sqlalchemy import update

    from app import teams
    from app.changes import Changes, Kind
    from app.privacy.consent import add_row
    from models.customer import Contact

    members = [m["id"] for m in teams.members_of(ctx.store, ctx.team_id)]
    history = (
        (True, date(2024, 3, 14), "web", None),
        (False, date(2024, 11, 4), "email", members[0]),
        (True, date(2025, 5, 20), "meeting", members[1]),
    )
    with ctx.store.write(Changes.of(Kind.CONSENT, ids={contact_id})) as session:
        for given, on, source, member in history:
            add_row(session, contact_id, given, on, source, member)
        session.execute(
            update(Contact)
            .where(Contact.id == contact_id)
            .values(marketing_consent=True, consent_date=history[-1][1])
        )


def _make_reviewable(ctx: Any) -> None:
    """A few contacts without consent, added years ago, in no interaction since the period
    began (two of them withdrew their consent): what the review lists."""
    from sqlalchemy import text

    from app.changes import Changes, Kind
    from app.privacy.consent import add_row

    with ctx.store.write(Changes.of(Kind.CONTACT)) as session:
        ids = [
            int(r[0])
            for r in session.execute(
                text(
                    "SELECT c.id FROM contact c JOIN customer cu ON cu.id = c.customer_id "
                    "WHERE cu.team_id = :team AND NOT cu.archived AND NOT c.marketing_consent "
                    "ORDER BY c.id DESC LIMIT :n"
                ),
                {"team": ctx.team_id, "n": REVIEWED},
            )
        ]
        for i, contact_id in enumerate(ids):
            params = {"id": contact_id, "added": f"{2022 + i % 2}-0{1 + i}-1{i} 09:00:00"}
            first = session.execute(
                text(
                    "SELECT ic.interaction_id FROM interaction_contact ic JOIN interaction i "
                    "ON i.id = ic.interaction_id WHERE ic.contact_id = :id "
                    "ORDER BY i.occurred_on LIMIT 1"
                ),
                params,
            ).scalar()
            session.execute(text("DELETE FROM interaction_contact WHERE contact_id = :id"), params)
            session.execute(text("UPDATE contact SET created_at = :added WHERE id = :id"), params)
            if i % 3 == 1 and first is not None:  # one meeting, before the period (the demo's
                # interactions are all within it): the column has dates too
                moved = {**params, "interaction": first, "on": date(2023, 10, 2 + i).isoformat()}
                session.execute(
                    text("UPDATE interaction SET occurred_on = :on WHERE id = :interaction"), moved
                )
                session.execute(
                    text(
                        "INSERT INTO interaction_contact (interaction_id, contact_id) "
                        "VALUES (:interaction, :id)"
                    ),
                    moved,
                )
        for contact_id, on in zip(ids[:2], (date(2023, 2, 6), date(2023, 8, 21)), strict=True):
            for given, day in ((True, date(2022, 9, 1)), (False, on)):
                add_row(session, contact_id, given, day, "email")


def _contacts_tab(
    app: Any, ctx: Any, window: Any, customer_id: int, contact_id: int, grab: Callable[[], Any]
) -> tuple[Any, Any]:
    """The Contacts tab with the contact's menu open: the tab and its picture."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    window.navigation.setCurrentRow(0)
    panel = window.panels["customers"]
    panel.select_customer(customer_id)
    panel.detail.setCurrentWidget(panel.detail.contacts)
    app.processEvents()
    tab = panel.detail.contacts
    table = tab.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == contact_id
    )
    table.selectRow(row)
    app.processEvents()
    rect = table.visualRect(table.model().index(row, 1))
    table.customContextMenuRequested.emit(rect.center())
    app.processEvents()
    menu = tab.findChild(QMenu, "contactMenu")
    picture = grab()
    if menu is not None:  # the menu is a window of its own: paint it where it opened
        painter = QPainter(picture)
        where = menu.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
        painter.drawPixmap(where * picture.devicePixelRatio(), menu.grab())
        painter.end()
        menu.close()
    app.processEvents()
    return tab, picture


def take(
    app: Any,
    ctx: Any,
    window: Any,
    suffix: str,
    settle: Callable[[Any, Any], None],
    out: Path = HERE,
) -> None:
    from app.privacy.consent import consent_history
    from app.privacy.erase import describe
    from models.ids import ContactId
    from views.customers.dialogs import ContactDialog
    from views.privacy.erase_dialog import EraseDialog
    from views.privacy.review_dialog import ReviewDialog

    contact_id, customer_id = _busiest_contact(ctx)
    _consent_history(ctx, contact_id)
    _make_reviewable(ctx)
    settle(app, ctx)
    if hasattr(window, "panels"):  # the main window (run alone: a plain widget)
        tab, picture = _contacts_tab(app, ctx, window, customer_id, contact_id, window.grab)
        picture.save(str(out / f"contact_menu{suffix}.png"))
        form = ContactDialog(tab, tab.rows[contact_id], consent_history(ctx.store, contact_id))
        form.show()
        settle(app, ctx)
        form.grab().save(str(out / f"contact_consent{suffix}.png"))
        form.hide()  # nothing was changed, but close() would ask about unsaved changes
        form.deleteLater()
        window.panels["customers"].detail.setCurrentIndex(0)

    review = ReviewDialog(ctx, window)
    review.show()
    settle(app, ctx)
    review.grab().save(str(out / f"privacy_review{suffix}.png"))
    review.close()
    review.deleteLater()

    person = describe(ctx.store, ContactId(contact_id))
    assert person is not None
    dialog = EraseDialog(person, window)
    dialog.reason.setText(dialog.tr("e.g. the person's request of 3 March, ref 12"))
    dialog.understood.setChecked(True)
    dialog.show()
    settle(app, ctx)
    dialog.grab().save(str(out / f"erase_person{suffix}.png"))
    dialog.close()
    dialog.deleteLater()
    print("saved contact_menu, contact_consent, privacy_review, erase_person")


def main() -> int:
    language = sys.argv[1] if len(sys.argv) > 1 else "fi"
    os.environ["RAKETTI_HOME"] = tempfile.mkdtemp(prefix="raketti-shots-")
    sys.path.insert(0, str(HERE.parent.parent))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from app import demo, teams
    from app.paths import default_paths
    from app.store import Store
    from views import i18n
    from views.context import AppContext

    app = QApplication([])
    i18n.install(app, language)
    paths = default_paths()
    paths.ensure()
    store = Store.open(paths.default_database, paths.backups)
    demo.generate(store, customers=30, teams=1, seed=1)
    ctx = AppContext(store, paths, QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    ctx.set_team(teams.list_teams(store)[0]["id"])
    window = QWidget()
    window.resize(1280, 800)

    def settle(a: Any, c: Any) -> None:
        a.processEvents()
        while c.background.busy:
            a.processEvents()

    take(app, ctx, window, "" if language == "fi" else "_en", settle)
    ctx.background.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
