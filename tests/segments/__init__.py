"""Tests of segments: segmentations, history, the reports and their reads, the panel."""
