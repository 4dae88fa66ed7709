"""The in-window message bar: feedback and errors as one line inside the window, never a
pile of modal dialogs (and never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QWidget,
)

from .widgets import named


def std_icon(pixmap: QStyle.StandardPixmap) -> QIcon:
    """A platform icon (vector or multi-resolution, so crisp on HiDPI screens)."""
    style = QApplication.style()
    return style.standardIcon(pixmap)


class MessageBar(QFrame):
    """One line of feedback inside the window: info, success, warning or error."""

    closed = Signal()
    COLOURS = {
        "info": ("#e8f0fe", "#1a3d7c", "#9db7e6"),
        "success": ("#e6f4ea", "#14532d", "#8cc9a0"),
        "warning": ("#fff4e5", "#6b3d00", "#f0c47a"),
        "error": ("#fdecea", "#7f1d1d", "#ef9a9a"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = named(QToolButton(), self.tr("Dismiss message"))
        self.close_button.setIcon(std_icon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        background, foreground, border = self.COLOURS.get(level, self.COLOURS["info"])
        self.setStyleSheet(
            f"#MessageBar {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} #MessageBar QLabel {{ color: {foreground}; }}")
        icons = {"info": QStyle.StandardPixmap.SP_MessageBoxInformation,
                 "success": QStyle.StandardPixmap.SP_DialogApplyButton,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
                 "error": QStyle.StandardPixmap.SP_MessageBoxCritical}
        self.icon.setPixmap(std_icon(icons.get(level, icons["info"])).pixmap(20, 20))
        self.text.setText(text)
        self.level = level
        self.text.setAccessibleName(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.text.clear()
        self.level = ""
        self.closed.emit()
