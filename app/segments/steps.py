"""The segments area's user actions as undoable steps (app/operations.py).

One function per action: it names the step (in the translation context of the view that
offers the action, so the Finnish text stays where it was) and pairs the operation with
its undo and redo. The views only run the step: `ctx.run(steps.place(...), initiator=self)`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.operations import Step, add_step, remove_step, step
from app.segments import metrics, records, revisits, values
from app.segments.value_map import Choice, accept_suggestions, put_strategies
from app.store import Store
from models.rules import QT_TRANSLATE_NOOP

Placements = dict[int, int | None]  # segmentation id -> segment id (None: in none)


def place(
    store: Store, customer_id: int, segmentation_id: int, segment_id: int | None, name: str
) -> Step[Placements]:
    """Put a customer in a segment of one segmentation (`name`); undo and redo both put
    back the placement that was replaced."""

    def apply(placements: Placements) -> Placements:
        return records.set_segments(store, customer_id, placements)

    choice: Placements = {segmentation_id: segment_id}
    return step(
        "SegmentBox",
        QT_TRANSLATE_NOOP("SegmentBox", "Segment ({segmentation})"),
        lambda: apply(choice),
        apply,
        apply,
        segmentation=name,
    )


def add_segmentation(store: Store, team_id: int, name: str, segment_names: list[str]) -> Step[Any]:
    """A new segmentation with its segments; its undo deletes it, keeping what redo needs."""
    return add_step(
        "SegmentationsDialog",
        QT_TRANSLATE_NOOP("SegmentationsDialog", "Add segmentation {name}"),
        lambda: records.create_segmentation(store, team_id, name, segment_names),
        lambda created: records.delete_segmentation(store, created),
        lambda snapshot: records.restore_segmentation(store, snapshot),
        name=name.strip(),
    )


def delete_segmentation(store: Store, segmentation_id: int, name: str) -> Step[Any]:
    """Delete a segmentation with its segments and placements; undo puts it all back."""
    return remove_step(
        "SegmentationsDialog",
        QT_TRANSLATE_NOOP("SegmentationsDialog", "Delete segmentation {name}"),
        segmentation_id,
        lambda record_id: records.delete_segmentation(store, record_id),
        lambda snapshot: records.restore_segmentation(store, snapshot),
        name=name,
    )


def record_revisit(
    store: Store,
    segmentation_id: int,
    member_id: int | None,
    revisited_on: date,
    next_revisit_by: date,
    note: str,
) -> Step[dict[str, Any]]:
    return step(
        "RevisitDialog",
        QT_TRANSLATE_NOOP("RevisitDialog", "Record a revisit"),
        lambda: revisits.record_revisit(
            store, segmentation_id, member_id, revisited_on, next_revisit_by, note
        ),
        lambda state: revisits.undo_revisit(store, state),
        lambda state: revisits.redo_revisit(store, state),
    )


def change_weights(
    store: Store, team_id: int, day: date, weights: dict[str, Any], author_member_id: int | None
) -> Step[dict[str, Any] | None]:
    """The value weights valid from `day`; undo puts back that day's earlier weights (or
    none), redo the new ones."""

    def apply(state: dict[str, Any] | None) -> dict[str, Any] | None:
        return values.put_weights(store, team_id, day, state, author_member_id)

    return step(
        "WeightsDialog",
        QT_TRANSLATE_NOOP("WeightsDialog", "Change the value weights"),
        lambda: apply(weights),
        apply,
        apply,
    )


def choose_metrics(
    store: Store, team_id: int, choices: list[dict[str, Any]]
) -> Step[list[dict[str, Any]]]:
    """The team's metrics and their targets; undo and redo both put back the replaced ones."""

    def apply(state: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return metrics.set_metrics(store, team_id, state)

    return step(
        "MetricsDialog",
        QT_TRANSLATE_NOOP("MetricsDialog", "Choose the metrics"),
        lambda: apply(choices),
        apply,
        apply,
    )


# --- strategies from the value table (through governance's one table) --------------------


def _strategies(store: Store, first: Any, source: str, count: int) -> Step[dict[int, Choice]]:
    return step(
        "ValueTable",
        source,
        first,
        lambda previous: put_strategies(store, previous),
        lambda previous: put_strategies(store, previous),
        count=count,
    )


def accept_suggested(store: Store, suggestions: dict[int, tuple[str, ...]]) -> Step[Any]:
    """Give each customer its quadrant's suggested strategies; undo puts back theirs."""
    count = len(suggestions)
    return _strategies(
        store,
        lambda: accept_suggestions(store, suggestions),
        QT_TRANSLATE_NOOP("ValueTable", "Accept the suggested strategy (%n customers)", "", count),
        count,
    )


def choose_strategies(store: Store, choices: dict[int, Choice]) -> Step[Any]:
    """Give each customer the chosen strategies; undo puts back theirs."""
    count = len(choices)
    return _strategies(
        store,
        lambda: put_strategies(store, choices),
        QT_TRANSLATE_NOOP("ValueTable", "Choose the strategy (%n customers)", "", count),
        count,
    )
