"""What one cell of an exported table may hold: apart from the writer, so that the tables'
models can name it without loading openpyxl at start-up."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

Cell = str | int | float | Decimal | date | datetime | None
