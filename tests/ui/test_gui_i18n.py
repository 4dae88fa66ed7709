"""Languages at run time (issue 8): the language chosen and installed, Arabic right to left,
numbers and dates in the locale's format, nothing left in English on screen, and
real-window screenshots in Arabic and Russian (test-artifacts/). The catalogues
themselves are checked in test_gui_catalogues.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, translations_tool
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from ui import i18n
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
LANGUAGES = ("ru", "fr", "ar")
tool = translations_tool()


# -- choosing and installing a language ---------------------------------------------------


def test_language_choice(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    choose = i18n.choose_language
    assert choose(settings, {}, ["fr-CA", "en-US"]) == "fr"
    assert choose(settings, {}, ["ar-EG"]) == "ar"
    assert choose(settings, {}, ["de-DE", "ru-RU"]) == "ru"
    assert choose(settings, {}, ["de-DE"]) == "en"
    i18n.save_language("ru", settings)
    assert choose(settings, {}, ["fr-FR"]) == "ru", "the setting wins over the system"
    assert choose(settings, {"EVIDENCE_KIT_LANG": "ar_SY.UTF-8"}, ["fr"]) == "ar"
    assert choose(settings, {"EVIDENCE_KIT_LANG": "de"}, ["fr"]) == "en"
    i18n.save_language("", settings)
    assert choose(settings, {}, ["fr-FR"]) == "fr"


def test_language_menu_saves_the_choice(qtbot: Any, window: MainWindow,
                                        switch: Callable[[str], str]) -> None:
    """Saved for the next start, and shown at once (tests/ui/test_gui_language_switch.py)."""
    from PySide6.QtWidgets import QMenu

    menu = window.findChild(QMenu, "LanguageMenu")
    assert menu is not None, "View > Language"
    names = [a.text() for a in menu.actions()]
    assert names == ["System language", "English", "Русский", "Français", "العربية"]
    assert menu.actions()[0].isChecked()
    with qtbot.waitSignal(window.language_switch.switched, timeout=WAIT_MS):
        next(a for a in menu.actions() if a.data() == "ar").trigger()
    assert QSettings().value("language") == "ar"
    assert i18n.choose_language(environ={}, system_languages=["en"]) == "ar"
    assert i18n.current_language() == "ar" and window.isRightToLeft()
    menu = window.findChild(QMenu, "LanguageMenu")  # (a new menu, in Arabic)
    with qtbot.waitSignal(window.language_switch.switched, timeout=WAIT_MS):
        menu.actions()[0].trigger()
    assert QSettings().value("language") is None
    assert i18n.current_language() == i18n.choose_language(environ={})


def test_body_names_match_the_core() -> None:
    from evidence_kit.records import BODIES

    assert i18n.BODY_NAMES == BODIES, "ui/i18n.py BODY_NAMES must follow the core's BODIES"


def test_testimony_vocabulary_matches_the_form(qtbot: Any) -> None:
    from ui.testimony_form import TestimonyForm

    form = TestimonyForm()
    qtbot.addWidget(form)
    names = form._vocabulary()
    assert {key: names[key] for key in i18n.VOCABULARY} == i18n.VOCABULARY


def test_source_kinds_match_the_form(qtbot: Any) -> None:
    from evidence_kit.sources import KINDS
    from ui.sources_tab import SourceForm

    form = SourceForm()
    qtbot.addWidget(form)
    names = {form.kind.itemData(i): form.kind.itemText(i) for i in range(form.kind.count())}
    assert names == i18n.SOURCE_KINDS and set(KINDS) == set(i18n.SOURCE_KINDS)


@pytest.fixture
def switch(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a language for one test; English again afterwards."""
    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")
    assert not QApplication.isRightToLeft()


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_arabic_switches_the_whole_ui_right_to_left(qtbot: Any, tmp_path: Path,
                                                    switch: Callable[[str], str]) -> None:
    assert switch("ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.unlock_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.unlock_view.create_button.text() == "إنشاء الخزنة"
        assert _has_arabic(window.actions_.import_files.text())
        assert _has_arabic(window.menuBar().actions()[0].text())
        # Qt's own strings (standard buttons) come from Qt's Arabic catalogue
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert _has_arabic(buttons.button(QDialogButtonBox.StandardButton.Cancel).text())
        # Latin-script data (codes, hashes) in an RTL window keeps its own order
        assert window.unlock_view.folder_label.text().startswith("خزنة جديدة في:")
    finally:
        window.shutdown()


def test_arabic_tables_select_rows(qtbot: Any, tmp_path: Path,
                                   switch: Callable[[str], str]) -> None:
    """Right to left, Qt 6.12's QTableView.selectRow selects nothing: the first exhibit
    must still be selected and shown when a case opens (ui.widgets.select_row)."""
    switch("ar")
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
            window.start_demo()
        exhibits = window.workspace.exhibits
        qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
        assert exhibits.selected_row()["number"] == 1
        testimonies = window.workspace.testimonies.model
        qtbot.waitUntil(lambda: testimonies.rowCount() == 2, timeout=WAIT_MS)
        role = testimonies.index(0, 2).data()
        assert _has_arabic(role), f"the role is shown as stored: {role!r}"
    finally:
        window.shutdown()


def test_english_is_left_to_right(qtbot: Any, tmp_path: Path,
                                  switch: Callable[[str], str]) -> None:
    switch("ar")
    switch("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    assert window.unlock_view.create_button.text() == "Create vault"
    window.shutdown()


def test_numbers_and_dates_follow_the_locale(switch: Callable[[str], str]) -> None:
    switch("en")
    assert i18n.number(10_000) == "10,000"
    assert i18n.data_size(71_065) == "69.4 KB"
    assert i18n.data_size(512) == "512 B"
    switch("ru")
    assert i18n.number(10_000) == "10\xa0000"
    assert i18n.data_size(71_065) == "69,4 КБ"
    # stored UTC, shown as UTC (an offset in the stored text is converted, not dropped)
    assert i18n.utc_timestamp("2026-11-25T19:35:07Z") == "25.11.2026 19:35:07 UTC"
    assert i18n.utc_timestamp("2026-11-25T21:35:07+02:00") == "25.11.2026 19:35:07 UTC"
    # a camera's local time, with the UTC offset it recorded
    assert i18n.local_timestamp("2017-03-24T16:42:07", "+03:00") == \
        "24.03.2017 16:42:07 (UTC+03:00)"
    assert i18n.local_timestamp("2017-03-24T16:42:07") == "24.03.2017 16:42:07"
    switch("fr")
    assert i18n.utc_timestamp("2026-11-25T19:35:07Z") == "25/11/2026 19:35:07 UTC"
    assert i18n.data_size(5 * 1024 ** 3) == "5,0 Go"
    switch("ar")
    assert i18n.number(10_000) == "١٠٬٠٠٠"
    assert i18n.utc_timestamp("2026-11-25T19:35:07Z").endswith(" UTC")
    assert "٢٠٢٦" in i18n.utc_timestamp("2026-11-25T19:35:07Z")
    assert i18n.utc_timestamp("not a time") == "not a time"
    # calendar dates (interview, source published/accessed, key added): the locale's short
    # date; a partial date (all a witness remembers) as stored
    switch("ru")
    assert i18n.calendar_date("2026-11-25") == "25.11.2026"
    assert i18n.calendar_date("2026-11") == "2026-11" and i18n.calendar_date("2026") == "2026"
    assert i18n.calendar_date("spring 2026") == "spring 2026" and i18n.calendar_date(None) == ""
    switch("fr")
    assert i18n.calendar_date("2026-11-25") == "25/11/2026"
    switch("en")
    assert "2026" in i18n.calendar_date("2026-02-03") and "-" not in \
        i18n.calendar_date("2026-02-03")  # (day/month order: the system's English locale)
    switch("ar")
    assert "٢٠٢٦" in i18n.calendar_date("2026-11-25") and "2026" not in \
        i18n.calendar_date("2026-11-25")


# -- what an Arabic speaker sees: one kind of digits per label ----------------------------

ARABIC_DIGITS = frozenset("٠١٢٣٤٥٦٧٨٩")


def _mixed_digits(text: str) -> bool:
    """Arabic-Indic and ASCII digits in one text, codes and hashes aside: a token with a
    Latin letter (E0001, IMG_0001.jpg, a SHA-256, UTC+03:00) is notation and keeps its
    digits."""
    import re

    words = [w for w in re.split(r"[\s()\[\]<>،,;—–·]+", text)
             if not re.search(r"[A-Za-z]", w)]
    rest = " ".join(words)
    return any(ch in ARABIC_DIGITS for ch in rest) and any("0" <= ch <= "9" for ch in rest)


def _visible_label_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def test_mixed_digit_check_can_fail() -> None:
    assert _mixed_digits("١٠ من 20 ملفًا")
    assert not _mixed_digits("E0001 — ١٠ عناصر")
    assert not _mixed_digits("٢٤/٠٣/٢٠١٧ ١٦:٤٢:٠٧ (UTC+03:00)")


def test_arabic_labels_never_mix_digit_kinds(qtbot: Any, tmp_path: Path,
                                             switch: Callable[[str], str]) -> None:
    """In Arabic, counts, sizes and dates use Arabic-Indic digits: no visible label of the
    main window or of the export wizard's pages shows them beside ASCII digits."""
    from gui_helpers import wait_review, wizard_export, wizard_next

    switch("ar")
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
            window.start_demo()
        qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 4,
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda: window.workspace.exhibits.selected_row() is not None,
                        timeout=WAIT_MS)
        qtbot.wait(50)
        seen = _visible_label_texts(window)
        wizard = window.export_dossier()
        qtbot.waitUntil(wizard.isVisible)
        seen += _visible_label_texts(wizard)
        wizard_next(qtbot, wizard)
        qtbot.waitUntil(wizard.items_page.isComplete, timeout=WAIT_MS)
        seen += _visible_label_texts(wizard)
        wizard_next(qtbot, wizard)
        wait_review(qtbot, wizard)
        qtbot.waitUntil(lambda: bool(wizard.review_page.report.preview.pages),
                        timeout=WAIT_MS)
        seen += _visible_label_texts(wizard)
        wizard_export(qtbot, wizard, tmp_path / "dossier.zip")  # on to the finish page
        seen += _visible_label_texts(wizard)
        assert any(ch in ARABIC_DIGITS for text in seen for ch in text), "the check can fail"
        mixed = sorted({text for text in seen if _mixed_digits(text)})
        assert mixed == []
        wizard.reject()
    finally:
        window.shutdown()


# -- what a Russian speaker sees: nothing left in English ---------------------------------


def _texts(root: QWidget) -> set[str]:
    """Every piece of UI text under ``root``: labels, buttons, actions, tabs, headers,
    placeholders, combo items, titles, tooltips and accessible names."""
    texts: set[str] = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        texts |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTabWidget):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            texts |= {str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount(QModelIndex()))}
    for action in root.findChildren(QAction):
        texts |= {action.text(), action.toolTip()}
    return {t for t in texts if t}


def test_nothing_is_left_in_english(qtbot: Any, tmp_path: Path,
                                    switch: Callable[[str], str]) -> None:
    """At run time, in Russian, no window shows an English string the catalogue
    translates: catches a wrong context (the class PySide6 looks the string up under) and
    strings set before the translator was installed."""
    switch("ru")
    english = {key.source for key, entry in tool.read_ts(tool.ts_path("ru")).items()
               if entry.finished and entry.translation != key.source}
    english -= set(i18n.LANGUAGES.values())  # View > Language names each in its own language
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        left = _texts(window) & english
        with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
            window.start_demo()
        qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 4,
                        timeout=WAIT_MS)
        left |= _texts(window) & english
        actions = window.actions_
        for opener in (actions.new_case, actions.new_testimony, actions.new_source,
                       actions.open_dossier, actions.recipients, actions.trusted_keys):
            before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
            opener.trigger()
            qtbot.waitUntil(lambda b=before: any(w.isVisible() and id(w) not in b for w in
                                                 QApplication.topLevelWidgets()),
                            timeout=WAIT_MS)
            dialog = next(w for w in QApplication.topLevelWidgets()
                          if w.isVisible() and id(w) not in before)
            qtbot.wait(50)
            left |= {f"{type(dialog).__name__}: {t}" for t in _texts(dialog) & english}
            dialog.reject()
        assert sorted(left) == []
    finally:
        window.shutdown()


def test_nothing_is_left_in_english_after_a_live_switch(qtbot: Any, tmp_path: Path,
                                                        switch: Callable[[str], str]) -> None:
    """Started in English with the demo case open, switched to Russian in View › Language:
    every text of the window is Russian, as if it had started in Russian."""
    from PySide6.QtWidgets import QMenu

    english = {key.source for key, entry in tool.read_ts(tool.ts_path("ru")).items()
               if entry.finished and entry.translation != key.source}
    english -= set(i18n.LANGUAGES.values())
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
            window.start_demo()
        qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 4,
                        timeout=WAIT_MS)
        window.messages.show_message("A message", "info")
        assert _texts(window) & english, "the check can fail: English before the switch"
        menu = window.findChild(QMenu, "LanguageMenu")
        with qtbot.waitSignal(window.language_switch.switched, timeout=WAIT_MS):
            next(a for a in menu.actions() if a.data() == "ru").trigger()
        qtbot.waitUntil(lambda: window.workspace.testimonies.model.rowCount() == 2,
                        timeout=WAIT_MS)
        qtbot.wait(50)  # (deferred deletes of the replaced widgets)
        assert sorted(_texts(window) & english) == []
    finally:
        window.shutdown()


# -- screenshots (artefacts) --------------------------------------------------------------


def _distinct_colours(image: QImage) -> int:
    step_x, step_y = max(1, image.width() // 80), max(1, image.height() // 60)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


@pytest.mark.parametrize("language", ["ar", "ru"])
def test_main_window_screenshot_in(language: str, tmp_path: Path) -> None:
    """test-artifacts/main-window-ar.png (right to left) and -ru.png: the demo case in a
    real window under Xvfb (plus -grid, -testimonies and -sources beside them)."""
    xvfb = shutil.which("xvfb-run")
    assert xvfb, "xvfb-run is missing: install the 'xvfb' package (scripts/system-deps.sh)"
    out = ARTIFACTS / f"main-window-{language}.png"
    for old in ARTIFACTS.glob(f"main-window-{language}*.png"):
        old.unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", EVIDENCE_KIT_LANG=language,
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("EVIDENCE_KIT_VAULT", None)
    proc = subprocess.run(
        [xvfb, "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "ui.app",
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=300, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    rtl = "true" if language == "ar" else "false"
    assert f"screenshot language: {language} rtl: {rtl}" in proc.stdout, proc.stdout
    for suffix in ("", "-grid", "-testimonies", "-sources"):
        path = ARTIFACTS / f"main-window-{language}{suffix}.png"
        image = QImage(str(path))
        assert not image.isNull(), path
        assert (image.width(), image.height()) == (1400, 860), path
        assert _distinct_colours(image) > 50, f"{path} looks blank"
