"""Toolbar icons: SVG files in ``resources/icons`` (sharp at any HiDPI scale), found the same
way from a checkout, an installed wheel or a frozen app; a platform icon if one is missing."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from evidence_kit.resources import resource

FALLBACK = {
    "import": QStyle.StandardPixmap.SP_DialogOpenButton,
    "import-folder": QStyle.StandardPixmap.SP_DirOpenIcon,
    "export": QStyle.StandardPixmap.SP_DialogSaveButton,
    "open-dossier": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "lock": QStyle.StandardPixmap.SP_BrowserStop,
    "new-case": QStyle.StandardPixmap.SP_FileDialogNewFolder,
    "testimony": QStyle.StandardPixmap.SP_FileIcon,
    "source": QStyle.StandardPixmap.SP_FileLinkIcon,
}


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    if path.is_file():
        return QIcon(str(path))
    return QApplication.style().standardIcon(
        FALLBACK.get(name, QStyle.StandardPixmap.SP_FileIcon))
