"""File → Import customers…: the wizard driven with qtbot from the file to the report, the
preview's model, the user's mapping remembered, unsaved choices, and undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from sqlalchemy import func, select

from app.importing.plan import Choice
from app.store import Store
from models.customer import Contact, Customer
from tests.import_helpers import ROWS, write_csv
from views.importing.preview_model import ACTION, COLUMNS, PreviewModel
from views.importing.wizard import ImportWizard

pytestmark = pytest.mark.gui


def counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Customer)) or 0,
            session.scalar(select(func.count()).select_from(Contact)) or 0,
        )


def open_wizard(window: Any, qtbot: Any, path: Path) -> ImportWizard:
    action = window.findChild(QAction, "importCustomers")
    assert action is not None and action.isEnabled()
    action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.file_page.choose(path)
    qtbot.waitUntil(lambda: wizard.source is not None)
    return wizard


def to_preview(wizard: ImportWizard, qtbot: Any) -> PreviewModel:
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.model is not None)
    model = wizard.preview_page.model
    assert model is not None
    return model


def cell(model: Any, row: int, column: str) -> Any:
    return model.index(row, COLUMNS.index(column)).data()


def test_wizard_imports_and_one_undo_takes_it_back(
    window: Any, ctx: Any, qtbot: Any, qtmodeltester: Any, tmp_path: Path, unsaved: Any
) -> None:
    rows = [*ROWS, ["Rikki Oy", "1234567-8", "Oulu", "", "", "", ""]]
    path = write_csv(tmp_path / "asiakkaat.csv", rows, encoding="cp1252")
    wizard = open_wizard(window, qtbot, path)
    assert "Windows-1252" in wizard.file_page.status.text()
    model = to_preview(wizard, qtbot)
    qtmodeltester.check(model)
    page = wizard.preview_page
    assert page.only_problems.isChecked()  # a bad row: the problems are shown first
    assert page.proxy.rowCount() == 1
    assert cell(page.proxy, 0, "name") == "Rikki Oy"
    assert "check digit" in cell(page.proxy, 0, "reason")
    page.only_problems.setChecked(False)
    assert page.proxy.rowCount() == 4
    # Sorted by name, descending: the table is a real sortable view.
    page.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.DescendingOrder)
    assert cell(page.proxy, 0, "name") == "Sähkö Öhman Ky"
    # All or nothing: Import does nothing while a bad row is wanted.
    wizard.next()
    assert wizard.currentPage() is page and counts(ctx.store) == (0, 0)
    assert "Nothing is imported" in page.summary.text()
    page.valid_only.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page)
    assert counts(ctx.store) == (3, 1)
    assert "3 customers imported" in wizard.report_page.counts.text()
    assert "Rikki Oy" in wizard.report_page.details.toPlainText()
    assert not wizard.has_unsaved()
    wizard.accept()
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert counts(ctx.store) == (0, 0)
    ctx.undo_stack.redo()
    assert counts(ctx.store) == (3, 1)
    assert not unsaved.asked


def test_duplicate_choice_in_the_table(window: Any, ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    from app.customers.records import create_customer, get_customer

    existing = create_customer(
        ctx.store, ctx.team_id, {"name": "Vanha", "business_id": "0737546-2"}
    )
    wizard = open_wizard(window, qtbot, write_csv(tmp_path / "l.csv", ROWS))
    model = to_preview(wizard, qtbot)
    page = wizard.preview_page
    assert cell(model, 0, "status") == "Duplicate"
    assert cell(model, 0, "action") == "Skip"
    assert model.flags(model.index(0, ACTION)) & Qt.ItemFlag.ItemIsEditable
    # The delegate offers what the row allows; choosing Update changes the plan.
    view_index = page.proxy.mapFromSource(model.index(0, ACTION))
    page.table.edit(view_index)
    editor = page.table.indexWidget(view_index)
    assert editor is not None
    assert [editor.itemData(i) for i in range(editor.count())] == ["skip", "update"]
    editor.setCurrentIndex(1)
    editor.activated.emit(1)
    assert wizard.plan is not None and wizard.plan.rows[0].choice is Choice.UPDATE
    assert not model.setData(model.index(0, ACTION), "new")  # not allowed for a business ID
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page)
    updated = get_customer(ctx.store, existing)
    assert updated is not None and updated.ladder_level == "A2"
    wizard.accept()


def test_mapping_is_remembered_and_closing_asks(
    window: Any, ctx: Any, qtbot: Any, tmp_path: Path, unsaved: Any
) -> None:
    header = ["Firma", "Paikka", "Outo sarake"]
    path = write_csv(tmp_path / "oma.csv", [["Oma Oy", "Oulu", "x"]], header)
    wizard = open_wizard(window, qtbot, path)
    wizard.next()
    table = wizard.mapping_page.sheets[0]
    assert table.columns() == [None, None, None]  # nothing recognised
    assert not wizard.mapping_page.isComplete()
    assert "name" in wizard.mapping_page.hint.text()
    table.combos[0].setCurrentIndex(table.combos[0].findData("name"))
    table.combos[1].setCurrentIndex(table.combos[1].findData("city"))
    assert wizard.mapping_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.model is not None)
    # Closing now would lose the choices: it asks; Cancel stays.
    unsaved.answer("cancel")
    wizard.reject()
    assert wizard.isVisible() and unsaved.asked == ["The import of oma.csv"]
    unsaved.answer("discard")
    wizard.reject()
    assert not wizard.isVisible() and counts(ctx.store) == (0, 0)
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is None)
    # The same header row next time: the user's mapping comes back.
    again = open_wizard(window, qtbot, path)
    again.next()
    assert again.mapping_page.sheets[0].columns() == ["name", "city", None]
    unsaved.answer("discard")
    again.reject()


def test_bad_file_is_explained_on_the_first_page(window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    action = window.findChild(QAction, "importCustomers")
    action.trigger()
    wizard = window.findChild(ImportWizard)
    wizard.file_page.choose(path)
    qtbot.waitUntil(lambda: "password" in wizard.file_page.status.text())
    assert not wizard.file_page.isComplete() and not wizard.has_unsaved()
    wizard.reject()


def test_overriding_the_separator_reads_again(
    window: Any, qtbot: Any, tmp_path: Path, unsaved: Any
) -> None:
    path = write_csv(tmp_path / "l.csv", ROWS, delimiter=",")
    wizard = open_wizard(window, qtbot, path)
    assert wizard.source is not None and len(wizard.source.customers.headers) == 7
    page = wizard.file_page
    page.delimiter.setCurrentIndex(page.delimiter.findData(";"))
    page.delimiter.activated.emit(page.delimiter.currentIndex())
    qtbot.waitUntil(lambda: wizard.source is not None)
    assert len(wizard.source.customers.headers) == 1
    unsaved.answer("discard")
    wizard.reject()


def test_preview_model_without_rows_passes_the_tester(qtmodeltester: Any) -> None:
    from app.importing.plan import Plan

    model = PreviewModel(Plan(1, [], [], False), "fi")
    qtmodeltester.check(model)
    assert model.rowCount(QModelIndex()) == 0
