"""Re-extract translatable strings into resources/translations/<area>_fi.ts (developer tool).

Run with `make update-translations`. Areas and their source prefixes are data in
resources/translations/areas.json, so that each part of the app keeps its own .ts file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.paths import PROJECT_ROOT, RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fi",)


def area_sources(root: Path = PROJECT_ROOT) -> dict[str, list[Path]]:
    """Each area's Python files: under its source prefixes, minus its excluded prefixes."""
    areas = json.loads((TRANSLATIONS / "areas.json").read_text(encoding="utf-8"))
    result: dict[str, list[Path]] = {}
    files = [
        p
        for p in root.rglob("*.py")
        if not any(part in {".venv", "tests", "bench", "__pycache__"} for part in p.parts)
    ]
    for area, spec in areas.items():
        chosen = []
        for path in files:
            rel = path.relative_to(root).as_posix()
            if any(rel == s or rel.startswith(s) for s in spec["sources"]) and not any(
                rel.startswith(e) for e in spec["exclude"]
            ):
                chosen.append(path)
        result[area] = sorted(chosen)
    return result


def lupdate(ts_file: Path, sources: list[Path]) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(tool), "-silent", "-no-obsolete", *map(str, sources), "-ts", str(ts_file)],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Update every area's .ts file, or only the areas named on the command line."""
    wanted = set(sys.argv[1:] if argv is None else argv)
    for area, sources in area_sources().items():
        if not sources or (wanted and area not in wanted):
            continue
        for language in LANGUAGES:
            ts_file = TRANSLATIONS / f"{area}_{language}.ts"
            lupdate(ts_file, sources)
            print(f"updated {ts_file.relative_to(PROJECT_ROOT)} from {len(sources)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
