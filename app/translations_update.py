"""Re-extract translatable strings into resources/translations/<area>_<lang>.ts (developer tool).

Run with `make update-translations`. Each area's declaration (app/areas.py) names its
translation file; its packages go there, and everything else goes to the shared "raketti" file.

Finnish files hold every string. English is the source language, so its files hold only the
plural forms ("%n customer(s)" → "1 customer" / "143 customers"): lupdate's -pluralonly.
"""

from __future__ import annotations

import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    """Update every area's .ts file, or only the areas named on the command line."""
    wanted = set(sys.argv[1:] if argv is None else argv)
    for area, sources in area_sources().items():
        if not sources or (wanted and area not in wanted):
            continue
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"{area}_{language}.ts"
            lupdate(ts_file, sources, plural_only=language in PLURAL_ONLY)
            if "<message" not in ts_file.read_text(encoding="utf-8"):
                ts_file.unlink()  # an area without plurals needs no English file
                continue
            print(f"updated {ts_file.relative_to(PROJECT_ROOT)} from {len(sources)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
