"""Tests of governance: meeting series, actions, cadence, reports, strategies, the panel."""
