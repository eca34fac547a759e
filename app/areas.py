"""The areas of Raketti and the one place that lists them.

Each area is a package in `app/` (and usually one in `views/`) whose `__init__.py`
declares an `AREA`: its panel, demo step, translation file and the change kinds its views
refresh on. The main window, the demo and the translation tooling read these declarations,
so adding an area means writing its packages and adding its name to `AREA_PACKAGES`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.changes import Kind

# Navigation order. A new area adds its package name here: the one line outside its package.
AREA_PACKAGES: tuple[str, ...] = (
    "customers",
    "ladder",
    "rocket",
    "governance",
    "segments",
    "success",
    "sync",
)


@dataclass(frozen=True)
class Area:
    key: str  # its package name in app/ and views/
    translation: str  # resources/translations/<translation>_<lang>.ts holds its strings
    panel: str | None = None  # "views.<key>.panel:ClassName", built by the main window
    # Its navigation entry, in the panel class's translation context: the window lists the
    # panel without importing its module (panels are built when first shown).
    title: str | None = None
    demo: str | None = None  # "app.<key>.demo:step", run inside the demo's transaction
    listens: frozenset[Kind] = field(default_factory=frozenset)  # kinds its views refresh on
    # Its navigation icon, resources/icons/<icon>.svg; None: <key>.svg when there is one.
    icon: str | None = None

    def sources(self) -> tuple[str, ...]:
        """Its source prefixes, relative to the project root (for the translation tooling)."""
        return (f"app/{self.key}/", f"views/{self.key}/", f"models/{self.key}.py")


def panel_title(area: Area) -> tuple[str, str] | None:
    """(translation context, English text) of an area's navigation entry, if declared."""
    if area.panel is None or area.title is None:
        return None
    return area.panel.partition(":")[2], area.title


def load(reference: str) -> Any:
    """The object a "package.module:name" reference names, imported on first use."""
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


@cache
def areas() -> tuple[Area, ...]:
    """Every area's declaration, in navigation order."""
    found = []
    for key in AREA_PACKAGES:
        area = importlib.import_module(f"app.{key}").AREA
        if not isinstance(area, Area) or area.key != key:
            raise TypeError(f"app/{key}/__init__.py must declare AREA = Area({key!r}, …)")
        found.append(area)
    return tuple(found)


def area(key: str) -> Area:
    return next(a for a in areas() if a.key == key)
