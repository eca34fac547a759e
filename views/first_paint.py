"""Work that waits until something has been painted for the first time.

Start-up shows the first rows before anything else: the detail pane, the count of a long
list and the collection of start-up's garbage run after the first paint. A zero-time timer
started at show() is no such moment: it may fire before the window system asks for the
paint (offscreen it does).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    """Calls `then` once, `turns` turns of the event loop after the first paint event of
    any of `watched` (the whole application when it is given): a paint pass is one turn, so
    one turn later it is done; two let what the paint itself queued run first."""

    def __init__(self, watched: list[QObject], then: Callable[[], None], turns: int = 1) -> None:
        super().__init__()
        self._watched = watched
        self._then = then
        self._turns = turns
        for target in watched:
            target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._watched:
            for target in self._watched:
                target.removeEventFilter(self)
            self._watched = []
            self._later(self._turns)
        return False

    def _later(self, turns: int) -> None:
        if turns <= 0:
            self._then()
        else:
            QTimer.singleShot(0, self, lambda: self._later(turns - 1))
