"""The demo generators of later panels, run in this order after the core demo data."""

from __future__ import annotations

from app.demo import DemoStep

# Each step is fn(connection, DemoContext) and runs inside the demo's one transaction.
STEPS: list[DemoStep] = []
