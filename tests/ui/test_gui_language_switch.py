"""View › Language takes effect at once, in the running app (no restart): menus, tabs,
table headers, buttons, status texts, tooltips and accessible names in the new language,
Arabic right to left, and the session kept (vault unlocked, same case, same tab). A
choice made while a dialog is open or a task runs waits until it ends
(ui/language_switch.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, drop_files, make_jpeg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from ui import i18n
from ui.main_window import MainWindow

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft

# What the window must show in each language (from resources/translations/*.ts).
EXPECTED = {
    "en": {"file": "&File", "view": "&View", "language": "&Language", "tab": "Testimonies",
           "header": "File name", "button": "New case…", "lock_info": "Auto-lock after 10 min",
           "search": "Search exhibits", "dismiss": "Dismiss message"},
    "ru": {"file": "&Файл", "view": "&Вид", "language": "&Язык", "tab": "Показания",
           "header": "Имя файла", "button": "Новое дело…",
           "lock_info": "Автоблокировка через 10 мин", "search": "Поиск материалов",
           "dismiss": "Закрыть сообщение"},
    "ar": {"file": "&ملف", "view": "&عرض", "language": "&اللغة", "tab": "الشهادات",
           "header": "اسم الملف", "button": "قضية جديدة…",
           "lock_info": "القفل التلقائي بعد ١٠ دقائق", "search": "البحث في الأدلة",
           "dismiss": "إغلاق الرسالة"},
}


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


def choose(window: MainWindow, language: str) -> None:
    """Click View › Language › <language>, as a user does."""
    menu = window.findChild(QMenu, "LanguageMenu")
    assert menu is not None
    next(a for a in menu.actions() if a.data() == language).trigger()


def switch(qtbot: Any, window: MainWindow, language: str) -> None:
    with qtbot.waitSignal(window.language_switch.switched, timeout=WAIT_MS) as blocker:
        choose(window, language)
    assert blocker.args == [language]
    qtbot.wait(20)  # deferred deletes of the replaced widgets


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switching_language_in_a_running_app(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    vault, case_id = window.vault, window.case["id"]
    locks: list[bool] = []
    window.locked.connect(lambda: locks.append(True))
    window.workspace.tabs.setCurrentIndex(1)  # Testimonies
    window.messages.show_message("Something in English", "info")
    assert menu_titles(window)[0] == "&File"

    for language in ("ru", "ar", "en"):
        want = EXPECTED[language]
        switch(qtbot, window, language)
        assert i18n.current_language() == language
        assert QSettings().value("language") == language
        workspace = window.workspace
        # menus, the language menu itself, a tab, a table header, a button, status bar
        titles = menu_titles(window)
        assert titles[0] == want["file"] and titles[2] == want["view"], titles
        language_menu = window.findChildren(QMenu, "LanguageMenu")
        assert len(language_menu) == 1, "the old menu bar is gone"
        assert language_menu[0].title() == want["language"]
        assert next(a for a in language_menu[0].actions() if a.isChecked()).data() == language
        assert workspace.tabs.tabText(1) == want["tab"]
        header = workspace.exhibits.table.horizontalHeader()
        assert header.model().headerData(1, Qt.Orientation.Horizontal) == want["header"]
        assert workspace.new_case_button.text() == want["button"]
        assert window.lock_info.text() == want["lock_info"]
        if want["search"]:
            assert workspace.exhibits.search.accessibleName() == want["search"]
        assert window.messages.close_button.accessibleName() == want["dismiss"]
        assert window.messages.isHidden(), "a message in the old language is not kept"
        assert window.actions_.import_files.toolTip() != "" and \
            window.toolbar.actions()[0] is window.actions_.import_files
        # direction: the whole window, and children built before and after the switch
        direction = RTL if language == "ar" else LTR
        assert QApplication.layoutDirection() == direction
        for widget in (window, window.menuBar(), window.statusBar(), workspace,
                       workspace.exhibits.table, window.unlock_view):
            assert widget.layoutDirection() == direction, (language, widget)
        # the session: same vault (never locked), same case, same tab, data reloaded
        assert window.vault is vault and not vault.locked and locks == []
        assert window.stack.currentWidget() is workspace
        assert window.case is not None and window.case["id"] == case_id
        assert workspace.tabs.currentIndex() == 1
        qtbot.waitUntil(lambda w=workspace: w.exhibits.model.rowCount() == 4, timeout=WAIT_MS)
        qtbot.waitUntil(lambda w=workspace: w.testimonies.model.rowCount() == 2,
                        timeout=WAIT_MS)
        qtbot.waitUntil(lambda w=workspace: w.cases.count() == 1, timeout=WAIT_MS)
        assert window.actions_.export.isEnabled(), "actions follow the open case"
        assert len({a.shortcut().toString() for a in window.actions()
                    if not a.shortcut().isEmpty()}) == \
            len([a for a in window.actions() if not a.shortcut().isEmpty()]), \
            "no shortcut left twice (old actions removed)"


def test_exhibit_search_sort_and_selection_survive(qtbot: Any,
                                                  demo_window: MainWindow) -> None:
    from ui.widgets import select_row

    exhibits = demo_window.workspace.exhibits
    exhibits.search.setText("argun")  # E0002 and E0003
    exhibits.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: exhibits.model.query.search == "argun" and
                    exhibits.model.query.descending and exhibits.model.rowCount() == 2,
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: exhibits.model.row_dict(0) is not None, timeout=WAIT_MS)
    assert exhibits.model.row_dict(0)["number"] == 3
    select_row(exhibits.table, 1)
    assert exhibits.selected_row()["number"] == 2
    switch(qtbot, demo_window, "fr")
    exhibits = demo_window.workspace.exhibits
    assert exhibits.search.text() == "argun"
    qtbot.waitUntil(lambda: exhibits.selected_row() is not None, timeout=WAIT_MS)
    assert exhibits.model.rowCount() == 2 and exhibits.model.query.descending
    assert exhibits.model.row_dict(0)["number"] == 3
    assert exhibits.selected_row()["number"] == 2
    assert exhibits.count_label.text() == "2 pièces correspondantes"


def test_switch_waits_for_a_running_import(qtbot: Any, demo_window: MainWindow,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Deferred, not refused: chosen during an import, the language changes when the
    import ends, and its summary is then shown in the new language."""
    import evidence_kit.ingest as ingest

    window = demo_window
    gate = threading.Event()
    real = ingest.ingest_file

    def slow_ingest(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, "ingest_file", slow_ingest)
    photo = make_jpeg(tmp_path / "new.jpg", colour=(10, 200, 30))
    entered, dropped = drop_files(window.workspace.exhibits.table.viewport(), [photo])
    assert entered and dropped and window.imports.running
    choose(window, "ru")
    assert QSettings().value("language") == "ru", "the choice is saved at once"
    qtbot.waitUntil(lambda: window.messages.isVisible(), timeout=WAIT_MS)
    assert "as soon as the running task ends" in window.messages.text.text()
    qtbot.wait(300)
    assert window.language_switch.pending == "ru"
    assert i18n.current_language() == "en" and menu_titles(window)[0] == "&File"
    assert window.imports.running

    with qtbot.waitSignal(window.language_switch.switched, timeout=WAIT_MS):
        gate.set()
    assert not window.imports.running
    assert menu_titles(window)[0] == "&Файл"
    assert window.import_panel.isVisible()
    assert window.import_panel.label.text() == "Импортирован 1 файл."
    qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 5, timeout=WAIT_MS)


def test_switch_waits_for_an_open_dialog(qtbot: Any, demo_window: MainWindow) -> None:
    """A dialog is modal (the menu cannot be reached), but a choice made programmatically
    still waits: the rebuild must not delete a dialog's parent under it."""
    window = demo_window
    window.actions_.new_case.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QDialog)),
                    timeout=WAIT_MS)
    dialog = next(d for d in window.findChildren(QDialog) if d.isVisible())
    choose(window, "ar")
    qtbot.wait(200)
    assert i18n.current_language() == "en" and window.language_switch.pending == "ar"
    assert dialog.isVisible()
    with qtbot.waitSignal(window.language_switch.switched, timeout=WAIT_MS):
        dialog.reject()
    assert window.layoutDirection() == RTL and menu_titles(window)[0] == "&ملف"


def test_switch_while_locked_then_unlock(qtbot: Any, demo_window: MainWindow) -> None:
    """Locked: the unlock screen is rebuilt (what was typed kept); unlocking again opens a
    workspace in the new language."""
    from evidence_kit.demo import DEMO_PASSPHRASE

    window = demo_window
    window.lock_now()
    qtbot.waitUntil(lambda: window.runner.idle() and not window.runner.active,
                    timeout=WAIT_MS)
    window.unlock_view.unlock_edit.setText(DEMO_PASSPHRASE)
    switch(qtbot, window, "ru")
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_view
    assert window.unlock_view.unlock_button.text() == "Разблокировать"
    assert window.unlock_view.unlock_edit.text() == DEMO_PASSPHRASE
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        window.unlock_view.unlock_button.click()
    assert window.workspace.tabs.tabText(1) == EXPECTED["ru"]["tab"]
    assert window.workspace.cases.count() == 1
