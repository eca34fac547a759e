"""Tests of customer success: lifecycle, goals, feedback, journeys, the widgets."""
