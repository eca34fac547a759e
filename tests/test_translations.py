"""Both languages complete: every string extracted, every Finnish translation filled in."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.translations_update import TRANSLATIONS, area_sources, lupdate

PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.findall("context")
        for msg in ctx.findall("message")
    }


AREAS = [area for area, sources in area_sources().items() if sources]


@pytest.mark.parametrize("area", AREAS)
def test_every_string_is_extracted_and_translated(area: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"{area}_fi.ts"
    assert committed.exists(), f"{committed.name} is missing: run make update-translations"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    lupdate(fresh, area_sources()[area])
    have, want = messages(committed), messages(fresh)
    missing = sorted(set(want) - set(have))
    assert not missing, f"strings not yet in {committed.name}: {missing[:10]}"
    for key, message in want.items():
        translation = message.find("translation")
        assert translation is not None
        texts = [translation.text or ""] + [
            f.text or "" for f in translation.findall("numerusform")
        ]
        filled = [t for t in texts if t.strip()]
        assert translation.get("type") != "unfinished" and filled, f"untranslated: {key}"
        for text in filled:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(key[1])), (
                f"placeholders differ in {key}: {text!r}"
            )


def test_finnish_is_installed_by_default(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from views import i18n

    assert list(TRANSLATIONS.glob("*_fi.qm")), "the .qm files are built by make"
    translators = i18n.install(qapp, "fi")
    try:
        assert QCoreApplication.translate("CustomerPanel", "Customers") == "Asiakkaat"
        assert QCoreApplication.translate("labels", "gatekeeper") == "portinvartija"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("CustomerPanel", "Customers") == "Customers"
