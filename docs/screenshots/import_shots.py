"""Screenshots of the import wizard's mapping and preview pages (take.py calls `take`): a
team's own list with Finnish headers, one column Raketti does not know, a customer the
demo database already has, a near-duplicate inside the file and two bad rows."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow
from sqlalchemy import select

from models.customer import Customer
from views.context import AppContext

HERE = Path(__file__).resolve().parent


def _list_file(ctx: AppContext) -> Path:
    with ctx.store.read() as session:
        known = session.execute(
            select(Customer.name, Customer.business_id, Customer.city)
            .where(Customer.team_id == ctx.team_id, Customer.business_id.is_not(None))
            .order_by(Customer.name)
            .limit(1)
        ).one()
    rows = [
        [
            "Asiakas",
            "Y-tunnus",
            "Paikkakunta",
            "Sähköposti",
            "Puh.",
            "Taso",
            "Yhteyshenkilö",
            "Kampanja",
        ],
        [
            "Kahvila Äijälä Oy",
            "0737546-2",
            "Jyväskylä",
            "aino@aijala.fi",
            "040 123 4567",
            "A2",
            "Aino Äijälä",
            "kevät",
        ],
        ["Kahvila Äijälä", "", "Jyväskylä", "", "", "", "", "kevät"],
        [known.name, known.business_id, known.city, "", "", "A2", "", "syksy"],
        ["Sähkö Öhman Ky", "1572860-0", "Tampere", "olli@", "12", "A4", "Olli Öhman", ""],
        ["Leipomo Åkerlund", "", "Turku", "", "", "a3", "", "kevät"],
        ["Rakennus Virtanen Oy", "1234567-8", "Oulu", "", "", "", "", ""],
        ["Puutarha Kukkanen", "", "Kuopio", "info@kukkanen.fi", "", "A3", "", "syksy"],
    ]
    folder = Path(tempfile.mkdtemp(prefix="raketti-import-"))
    path = folder / "asiakaslista.csv"
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def take(
    app: QApplication,
    ctx: AppContext,
    window: QMainWindow,
    suffix: str,
    settle: Callable[[QApplication, AppContext], None],
    out: Path = HERE,
) -> None:
    from views.importing.wizard import ImportWizard

    wizard = ImportWizard(ctx, window)
    wizard.resize(1000, 620)
    wizard.show()
    wizard.file_page.choose(_list_file(ctx))
    settle(app, ctx)
    wizard.grab().save(str(out / f"import_file{suffix}.png"))
    wizard.next()
    settle(app, ctx)
    wizard.grab().save(str(out / f"import_mapping{suffix}.png"))
    wizard.next()
    settle(app, ctx)
    wizard.preview_page.only_problems.setChecked(False)
    wizard.preview_page.table.selectRow(3)  # a bad row: its reasons in full below
    settle(app, ctx)
    wizard.grab().save(str(out / f"import_preview{suffix}.png"))
    wizard.discard()
    wizard.deleteLater()
    print("saved import_file, import_mapping, import_preview")
