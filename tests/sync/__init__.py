"""Tests of team sync: merging, files, convergence, kills, what the window shows."""
