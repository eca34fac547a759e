"""Reading imports from the source (AST) and the graph they make, for tests/core/test_layers.py.

Every `import` counts: module level, function-local, under `if TYPE_CHECKING:`, relative."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent


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


def _module_path(module: str) -> Path | None:
    base = ROOT.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return base if base.is_dir() else None  # a namespace package (views/success/)


def brought(imp: Import) -> set[str]:
    """The modules an import statement loads: `from app.x import y` is app.x.y when y is a
    module, else app.x."""
    found = set()
    for target in imp.targets:
        parts = target.split(".")
        while parts and _module_path(".".join(parts)) is None:
            parts.pop()
        if parts:
            found.add(".".join(parts))
    return found


Edges = dict[str, dict[str, list[str]]]  # importer -> imported -> "file:line: statement"


def import_graph(files: list[Path], node: Callable[[str], str | None]) -> Edges:
    """Who imports whom, between the nodes `node` maps modules to (None: not a node)."""
    graph: Edges = {}
    for file in files:
        path = PurePosixPath(file.relative_to(ROOT).as_posix())
        importer = node(module_of(path)[0])
        if importer is None:
            continue
        for imp in imports(file.read_text(encoding="utf-8"), path):
            for target in {node(m) for m in brought(imp)} - {None, importer}:
                assert target is not None
                graph.setdefault(importer, {}).setdefault(target, []).append(
                    f"{path}:{imp.line}: {imp.statement}"
                )
    return graph


def a_cycle(graph: Edges) -> list[str] | None:
    """One cycle of the graph as its nodes (the first again at the end), or None."""
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, {})):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := walk(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := walk(start)):
            return found
    return None


def cycle_text(cycle: list[str], graph: Edges) -> str:
    lines = [" → ".join(cycle)]
    for here, there in itertools.pairwise(cycle):
        lines.append(f"  {here} → {there}:")
        lines.extend(f"    {where}" for where in graph[here][there])
    return "\n".join(lines)
