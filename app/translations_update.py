"""Re-extract translatable strings into resources/translations/<area>_<lang>.ts (developer tool).

Run with `make update-translations`. Each area's declaration (app/areas.py) names its
translation file; its packages go there, and everything else goes to the shared "raketti" file.

Finnish files hold every string. English is the source language, so its files hold only the
plural forms ("%n customer(s)" → "1 customer" / "143 customers"): lupdate's -pluralonly.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.areas import areas
from app.paths import PROJECT_ROOT, RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fi", "en")
PLURAL_ONLY = {"en"}  # the source language: only the numerus entries need a translation


SHARED = "raketti"  # main window, start-up, shared widgets, and areas that name it


def area_sources(root: Path = PROJECT_ROOT) -> dict[str, list[Path]]:
    """Each translation file's Python sources, from the areas' declarations."""
    prefixes: dict[str, list[str]] = {}
    for area in areas():
        prefixes.setdefault(area.translation, []).extend(area.sources())
    result: dict[str, list[Path]] = {name: [] for name in [SHARED, *prefixes]}
    for path in sorted(root.rglob("*.py")):
        if any(part in {".venv", "tests", "bench", "docs", "__pycache__"} for part in path.parts):
            continue
        rel = path.relative_to(root).as_posix()
        owner = next(
            (name for name, starts in prefixes.items() if any(rel.startswith(s) for s in starts)),
            SHARED,
        )
        result[owner].append(path)
    return result


def lupdate(ts_file: Path, sources: list[Path], plural_only: bool = False) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    options = ["-silent", "-no-obsolete"]
    if plural_only:
        options.append("-pluralonly")
    subprocess.run([str(tool), *options, *map(str, sources), "-ts", str(ts_file)], check=True)


def known_translations(language: str) -> dict[str, str]:
    """Every finished singular translation of `language`, by source text (any file, any
    context), so that a string moved to another context or file keeps its translation."""
    known: dict[str, str] = {}
    for ts_file in sorted(TRANSLATIONS.glob(f"*_{language}.ts")):
        for message in ET.parse(ts_file).getroot().iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if message.get("numerus") == "yes" or source is None or translation is None:
                continue
            if translation.get("type") is None and translation.text and source.text:
                known.setdefault(source.text, translation.text)
    return known


def carry_over(ts_file: Path, known: dict[str, str]) -> int:
    """Fill the unfinished singular entries of `ts_file` whose source text was translated
    before; return how many were filled."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if message.get("numerus") == "yes" or source is None or translation is None:
            continue
        if translation.get("type") == "unfinished" and source.text in known:
            translation.text = known[source.text]
            del translation.attrib["type"]
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_file.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def main(argv: list[str] | None = None) -> int:
    """Update every area's .ts file, or only the areas named on the command line."""
    wanted = set(sys.argv[1:] if argv is None else argv)
    known = {language: known_translations(language) for language in LANGUAGES}
    for area, sources in area_sources().items():
        if not sources or (wanted and area not in wanted):
            continue
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"{area}_{language}.ts"
            lupdate(ts_file, sources, plural_only=language in PLURAL_ONLY)
            if "<message" not in ts_file.read_text(encoding="utf-8"):
                ts_file.unlink()  # an area without plurals needs no English file
                continue
            if language not in PLURAL_ONLY and (filled := carry_over(ts_file, known[language])):
                # lupdate again, so the file keeps lupdate's own layout
                lupdate(ts_file, sources)
                print(f"kept {filled} moved translations in {ts_file.name}")
            print(f"updated {ts_file.relative_to(PROJECT_ROOT)} from {len(sources)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
