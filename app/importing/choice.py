"""What happens to a row of the file that repeats a customer: apart from the plan, so that
main.py's argument parser can offer the choices without importing the database layer."""

from __future__ import annotations

from enum import StrEnum


class Choice(StrEnum):
    NEW = "new"  # import as a new customer
    UPDATE = "update"  # update the existing customer it repeats
    SKIP = "skip"
