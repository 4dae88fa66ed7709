"""What the app leaves behind: no evidence folders in Qt's settings, a bounded preview cache."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPixmap

from ui import file_dialogs, thumbs
from ui.main_window import MainWindow


def test_file_dialog_history_is_forgotten() -> None:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/lastVisited", "file:///home/user/evidence/phone-dump")
    qt.setValue("FileDialog/history", ["file:///media/usb/witness-07"])
    qt.sync()
    file_dialogs.forget_history()
    again = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert again.value("FileDialog/lastVisited") is None
    assert again.value("FileDialog/history") is None


def test_thumbnail_cache_is_bounded(qtbot: Any, unlocked: MainWindow, monkeypatch: Any) -> None:
    loader = unlocked.workspace.exhibits.thumbs
    monkeypatch.setattr(thumbs, "MAX_PIXMAPS", 5)
    for exhibit_id in range(1, 9):
        loader._store(exhibit_id, QPixmap(4, 4))
    assert [i for i in range(1, 9) if loader.known(i)] == [4, 5, 6, 7, 8]
    loader.get(4)  # used again: now the most recent
    loader._store(9, None)
    assert loader.known(4) and not loader.known(5)


def _open_vault_files(folder: Any) -> list[str]:
    import os

    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def test_lock_closes_every_database_connection(qtbot: Any, demo_window: MainWindow) -> None:
    """The worker threads' SQLCipher connections (which hold the key) are closed on lock."""
    vault = demo_window.vault
    workspace = demo_window.workspace
    qtbot.waitUntil(lambda: workspace.sources.model.rowCount() == 5, timeout=30_000)
    assert any(p.endswith("vault.db") for p in _open_vault_files(vault.folder))
    demo_window.lock_now()
    qtbot.waitUntil(lambda: vault.locked, timeout=30_000)
    assert [p for p in _open_vault_files(vault.folder) if "vault.db" in p] == []
