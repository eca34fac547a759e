"""GUI start-up: QApplication, translators, the crash dialog, then the window with the
database (views/early_start.py paints the first page before SQLAlchemy is imported).

Start-up runs one way (tests/core/test_layers.py): this module → early_start → launcher (which
opens databases: views/opening.py, views/first_start.py) → main_window → window_menus →
file_menu → restore_dialog; the File menu reaches the launcher through the window it was
given, never by an import."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.paths import Paths, database_target
from views import early_start, i18n
from views.first_paint import AfterFirstPaint

log = logging.getLogger(__name__)


def settings_for(paths: Paths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def _crash_hook(log_file: Path) -> None:
    """Uncaught exceptions (bugs) go to the log file with their traceback, then to a dialog
    that names the file and holds the details to copy."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: just stop
            sys.__excepthook__(kind, value, tb)
            return
        log.critical("uncaught exception", exc_info=(kind, value, tb))
        text = "".join(traceback.format_exception(kind, value, tb))
        if sys.__stderr__ is not None:  # pythonw and frozen builds have no console
            sys.__stderr__.write(text)
        show_crash_dialog(log_file, text)

    sys.excepthook = hook


def show_crash_dialog(log_file: Path, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("startup", "Raketti ran into a bug"),
        QCoreApplication.translate(
            "startup",
            "Something went wrong inside Raketti. Your saved work is safe.\n\n"
            "The details are in the log file {path}. Copy them below into a bug report.",
        ).format(path=log_file),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDetailedText(
        f"Python {sys.version}\nQt {qVersion()}, PySide6 {PySide6.__version__}\n"
        f"Log file: {log_file}\n\n{text}"
    )
    box.exec()


# Libraries Qt's X11 plug-in loads, with the Debian package that brings each. Plain Debian
# installs (and minimal desktops) may lack some, and Qt's own message names only one.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_system_library() -> str | None:
    """One sentence naming the packages to install when Qt's X11 plug-in cannot load."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    import ctypes.util  # only on an X11 desktop

    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)]
    if not missing:
        return None
    return (
        "raketti: the window needs system libraries that are missing; install them with "
        f"'sudo apt-get install {' '.join(missing)}'."
    )


def run_gui(args: argparse.Namespace, paths: Paths) -> int:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        print(
            "raketti: no display found; run the window on a desktop, or use a sub-command "
            "(see --help).",
            file=sys.stderr,
        )
        return 2
    missing = missing_system_library()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Raketti")
    app.setOrganizationName("Raketti")
    settings = settings_for(paths)
    language = i18n.chosen_language(args.lang, settings)
    i18n.install(app, language)
    _crash_hook(paths.log_file)

    target = database_target(args.db, paths)
    # Two turns: the paint's own follow-ups (the detail pane) are made before the freeze.
    after_paint = AfterFirstPaint([app], collect_after_start, turns=2)
    early = early_start.prepare(target, settings)
    if early is not None:
        assert isinstance(app, QApplication)
        launcher, code = early_start.open_behind_first_page(
            app, early, target, paths, settings, language
        )
    else:
        from views.launcher import Launcher

        launcher = Launcher(paths, settings, language)
        failed = launcher.open(target)
        if failed is not None:
            after_paint.deleteLater()
            return failed
        code = app.exec()
    after_paint.deleteLater()
    window = launcher.window if launcher else None  # File → Open… may have replaced it
    restart = window is not None and window.restart_requested  # a language change
    if window is not None:
        ctx = window.ctx
        close_down(app, window)
        ctx.close()
    else:
        app.shutdown()
        gc.unfreeze()
    if restart:
        i18n.start_again()  # after the database is closed, so the new one may open it
    return code


def collect_after_start() -> None:
    """Switch the cyclic collector back on (main() held it off while starting), with what
    start-up made moved out of its way: the long-lived modules, models and widgets are not
    walked again by every full collection (which paused the window for tens of ms)."""
    gc.collect()
    gc.freeze()
    gc.enable()


def close_down(app: QCoreApplication, window: QWidget) -> None:
    """Destroy the widgets while Python still runs; left to interpreter shutdown, PySide 6.12
    sometimes aborts with a reference-count error after all work is saved."""
    window.close()
    window.deleteLater()
    app.processEvents()
    app.shutdown()
    gc.unfreeze()  # what start-up froze may be collected again (tests start many times)
