"""Driving an app-layer step (app/operations.Step) the way `ctx.run` and the undo stack do,
without Qt; shared by every area's step tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.operations import Step


def run(step: Step[Any]) -> list[Any]:
    """first, undo, redo, undo: each state as the undo stack passes it on."""
    states = [step.first()]
    states.append(step.undo(states[-1]))
    states.append(step.redo(states[-1]))
    states.append(step.undo(states[-1]))
    return states


def round_trip(step: Step[Any], before: Any, after: Any, read: Callable[[], Any]) -> Any:
    """first → after, undo → before, redo → after (as the undo stack runs a step)."""
    state = step.first()
    assert read() == after
    state = step.undo(state)
    assert read() == before
    state = step.redo(state)
    assert read() == after
    return state
