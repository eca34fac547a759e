"""Installing Qt translators: Finnish by default, English as the source language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

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
    """Load every `*_<language>.qm` (one per area of the app) plus Qt's own strings."""
    translators: list[QTranslator] = []
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Finnish if language == "fi" else QLocale.Language.English,
            QLocale.Country.Finland,
        )
    )
    if language == "en":
        return translators  # source strings are English
    for qm in sorted(TRANSLATIONS.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            translators.append(translator)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    return translators
