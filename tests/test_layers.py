"""The import direction between layers and areas, read from the source (AST), not from habit.

- `models/` never imports Qt, `app/` or `views/`;
- `app/` never imports `views/` or Qt (no PySide6 at all: the app layer runs without a
  QApplication, in the command line and on worker threads);
- an area package (`app/<area>/`, `views/<area>/`) never reaches into another area's private
  modules or names (those starting with `_`).

Every `import` counts: module level, function-local, under `if TYPE_CHECKING:`, relative.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest

from app.areas import AREA_PACKAGES

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ("app", "models", "views")
QT = ("PySide6", "shiboken6", "pyqtgraph")
# Modules of app/ that may import QtCore (signals, QObject). None today; keep it that way.
APP_MAY_USE_QTCORE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Import:
    line: int
    statement: str  # as written, for the message
    targets: tuple[str, ...]  # absolute dotted names it brings in (modules or module.name)


def module_of(path: PurePosixPath) -> tuple[str, bool]:
    """`app/ladder/service.py` -> ("app.ladder.service", False); a package's __init__ -> True."""
    parts = list(path.with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute module a relative `from .x import y` names (level dots)."""
    if level == 0:
        return name or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports(source: str, path: PurePosixPath) -> Iterator[Import]:
    module, is_package = module_of(path)
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Import):
            yield Import(node.lineno, ast.unparse(node), tuple(a.name for a in node.names))
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, is_package, node.level, node.module)
            # `from pkg import name`: name may be a submodule or an attribute; check both.
            prefix = f"{base}." if base else ""
            targets = (base, *(prefix + a.name for a in node.names if a.name != "*"))
            yield Import(node.lineno, ast.unparse(node), targets)


def _is(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def _private(part: str) -> bool:
    return part.startswith("_") and not part.startswith("__")


def broken_rule(importer: str, target: str, areas: tuple[str, ...]) -> str | None:
    """Why `importer` (a dotted module) may not import `target`, or None when it may."""
    layer = importer.split(".")[0]
    if layer == "models":
        if any(_is(target, q) for q in QT):
            return "models/ must not import Qt"
        if _is(target, "app") or _is(target, "views"):
            return "models/ must not import app/ or views/"
    if layer == "app":
        if _is(target, "views"):
            return "app/ must not import views/"
        if any(_is(target, q) for q in QT) and not (
            _is(target, "PySide6.QtCore") and importer in APP_MAY_USE_QTCORE
        ):
            return "app/ must not import Qt"
    parts, theirs = importer.split("."), target.split(".")
    if (
        len(parts) >= 2
        and parts[0] in ("app", "views")
        and parts[1] in areas
        and len(theirs) > 2
        and theirs[0] in ("app", "views")
        and theirs[1] in areas
        and theirs[1] != parts[1]
        and any(_private(p) for p in theirs[2:])
    ):
        return f"area {parts[1]!r} must not use area {theirs[1]!r}'s private modules or names"
    return None


def violations(
    source: str, path: PurePosixPath, areas: tuple[str, ...] = AREA_PACKAGES
) -> list[str]:
    """One line per forbidden import: `file:line: statement  (rule)`."""
    importer, _ = module_of(path)
    found = []
    for imp in imports(source, path):
        reasons = {r for t in imp.targets if (r := broken_rule(importer, t, areas))}
        found.extend(f"{path}:{imp.line}: {imp.statement}  ({r})" for r in sorted(reasons))
    return found


def checked_files() -> list[Path]:
    return sorted(p for top in CHECKED for p in (ROOT / top).rglob("*.py"))


def test_layers_and_areas_import_only_what_they_may() -> None:
    files = checked_files()
    assert len(files) > 50 and ROOT / "app" / "store.py" in files  # the scan saw the code
    found = [
        line
        for file in files
        for line in violations(
            file.read_text(encoding="utf-8"), PurePosixPath(file.relative_to(ROOT).as_posix())
        )
    ]
    assert not found, "forbidden imports:\n" + "\n".join(found)


# --- the checker itself can fail ---------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        (
            "models/customer.py",
            "import os\n\ndef f():\n    from PySide6.QtCore import QDate\n",
            "models/customer.py:4: from PySide6.QtCore import QDate  (models/ must not import Qt)",
        ),
        (
            "models/rules.py",
            "from app.store import Store\n",
            "models/rules.py:1: from app.store import Store  "
            "(models/ must not import app/ or views/)",
        ),
        (
            "app/teams.py",
            "if True:\n    import views.labels\n",
            "app/teams.py:2: import views.labels  (app/ must not import views/)",
        ),
        (
            "app/ladder/service.py",
            "from PySide6 import QtWidgets\n",
            "app/ladder/service.py:1: from PySide6 import QtWidgets  (app/ must not import Qt)",
        ),
        (
            "app/ladder/service.py",
            "def f():\n    from ..rocket import _rounds\n",
            "app/ladder/service.py:2: from ..rocket import _rounds  "
            "(area 'ladder' must not use area 'rocket''s private modules or names)",
        ),
        (
            "views/ladder/panel.py",
            "x = 1\nfrom ..customers._table import Cell\n",
            "views/ladder/panel.py:2: from ..customers._table import Cell  "
            "(area 'ladder' must not use area 'customers''s private modules or names)",
        ),
        (
            "app/rocket/__init__.py",
            "from app.ladder import _moves\n",
            "app/rocket/__init__.py:1: from app.ladder import _moves  "
            "(area 'rocket' must not use area 'ladder''s private modules or names)",
        ),
    ],
)
def test_the_checker_names_file_line_and_import(path: str, source: str, expected: str) -> None:
    found = violations(source, PurePosixPath(path), ("customers", "ladder", "rocket"))
    assert found == [expected]


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("views/ladder/panel.py", "from PySide6.QtWidgets import QWidget\nfrom app import teams\n"),
        ("views/ladder/panel.py", "from app.ladder import _private\nfrom ._board import x\n"),
        ("views/ladder/panel.py", "from app.customers import records, X\n"),
        ("app/ladder/__init__.py", "from .__about__ import v\nfrom app.changes import Kind\n"),
        ("views/main_window.py", "from app.ladder import _whatever\n"),  # not an area package
        ("models/ladder.py", "from sqlalchemy import Integer\nfrom models.rules import x\n"),
    ],
)
def test_the_checker_allows_what_the_rules_allow(path: str, source: str) -> None:
    assert violations(source, PurePosixPath(path), ("customers", "ladder", "rocket")) == []
