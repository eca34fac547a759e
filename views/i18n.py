"""Installing Qt translators: Finnish by default, English as the source language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import RESOURCES

LANGUAGES = ("fi", "en")
DEFAULT_LANGUAGE = "fi"
TRANSLATIONS = RESOURCES / "translations"


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
