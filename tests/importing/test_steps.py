"""The import's undo step (app/importing/undo.py), without Qt: its text and what its first
run hands on."""

from __future__ import annotations

from app.importing.apply import ImportUndo
from app.importing.undo import import_step
from app.operations import Phrase
from app.store import Store


def test_the_import_step_hands_on_what_the_import_did_and_counts_it(store: Store) -> None:
    undo = ImportUndo()
    step = import_step(store, undo, 3)
    assert step.text == Phrase("ImportWizard", "Import %n customers", {}, 3)
    assert step.first() is undo
