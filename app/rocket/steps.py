"""The Rocket area's user actions as undoable steps (app/operations.py).

One function per action: it names the step (in the translation context of the view that
offers the action, so the Finnish text stays where it was) and pairs the operation with
its undo and redo. The views only run the step: `ctx.run(steps.score(...), initiator=self)`.
Text arguments are given as they are shown (the code, the dots ●●○, a title).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from app.operations import Step, add_step, remove_step, step
from app.rocket import checklists, evidence, exchange, process_edits, scoring, targets
from app.rocket.catalogue import CatalogueProcess
from app.rocket.exchange import ImportSummary
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP

# --- the process detail's tabs ------------------------------------------------------------


def score(store: Store, team_id: int, code: str, dots: int, **values: Any) -> Step[Any]:
    """A new score (values: period, assessor, date, comment); undo takes it back."""
    return step(
        "ScoreTab",
        QT_TRANSLATE_NOOP("ScoreTab", "Score {code}: {dots}"),
        lambda: scoring.add_score(store, team_id, code, dots, **values),
        lambda score_id: scoring.remove_score(store, score_id),
        lambda snapshot: scoring.restore_score(store, snapshot),
        code=code,
        dots=scoring.dots_symbols(dots),
    )


def tick_checklist_item(
    store: Store, item_id: int, done: bool, member_id: int | None
) -> Step[checklists.DoneState]:
    """Tick (or untick) an item, recording who; undo puts back who and when it was."""
    source = (
        QT_TRANSLATE_NOOP("ChecklistTab", "Tick checklist item")
        if done
        else QT_TRANSLATE_NOOP("ChecklistTab", "Untick checklist item")
    )
    return step(
        "ChecklistTab",
        source,
        lambda: checklists.set_checklist_done(store, item_id, done, member_id),
        lambda previous: checklists.restore_checklist_state(store, item_id, previous),
        lambda state: checklists.restore_checklist_state(store, item_id, state),
    )


def add_checklist_item(store: Store, team_id: int, code: str, text: str) -> Step[Any]:
    return step(
        "ChecklistTab",
        QT_TRANSLATE_NOOP("ChecklistTab", "Add checklist item"),
        lambda: checklists.add_checklist_item(store, team_id, code, text),
        lambda item_id: checklists.remove_checklist_item(store, item_id),
        lambda snapshot: checklists.restore_checklist_item(store, snapshot),
    )


def set_target(
    store: Store, team_id: int, code: str, kind: str, start: date, dots: int | None
) -> Step[int | None]:
    """Set (or clear, with None) the target of one period; undo puts back the earlier one."""
    return step(
        "TargetsTab",
        QT_TRANSLATE_NOOP("TargetsTab", "Target {code}"),
        lambda: targets.set_target(store, team_id, code, kind, start, dots),
        lambda previous: targets.set_target(store, team_id, code, kind, start, previous),
        lambda _previous: targets.set_target(store, team_id, code, kind, start, dots),
        code=code,
    )


def add_evidence(
    store: Store,
    team_id: int,
    code: str,
    kind: str,
    title: str,
    location: str,
    added_by_id: int | None,
) -> Step[Any]:
    return add_step(
        "EvidenceTab",
        QT_TRANSLATE_NOOP("EvidenceTab", "Add evidence “{title}”"),
        lambda: evidence.add_evidence(
            store, team_id, code, kind, title, location, added_by_id=added_by_id
        ),
        lambda evidence_id: evidence.remove_evidence(store, evidence_id),
        lambda snapshot: evidence.restore_evidence(store, snapshot),
        title=title.strip(),
    )


def remove_evidence(store: Store, evidence_id: int, title: str) -> Step[Any]:
    """Remove evidence (the view asks first); undo puts it back with its id."""
    return remove_step(
        "EvidenceTab",
        QT_TRANSLATE_NOOP("EvidenceTab", "Remove evidence “{title}”"),
        evidence_id,
        lambda record_id: evidence.remove_evidence(store, record_id),
        lambda snapshot: evidence.restore_evidence(store, snapshot),
        title=title,
    )


# --- the catalogue editor ---------------------------------------------------------------


def add_process(store: Store, team_id: int, code: str, level: int, **texts: str) -> Step[Any]:
    """A new process at the end of its level (texts: names, descriptions, dot criteria)."""
    return step(
        "CatalogueEditor",
        QT_TRANSLATE_NOOP("CatalogueEditor", "Add process {code}"),
        lambda: process_edits.add_process(store, team_id, code, level, **texts),
        lambda process_id: process_edits.remove_process(store, process_id),
        lambda snapshot: process_edits.restore_process(store, snapshot),
        code=code.strip(),
    )


def edit_process(store: Store, team_id: int, code: str, **values: Any) -> Step[dict[str, Any]]:
    """Rename, re-describe or move a process to another level; undo and redo both put back
    the values that were replaced."""

    def apply(changes: dict[str, Any]) -> dict[str, Any]:
        return process_edits.update_process(store, team_id, code, **changes)

    return step(
        "CatalogueEditor",
        QT_TRANSLATE_NOOP("CatalogueEditor", "Edit process {code}"),
        lambda: apply(values),
        apply,
        apply,
        code=code,
    )


def move_process(store: Store, team_id: int, code: str, delta: int) -> Step[Any]:
    """Move a process left (-1) or right (+1) within its level; undo puts back the order."""
    return step(
        "CatalogueEditor",
        QT_TRANSLATE_NOOP("CatalogueEditor", "Move process {code}"),
        lambda: process_edits.reorder_process(store, team_id, code, delta),
        lambda previous: process_edits.set_positions(store, team_id, previous),
        lambda positions: process_edits.set_positions(store, team_id, positions),
        code=code,
    )


def retire_process(
    store: Store, team_id: int, code: str, retire: bool
) -> Step[process_edits.RetiredState]:
    """Retire a process (or bring it back); its scores, targets and evidence stay."""
    source = (
        QT_TRANSLATE_NOOP("CatalogueEditor", "Retire process {code}")
        if retire
        else QT_TRANSLATE_NOOP("CatalogueEditor", "Bring back process {code}")
    )
    return step(
        "CatalogueEditor",
        source,
        lambda: process_edits.retire_process(store, team_id, code, retire),
        lambda previous: process_edits.set_retired(store, team_id, code, previous),
        lambda state: process_edits.set_retired(store, team_id, code, state),
        code=code,
    )


def import_catalogue(
    store: Store, team_id: int, catalogue: list[CatalogueProcess]
) -> Step[ImportSummary]:
    """Merge a checked catalogue in one write. The state is the import's summary (what was
    added and updated, for the view to say); its `before` is the catalogue the next undo
    or redo puts back, so each of them restores the whole catalogue."""

    def swap(summary: ImportSummary) -> ImportSummary:
        return replace(summary, before=exchange.restore_catalogue(store, team_id, summary.before))

    return step(
        "CatalogueEditor",
        QT_TRANSLATE_NOOP("CatalogueEditor", "Import catalogue"),
        lambda: exchange.merge_catalogue(store, team_id, catalogue),
        swap,
        swap,
    )
