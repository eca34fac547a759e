"""The demo generators of later panels, run in this order after the core demo data."""

from __future__ import annotations

from app import ladder_demo, rocket_demo, segments
from app.demo import DemoStep

# Each step is fn(connection, DemoContext) and runs inside the demo's one transaction.
STEPS: list[DemoStep] = []
STEPS.append(rocket_demo.step)
STEPS.append(ladder_demo.step)
STEPS.append(segments.demo_step)
