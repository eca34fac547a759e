"""Export view… on every table: the file holds exactly what the table shows.

Each of the five tables is exported with its sort and its filter or search (XLSX, opened
with openpyxl), and then with a selection of rows (CSV, opened with csv: the BOM, `;`).
Hidden columns stay out, moved columns keep their place, formula-looking text stays text.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from app.customers import interactions
from app.customers import records as customers
from app.governance.actions import add_action
from app.rocket.scoring import add_score
from app.store import Store
from tests.ladder_helpers import add_customer, add_interaction
from views.customers.table_model import FIRST_BATCH, KEYS
from views.table_export import ExportViewAction

pytestmark = pytest.mark.gui

SELECT = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
CREATED = date.today() - timedelta(days=200)


def export(qtbot, monkeypatch, action: ExportViewAction, path: Path) -> Path | None:  # type: ignore[no-untyped-def]
    """Trigger the action, answering the file dialog with `path`; what it wrote."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    with qtbot.waitSignal(action.finished, timeout=20_000) as blocker:
        action.trigger()
    assert asked, "the file dialog was not asked"
    return blocker.args[0]  # type: ignore[no-any-return]


def xlsx_rows(path: Path) -> list[list[Any]]:
    sheet = load_workbook(path).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert ";" in text.splitlines()[0]
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def select_rows(view: QAbstractItemView, rows: list[int]) -> None:
    model = view.model()
    view.clearSelection()
    for row in rows:
        view.selectionModel().select(model.index(row, 0), SELECT)


def headers_of(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


# --- customers ---------------------------------------------------------------------------


@pytest.fixture
def customer_panel(request, ctx, qtbot):  # type: ignore[no-untyped-def]
    """90 customers in Helsinki (more than the first page), 5 in Tampere, one named like a
    formula; some with an interaction, so that last contact is a date."""
    store: Store = ctx.store
    for number in range(90):
        customers.create_customer(
            store, ctx.team_id, {"name": f"Asiakas {number:03d} Oy", "city": "Helsinki"}
        )
    for number in range(5):
        customers.create_customer(
            store, ctx.team_id, {"name": f"Tampereen {number} Ky", "city": "Tampere"}
        )
    formula = customers.create_customer(
        store, ctx.team_id, {"name": "=1+2 Helsinki", "city": "Helsinki"}
    )
    interactions.log_interaction(
        store, formula, {"kind": "call", "occurred_on": date(2025, 3, 7), "summary": "Soitto"}
    )
    window = request.getfixturevalue("window")
    panel = window.panels["customers"]
    qtbot.waitUntil(lambda: not ctx.background.busy)
    return panel


def wait_applied(panel, ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not panel.model.waiting and not ctx.background.busy)


def test_customers_export_every_row_of_the_search_in_the_sort_order(
    customer_panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = customer_panel
    table = panel.table
    header = table.horizontalHeader()
    header.hideSection(KEYS.index("business_id"))
    header.moveSection(header.visualIndex(KEYS.index("city")), 0)  # City first
    table.sortByColumn(KEYS.index("name"), Qt.SortOrder.DescendingOrder)
    panel.search.setText("helsinki")
    panel.apply_search()
    wait_applied(panel, ctx, qtbot)
    assert panel.model.rowCount() < 91  # only the first page is loaded
    assert panel.export_action.text() == "Export view…"

    written = export(qtbot, monkeypatch, panel.export_action, tmp_path / "asiakkaat.xlsx")
    assert written == tmp_path / "asiakkaat.xlsx"
    rows = xlsx_rows(written)
    titles = headers_of(table)
    expected = [titles[KEYS.index("city")]] + [
        titles[KEYS.index(k)] for k in KEYS if k not in ("city", "business_id")
    ]
    assert rows[0] == expected
    names = [row[1] for row in rows[1:]]
    assert len(names) == 91 > FIRST_BATCH  # every row of the search, not just those loaded
    assert names[0] == "Asiakas 089 Oy" and names[-1] == "=1+2 Helsinki"  # name descending
    assert names == sorted(names, reverse=True)
    assert {row[0] for row in rows[1:]} == {"Helsinki"}
    formula_row = rows[-1]
    sheet = load_workbook(written).active
    assert sheet.cell(row=len(rows), column=2).data_type == "s"  # text, not a formula
    last_contact = expected.index(titles[KEYS.index("last_contact")])
    assert formula_row[last_contact] == datetime(2025, 3, 7)  # a real date
    assert sheet.cell(row=len(rows), column=last_contact + 1).number_format == "d.m.yyyy"
    assert ctx.settings.value("export/folder") == str(tmp_path)


def test_customers_export_only_the_selected_rows_as_csv(
    customer_panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = customer_panel
    table = panel.table
    table.sortByColumn(KEYS.index("city"), Qt.SortOrder.DescendingOrder)  # Tampere first
    wait_applied(panel, ctx, qtbot)
    select_rows(table, [0])
    assert panel.export_action.text() == "Export view…"  # one row is where the user is
    select_rows(table, [4, 1])
    assert panel.export_action.text() == "Export 2 selected row(s)…"
    written = export(qtbot, monkeypatch, panel.export_action, tmp_path / "valitut.csv")
    assert written is not None
    rows = csv_rows(written)
    assert rows[0] == headers_of(table)
    model = table.model()
    assert [row[0] for row in rows[1:]] == [model.index(1, 0).data(), model.index(4, 0).data()]
    assert {row[KEYS.index("city")] for row in rows[1:]} == {"Tampere"}


def test_formula_looking_name_in_csv_gets_an_apostrophe(
    customer_panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = customer_panel
    panel.search.setText("helsinki")
    panel.apply_search()
    wait_applied(panel, ctx, qtbot)
    written = export(qtbot, monkeypatch, panel.export_action, tmp_path / "kaikki.csv")
    assert written is not None
    rows = csv_rows(written)
    assert rows[1][0] == "'=1+2 Helsinki"  # the name sorts first; Excel shows it as text
    assert rows[1][KEYS.index("last_contact")] == "7.3.2025"


def test_unwritable_path_says_why_and_leaves_no_file(
    customer_panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "out"
    folder.mkdir()
    not_a_folder = folder / "tiedosto.txt"
    not_a_folder.write_text("x")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    written = export(
        qtbot, monkeypatch, customer_panel.export_action, not_a_folder / "asiakkaat.xlsx"
    )
    assert written is None
    assert len(warnings) == 1 and str(not_a_folder) in warnings[0]
    assert [p.name for p in folder.iterdir()] == ["tiedosto.txt"]


def test_choosing_no_file_writes_nothing(customer_panel, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    with qtbot.waitSignal(customer_panel.export_action.finished) as blocker:
        customer_panel.export_action.trigger()
    assert blocker.args == [None]


# --- the ladder's columns and who to call ---------------------------------------------------


@pytest.fixture
def ladder(ctx, qtbot):  # type: ignore[no-untyped-def]
    from app import teams
    from views.ladder.panel import LadderPanel

    store: Store = ctx.store
    members = {m["name"]: m["id"] for m in teams.members_of(store, ctx.team_id)}
    aino, eetu = members["Aino Laine"], members["Eetu Niemi"]
    today = date.today()
    for name, owner in (
        ("Kahvila Kaneli Oy", aino),
        ("=Kaava Oy", aino),
        ("Sähkö Salo Ky", eetu),
        ("Huolto Hurja Oy", aino),
        ("Ässä Apu Oy", aino),
    ):
        customer = add_customer(store, ctx.team_id, name, CREATED, owner_id=owner)
        add_interaction(store, customer, "call", today - timedelta(days=150), "Soita", today)
    overdue = add_customer(store, ctx.team_id, "Myöhässä Oy", CREATED, owner_id=aino)
    add_interaction(
        store, overdue, "call", today - timedelta(days=9), "Tarjous", today - timedelta(days=3)
    )
    widget = LadderPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.aino = aino
    return widget


def choose_owner(panel, member_id: int) -> None:  # type: ignore[no-untyped-def]
    combo = panel.owner_filter
    combo.setCurrentIndex(combo.findData(member_id))
    panel.filters.changed.emit()


def test_ladder_column_exports_every_card_under_the_filter(
    ladder, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    choose_owner(ladder, ladder.aino)
    action = ladder.export_actions["A3"]
    written = export(qtbot, monkeypatch, action, tmp_path / "a3.xlsx")
    assert written is not None
    rows = xlsx_rows(written)
    assert rows[0][:3] == ["Customer", "Level", "Owner"]
    names = [row[0] for row in rows[1:]]
    # Aino's cards only, in the column's order (by name), the formula-looking one as text.
    model = ladder.models["A3"]
    assert names == [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Sähkö Salo Ky" not in names and "=Kaava Oy" in names and len(names) == 5
    assert {row[2] for row in rows[1:]} == {"Aino Laine"}
    due = rows[0].index("Next step due")
    assert all(isinstance(row[due], datetime) for row in rows[1:])


def test_ladder_column_exports_the_selected_cards(
    ladder, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    view = ladder.views["A3"]
    select_rows(view, [3, 0])
    action = ladder.export_actions["A3"]
    assert action.text() == "Export 2 selected row(s)…"
    written = export(qtbot, monkeypatch, action, tmp_path / "kortit.csv")
    assert written is not None
    rows = csv_rows(written)
    model = ladder.models["A3"]
    assert [row[0] for row in rows[1:]] == [
        csv_name(model.index(0, 0).data()),
        csv_name(model.index(3, 0).data()),
    ]


def csv_name(name: str) -> str:
    return "'" + name if name.startswith("=") else name


def test_who_to_call_exports_the_filtered_list_and_a_selection(
    ladder, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    calls = ladder.call_report
    with qtbot.waitSignal(calls.computed):
        ladder.tabs.setCurrentWidget(calls)
    choose_owner(ladder, ladder.aino)
    qtbot.waitUntil(lambda: not calls.dirty and not ctx.background.busy)
    tree = calls.calls
    shown = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert shown and "Sähkö Salo Ky" not in shown
    written = export(qtbot, monkeypatch, calls.export_action, tmp_path / "soita.xlsx")
    assert written is not None
    rows = xlsx_rows(written)
    assert rows[0] == ["Customer", "Level", "Why now", "Owner"]
    assert [row[0] for row in rows[1:]] == shown  # most urgent first, as listed
    assert rows[1][0] == "Myöhässä Oy"

    select_rows(tree, [1, 2])
    written = export(qtbot, monkeypatch, calls.export_action, tmp_path / "soita.csv")
    assert written is not None
    assert [row[0] for row in csv_rows(written)[1:]] == [csv_name(n) for n in shown[1:3]]


# --- governance: action items ------------------------------------------------------------------


@pytest.fixture
def actions_tab(ctx, qtbot):  # type: ignore[no-untyped-def]
    from app import teams
    from views.governance.panel import GovernancePanel

    members = {m["name"]: m["id"] for m in teams.members_of(ctx.store, ctx.team_id)}
    today = date.today()
    for title, owner, days in (
        ("Päivitä hinnasto", "Aino Laine", 5),
        ("=Laske budjetti", "Aino Laine", -2),
        ("Soita pankkiin", "Eetu Niemi", 1),
        ("Varaa sali", "Aino Laine", 20),
    ):
        add_action(
            ctx.store,
            ctx.team_id,
            None,
            {"title": title, "owner_member_id": members[owner], "due_on": today + timedelta(days)},
        )
    panel = GovernancePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    tab = panel.actions_tab
    with qtbot.waitSignal(tab.computed):
        panel.tabs.setCurrentWidget(tab)
    tab.aino = members["Aino Laine"]
    return tab


def test_action_items_export_with_owner_filter_and_sort(
    actions_tab, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tab = actions_tab
    with qtbot.waitSignal(tab.computed):
        tab.owner.setCurrentIndex(tab.owner.findData(tab.aino))
    tab.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by due date, latest first
    header = tab.view.horizontalHeader()
    header.hideSection(4)  # Meeting
    header.moveSection(header.visualIndex(2), 0)  # Due first
    written = export(qtbot, monkeypatch, tab.export_action, tmp_path / "toimet.xlsx")
    assert written is not None
    rows = xlsx_rows(written)
    assert rows[0] == ["Due", "Owner", "What", "Customer", "Recorded"]
    assert [row[2] for row in rows[1:]] == ["Varaa sali", "Päivitä hinnasto", "=Laske budjetti"]
    today = datetime.combine(date.today(), datetime.min.time())
    assert [row[0] for row in rows[1:]] == [
        today + timedelta(days=20),
        today + timedelta(days=5),
        today - timedelta(days=2),
    ]
    assert load_workbook(written).active["C4"].data_type == "s"

    select_rows(tab.view, [0, 2])
    assert tab.export_action.text() == "Export 2 selected row(s)…"
    written = export(qtbot, monkeypatch, tab.export_action, tmp_path / "toimet.csv")
    assert written is not None
    rows = csv_rows(written)
    assert [row[2] for row in rows[1:]] == ["Varaa sali", "'=Laske budjetti"]
    due = date.today() + timedelta(days=20)
    assert rows[1][0] == f"{due.day}.{due.month}.{due.year}"


def test_action_items_sort_keeps_mark_done_on_the_row_shown(
    actions_tab, ctx, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    tab = actions_tab
    qtmodeltester.check(tab.model)  # the rows, sorted by the model itself, export role included
    tab.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by title
    tab.view.selectRow(0)
    assert tab.selected() is not None and tab.selected().title == "=Laske budjetti"


# --- Rocket: the coach's matrix ----------------------------------------------------------------


def test_coach_matrix_export_sorted_and_selected(ctx, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app import teams
    from views.rocket.panel import RocketPanel

    second = teams.create_team(ctx.store, "Osuuskunta Toinen")
    third = teams.create_team(ctx.store, "Osuuskunta Kolmas")
    panel = RocketPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1300, 850)
    panel.show()
    start = panel.period.start
    add_score(ctx.store, ctx.team_id, "Y1", 1, "half_year", start)
    add_score(ctx.store, second, "Y1", 3, "half_year", start)
    add_score(ctx.store, second, "Y2", 2, "half_year", start)
    add_score(ctx.store, third, "Y1", 2, "half_year", start)
    older = date(start.year - 1, start.month, 1)
    add_score(ctx.store, third, "Y1", 3, "half_year", older)  # another round: filtered out
    coach = panel.coach
    with qtbot.waitSignal(coach.computed):
        panel.tabs.setCurrentWidget(coach)
    with qtbot.waitSignal(coach.computed):  # the round is the filter: the older one …
        coach.period.setCurrentIndex(coach.period.findData(older.isoformat()))
    with qtbot.waitSignal(coach.computed):  # … and back to the newest
        coach.period.setCurrentIndex(coach.period.findData(start.isoformat()))
    coach.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # by total
    header = coach.table.horizontalHeader()
    header.hideSection(1)  # Database
    written = export(qtbot, monkeypatch, coach.export_action, tmp_path / "valmentaja.xlsx")
    assert written is not None
    rows = xlsx_rows(written)
    assert rows[0][:4] == ["Team company", "Total", "Y1", "Y2"]
    assert [row[:4] for row in rows[1:]] == [
        ["Osuuskunta Toinen", 5, 3, 2],
        ["Osuuskunta Kolmas", 2, 2, None],
        ["Osuuskunta Testi", 1, 1, None],
    ]
    select_rows(coach.table, [2, 0])
    written = export(qtbot, monkeypatch, coach.export_action, tmp_path / "valmentaja.csv")
    assert written is not None
    rows = csv_rows(written)
    assert [row[:3] for row in rows[1:]] == [
        ["Osuuskunta Toinen", "5", "3"],
        ["Osuuskunta Testi", "1", "1"],
    ]
    coach.close_sources()


# --- cancelling --------------------------------------------------------------------------------


def test_cancelled_export_leaves_no_file(ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from views.export_run import start_export
    from views.table_export import ViewTable

    runs: list[Any] = []

    def rows(_store: Store) -> Any:
        for number in range(5000):
            if number == 1200:
                runs[0].task.cancel()  # the user pressed Cancel meanwhile
            yield [f"rivi {number}"]

    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[Path | None] = []
    path = tmp_path / "peruttu.xlsx"
    runs.append(
        start_export(
            ctx, parent, ViewTable("Testi", ["A"], rows, 5000, False), path, outcome.append
        )
    )
    qtbot.waitUntil(lambda: bool(outcome))
    assert outcome == [None] and not path.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".peruttu")] == []


def test_ctrl_shift_e_exports_the_focused_table(
    customer_panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = customer_panel.window()
    window.activateWindow()
    qtbot.waitActive(window)
    customer_panel.table.setFocus()
    qtbot.waitUntil(customer_panel.table.hasFocus)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "pikanappain.csv"), "")
    )
    with qtbot.waitSignal(customer_panel.export_action.finished) as blocker:
        qtbot.keyClick(
            customer_panel.table,
            Qt.Key.Key_E,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert blocker.args == [tmp_path / "pikanappain.csv"]
    assert len(csv_rows(tmp_path / "pikanappain.csv")) == 97  # the header and every customer


def test_file_dialog_remembers_the_folder_and_adds_the_chosen_suffix(
    customer_panel, ctx, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    starts: list[str] = []

    def answer(_parent: object, _title: str, start: str, filters: str) -> tuple[str, str]:
        starts.append(start)
        return str(tmp_path / "ilman paatetta"), filters.split(";;")[1]  # the CSV filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    for _ in range(2):
        with qtbot.waitSignal(customer_panel.export_action.finished) as blocker:
            customer_panel.export_action.trigger()
        assert blocker.args == [tmp_path / "ilman paatetta.csv"]
    assert Path(starts[0]).parent == Path.home()
    assert Path(starts[1]).parent == tmp_path  # the folder of the last export
    assert Path(starts[1]).suffix == ".xlsx"
    assert csv_rows(tmp_path / "ilman paatetta.csv")[0][0] == "Name"
