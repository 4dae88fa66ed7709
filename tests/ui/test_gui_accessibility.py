"""Every interactive control has an accessible name; shortcuts exist for the main actions."""

from __future__ import annotations

from typing import Any

from gui_helpers import WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.main_window import MainWindow
from ui.sources_tab import SourceForm
from ui.testimony_form import TestimonyForm as Form
from ui.workspace import NewCaseDialog

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit,
               QTextEdit, QAbstractSpinBox)


def _inside_combo(widget: QWidget) -> bool:
    obj = widget.parent()
    while obj is not None:
        if isinstance(obj, QComboBox):
            return True
        obj = obj.parent()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own internals (scroll corners...)
            continue
        parent = widget.parentWidget()
        if _inside_combo(widget):  # a combo box's own line edit / popup list
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"in {type(parent).__name__} {parent.objectName()!r} "
                           f"text={getattr(widget, 'text', lambda: '')()!r}")
    return missing


def test_every_control_is_named(qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    assert unnamed_controls(window) == []
    assert unnamed_controls(window.unlock_view) == []
    for dialog_class, opener in ((Form, window.actions_.new_testimony),
                                 (SourceForm, window.actions_.new_source),
                                 (NewCaseDialog, window.actions_.new_case)):
        opener.trigger()
        dialog = window.findChild(dialog_class)
        qtbot.waitUntil(dialog.isVisible)
        assert unnamed_controls(dialog) == [], dialog_class.__name__
        dialog.reject()
    wizard = window.export_dossier()
    qtbot.waitUntil(wizard.isVisible)
    wizard.next()
    qtbot.waitUntil(wizard.items_page.isComplete, timeout=WAIT_MS)
    assert unnamed_controls(wizard) == []
    wizard.reject()
    dialog = window.open_dossier()
    assert unnamed_controls(dialog) == []
    dialog.reject()


def test_keyboard_shortcuts(demo_window: MainWindow) -> None:
    actions = demo_window.actions_
    shortcuts = {action.shortcut().toString(): action.text() for action in
                 (actions.import_files, actions.import_folder, actions.export, actions.lock,
                  actions.open_dossier, actions.new_case, actions.new_testimony,
                  actions.new_source, actions.find, *actions.tabs)}
    assert shortcuts["Ctrl+L"] == "Lock"
    assert shortcuts["Ctrl+E"] == "Export dossier…"
    assert shortcuts["Ctrl+I"] == "Import files…"
    assert shortcuts[QKeySequence(QKeySequence.StandardKey.Open).toString()] == "Open dossier…"
    assert shortcuts["Ctrl+1"] == "Exhibits" and shortcuts["Ctrl+4"] == "Custody log"
    assert len(shortcuts) == 13, "no two actions share a shortcut"


def test_tab_shortcuts_switch_sections(qtbot: Any, demo_window: MainWindow) -> None:
    workspace = demo_window.workspace
    for key, tab in ((Qt.Key.Key_2, workspace.testimonies), (Qt.Key.Key_3, workspace.sources),
                     (Qt.Key.Key_1, workspace.exhibits)):
        qtbot.keyClick(demo_window, key, Qt.KeyboardModifier.ControlModifier)
        assert workspace.tabs.currentWidget() is tab
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.exhibits.search.hasFocus()


def test_window_geometry_remembered_without_case_data(qtbot: Any, demo_window: MainWindow,
                                                      tmp_path: Any) -> None:
    from PySide6.QtCore import QSettings

    demo_window.resize(700, 600)  # fits the offscreen screen (800 x 800)
    expected = (demo_window.width(), demo_window.height())
    title = demo_window.case["title"]
    folder = str(demo_window.vault.folder)
    demo_window.close()
    settings = QSettings()
    settings.sync()
    path = settings.fileName()
    text = open(path, encoding="utf-8", errors="replace").read()  # noqa: PTH123
    assert "geometry" in text
    assert title not in text and "DEMO" not in text and folder not in text
    second = MainWindow(tmp_path / "other")
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == expected
    second.shutdown()
