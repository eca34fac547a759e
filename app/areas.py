"""The areas of Raketti and the one place that lists them.

Each area is a package in `app/` (and usually one in `views/`) whose `__init__.py`
declares an `AREA`: its panel, demo step, translation file, the change kinds its views
refresh on, and what it adds to another area's view (the tabs and boxes of the customer's
detail pane). The main window, the demo, the translation tooling and the customer pane read
these declarations, so adding an area means writing its packages and adding its name to
`AREA_PACKAGES`; and no area imports the views of one that builds on it (the areas import
each other without a cycle: tests/core/test_layers.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
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
    "privacy",
)


@dataclass(frozen=True)
class CustomerPart:
    """A tab or a box an area adds to the customer's detail pane (views/customers/parts.py
    says what the widget offers). Built when the pane is built, loaded by reference."""

    widget: str  # "views.<area>.<module>:<Class>", a QWidget class called with (ctx)
    order: int  # its place among the pane's tabs, or among the Details tab's boxes
    # A tab's title, in the widget class's translation context (None for a box).
    title: str | None = None

    def context(self) -> str:
        """The translation context of its title: the widget class's name."""
        return self.widget.partition(":")[2]


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
    # What it adds to the customer's detail pane: tabs after the pane's own (Details,
    # Contacts, Timeline: orders 10, 20, 30), and boxes on the Details tab (below its
    # fields; a negative order: above them, under the heading).
    customer_tabs: tuple[CustomerPart, ...] = ()
    customer_boxes: tuple[CustomerPart, ...] = ()
    # The modules of views/<key>/ other areas' views may import (a dialog they open);
    # the rest is reached only through the declarations above (tests/core/test_layers.py).
    views_api: tuple[str, ...] = ()
    # Functions it lends to areas it builds on, which must not import it (a reverse
    # dependency): (hook name, "app.<key>.<module>:function"); the caller finds them with
    # `hooks(name)`, which says what each hook is called with.
    hooks: tuple[tuple[str, str], ...] = ()

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


def hooks(name: str) -> list[Callable[..., Any]]:
    """Every area's function for the hook `name` (Area.hooks), in navigation order, loaded
    on first use. The hooks today:
    - "contact_deleted" (session, contact row mapping), inside the deletion's transaction,
      and "contact_restored" (session, contact row mapping), inside the restore's;
    - "set_customer_strategies" (store, customer id, choice, author member id) -> the
      replaced choice: the one write path of a customer's strategies (one area has it);
    - team sync's "received_ops" (db, ops, early erasure ops) -> the ops with an erased
      person's values taken out, before they are checked and logged; "received_applied"
      (db, the new ops) after they are merged (an erasure among them purges); "after_sync"
      (store, folder, team, device, note) at the end of a sync (privacy: own files);
    - "erased_records" (store, table, uuids) -> the erased ones among them, and
      "contact_actions" (menu, ctx, contact id, parent), the Contacts tab's context menu.
    """
    return [load(ref) for a in areas() for hook, ref in a.hooks if hook == name]


def customer_tabs() -> list[CustomerPart]:
    """Every area's tabs for the customer's detail pane, in their order."""
    return sorted((t for a in areas() for t in a.customer_tabs), key=lambda t: t.order)


def customer_boxes() -> list[CustomerPart]:
    """Every area's boxes for the customer's Details tab, in their order."""
    return sorted((b for a in areas() for b in a.customer_boxes), key=lambda b: b.order)
