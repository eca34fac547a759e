"""Every undoable Rocket action, without Qt: the state after undo equals the state before.

Each pair is driven the way `ctx.run(step)` and the undo stack drive it: redo returns a
state, undo(state) returns the next, again(that) the next, and so on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.rocket import checklists, evidence, exchange, process_edits
from app.rocket.processes import list_processes
from app.rocket.scoring import add_score
from app.store import Conflict, Store
from models.rocket import RocketChecklistItem, RocketEvidence, RocketProcess

STAMPS = {"created_at", "updated_at"}  # an update touches updated_at; everything else returns


def _rows(store: Store, model: Any) -> list[dict[str, Any]]:
    """Every row of a table as a dict of its columns (timestamps left out), in id order."""
    with store.read() as session:
        rows = session.scalars(select(model).order_by(model.id)).all()
        return [
            {c.key: getattr(r, c.key) for c in model.__table__.columns if c.key not in STAMPS}
            for r in rows
        ]


def _catalogue(store: Store) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return _rows(store, RocketProcess), _rows(store, RocketChecklistItem)


def test_add_process_undo_and_redo(store: Store, team_id: int) -> None:
    list_processes(store, team_id)  # the default catalogue is in place before the action
    before = _catalogue(store)
    new_id = process_edits.add_process(
        store, team_id, "B3", 4, "Kansainvälistyminen", dot1_fi="Ensimmäinen asiakas ulkomailla"
    )
    after = _catalogue(store)
    assert after != before
    assert next(p for p in after[0] if p["id"] == new_id)["dot1_fi"].startswith("Ensimmäinen")

    snapshot = process_edits.remove_process(store, new_id)
    assert _catalogue(store) == before
    assert process_edits.restore_process(store, snapshot) == new_id
    assert _catalogue(store) == after


def test_a_process_with_history_is_not_removed(store: Store, team_id: int) -> None:
    new_id = process_edits.add_process(store, team_id, "B3", 4, "Kansainvälistyminen")
    add_score(store, team_id, "B3", 1, "half_year", date(2026, 1, 1))
    with pytest.raises(Conflict):
        process_edits.remove_process(store, new_id)
    assert "B3" in [p.code for p in list_processes(store, team_id)]


def test_reorder_undo_and_redo(store: Store, team_id: int) -> None:
    list_processes(store, team_id)
    before = _catalogue(store)
    assert process_edits.can_move(store, team_id, "Y2", -1)
    assert not process_edits.can_move(store, team_id, "Y1", -1)
    previous = process_edits.reorder_process(store, team_id, "Y2", -1)
    assert previous is not None
    after = _catalogue(store)
    assert [p.code for p in list_processes(store, team_id)][:2] == ["Y2", "Y1"]

    moved = process_edits.set_positions(store, team_id, previous)
    assert _catalogue(store) == before
    process_edits.set_positions(store, team_id, moved)
    assert _catalogue(store) == after
    assert process_edits.reorder_process(store, team_id, "Y2", -1) is None  # already first


def test_retire_undo_and_redo(store: Store, team_id: int) -> None:
    list_processes(store, team_id)
    before = _catalogue(store)
    previous = process_edits.retire_process(store, team_id, "I2", on=date(2026, 3, 1))
    assert previous == (False, None)
    after = _catalogue(store)
    assert "I2" not in [p.code for p in list_processes(store, team_id)]

    state = process_edits.set_retired(store, team_id, "I2", previous)
    assert state == (True, date(2026, 3, 1))
    assert _catalogue(store) == before
    process_edits.set_retired(store, team_id, "I2", state)
    assert _catalogue(store) == after


def test_checklist_add_and_tick_undo_and_redo(store: Store, team_id: int) -> None:
    list_processes(store, team_id)
    before = _catalogue(store)
    item_id = checklists.add_checklist_item(store, team_id, "A3", "Uusi kohta", "New item")
    after = _catalogue(store)
    snapshot = checklists.remove_checklist_item(store, item_id)
    assert _catalogue(store) == before
    assert checklists.restore_checklist_item(store, snapshot) == item_id
    assert _catalogue(store) == after

    previous = checklists.set_checklist_done(store, item_id, True, on=date(2026, 2, 2))
    ticked = _catalogue(store)
    state = checklists.restore_checklist_state(store, item_id, previous)
    assert _catalogue(store) == after
    checklists.restore_checklist_state(store, item_id, state)
    assert _catalogue(store) == ticked


def test_evidence_add_and_remove_undo_and_redo(store: Store, team_id: int) -> None:
    empty = _rows(store, RocketEvidence)
    evidence_id = evidence.add_evidence(
        store, team_id, "A3", "link", "Tiimin wiki", "https://wiki.example.fi"
    )
    added = _rows(store, RocketEvidence)
    assert len(added) == 1

    snapshot = evidence.remove_evidence(store, evidence_id)  # undo of the add, or a removal
    assert _rows(store, RocketEvidence) == empty
    assert evidence.restore_evidence(store, snapshot) == evidence_id
    assert _rows(store, RocketEvidence) == added  # same id and uuid as before
    with pytest.raises(KeyError):
        evidence.remove_evidence(store, evidence_id + 1)


def test_import_undo_and_redo(store: Store, team_id: int, tmp_path: Path) -> None:
    list_processes(store, team_id)
    checklists.set_checklist_done(
        store, list_processes(store, team_id)[0].checklist[0].id, True, on=date(2026, 1, 5)
    )
    path = tmp_path / "catalogue.json"
    exchange.export_catalogue(store, team_id, path)
    text = path.read_text(encoding="utf-8").replace("Tiimioppimisprosessi", "Tiimin oppiminen")
    path.write_text(text.replace('"code": "A3"', '"code": "A4"'), encoding="utf-8")
    before = _catalogue(store)

    summary = exchange.import_catalogue(store, team_id, path)
    assert summary.added == ["A4"]
    after = _catalogue(store)
    assert after != before

    replaced = exchange.restore_catalogue(store, team_id, summary.before)
    assert _catalogue(store) == before  # ids, uuids and the ticked item as they were
    exchange.restore_catalogue(store, team_id, replaced)
    assert _catalogue(store) == after


def test_redone_score_is_the_same_record(store: Store, team_id: int) -> None:
    """Undo then redo of a score puts back the record itself: the same UUID and the same
    creation time (team sync and the history see one score, not a new one)."""
    from app.rocket import steps
    from models.rocket import RocketScore

    step = steps.score(store, team_id, "Y1", 2, period_kind="half_year",
                       period_start=date(2026, 1, 1))  # fmt: skip
    state = step.first()
    with store.read() as session:
        before = session.execute(select(RocketScore.uuid, RocketScore.created_at)).one()
    undone = step.undo(state)
    step.redo(undone)
    with store.read() as session:
        after = session.execute(select(RocketScore.uuid, RocketScore.created_at)).one()
    assert after == before
