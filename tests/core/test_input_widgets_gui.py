"""Text limits in the widgets: one-line fields stop at the domain's limit, many-line fields
are checked when saved, with the message under the field and the text kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from app.customers import records as customers
from models.rules import NAME_MAX, TEXT_MAX
from views.customers.dialogs import ContactDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(window):  # type: ignore[no-untyped-def]
    return window.findChild(object, "customerPanel")


def test_one_line_fields_take_no_more_than_the_limit(qtbot, panel, unsaved) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    name = panel.detail.record.name
    name.setText("N" * 100_000)  # a paste gone wrong
    assert name.maxLength() == NAME_MAX
    assert len(name.text()) == NAME_MAX
    dialog = ContactDialog(panel)
    qtbot.addWidget(dialog)
    assert dialog.name.maxLength() == NAME_MAX
    assert panel.findChild(QLineEdit, "customerSearch").maxLength() == NAME_MAX
    unsaved.answer("discard")  # the window closes after the test with the typed name


def test_notes_over_the_limit_are_refused_on_save_and_kept(qtbot, panel, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Muistio Oy"})
    panel.detail.show_customer(cid)
    long_notes = "muistiinpano " * (TEXT_MAX // 10)
    panel.detail.record.notes.setPlainText(long_notes)
    panel.detail.record.save_button.click()
    message = panel.findChild(QLabel, "error_notes")
    assert message.isVisibleTo(panel)
    assert f"{TEXT_MAX}" in message.text() and str(len(long_notes.strip())) in message.text()
    assert panel.detail.record.notes.toPlainText() == long_notes  # nothing typed is lost
    assert customers.get_customer(ctx.store, cid).notes is None
    unsaved.answer("discard")  # the window closes after the test with the refused notes


def test_importing_b1_into_a_team_with_b1_says_why(ctx, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from PySide6.QtWidgets import QMessageBox

    from app.rocket.exchange import export_catalogue
    from app.rocket.processes import list_processes
    from views.rocket.panel import RocketPanel

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    panel = RocketPanel(ctx)
    qtbot.addWidget(panel)
    path = tmp_path / "b1.json"
    export_catalogue(ctx.store, ctx.team_id, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["processes"] = [{**p, "code": "b1"} for p in doc["processes"] if p["code"] == "B1"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = list_processes(ctx.store, ctx.team_id)
    with qtbot.waitSignal(panel.catalogue.imported) as refused:
        panel.catalogue.import_(path)
    assert not refused.args[0]
    assert "b1" in shown[-1] and "B1" in shown[-1]
    assert list_processes(ctx.store, ctx.team_id) == before
    assert not ctx.undo_stack.canUndo()
