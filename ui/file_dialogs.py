"""File dialogs that leave no trace of where the evidence is.

Qt's own file dialog remembers the last folder and a history of folders in the user's
``QtProject`` settings file. On a seized laptop that file would list the folders a team
imported evidence from and saved dossiers to, so every dialog here forgets it afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def forget_history() -> None:
    """Remove the folders Qt's file dialog stored (``QtProject`` / ``FileDialog``)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.remove("Qt/filedialog")
    settings.sync()


def open_files(parent: QWidget, title: str, start: str = "", filters: str = "") -> list[str]:
    try:
        return QFileDialog.getOpenFileNames(parent, title, start, filters)[0]
    finally:
        forget_history()


def open_file(parent: QWidget, title: str, start: str = "", filters: str = "") -> str:
    try:
        return QFileDialog.getOpenFileName(parent, title, start, filters)[0]
    finally:
        forget_history()


def save_file(parent: QWidget, title: str, start: str = "", filters: str = "") -> str:
    try:
        return QFileDialog.getSaveFileName(parent, title, start, filters)[0]
    finally:
        forget_history()


def folder(parent: QWidget, title: str, start: str = "") -> str:
    try:
        return QFileDialog.getExistingDirectory(parent, title, start)
    finally:
        forget_history()
