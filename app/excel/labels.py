"""Names of stored codes in the workbook's language.

Level and interaction-type names are the window's own (models/code_names.py, context
"labels", so one translation serves both); strategy and metric names are marked where their
areas define them.
"""

from __future__ import annotations

from app.excel.texts import Texts
from models.code_names import INTERACTION_NAMES, LEVEL_NAMES
from models.governance import STRATEGY_LABELS, Strategy
from models.rules import QT_TRANSLATE_NOOP

QUADRANT_NAMES = {
    "high_high": QT_TRANSLATE_NOOP("ExcelExport", "High value, high potential"),
    "high_low": QT_TRANSLATE_NOOP("ExcelExport", "High value, low potential"),
    "low_high": QT_TRANSLATE_NOOP("ExcelExport", "Low value, high potential"),
    "low_low": QT_TRANSLATE_NOOP("ExcelExport", "Low value, low potential"),
}


class Labels:
    def __init__(self, texts: Texts) -> None:
        self.texts = texts
        # A million interactions name seven types: translate each once.
        self._kinds = {code: texts.get("labels", name) for code, name in INTERACTION_NAMES.items()}

    def level(self, code: str) -> str:
        name = LEVEL_NAMES.get(code)
        return self.texts.get("labels", name) if name else code

    def interaction(self, code: str | None) -> str | None:
        return self._kinds.get(code, code) if code else code

    def quadrant(self, code: str) -> str:
        name = QUADRANT_NAMES.get(code)
        return self.texts(name) if name else code

    def strategy(self, code: str) -> str:
        try:
            return self.texts.get("strategy", STRATEGY_LABELS[Strategy(code)])
        except ValueError:
            return code

    def strategies(self, codes: tuple[str, ...]) -> str:
        return " + ".join(self.strategy(code) for code in codes)

    def metric(self, label: str) -> str:
        return self.texts.get("metrics", label)
