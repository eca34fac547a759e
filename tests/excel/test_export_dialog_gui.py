"""File → Export summary…: the dialog, the progress dialog off the GUI thread, cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from app.customers.records import create_customer
from views.excel import summary_run
from views.excel.summary_dialog import LAST_FOLDER, ExportSummaryDialog
from views.excel.summary_run import SummaryExport

pytestmark = pytest.mark.gui


def answer_dialog(monkeypatch: pytest.MonkeyPatch, path: Path, language: str) -> None:
    """The dialog, when shown, is filled in and accepted as a user would."""

    def exec_(dialog: ExportSummaryDialog) -> int:
        dialog.file.setText(str(path))
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportSummaryDialog, "exec", exec_)


def start(window: Any) -> tuple[SummaryExport, QProgressDialog]:
    action = window.findChild(type(window.menuBar().actions()[0]), "exportSummary")
    assert action is not None and action.isEnabled()
    action.trigger()
    run = window.findChild(SummaryExport)
    assert run is not None
    progress = window.findChild(QProgressDialog, "exportProgress")
    assert progress is not None and progress.isVisible()
    return run, progress


def test_export_runs_behind_a_progress_dialog_and_says_where_the_file_is(
    window: Any, ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    create_customer(ctx.store, ctx.team_id, {"name": "=SUM(A1)", "website": "www.a.fi"})
    create_customer(ctx.store, ctx.team_id, {"name": "Puu Oy"})
    target = tmp_path / "out" / "yhteenveto"  # no suffix: .xlsx is added
    target.parent.mkdir()
    answer_dialog(monkeypatch, target, "en")
    offered: list[Path] = []
    monkeypatch.setattr(summary_run, "offer_folder", lambda _w, path: offered.append(path))
    run, _progress = start(window)
    with qtbot.waitSignal(run.finished, timeout=30_000) as done:
        pass
    written = target.with_name("yhteenveto.xlsx")
    assert done.args[0].path == written and offered == [written]
    book = load_workbook(written)
    assert book.sheetnames[:3] == ["Summary", "Customers", "Contacts"]
    names = [r[1] for r in book["Customers"].iter_rows(min_row=2, values_only=True)]
    assert sorted(names) == ["=SUM(A1)", "Puu Oy"]
    assert str(written) in window.statusBar().currentMessage()
    assert ctx.settings.value(LAST_FOLDER) == str(written.parent)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "exportProgress") is None)


def test_cancel_leaves_no_file(
    window: Any, ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    answer_dialog(monkeypatch, folder / "summary.xlsx", "fi")
    monkeypatch.setattr(summary_run, "offer_folder", lambda *_: pytest.fail("nothing to offer"))
    run, progress = start(window)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(run.finished, timeout=30_000) as done:
        pass
    assert done.args == [None]
    assert list(folder.iterdir()) == []
    assert "no file was written" in window.statusBar().currentMessage()


def test_the_dialog_refuses_a_backwards_period_and_a_missing_folder(
    ctx: Any, qtbot: Any, tmp_path: Path
) -> None:
    ctx.settings.setValue(LAST_FOLDER, str(tmp_path))
    dialog = ExportSummaryDialog(ctx, "Osuuskunta Testi")
    qtbot.addWidget(dialog)
    assert Path(dialog.file.text()).parent == tmp_path  # the folder chosen last
    assert dialog.file.text().endswith(".xlsx") and "Osuuskunta Testi" in dialog.file.text()
    dialog.start.setDate(dialog.end.date().addDays(1))
    dialog.accept()
    assert dialog.result() == 0 and dialog.error.isVisibleTo(dialog)
    assert "starts after it ends" in dialog.error.text()
    dialog.start.setDate(dialog.end.date().addMonths(-2))
    dialog.file.setText(str(tmp_path / "missing" / "s.xlsx"))
    dialog.accept()
    assert dialog.result() == 0 and "does not exist" in dialog.error.text()
    dialog.file.setText(str(tmp_path / "s.xlsx"))
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.period().end == date.today() and dialog.path() == tmp_path / "s.xlsx"
