"""The window looks like one designed app: palette colours in dark mode too, navigation
icons with a clear selected state, dialogs sized to their text, a language change that
offers the restart it needs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from app.rocket.scoring import add_score
from tests.ladder_helpers import add_customer
from views.palette import luminance

pytestmark = pytest.mark.gui


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Midlight: "#444444",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp) -> Iterator[QPalette]:  # type: ignore[no-untyped-def]
    before = QApplication.palette()
    palette = dark_palette()
    QApplication.setPalette(palette)
    yield palette
    QApplication.setPalette(before)


def pixel(widget: QWidget, at: QPoint) -> QColor:
    image: QImage = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(at.x() * ratio), int(at.y() * ratio))


def test_dark_mode_custom_painting_uses_the_palette(qtbot, dark, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.main_window import MainWindow

    add_customer(ctx.store, ctx.team_id, "Tumma Oy", date.today() - timedelta(days=30))
    add_score(ctx.store, ctx.team_id, "Y1", 2, "half_year", date.today())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()

    window.navigation.setCurrentRow(list(window.panels).index("rocket"))
    rocket = window.panels["rocket"]
    qtbot.waitUntil(lambda: bool(rocket.drawing.boxes))
    box = rocket.drawing.boxes["Y1"]
    fill = pixel(box, QPoint(6, box.height() - 6))
    assert luminance(fill) < 0.35, fill.name()  # a deep tint, not a pale fill
    body = pixel(rocket.drawing, QPoint(rocket.drawing.width() // 2, 70))  # the nose cone
    assert luminance(body) < 0.35, body.name()
    empty_dot = pixel(rocket.detail.dots, rocket.detail.dots.dot_center(2).toPoint())
    assert luminance(empty_dot) < 0.35, empty_dot.name()

    model = rocket.coach.model
    from views.rocket.common import heat_colour

    for dots in range(4):
        assert luminance(heat_colour(dots, QApplication.palette())) < 0.45
    assert model is not None

    rocket.tabs.setCurrentWidget(rocket.chart)
    qtbot.waitUntil(lambda: rocket.chart.computations == 1 and not rocket.chart.computing)
    background = rocket.chart.plot.backgroundBrush().color()
    assert luminance(background) < 0.3, background.name()

    window.navigation.setCurrentRow(list(window.panels).index("ladder"))
    ladder = window.panels["ladder"]
    view = ladder.views["A3"]
    qtbot.waitUntil(lambda: view.model() is not None and view.model().rowCount() == 1)
    card = view.visualRect(view.model().index(0, 0))
    inside = pixel(view.viewport(), QPoint(card.left() + 40, card.top() + 4))
    assert luminance(inside) < 0.35, inside.name()
    window.close()


def test_navigation_has_an_icon_per_area_and_a_clear_selected_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    navigation = window.navigation
    for row in range(navigation.count()):
        item = navigation.item(row)
        assert not item.icon().isNull(), item.text()
    navigation.setCurrentRow(1)
    rect = navigation.visualItemRect(navigation.item(1))
    selected = pixel(navigation.viewport(), QPoint(rect.left() + 8, rect.center().y()))
    highlight = navigation.palette().color(QPalette.ColorRole.Highlight)
    assert abs(luminance(selected) - luminance(highlight)) < 0.05, selected.name()
    other = navigation.visualItemRect(navigation.item(0))
    plain = pixel(navigation.viewport(), QPoint(other.left() + 8, other.center().y()))
    assert abs(luminance(plain) - luminance(highlight)) > 0.1


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_window_fits_a_small_laptop_screen(qtbot, qapp, ctx, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every panel fits 1280 × 800 in both languages (Finnish words are long), so nothing
    is pushed off screen or cut on a small laptop."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from views import i18n
    from views.main_window import MainWindow

    add_customer(ctx.store, ctx.team_id, "Pieni Näyttö Oy", date.today() - timedelta(days=30))
    locale = QLocale()
    translators = i18n.install(qapp, language)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 800, (row, hint)
        window.close()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_first_start_team_dialog_is_sized_to_its_text_and_says_what_cancel_does(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from views.team_dialog import NewTeamDialog

    dialog = NewTeamDialog(ctx, None, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60
    assert dialog.cancel_button.text() == "Quit Raketti"
    intro = dialog.findChild(QLabel, "newTeamIntro")
    assert "Quit Raketti closes it" in intro.text()
    dialog.accept()  # nothing typed: every field's message is shown
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "error_name").isVisible())
    for label in dialog.findChildren(QLabel):
        if label.objectName().startswith("error_") and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert label.width() >= min(label.sizeHint().width(), 200)
    later = NewTeamDialog(ctx, None)  # from the File menu there is a window to go back to
    qtbot.addWidget(later)
    assert later.cancel_button.text() != "Quit Raketti"


def test_a_language_change_offers_the_restart_it_needs(
    qtbot, window, ctx, monkeypatch, unsaved
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    panel = window.panels["customers"]
    panel.new_customer()
    panel.detail.record.name.setText("Kesken Oy")
    unsaved.answer("cancel")
    window.set_language("en")
    assert asked and "restart" in asked[0].lower()
    assert window.isVisible() and not window.restart_requested  # the typing was kept
    assert (
        QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat).value("ui/language")
        == "en"
    )
    unsaved.answer("discard")
    window.set_language("en")
    assert window.restart_requested and not window.isVisible()


def test_the_restart_keeps_the_command_line_but_not_the_old_language_flag(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from views import i18n

    assert i18n.restart_arguments(["--lang", "fi", "--db", "x.sqlite"]) == ["--db", "x.sqlite"]
    assert i18n.restart_arguments(["--lang=en"]) == []
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        i18n.QProcess,
        "startDetached",
        lambda program, args, cwd: started.append((program, args)) or (True, 1),
    )
    monkeypatch.setattr(i18n.sys, "argv", ["main.py", "--lang", "fi"])
    assert i18n.start_again()
    assert started[0][1][0].endswith("main.py") and "--lang" not in started[0][1]
