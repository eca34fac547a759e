"""The import direction between layers and areas, read from the source (AST), not from habit.

- `models/` never imports Qt, `app/` or `views/`;
- `app/` never imports `views/` or Qt (no PySide6 at all: the app layer runs without a
  QApplication, in the command line and on worker threads);
- an area package (`app/<area>/`, `views/<area>/`) never reaches into another area's private
  modules or names (those starting with `_`);
- the areas import each other without a cycle (`app/<area>/` and `views/<area>/` together
  are one node); an area that must reach one that depends on it uses a reverse dependency:
  a declaration in its `Area` (the customer pane's tabs and boxes), a registry or a
  callback passed in;
- `views/` never opens a session (no `store.read()`, `store.write()`, `store.rows()`,
  `Session(`, `engine.connect(`) and imports no SQLAlchemy: the reads and writes are the
  app layer's;
- a view imports of another area only its public API: of `app/<area>/`, its `api.py`
  where it has one (team sync), else its public modules; of `views/<area>/`, only the
  modules its `Area.views_api` names (a dialog others open). What an area shows inside
  another's view it declares, and the host loads it by reference (`app.areas.load`);
- start-up runs one way: views/startup → early_start → launcher → main_window →
  window_menus → file_menu → restore_dialog, never back.

Every `import` counts: module level, function-local, under `if TYPE_CHECKING:`, relative.
"""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import pytest

from app.areas import AREA_PACKAGES, Area, areas
from tests.import_graph import (
    ROOT,
    Edges,
    a_cycle,
    brought,
    cycle_text,
    import_graph,
    imports,
    module_of,
)

CHECKED = ("app", "models", "views")
QT = ("PySide6", "shiboken6", "pyqtgraph")
# Modules of app/ that may import QtCore (signals, QObject). None today; keep it that way.
APP_MAY_USE_QTCORE: frozenset[str] = frozenset()


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


# --- the area graph has no cycle ------------------------------------------------------------


def area_of(module: str, areas: tuple[str, ...]) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] in ("app", "views") and parts[1] in areas:
        return parts[1]
    return None


def test_the_areas_import_each_other_without_a_cycle() -> None:
    graph = import_graph(checked_files(), lambda m: area_of(m, AREA_PACKAGES))
    assert "customers" in graph.get("success", {})  # the scan saw the areas' imports
    cycle = a_cycle(graph)
    assert cycle is None, "the areas import each other in a circle:\n" + cycle_text(cycle, graph)


def test_the_cycle_finder_finds_and_names_a_cycle() -> None:
    graph: Edges = {"a": {"b": ["a.py:1"]}, "b": {"c": ["b.py:2"]}, "c": {"a": ["c.py:3"]}}
    cycle = a_cycle(graph)
    assert cycle == ["a", "b", "c", "a"]
    assert cycle_text(cycle, graph).splitlines()[:3] == ["a → b → c → a", "  a → b:", "    a.py:1"]
    assert a_cycle({"a": {"b": []}, "b": {}, "c": {"a": []}}) is None


# --- start-up runs one way ------------------------------------------------------------------

START_UP = (
    "views.startup",
    "views.early_start",
    "views.launcher",
    "views.main_window",
    "views.window_menus",
    "views.file_menu",
    "views.restore_dialog",
)


def test_start_up_imports_one_way() -> None:
    files = [ROOT.joinpath(*m.split(".")).with_suffix(".py") for m in START_UP]
    graph = import_graph(files, lambda m: m if m in START_UP else None)
    cycle = a_cycle(graph)
    assert cycle is None, "start-up modules import each other:\n" + cycle_text(cycle, graph)
    # …and in the order written above: each only imports those after it.
    backwards = [
        f"{here} imports {there}: {where}"
        for here, targets in graph.items()
        for there, wheres in targets.items()
        if START_UP.index(there) < START_UP.index(here)
        for where in wheres
    ]
    assert not backwards, "\n".join(backwards)


# --- views never open a session -------------------------------------------------------------

# Views that may import SQLAlchemy, each with why (typing only, under TYPE_CHECKING). None.
VIEWS_MAY_IMPORT_SQLALCHEMY: dict[str, str] = {}
SESSION_CALLS = {"read": "store", "write": "store", "rows": "store", "connect": "engine"}


def session_openings(source: str, path: PurePosixPath) -> list[str]:
    """Where a view opens a session or a connection, or imports SQLAlchemy."""
    found = []
    for node in ast.walk(ast.parse(source, str(path))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
            owner = SESSION_CALLS.get(name)
            if (owner and receiver.lower().endswith(owner)) or name in ("Session", "sessionmaker"):
                found.append(f"{path}:{node.lineno}: {ast.unparse(func)}(…)")
    if str(path) not in VIEWS_MAY_IMPORT_SQLALCHEMY:
        found.extend(
            f"{path}:{imp.line}: {imp.statement}"
            for imp in imports(source, path)
            if any(_is(t, "sqlalchemy") for t in imp.targets)
        )
    return found


def test_views_never_open_a_session() -> None:
    files = sorted((ROOT / "views").rglob("*.py"))
    found = [
        line
        for file in files
        for line in session_openings(
            file.read_text(encoding="utf-8"), PurePosixPath(file.relative_to(ROOT).as_posix())
        )
    ]
    assert not found, "views open sessions (put the read or write in app/):\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("with self.ctx.store.read() as s:\n    pass\n", "self.ctx.store.read(…)"),
        ("with store.write(changes) as s:\n    pass\n", "store.write(…)"),
        ("rows = ctx.store.rows(q)\n", "ctx.store.rows(…)"),
        ("s = Session(bind=e)\n", "Session(…)"),
        ("c = self.engine.connect()\n", "self.engine.connect(…)"),
        ("def f():\n    from sqlalchemy import select\n", "from sqlalchemy import select"),
    ],
)
def test_the_session_check_sees_each_opening(source: str, expected: str) -> None:
    [found] = session_openings(source, PurePosixPath("views/x.py"))
    assert found.endswith(expected)


def test_the_session_check_lets_other_calls_be() -> None:
    source = "sys.stderr.write(t)\nsettings.sync()\nfile.read()\nself.ctx.query('k', f, g)\n"
    assert session_openings(source, PurePosixPath("views/x.py")) == []


# --- views use another area's public API ----------------------------------------------------


def public_api_breach(importer: str, module: str, areas: tuple[str, ...]) -> str | None:
    """Why a view `importer` may not import `module` of another area, or None."""
    mine, theirs = area_of(importer, areas), area_of(module, areas)
    if not importer.startswith("views.") or mine is None or theirs is None or theirs == mine:
        return None
    layer = module.split(".")[0]
    if layer == "app":
        if (ROOT / "app" / theirs / "api.py").is_file() and module not in (
            f"app.{theirs}",
            f"app.{theirs}.api",
        ):
            return f"area {theirs!r} offers app.{theirs}.api only"
        return None
    if module not in area_declaration(theirs).views_api:
        return (
            f"views/{theirs}/ is not {theirs!r}'s public API (declare the part in its Area, "
            "or name the module in Area.views_api)"
        )
    return None


def area_declaration(key: str) -> Area:
    return next(a for a in areas() if a.key == key)


def test_views_use_only_the_public_api_of_another_area() -> None:
    found: list[str] = []
    for file in checked_files():
        path = PurePosixPath(file.relative_to(ROOT).as_posix())
        importer = module_of(path)[0]
        for imp in imports(file.read_text(encoding="utf-8"), path):
            found.extend(
                f"{path}:{imp.line}: {imp.statement}  ({why})"
                for module in sorted(brought(imp))
                if (why := public_api_breach(importer, module, AREA_PACKAGES))
            )
    assert not found, "views reach into another area:\n" + "\n".join(found)


@pytest.mark.parametrize(
    ("importer", "module", "allowed"),
    [
        ("views.customers.detail", "app.sync.marks", False),
        ("views.customers.detail", "app.sync.api", True),
        ("views.customers.detail", "app.sync", True),
        ("views.customers.detail", "views.sync.history_tab", False),
        ("views.customers.panel", "views.segments.widgets", True),
        ("views.customers.panel", "views.segments.panel", False),
        ("views.ladder.panel", "app.segments.records", True),
        ("views.sync.status", "app.sync.marks", True),  # its own area
        ("views.main_window", "views.sync.status", True),  # the window hosts every area
        ("app.customers.records", "app.sync.marks", True),  # rule (c) is about views
    ],
)
def test_the_public_api_rule(importer: str, module: str, allowed: bool) -> None:
    assert (public_api_breach(importer, module, AREA_PACKAGES) is None) is allowed
