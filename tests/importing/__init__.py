"""Tests of importing customers: reading files, the plan and its application, the wizard."""
