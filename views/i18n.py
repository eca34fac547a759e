"""Installing Qt translators: Finnish by default, English as the source language."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QSettings,
    QTranslator,
)

from app.paths import RESOURCES

LANGUAGES = ("fi", "en")
DEFAULT_LANGUAGE = "fi"
TRANSLATIONS = RESOURCES / "translations"


def chosen_language(flag: str | None, settings: QSettings) -> str:
    """The one language decision: the --lang flag, else the saved setting, else Finnish.

    It applies to Qt strings and to content from resources/ (catalogue names, criteria)
    alike; the context carries it as `ctx.language`."""
    value = flag or str(settings.value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load every `*_<language>.qm` (one per area of the app) plus Qt's own strings.

    English is the source language; its `*_en.qm` files hold only the plural forms
    ("1 customer", "143 customers"), which a source text with `%n` cannot give alone."""
    translators: list[QTranslator] = []
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(locale_for(language))
    for qm in sorted(TRANSLATIONS.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
    if language == "en":
        return translators  # Qt's own strings are English already
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    return translators


def locale_for(language: str) -> QLocale:
    """The one locale of dates and numbers: Finnish, or English as written in Finland
    (day.month.year dates, a 24-hour clock, the euro), so both languages read alike."""
    if language == "fi":
        return QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    return QLocale(QLocale.Language.English, QLocale.Country.Finland)


def restart_arguments(argv: list[str]) -> list[str]:
    """The command line to start Raketti again, without a --lang flag (it would outrank
    the language just chosen in the settings)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            out.append(arg)
    return out


def start_again() -> bool:
    """Start a new Raketti with the same command line (after this one has closed its
    database); True when the new process was started."""
    script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else "main.py"
    arguments = [script, *restart_arguments(sys.argv[1:])]
    started, _pid = QProcess.startDetached(sys.executable, arguments, os.getcwd())
    return bool(started)
