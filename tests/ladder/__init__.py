"""Tests of the customer ladder: moves, the board, statistics, the panel."""
