"""The workbook's words in the language chosen for it, from the translation files.

The app layer runs without Qt (the command line, worker threads), and a workbook may be
made in another language than the window's, so the words are looked up here in the same
Finnish `.ts` files Qt Linguist keeps: strings are marked with `QT_TRANSLATE_NOOP(context,
text)` like every other string, extracted by `make update-translations` into the shared
file, and checked complete by tests/core/test_translations.py. English is the source language.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from app.paths import RESOURCES

CONTEXT = "ExcelExport"  # the workbook's own strings, in raketti_fi.ts
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fi", "en")


@cache
def _finnish() -> dict[tuple[str, str], str]:
    """(context, English source) -> Finnish, from every area's `*_fi.ts` file."""
    found: dict[tuple[str, str], str] = {}
    for ts_file in sorted(TRANSLATIONS.glob("*_fi.ts")):
        root = ET.parse(ts_file).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in {"unfinished", "vanished"}:
                    continue
                if translation.text:
                    found[(name, message.findtext("source") or "")] = translation.text
    return found


class Texts:
    """`texts(source)` in the workbook's language; other contexts through `get`."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language

    def get(self, context: str, source: str) -> str:
        if self.language == "en" or not source:
            return source
        return _finnish().get((context, source), source)

    def __call__(self, source: str) -> str:
        return self.get(CONTEXT, source)

    def content(self, fi: str | None, en: str | None) -> str:
        """A text stored in both languages (process names, catalogue entries)."""
        if self.language == "fi":
            return fi or en or ""
        return en or fi or ""
