"""Views of the Rocket model: drawing, process detail, rounds, progress chart, coach."""
