"""Small shared helpers: accessible naming, headings, fingerprints, text direction.

Every interactive control gets an accessible name through ``named`` so screen readers (and
the accessibility test) can find it. This module is on the first frame's import path, so it
touches no large Qt namespace (``Qt``, ``QStyle``): PySide6 builds their enums on first use,
which costs tens of milliseconds at start-up.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

W = TypeVar("W", bound=QWidget)


def tr(text: str, context: str = "EvidenceKit") -> str:
    """Translate outside a QObject (module-level helpers)."""
    return QCoreApplication.translate(context, text)


def field_label(text: str) -> str:
    """"File name" -> "File name:" / "Nom du fichier :" (French puts a space before the
    colon): the colon is the translation's, not glued on in code."""
    return tr("{label}:").format(label=text)


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control the name assistive technology reads out (and tests look up)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    if not widget.objectName():
        widget.setObjectName(name)
    return widget


def quiet_buttons(dialog: QWidget, default: QPushButton | None = None) -> None:
    """In a dialog every push button is "auto-default": Enter in a text field would press
    the first one (say, "Choose…" and open a file dialog). Only ``default`` answers Enter."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)
    if default is not None:
        default.setAutoDefault(True)
        default.setDefault(True)


def human_size(size: int | float | None) -> str:
    """Bytes as "69.4 KB" / "69,4 КБ" / "٦٩٫٤ ك.ب": the locale's digits (ui.i18n)."""
    from .i18n import data_size

    return data_size(size)


def grouped(fingerprint: str) -> str:
    """Groups of four, as people read a fingerprint aloud (and as the CLI prints it)."""
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))


def text_direction(text: str) -> str:
    """"rtl" when most letters are Arabic, Hebrew, Persian...: such a paragraph must be laid
    out right to left even if it starts with a Latin word ("FICTIONAL SAMPLE — ...")."""
    rtl = sum(1 for ch in text if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufeff")
    letters = sum(1 for ch in text if ch.isalpha())
    return "rtl" if letters and rtl * 2 > letters else "ltr"


def heading(text: str, scale: float = 1.25, bold: bool = True) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def mono_font() -> QFont:
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def machine_text(widget: W, font: QFont | None = None) -> W:
    """A field holding a password, hash, fingerprint or key: monospaced, and always left to
    right (in an Arabic window a right-to-left line edit would hide its first characters)."""
    from PySide6.QtCore import Qt

    widget.setFont(font or mono_font())
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return widget


def size_column(header: QWidget, column: int, width: int) -> None:
    """A table column ``width`` pixels wide, or wider if its (translated) title needs it."""
    header.resizeSection(column, max(width, header.sectionSizeHint(column)))  # type: ignore[attr-defined]


def select_row(view: QWidget, row: int) -> None:
    """``QTableView.selectRow`` that also works right to left: in Arabic, Qt 6.12's
    selectRow looks for a column at x = viewport width (one pixel past the last one),
    finds none and selects nothing. Select the row through the selection model instead."""
    from PySide6.QtCore import QItemSelectionModel

    model, selection = view.model(), view.selectionModel()  # type: ignore[attr-defined]
    index = model.index(row, 0) if model is not None else None
    if index is None or not index.isValid() or selection is None:
        return
    flags = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    view.scrollTo(index)  # type: ignore[attr-defined]
