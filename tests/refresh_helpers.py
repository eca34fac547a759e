"""Waiting for the views' coalesced refreshes (views/background.Refresher) in GUI tests.

A change marks the visible views dirty and each refreshes a few milliseconds later, once
for every change set that arrived meanwhile. A test that checks what a view shows right
after a change waits for that refresh first (it never sleeps)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from views.background import Refresher


def pending_refreshes() -> list[Refresher]:
    """Every refresher whose timer is running: a visible view about to refresh."""
    found: list[Refresher] = []
    for top in QApplication.topLevelWidgets():
        found.extend(r for r in top.findChildren(Refresher) if r.pending)
    return found


def refreshed(qtbot: Any) -> None:
    """Wait until no visible view has a refresh waiting for its timer."""
    qtbot.waitUntil(lambda: not pending_refreshes())
