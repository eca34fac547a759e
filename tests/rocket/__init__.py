"""Tests of the Rocket model: catalogue, scoring, rounds, the coach, the panel."""
