"""Work off the GUI thread: background reads, long tasks, and the base of every report view.

- `Background.query(key, fn, on_done)` runs `fn(store)` on a worker thread (each worker
  checks out its own connection from the engine's pool; WAL lets it read while the GUI
  writes) and delivers the result on the GUI thread. A newer request under the same key
  makes an older result stale: it is dropped, never shown.
- `Background.task(fn, on_done)` runs a long job that reports progress and can be
  cancelled (demo generation). Writes stay on the one write path: a task that writes does
  so through `Store.write`, whose announcement reaches the views through the context.
- `Refresher` is the one refresh scheme (coalesced: changes that arrive together refresh a
  visible view once, a few milliseconds later; a hidden view refreshes when shown).
- `ReportView` is the one base for report tabs and charts: computed when first shown,
  marked dirty by the change kinds it depends on, recomputed when shown again, with a
  visible "computing…" state. A report that is not visible to the user does no work.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.changes import Changes, Kind
from app.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
WORKERS = 2  # two cores on a typical student laptop: one for the GUI, one or two for reads


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it; the task's transaction rolls back."""


class Progress:
    """Handed to a task: report(percent, stage) and a cancel flag checked on every report."""

    def __init__(self, emit: Callable[[int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def __call__(self, percent: int, stage: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self._emit(percent, stage)


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is queued to it."""

    finished = Signal(object)  # a callable to run on the GUI thread
    progressed = Signal(object, int, str)  # Progress, percent, stage


class Background(QObject):
    """Runs reads and tasks on worker threads and hands results back on the GUI thread."""

    progressed = Signal(object, int, str)  # the task's Progress, percent, stage

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="raketti-read")
        self._latest: dict[str, int] = {}
        self._serial = 0
        self._pending = 0
        self._closed = False
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """Whether any read or task has not yet been delivered."""
        return self._pending > 0

    def query(
        self,
        key: str,
        fn: Callable[[Store], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run `fn(store)` off the GUI thread; call `on_done(result)` on it, unless stale."""
        self._serial += 1
        serial = self._latest[key] = self._serial
        self._submit(lambda: fn(self.store), key, serial, on_done, on_error)

    def task(
        self,
        fn: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> Progress:
        """Run a long job off the GUI thread; its Progress reports and can cancel it."""
        progress = Progress(lambda p, s: self._relay.progressed.emit(progress, p, s))
        self._serial += 1
        self._submit(lambda: fn(progress), None, self._serial, on_done, on_error)
        return progress

    def _submit(
        self,
        work: Callable[[], Any],
        key: str | None,
        serial: int,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        if self._closed:
            return
        self._pending += 1

        def finished(future: Future[Any]) -> None:
            # Runs on the worker thread: only hand over to the GUI thread here.
            self._relay.finished.emit(lambda: self._finish(future, key, serial, on_done, on_error))

        self._pool.submit(work).add_done_callback(finished)

    def _deliver(self, callback: Callable[[], None]) -> None:
        callback()

    def _finish(
        self,
        future: Future[Any],
        key: str | None,
        serial: int,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None,
    ) -> None:
        self._pending -= 1
        if self._closed or (key is not None and self._latest.get(key) != serial):
            return  # the window is closing, or a newer request replaced this one
        error = future.exception()
        if error is None:
            on_done(future.result())
        elif on_error is not None and isinstance(error, Exception):
            on_error(error)
        else:
            raise error  # a bug: the crash hook shows it with the traceback

    def close(self) -> None:
        """Drop what has not been delivered and wait for running workers to end."""
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)


COALESCE_MS = 10  # change sets arriving within this time of each other refresh once


class Refresher(QObject):
    """The one refresh scheme: a widget is refreshed soon if the user sees it, else when shown.

    `depends_on` kinds (and a team switch) mark it dirty. While the widget is visible, the
    first mark starts a short single-shot timer and `refresh` runs when it fires, so that
    several change sets arriving together (an action that writes a few times, an undo
    macro, a sync) refresh it once; a hidden widget refreshes on its next show event.
    Panels, report tabs and charts all use this, so a hidden view never does work for a
    change the user cannot see.
    """

    def __init__(
        self,
        widget: QWidget,
        ctx: Any,
        depends_on: frozenset[Kind],
        refresh: Callable[[], None],
        dirty: bool = True,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.depends_on = depends_on
        self.dirty = dirty
        self._refresh = refresh
        # Not restarted by later marks: a steady stream of changes still refreshes every
        # COALESCE_MS instead of never.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(COALESCE_MS)
        self._soon.timeout.connect(self._due)
        widget.installEventFilter(self)
        ctx.changed.connect(self._on_changed)
        ctx.teamChanged.connect(lambda _team: self.invalidate())

    @property
    def pending(self) -> bool:
        """Whether a refresh of the visible widget is waiting for its timer."""
        return self._soon.isActive()

    def invalidate(self) -> None:
        self.dirty = True
        if self.widget.isVisible() and not self._soon.isActive():
            self._soon.start()

    def run(self) -> None:
        self._soon.stop()
        self.dirty = False
        self._refresh()

    def _due(self) -> None:
        # Still dirty (nothing refreshed it meanwhile) and still seen: else the next show.
        if self.dirty and self.widget.isVisible():
            self.run()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.depends_on):
            self.invalidate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.dirty:
            self.run()
        return False


class ReportView(QWidget, Generic[T]):
    """A report tab or chart: `compute()` returns the read to run, `present()` shows it.

    Dirty at first and after any change of a kind in `depends_on` or a team switch;
    recomputed only while visible to the user (a tab of a hidden panel is not).
    """

    computed = Signal()  # after a result was presented (tests and benchmarks wait on it)

    def __init__(self, ctx: Any, depends_on: frozenset[Kind], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.computing = False
        self.computations = 0  # how many reads were started (tests count them)
        self.busy_label = QLabel(self.tr("Computing…"))
        self.busy_label.setObjectName("reportBusy")
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_label.hide()
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.busy_label)
        self.refresher = Refresher(self, ctx, depends_on, self.refresh)

    # --- to implement --------------------------------------------------------------------

    def compute(self) -> Callable[[Store], T] | None:
        """The read to run off the GUI thread (capture filter values here), or None."""
        raise NotImplementedError

    def present(self, result: T) -> None:
        raise NotImplementedError

    # --- the mechanism ---------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.refresher.dirty

    def invalidate(self) -> None:
        """The shown figures may be out of date: recompute soon if visible, else when shown."""
        self.refresher.invalidate()

    def refresh(self) -> None:
        read = self.compute()
        if read is None:
            return
        self.refresher.dirty = False
        self.computing = True
        self.computations += 1
        self.busy_label.show()
        key = f"report:{type(self).__qualname__}:{id(self)}"
        self.ctx.background.query(key, read, self._done, self._failed)

    def _done(self, result: T) -> None:
        self.computing = False
        self.busy_label.hide()
        self.present(result)
        self.computed.emit()

    def _failed(self, error: Exception) -> None:
        self.computing = False
        self.busy_label.setText(
            self.tr("Could not compute this report: {error}").format(error=error)
        )
        log.warning("report %s failed: %s", type(self).__qualname__, error)
