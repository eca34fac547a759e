"""Both languages complete: every string extracted, every Finnish translation filled in."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.paths import PROJECT_ROOT
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


@pytest.mark.parametrize("area", AREAS)
def test_english_plurals_are_complete(area: str, tmp_path: Path) -> None:
    """English is the source language, but "%n customer(s)" needs its two English forms:
    every plural string of the area is in <area>_en.ts with both forms filled."""
    fresh = tmp_path / f"{area}_en.ts"
    lupdate(fresh, area_sources()[area], plural_only=True)
    want = messages(fresh) if fresh.exists() else {}
    committed = TRANSLATIONS / f"{area}_en.ts"
    if not want:
        return
    assert committed.exists(), f"{committed.name} is missing: run make update-translations"
    have = messages(committed)
    missing = sorted(set(want) - set(have))
    assert not missing, f"plural strings not yet in {committed.name}: {missing[:10]}"
    for key in want:
        message = have[key]
        assert message.get("numerus") == "yes", f"not a plural entry: {key}"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", key
        forms = [f.text or "" for f in translation.findall("numerusform")]
        assert len(forms) == 2 and all(f.strip() for f in forms), f"English needs 2 forms: {key}"
        assert forms[0] != key[1] or "(" not in key[1], f"the singular is the source: {key}"
        for text in forms:
            assert set(PLACEHOLDER.findall(text)) <= set(PLACEHOLDER.findall(key[1])), key


def test_english_counts_read_as_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    from views import i18n

    assert list(TRANSLATIONS.glob("*_en.qm")), "the .qm files are built by make"
    locale = QLocale()
    translators = i18n.install(qapp, "en")
    try:
        count = QCoreApplication.translate
        assert count("CustomerPanel", "%n customer(s)", "", 1) == "1 customer"
        assert count("CustomerPanel", "%n customer(s)", "", 143) == "143 customers"
        assert count("CallsTab", "next step %n day(s) late", "", 2) == "next step 2 days late"
        # Labels stay the English source text: the English files hold only plurals.
        assert count("CustomerPanel", "Customers") == "Customers"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_finnish_is_installed_by_default(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    from views import i18n

    assert list(TRANSLATIONS.glob("*_fi.qm")), "the .qm files are built by make"
    locale = QLocale()  # install() sets the default locale: later tests expect theirs
    translators = i18n.install(qapp, "fi")
    try:
        assert QCoreApplication.translate("CustomerPanel", "Customers") == "Asiakkaat"
        assert QCoreApplication.translate("labels", "gatekeeper") == "portinvartija"
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("CustomerPanel", "Customers") == "Customers"


def _module_constants(tree: ast.Module) -> dict[str, object]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def test_module_level_tr_helpers_translate_where_lupdate_files_their_strings() -> None:
    """lupdate files the strings of a call to a plain function tr() under the empty
    context; a helper that translates under another context shows them in English."""
    wrong = []
    for folder in ("app", "views"):
        for source in (PROJECT_ROOT / folder).rglob("*.py"):
            tree = ast.parse(source.read_text(encoding="utf-8"))
            constants = _module_constants(tree)
            for node in tree.body:
                if not (isinstance(node, ast.FunctionDef) and node.name == "tr"):
                    continue
                for call in ast.walk(node):
                    if not (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate"
                        and call.args
                    ):
                        continue
                    first = call.args[0]
                    context = (
                        first.value
                        if isinstance(first, ast.Constant)
                        else constants.get(first.id, "?")
                        if isinstance(first, ast.Name)
                        else "?"
                    )
                    if context != "":
                        wrong.append(f"{source.relative_to(PROJECT_ROOT)}: {context!r}")
    assert wrong == []


def test_sync_values_read_in_finnish(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QLocale

    from views import i18n
    from views.export_run import tr
    from views.sync.texts import failure_text, value_text

    locale = QLocale()
    translators = i18n.install(qapp, "fi")
    try:
        assert value_text(False, "archived") == "ei"
        assert value_text(True, "archived") == "kyllä"
        assert failure_text(OSError(5, "I/O")).startswith("Jaettua kansiota ei voitu")
        assert tr("Export cancelled: no file was written.") != (
            "Export cancelled: no file was written."
        )
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
