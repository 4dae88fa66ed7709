"""Fixtures for driving the desktop app with pytest-qt (offscreen, fast KDF).

tests/conftest.py already sets QT_QPA_PLATFORM=offscreen and the insecure fast KDF before
anything imports Qt or makes a vault. Each test gets its own QSettings file, a fresh window
and a temporary vault folder. Tests reach the core only through the window's own worker
pool (``gui_helpers.call_core``), never on the GUI thread, as the app itself does; every
test fails if the app or the test touches the vault's database or files on the GUI thread
(``vault_off_gui_thread``).
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
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


@pytest.fixture(autouse=True)
def vault_off_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail the test when the vault's database or an evidence file is touched on the GUI
    thread (issue 6: the database is touched only from worker threads; a query on the GUI
    thread freezes the window on a big case or a slow disk). Every ``Vault.db`` access,
    ``Vault.read_blob`` and ``BlobStore.open_chunks`` call is checked; the test fails at
    teardown with where the first such call came from."""
    from evidence_kit.blobstore import BlobStore
    from evidence_kit.vault import Vault

    seen: list[str] = []

    def checked(what: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread() and not seen:
                seen.append(what + " on the GUI thread:\n" +
                            "".join(traceback.format_stack(limit=14)[:-1]))
            return fn(*args, **kwargs)
        return wrapper

    db = Vault.__dict__["db"]
    monkeypatch.setattr(Vault, "db", property(checked("Vault.db", db.fget)))
    monkeypatch.setattr(Vault, "read_blob", checked("Vault.read_blob", Vault.read_blob))
    monkeypatch.setattr(BlobStore, "open_chunks",
                        checked("BlobStore.open_chunks", BlobStore.open_chunks))
    yield seen
    monkeypatch.undo()
    assert not seen, seen[0]


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
