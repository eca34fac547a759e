"""Raketti entry point: the window by default, sub-commands for headless work.

Start-up order, in `main()`: arguments, folders, logging, the exception hook (a headless
traceback goes to the log too); a sub-command then runs without Qt (`app/cli.py`).
The window (`views.startup.run_gui`): the display and Qt's system libraries are checked
first (one sentence each, before Qt loads a plugin), then QApplication, the language, the
crash dialog's hook, the first page of customers painted from `sqlite3` (before SQLAlchemy
is imported, `views/early_start.py`), the database opened and migrated behind it, and the
main window attached (`views/launcher.py`).
"""

from __future__ import annotations

import gc
import logging
import sys
from logging.handlers import RotatingFileHandler
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.paths import Paths

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class LogFile(RotatingFileHandler):
    """The one log file, paths.log_file: 1 MB each, the three before it kept."""


def setup_logging(paths: Paths) -> LogFile:
    """Log INFO and above to the log file, replacing a log file set up before (tests call
    main() many times in one process; each run logs once, to its own folder)."""
    root = logging.getLogger()
    for earlier in [h for h in root.handlers if isinstance(h, LogFile)]:
        root.removeHandler(earlier)
        earlier.close()
    handler = LogFile(paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return handler


def log_uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Headless runs: a bug's traceback goes to the log file as well as to the terminal.
    (The window replaces this hook with one that also shows a dialog.)"""
    if not issubclass(kind, KeyboardInterrupt):
        log.critical("uncaught exception", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Start-up makes several hundred thousand long-lived objects (SQLAlchemy, the models, Qt
    # wrappers) and the cyclic collector would walk them again and again: 15 % of the import
    # time. It is switched on again once the window is up (views/startup.py), or now below.
    gc.disable()
    from app.cli_args import build_parser
    from app.paths import default_paths

    args = build_parser().parse_args(argv)
    paths = default_paths()
    paths.ensure()
    setup_logging(paths)
    sys.excepthook = log_uncaught
    log.info("Raketti started: %s (Python %s)", " ".join(argv) or "window", sys.version.split()[0])
    if args.command:
        from app.cli import run

        gc.enable()
        return run(args, paths)
    from views.pyside_feature import stop_keeping_sources

    stop_keeping_sources()  # before the window's imports: ~35 MB less (views/pyside_feature.py)
    from views.startup import run_gui

    try:
        return run_gui(args, paths)
    finally:
        gc.enable()  # also when start-up ended before the window


if __name__ == "__main__":
    sys.exit(main())
