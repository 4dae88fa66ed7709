"""Fixtures for driving the desktop app with pytest-qt (offscreen, fast KDF).

tests/conftest.py already sets QT_QPA_PLATFORM=offscreen and the insecure fast KDF before
anything imports Qt or makes a vault. Each test gets its own QSettings file, a fresh window
and a temporary vault folder. Tests reach the core only through the window's own worker
pool (``gui_helpers.call_core``), never on the GUI thread, as the app itself does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WAIT_MS, add_case, create_vault
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp: QApplication) -> None:
    """English strings and an English locale (numbers "10,000"), as the app sets them up
    when it starts in English; tests/ui/test_gui_i18n.py switches language for a test."""
    from ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """Window geometry and preferences go to a per-test file, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    qapp.setOrganizationName("Evidence Kit Tests")
    qapp.setApplicationName("Evidence Kit Tests")
    yield


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(tmp_path / "vault")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()


@pytest.fixture
def unlocked(qtbot: Any, window: MainWindow) -> MainWindow:
    """A window on a fresh vault holding one empty case (open)."""
    create_vault(qtbot, window)
    add_case(qtbot, window)
    return window


@pytest.fixture
def demo_window(qtbot: Any, window: MainWindow) -> MainWindow:
    with qtbot.waitSignal(window.workspace_ready, timeout=WAIT_MS):
        window.start_demo()
    qtbot.waitUntil(lambda: window.workspace.exhibits.model.rowCount() == 4, timeout=WAIT_MS)
    return window
