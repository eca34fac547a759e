"""Operations that own their undo: what a user action changes, as one step.

An app-layer operation returns a `Step`: its text (translated by the view, in the context
named here), the first run, and how to undo and redo it. A view only runs the step
(`ctx.run(step, initiator=self)`); it never pairs redo and undo callables itself, so the
way an action is reversed lives next to the action.

`edit_fields` is the one "get, check, set, return the previous values" every edit of a
record's plain fields goes through; `edit_step` makes it a step whose undo and redo are both
"apply the values that were replaced".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.changes import Changes
from app.store import Store

S = TypeVar("S")
Values = dict[str, Any]


@dataclass(frozen=True)
class Phrase:
    """A user-visible sentence with its translation context and its `{name}` arguments.

    The app layer has no Qt: the source is marked with `QT_TRANSLATE_NOOP(context, …)`
    where it is written, and the view translates it (`views.labels.phrase_text`)."""

    context: str
    source: str
    args: Mapping[str, Any] = field(default_factory=dict)
    # A plural ("Import %n customers"): the number Qt picks the form by and puts for %n.
    count: int | None = None


@dataclass(frozen=True)
class Step(Generic[S]):
    """One undoable user action.

    `first()` does the work and returns a state (an id, a snapshot, the replaced values);
    `undo(state)` and `redo(state)` each take the last state and return the next one.
    Errors of `first()` (InvalidRecord, LookupError) propagate and nothing is recorded."""

    text: Phrase
    first: Callable[[], S]
    undo: Callable[[S], S]
    redo: Callable[[S], S]


def step(
    context: str,
    source: str,
    first: Callable[[], S],
    undo: Callable[[S], S],
    redo: Callable[[S], S],
    count: int | None = None,
    **args: Any,
) -> Step[S]:
    """A step whose text is `source` in `context`, formatted with `args`; with a `count`,
    a plural (`%n`, marked `QT_TRANSLATE_NOOP(context, source, None, count)`)."""
    return Step(Phrase(context, source, args, count), first, undo, redo)


def add_step(
    context: str,
    source: str,
    create: Callable[[], S],
    delete: Callable[[S], Any],
    restore: Callable[[Any], S],
    **args: Any,
) -> Step[S]:
    """Adding a record: `create()` returns its id; undo is `delete(id)`, which returns what
    `restore` needs to put the same row back (same id and UUID) as the redo."""
    return Step(Phrase(context, source, args), create, delete, restore)


def remove_step(
    context: str,
    source: str,
    record_id: Any,
    delete: Callable[[Any], S],
    restore: Callable[[S], Any],
    **args: Any,
) -> Step[S]:
    """Deleting a record: `delete(id)` returns what `restore` needs (a snapshot, the row);
    undo restores it and redo deletes the restored record again."""
    return Step(Phrase(context, source, args), lambda: delete(record_id), restore, delete)


def edit_step(
    context: str,
    source: str,
    apply: Callable[[Values], Values],
    values: Values,
    **args: Any,
) -> Step[Values]:
    """An edit: `apply(values)` saves and returns the values it replaced, so undo and redo
    are both "apply what was replaced"."""
    return step(context, source, lambda: apply(values), apply, apply, **args)


def edit_fields(
    store: Store,
    model: type[Any],
    record_id: int,
    values: Values,
    changes: Changes,
    *,
    clean: Callable[[Values], Values] | None = None,
    check: Callable[[Session, Any, Values], None] | None = None,
    after: Callable[[Session, Any, Values], None] | None = None,
) -> Values:
    """Set `values` on one row of `model` in one write; return the values they replaced.

    `clean` validates and normalises the values first (raising InvalidRecord); `check`
    runs inside the transaction before anything is set (references, uniqueness); `after`
    runs once they are set (derived rows). A missing row raises LookupError, which a step
    being undone reports as "the record no longer exists"."""
    cleaned = clean(values) if clean is not None else dict(values)
    columns = {attr.key for attr in inspect(model).column_attrs}
    unknown = set(cleaned) - columns
    if unknown:
        raise ValueError(f"not {model.__name__} fields: {sorted(unknown)}")
    with store.write(changes) as session:
        row = session.get(model, record_id)
        if row is None:
            raise LookupError(record_id)
        if check is not None:
            check(session, row, cleaned)
        previous = {key: getattr(row, key) for key in cleaned}
        for key, value in cleaned.items():
            setattr(row, key, value)
        if after is not None:
            session.flush()
            after(session, row, cleaned)
    return previous
