"""The revisions this version of Raketti knows, read from the migration files as text.

Kept apart from models/migration.py (which needs SQLAlchemy and, when migrating, Alembic):
start-up compares a file's version stamp with these before anything else is imported.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
VERSIONS = MIGRATIONS / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+)$", re.MULTILINE)


@cache
def _revision_graph() -> dict[str, frozenset[str]]:
    """Each revision with the revisions it follows, read from the files as plain text."""
    graph: dict[str, frozenset[str]] = {}
    for file in sorted(VERSIONS.glob("*.py")):
        values = dict(_ASSIGNMENT.findall(file.read_text(encoding="utf-8")))
        if "revision" not in values:
            continue
        down = ast.literal_eval(values.get("down_revision", "None"))
        downs = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        graph[ast.literal_eval(values["revision"])] = frozenset(downs)
    return graph


def known_revisions() -> frozenset[str]:
    return frozenset(_revision_graph())


def known_heads() -> frozenset[str]:
    """The newest revisions, without importing Alembic (start-up compares against these)."""
    graph = _revision_graph()
    followed = {down for downs in graph.values() for down in downs}
    return frozenset(graph) - followed
