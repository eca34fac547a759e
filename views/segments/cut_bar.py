"""Where the quadrant lines go, shared by the balloon chart and the value table: the Pareto
cut at a share of the team's value, or a fixed score. Remembered between sessions."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from app.segments.value_map import Cut


class CutSettings(QObject):
    changed = Signal()

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        mode = str(settings.value("segments/cut_mode", "pareto"))
        self.cut = Cut(
            mode if mode in ("pareto", "fixed") else "pareto",
            _float(settings.value("segments/cut_share", 0.8), 0.8),
            _float(settings.value("segments/cut_score", 3.0), 3.0),
        )

    def set(self, cut: Cut) -> None:
        if cut != self.cut:
            self.cut = cut
            self.settings.setValue("segments/cut_mode", cut.mode)
            self.settings.setValue("segments/cut_share", cut.share)
            self.settings.setValue("segments/cut_score", cut.score)
            self.changed.emit()


def _float(value: object, default: float) -> float:
    try:
        return float(str(value))
    except ValueError:
        return default


class CutBar(QWidget):
    """Mode, Pareto share (50–95 %) and fixed score (1–5), bound to one CutSettings."""

    def __init__(self, cuts: CutSettings) -> None:
        super().__init__()
        self.cuts = cuts
        self.mode = QComboBox()
        self.mode.setObjectName("cutMode")
        self.mode.addItem(self.tr("Pareto cut"), "pareto")
        self.mode.addItem(self.tr("Fixed score"), "fixed")
        self.share = QSpinBox()
        self.share.setObjectName("cutShare")
        self.share.setRange(50, 95)
        self.share.setSuffix(" %")
        self.share.setToolTip(
            self.tr("High value: the customers that together bring this share of the team's value")
        )
        self.score = QDoubleSpinBox()
        self.score.setObjectName("cutScore")
        self.score.setRange(1.0, 5.0)
        self.score.setSingleStep(0.5)
        self.score.setDecimals(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Quadrants")))
        row.addWidget(self.mode)
        row.addWidget(self.share)
        row.addWidget(self.score)
        self._show(cuts.cut)
        self.mode.activated.connect(lambda _i: self._edited())
        self.share.editingFinished.connect(self._edited)
        self.score.editingFinished.connect(self._edited)
        cuts.changed.connect(lambda: self._show(self.cuts.cut))

    def _show(self, cut: Cut) -> None:
        self.mode.setCurrentIndex(max(0, self.mode.findData(cut.mode)))
        self.share.setValue(round(cut.share * 100))
        self.score.setValue(cut.score)
        self.share.setVisible(cut.mode == "pareto")
        self.score.setVisible(cut.mode == "fixed")

    def _edited(self) -> None:
        cut = Cut(str(self.mode.currentData()), self.share.value() / 100, self.score.value())
        self._show(cut)
        self.cuts.set(cut)
