"""Shared fixtures: every test gets its own scratch folder and its own fresh database.

Tests live in a folder per area (tests/customers/, tests/ladder/, …, tests/core/ for the
shared shell); helpers shared between areas stay here at tests/ root. A test that needs a
QApplication is marked `gui` here (pytest_collection_modifyitems), so
`make test PYTEST_ARGS="-m 'not gui'"` runs the rest; a module of GUI tests only is named
`test_*_gui.py` (tests/core/test_gui_names.py checks both)."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

import main
from app import teams
from app.paths import Paths
from app.store import Store

# The step helpers assert on behalf of the tests that call them: rewritten like a test's own
# asserts (before any test module imports them), so a failure shows the values compared.
pytest.register_assert_rewrite("tests.step_helpers")

# pytest-qt's fixtures: a test that uses one, directly or through a fixture of ours that asks
# for it (`ctx` and `window` need a QApplication), is a GUI test; so is one that checks a Qt
# item model with `qtmodeltester`.
QT_FIXTURES = frozenset({"qapp", "qtbot", "qtmodeltester"})
# Per module (its path under the project root): how many GUI and how many other tests it
# holds, as collected before any selection (-k, -m) dropped some; read by test_gui_names.
MODULE_KINDS = pytest.StashKey[dict[str, dict[str, int]]]()


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication `gui` (explicit marks stay), and count the
    GUI and other tests of each module for the naming rule."""
    kinds: dict[str, dict[str, int]] = {}
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
        counts = kinds.setdefault(item.nodeid.split("::")[0], {"gui": 0, "other": 0})
        counts["gui" if item.get_closest_marker("gui") else "other"] += 1
    config.stash[MODULE_KINDS] = kinds
    if report := os.environ.get("RAKETTI_MODULE_KINDS"):  # test_gui_names' own collection
        Path(report).write_text(json.dumps(kinds), encoding="utf-8")


class _WarningRecorder(logging.Handler):
    """Keeps every warning-level (or worse) record logged anywhere, from any thread."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _warning_logs_fail(request: pytest.FixtureRequest) -> Iterator[_WarningRecorder]:
    """Fail the test when anything logs at WARNING or above that the test did not expect.

    In the spirit of qutebrowser's tests/helpers/logfail.py: a warning in the log is a
    fault until a test says it is the point. The records are collected (emit never raises:
    a worker thread or a Qt slot would swallow that) and checked after the test. Opt out:

    - assert the warning where it happens (preferred; the test then fails if it is *not*
      logged)::

          def test_refusal(expect_log):
              with expect_log("cannot open", logger="views.opening"):
                  opening.open_store(...)

    - or mark the whole test: ``@pytest.mark.allow_log_warnings``.
    """
    recorder = _WarningRecorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    try:
        yield recorder
    finally:
        root.removeHandler(recorder)
    if recorder.records and request.node.get_closest_marker("allow_log_warnings") is None:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in recorder.records)
        pytest.fail(f"unexpected warning-level log lines:\n{lines}", pytrace=False)


@pytest.fixture(autouse=True)
def _process_state_restored() -> Iterator[None]:
    """main.main() and the window's start-up set process-wide state: the log file (in the
    test's scratch folder), the root log level and sys.excepthook. Undo it with the test."""
    root = logging.getLogger()
    level, hook = root.level, sys.excepthook
    yield
    for handler in [h for h in root.handlers if isinstance(h, main.LogFile)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    sys.excepthook = hook


@pytest.fixture
def expect_log(
    _warning_logs_fail: _WarningRecorder,
) -> Callable[..., AbstractContextManager[list[logging.LogRecord]]]:
    """`with expect_log(pattern, logger=..., level=...)`: the block must log a matching
    warning-level line (regular expression searched in the message); it is then expected
    and does not fail the test. Yields the matching records."""

    @contextmanager
    def expecting(
        pattern: str, logger: str | None = None, level: int = logging.WARNING
    ) -> Iterator[list[logging.LogRecord]]:
        recorder = _warning_logs_fail
        start = len(recorder.records)
        matched: list[logging.LogRecord] = []
        yield matched
        for record in recorder.records[start:]:
            if (
                record.levelno >= level
                and (logger is None or record.name == logger)
                and re.search(pattern, record.getMessage())
            ):
                matched.append(record)
        assert matched, f"expected a log line matching {pattern!r} from {logger or 'any logger'}"
        recorder.records[start:] = [r for r in recorder.records[start:] if r not in matched]

    return expecting


class UnsavedAnswers:
    """Answers for the save / discard / cancel question (views/unsaved.py), in order."""

    def __init__(self) -> None:
        self.queue: list[str] = []  # "save", "discard" or "cancel"
        self.asked: list[str] = []  # what each question was about

    def answer(self, *answers: str) -> UnsavedAnswers:
        self.queue.extend(answers)
        return self


@pytest.fixture(autouse=True)
def unsaved(monkeypatch: pytest.MonkeyPatch) -> UnsavedAnswers:
    """The unsaved-input question never blocks a test: it takes the next queued answer
    (`unsaved.answer("discard")`), and a question no test expected fails the test."""
    from views import unsaved as module

    answers = UnsavedAnswers()

    def ask(_parent: object, what: str) -> module.Answer:
        answers.asked.append(what)
        if not answers.queue:
            pytest.fail(f"unexpected unsaved-input question about {what!r}", pytrace=False)
        return module.Answer(answers.queue.pop(0))

    monkeypatch.setattr(module, "ask_unsaved", ask)
    return answers


@pytest.fixture(autouse=True)
def cheap_team_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """The team passphrase's KDF at its lowest cost (a key file says the cost it was made
    with, so files made here open fast anywhere): production's costs half a second."""
    from app.sync import keys

    monkeypatch.setattr(keys, "KDF", {"iterations": 1, "lanes": 1, "memory_kib": 8})


@pytest.fixture(autouse=True)
def scratch_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Point every Raketti path at the test's own folder: no test touches real user data."""
    monkeypatch.setenv("RAKETTI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("RAKETTI_DB", raising=False)
    paths = Paths(
        tmp_path / "home" / "data", tmp_path / "home" / "config", tmp_path / "home" / "logs"
    )
    paths.ensure()
    return paths


@pytest.fixture
def paths(scratch_home: Paths) -> Paths:
    return scratch_home


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    opened = Store.open(paths.default_database, paths.backups)
    yield opened
    opened.close()


@pytest.fixture
def team_id(store: Store) -> int:
    """A team company with a leader and an entrepreneur."""
    team = teams.create_team(store, "Osuuskunta Testi", "Tiimiakatemia")
    teams.add_member(store, team, "Aino Laine", "aino@example.fi", "team_leader")
    teams.add_member(store, team, "Eetu Niemi", "eetu@example.fi", "team_entrepreneur")
    return team


@pytest.fixture
def ctx(store: Store, paths: Paths, team_id: int, qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from views.context import AppContext

    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    context = AppContext(store, paths, settings)
    context.set_team(team_id)
    yield context
    context.background.close()
    store.unsubscribe(context._on_change)


@pytest.fixture
def window(ctx, qtbot):  # type: ignore[no-untyped-def]
    from views.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win
