"""One main flow with the keyboard only (issue 8): create a vault, a case and a source.

No mouse event and no direct call of a slot: only key presses on whatever has the focus
(Tab, Shift+Tab, Space, Enter and the window's shortcuts), as someone who cannot use a
mouse, or a screen-reader user, works. Keys are ASCII only: QTest aborts the process on
any other character.
"""

from __future__ import annotations

from typing import Any

from gui_helpers import PASSPHRASE, WAIT_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.main_window import MainWindow
from ui.sources_tab import SourceForm
from ui.workspace import NewCaseDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def type_text(qtbot: Any, text: str) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    assert text.isascii()
    qtbot.keyClicks(widget, text)


def key(qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        target: QWidget | None = None) -> None:
    widget = target or focused()
    assert widget is not None, "nothing has the keyboard focus"
    qtbot.keyClick(widget, k, modifier)


def tab_to(qtbot: Any, wanted: QWidget, limit: int = 20) -> None:
    """Press Tab until ``wanted`` has the focus (fails if it is not in the tab chain)."""
    seen = []
    for _ in range(limit):
        if focused() is wanted:
            return
        seen.append(f"{type(focused()).__name__}:{focused().accessibleName()!r}")
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted.accessibleName()!r}: {seen}")


def back_to(qtbot: Any, window: MainWindow) -> None:
    """A closed dialog hands activation back to its parent window: the window manager does
    that on a desktop; the offscreen platform has none, so do what it would."""
    if not window.isActiveWindow():
        window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def shown(qtbot: Any, window: MainWindow, kind: type) -> Any:
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible()
                                for w in window.findChildren(kind)), timeout=WAIT_MS)
    return next(w for w in window.findChildren(kind) if w.isVisible())


def test_create_vault_case_and_source_with_keys_only(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    view = window.unlock_view
    assert view.creating, "a fresh folder opens on the create-vault page"

    # 1. Create the vault: passphrase, repeat, tick the warning, press Create.
    view.focus_first()  # what the app does when it starts on this screen
    assert focused() is view.create_edit
    type_text(qtbot, PASSPHRASE)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.repeat_edit
    type_text(qtbot, PASSPHRASE)
    tab_to(qtbot, view.understand_box)
    key(qtbot, Qt.Key.Key_Space)
    assert view.understand_box.isChecked()
    tab_to(qtbot, view.create_button)
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        key(qtbot, Qt.Key.Key_Space)

    # 2. A new case: Ctrl+N, type the title, Enter.
    key(qtbot, Qt.Key.Key_N, CTRL, target=window)
    dialog = shown(qtbot, window, NewCaseDialog)
    qtbot.waitUntil(lambda: focused() is dialog.title_edit, timeout=WAIT_MS)
    type_text(qtbot, "Keyboard-only case")
    tab_to(qtbot, dialog.summary_edit)
    type_text(qtbot, "Made without a mouse.")
    key(qtbot, Qt.Key.Key_Tab)  # the summary hands Tab on (it does not insert a tab)
    assert focused() is dialog.country_edit
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case is not None and
                    window.case["title"] == "Keyboard-only case", timeout=WAIT_MS)
    assert not dialog.isVisible()
    back_to(qtbot, window)

    # 3. A source: Ctrl+3 shows the Sources tab, Ctrl+Shift+N opens the form.
    key(qtbot, Qt.Key.Key_3, CTRL, target=window)
    assert window.workspace.tabs.currentWidget() is window.workspace.sources
    key(qtbot, Qt.Key.Key_N, CTRL | SHIFT, target=window)
    form = shown(qtbot, window, SourceForm)
    qtbot.waitUntil(lambda: focused() is form.edits["title"], timeout=WAIT_MS)
    type_text(qtbot, "Report on detentions")
    tab_to(qtbot, form.edits["url"])
    type_text(qtbot, "https://example.org/report")
    tab_to(qtbot, form.reliability)
    key(qtbot, Qt.Key.Key_Down)  # (not graded) -> A
    key(qtbot, Qt.Key.Key_Down)  # -> B
    assert form.reliability.currentData() == "B"
    key(qtbot, Qt.Key.Key_Return)
    sources = window.workspace.sources
    qtbot.waitUntil(lambda: sources.model.rowCount() == 1, timeout=WAIT_MS)
    row = sources.model.row_dict(0)
    assert row["title"] == "Report on detentions" and row["reliability"] == "B"
    assert not form.isVisible()
    back_to(qtbot, window)

    # 4. Lock with Ctrl+L: back to the unlock screen, focus in the passphrase field.
    key(qtbot, Qt.Key.Key_L, CTRL, target=window)
    qtbot.waitUntil(lambda: window.vault is None, timeout=WAIT_MS)
    assert focused() is view.unlock_edit
