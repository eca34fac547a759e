"""Several segmentations at once: placing customers, the ladder's segment filter, the UI."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from app.customers import records as customers
from app.errors import InvalidRecord
from app.ladder.board import fetch_board
from app.ladder.filters import BoardFilter
from app.ladder.settings import load_settings
from app.segments import records as segments
from app.store import Store
from tests.refresh_helpers import refreshed
from views.segments.widgets import SegmentBox


@pytest.fixture
def need(store: Store, team_id: int) -> dict[str, object]:
    sid = segments.create_segmentation(
        store, team_id, "Tarve", ["Rekrytointi", "Markkinointi", "Tapahtumat"]
    )
    [entry] = segments.list_segmentations(store, team_id)
    return {"id": sid, "segments": {s["name"]: s["id"] for s in entry["segments"]}}


def test_segmentation_needs_a_name_and_distinct_segments(store: Store, team_id: int) -> None:
    with pytest.raises(InvalidRecord) as error:
        segments.create_segmentation(store, team_id, " ", [])
    assert set(error.value.by_field()) == {"name", "segments"}
    with pytest.raises(InvalidRecord):
        segments.create_segmentation(store, team_id, "Koko", ["Pieni", "pieni"])
    segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    with pytest.raises(InvalidRecord) as error:
        segments.create_segmentation(store, team_id, "koko", ["A"])
    assert "Koko" in str(error.value) or "koko" in str(error.value)
    assert [s["name"] for s in segments.list_segmentations(store, team_id)] == ["Koko"]


def test_one_segment_per_segmentation_and_undo_data(store: Store, team_id: int, need) -> None:  # type: ignore[no-untyped-def]
    behaviour = segments.create_segmentation(store, team_id, "Ostaminen", ["Kumppani", "Kerta"])
    cid = customers.create_customer(store, team_id, {"name": "Alfa Oy"})
    first = need["segments"]["Rekrytointi"]
    previous = segments.set_segments(store, cid, {need["id"]: first})
    assert previous == {need["id"]: None}
    moved = segments.set_segments(store, cid, {need["id"]: need["segments"]["Tapahtumat"]})
    assert moved == {need["id"]: first}
    [kerta] = [
        s["id"]
        for e in segments.list_segmentations(store, team_id)
        for s in e["segments"]
        if s["name"] == "Kerta"
    ]
    segments.set_segments(store, cid, {behaviour: kerta})
    assert segments.segments_of(store, cid) == {
        need["id"]: need["segments"]["Tapahtumat"],
        behaviour: kerta,
    }
    with pytest.raises(InvalidRecord):  # a segment of another segmentation
        segments.set_segments(store, cid, {need["id"]: kerta})
    segments.set_segments(store, cid, moved)  # undo
    assert segments.segments_of(store, cid)[need["id"]] == first


def test_delete_and_restore_segmentation_keeps_placements(store: Store, team_id: int, need) -> None:  # type: ignore[no-untyped-def]
    cid = customers.create_customer(store, team_id, {"name": "Beta Oy"})
    segments.set_segments(store, cid, {need["id"]: need["segments"]["Markkinointi"]})
    snapshot = segments.delete_segmentation(store, need["id"])
    assert segments.segments_of(store, cid) == {}
    segments.restore_segmentation(store, snapshot)
    assert segments.segments_of(store, cid) == {need["id"]: need["segments"]["Markkinointi"]}


def test_ladder_board_filters_by_segment(store: Store, team_id: int, need) -> None:  # type: ignore[no-untyped-def]
    inside = customers.create_customer(store, team_id, {"name": "Sisällä Oy"})
    customers.create_customer(store, team_id, {"name": "Ulkona Oy"})
    segments.set_segments(store, inside, {need["id"]: need["segments"]["Tapahtumat"]})
    settings = load_settings(store, team_id)
    everyone = fetch_board(store, BoardFilter(team_id), settings)
    assert everyone.counts["A3"] == 2
    board = BoardFilter(team_id, segment_id=need["segments"]["Tapahtumat"])
    page = fetch_board(store, board, settings)
    assert page.counts == {"A3": 1, "A2": 0, "A1": 0}
    assert [card.name for card in page.cards["A3"]] == ["Sisällä Oy"]
    empty = BoardFilter(team_id, segment_id=need["segments"]["Rekrytointi"])
    assert fetch_board(store, empty, settings).counts["A3"] == 0


@pytest.mark.gui
def test_segment_chosen_in_detail_pane_is_saved_and_undoable(qtbot, window, ctx, unsaved) -> None:  # type: ignore[no-untyped-def]
    segmentation = segments.create_segmentation(ctx.store, ctx.team_id, "Tarve", ["A", "B"])
    cid = customers.create_customer(ctx.store, ctx.team_id, {"name": "Gamma Oy"})
    refreshed(qtbot)
    panel = window.panels["customers"]
    panel.select_customer(cid)
    combo = panel.detail.findChild(SegmentBox).findChild(QComboBox, f"segmentation_{segmentation}")
    assert combo is not None and combo.isEnabled()
    panel.detail.record.name.setText("Gamma Oy (typed, not saved)")
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    refreshed(qtbot)
    assert list(segments.segments_of(ctx.store, cid).values()) == [combo.itemData(2)]
    assert panel.detail.record.name.text() == "Gamma Oy (typed, not saved)"  # typing is kept
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert segments.segments_of(ctx.store, cid) == {}
    assert combo.currentIndex() == 0
    unsaved.answer("discard")  # the typing is asked about when the window closes


@pytest.mark.gui
def test_segmentations_dialog_adds_and_deletes_with_undo(qtbot, window, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views.segments.widgets import SegmentationsDialog

    dialog = SegmentationsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.add()
    refreshed(qtbot)
    assert dialog.form.error("name") and dialog.form.error("segments")
    qtbot.keyClicks(dialog.name, "Needs")
    dialog.segment_names.setPlainText("Recruiting\nEvents\n")
    dialog.add()
    refreshed(qtbot)
    assert dialog.tree.topLevelItemCount() == 1
    assert dialog.tree.topLevelItem(0).childCount() == 2
    ladder_filter = window.panels["ladder"].segment_filter
    assert ladder_filter.count() == 3  # all + the two new segments
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(1))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_selected()
    refreshed(qtbot)
    assert dialog.tree.topLevelItemCount() == 0
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert [s["name"] for s in segments.list_segmentations(ctx.store, ctx.team_id)] == ["Needs"]


def test_segmentation_create_undo_and_redo_round_trip(store: Store, team_id: int) -> None:
    """Create returns the id; its undo (delete) returns the snapshot its redo restores."""
    created = segments.create_segmentation(store, team_id, "Koko", ["Pieni", "Suuri"])
    [before] = segments.list_segmentations(store, team_id)
    cid = customers.create_customer(store, team_id, {"name": "Delta Oy"})
    segments.set_segments(store, cid, {created: before["segments"][1]["id"]})
    snapshot = segments.delete_segmentation(store, created)  # undo
    assert segments.list_segmentations(store, team_id) == []
    assert segments.restore_segmentation(store, snapshot) == created  # redo
    [after] = segments.list_segmentations(store, team_id)
    assert after["id"] == created and after["name"] == "Koko"
    assert [(s["id"], s["name"]) for s in after["segments"]] == [
        (s["id"], s["name"]) for s in before["segments"]
    ]
    assert segments.segments_of(store, cid) == {created: before["segments"][1]["id"]}
    segments.delete_segmentation(store, created)
    with pytest.raises(LookupError):  # an undo whose record is already gone
        segments.delete_segmentation(store, created)


@pytest.mark.gui
def test_segmentation_added_in_the_dialog_is_undone_and_redone(qtbot, window, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.segments.widgets import SegmentationsDialog

    dialog = SegmentationsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Tarve")
    dialog.segment_names.setPlainText("Rekrytointi\nTapahtumat")
    created = dialog.add()
    refreshed(qtbot)
    assert created is not None and dialog.tree.topLevelItemCount() == 1
    assert ctx.undo_stack.undoText() == "Add segmentation Tarve"
    detail = window.panels["customers"].detail
    assert detail.findChild(SegmentBox).findChild(QComboBox, f"segmentation_{created}") is not None
    ctx.undo_stack.undo()
    refreshed(qtbot)
    assert segments.list_segmentations(ctx.store, ctx.team_id) == []
    assert dialog.tree.topLevelItemCount() == 0  # the open dialog follows the undo
    assert detail.findChild(SegmentBox).findChild(QComboBox, f"segmentation_{created}") is None
    ctx.undo_stack.redo()
    refreshed(qtbot)
    [restored] = segments.list_segmentations(ctx.store, ctx.team_id)
    assert restored["id"] == created and [s["name"] for s in restored["segments"]] == [
        "Rekrytointi",
        "Tapahtumat",
    ]
    assert dialog.tree.topLevelItemCount() == 1
