"""Page pictures of a PDF held in memory (the report of a dossier), with page turning.

PySide6-Essentials has no QtPdf, so pages are drawn by PDFium through ``pypdfium2``
(imported lazily: only a preview needs it). Drawing runs in a task: ``render_pages``
turns at most ``MAX_PAGES`` pages, each at most ``MAX_PIXELS`` on its longer side, into
QImages in memory; nothing is written to disk (the report holds the case's plaintext).
PDFium is not thread-safe, so one lock serialises every use of it.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .widgets import named
from .workers import TaskContext

MAX_PAGES = 2        # pages drawn (and held) at a time
MAX_PIXELS = 1000    # the longer side of a drawn page
_PDFIUM = threading.Lock()


def render_pages(pdf: bytes, first: int, count: int = MAX_PAGES,
                 max_pixels: int = MAX_PIXELS) -> tuple[int, list[QImage]]:
    """(page count, pictures of pages ``first``.. ``first + count - 1``), bounded by
    MAX_PAGES and ``max_pixels``. Runs in a task; QImage (unlike QPixmap) may be made
    off the GUI thread."""
    import pypdfium2 as pdfium

    count = max(0, min(count, MAX_PAGES))
    max_pixels = max(16, min(max_pixels, MAX_PIXELS))
    images: list[QImage] = []
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            total = len(document)
            for number in range(max(0, first), min(total, max(0, first) + count)):
                page = document[number]
                try:
                    width, height = page.get_size()
                    scale = max_pixels / max(width, height, 1.0)
                    bitmap = page.render(scale=scale, rev_byteorder=True)
                    try:
                        image = QImage(bitmap.buffer, bitmap.width, bitmap.height,
                                       bitmap.stride, QImage.Format.Format_RGB888)
                        images.append(image.copy())  # (owns its pixels: the bitmap goes)
                    finally:
                        bitmap.close()
                finally:
                    page.close()
        finally:
            document.close()
    return total, images


class PdfPreview(QWidget):
    """Scrollable page pictures and Previous/Next; ``set_pdf`` starts at the first page."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pdf: bytes | None = None
        self._serial = 0
        self.first = 0
        self.total = 0
        self.pages: list[QLabel] = []
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.previous_button = named(QPushButton(self.tr("Previous pages")),
                                     self.tr("Show the previous pages of the report"))
        self.next_button = named(QPushButton(self.tr("Next pages")),
                                 self.tr("Show the next pages of the report"))
        self.previous_button.clicked.connect(lambda: self.show_from(self.first - MAX_PAGES))
        self.next_button.clicked.connect(lambda: self.show_from(self.first + MAX_PAGES))
        self.holder = QWidget()
        self.page_row = QHBoxLayout(self.holder)
        self.page_row.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = named(QScrollArea(), self.tr("Report pages"))
        self.scroll.setWidget(self.holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setMinimumHeight(320)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.set_pdf(None)

    def set_pdf(self, pdf: bytes | None) -> None:
        self._pdf = pdf or None
        self.first, self.total = 0, 0
        self._clear_pages()
        if self._pdf is None:
            self._serial += 1
            self.status.clear()
            self._update_buttons()
            return
        self.show_from(0)

    def _clear_pages(self) -> None:
        for label in self.pages:
            label.deleteLater()
        self.pages = []

    def show_from(self, first: int) -> None:
        """Draw the pages from ``first`` (clamped) in a task."""
        pdf = self._pdf
        if pdf is None:
            return
        first = max(0, min(first, max(0, self.total - 1)) if self.total else first)
        self._serial += 1
        serial = self._serial
        self.status.setText(self.tr("Drawing the pages…"))
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        ratio = self.devicePixelRatioF() or 1.0
        pixels = int(min(MAX_PIXELS, 560 * ratio))

        def work(task: TaskContext) -> tuple[int, int, list[QImage]]:
            total, images = render_pages(pdf, first, MAX_PAGES, pixels)
            return first, total, images

        def done(result: tuple[int, int, list[QImage]]) -> None:
            if serial == self._serial and self._alive():
                self._show(*result, ratio)

        def failed(message: str) -> None:
            if serial == self._serial and self._alive():
                self.status.setText(self.tr("The pages cannot be drawn: {why}").format(
                    why=message))
                self._update_buttons()

        self._ctx.run(work, name="pdf-preview", on_done=done, on_error=failed)

    def _alive(self) -> bool:
        """False once the page that holds the preview was closed and deleted (the export
        wizard, say) while the pages were drawn."""
        import shiboken6

        return shiboken6.isValid(self) and shiboken6.isValid(self.page_row)

    def _show(self, first: int, total: int, images: list[QImage], ratio: float) -> None:
        self._clear_pages()
        self.first, self.total = first, total
        for image in images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid palette(mid); background: white;")
            self.page_row.addWidget(label)
            self.pages.append(label)
        if images:
            self.status.setText(self.tr("Pages {first}–{last} of {total}").format(
                first=i18n.number(first + 1), last=i18n.number(first + len(images)),
                total=i18n.number(total)))
        else:
            self.status.setText(self.tr("The report has no pages."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous_button.setEnabled(self._pdf is not None and self.first > 0)
        self.next_button.setEnabled(self._pdf is not None and
                                    self.first + MAX_PAGES < self.total)
