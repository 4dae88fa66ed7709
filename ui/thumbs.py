"""Lazy thumbnails: requested only for rows a view paints, made or read in workers.

Views ask the model for a decoration only for visible rows; the model asks this loader,
which queues the exhibit id and returns a generic tile at once. A zero-delay timer groups
the requests of one paint into small batches; the newest requests run first, so after a
fast scroll the rows now on screen come before those scrolled past. The worker gets the
JPEG from the vault's encrypted cache (or makes it from the decrypted bytes in memory) and
decodes it into a QImage; the GUI thread only turns it into a pixmap.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from .context import AppContext
from .workers import TaskContext

BATCH = 8
MAX_TASKS = 2
MAX_PENDING = 400
MAX_PIXMAPS = 500  # ~100 MB of 256-pixel previews; older ones are re-read from the vault
THUMB_SIZE = 256

KIND_STYLE = {
    "photo": ("#4a6fa5", QT_TRANSLATE_NOOP("Thumbnails", "IMG")),
    "video": ("#7b4aa5", QT_TRANSLATE_NOOP("Thumbnails", "VID")),
    "audio": ("#2f8f6b", QT_TRANSLATE_NOOP("Thumbnails", "AUD")),
    "document": ("#a5674a", QT_TRANSLATE_NOOP("Thumbnails", "DOC")),
    "web-capture": ("#4a8fa5", QT_TRANSLATE_NOOP("Thumbnails", "WEB")),
    "other": ("#6b7280", QT_TRANSLATE_NOOP("Thumbnails", "FILE")),
}


def kind_tile(kind: str, size: int = 96) -> QPixmap:
    """A neutral tile naming the kind of file, drawn for the screen's pixel ratio."""
    colour, text = KIND_STYLE.get(kind, KIND_STYLE["other"])
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    pixmap = QPixmap(QSize(size, size) * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour).lighter(175))
    margin = size // 10
    painter.drawRoundedRect(QRect(margin, margin, size - 2 * margin, size - 2 * margin), 8, 8)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, size // 5))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter,
                     QCoreApplication.translate("Thumbnails", text))
    painter.end()
    return pixmap


class ThumbnailLoader(QObject):
    """Cache of decoded thumbnails for the current case, filled lazily by workers."""

    ready = Signal(int)  # exhibit id

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pixmaps: OrderedDict[int, QPixmap | None] = OrderedDict()  # least recent first
        self._pending: OrderedDict[int, None] = OrderedDict()
        self._in_flight: set[int] = set()
        self._tasks = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        self._epoch = 0
        self.requested = 0  # how many ids were ever queued (tests: only visible rows)

    def clear(self) -> None:
        """Drop every pixmap (on lock and case change)."""
        self._pixmaps.clear()
        self._pending.clear()
        self._in_flight.clear()
        self._tasks = 0
        self._epoch += 1  # batches still running report to nobody

    def get(self, exhibit_id: int) -> QPixmap | None:
        """The thumbnail if known; otherwise queue it and return None for now."""
        if exhibit_id in self._pixmaps:
            self._pixmaps.move_to_end(exhibit_id)
            return self._pixmaps[exhibit_id]
        if exhibit_id not in self._in_flight:
            self._pending[exhibit_id] = None
            self._pending.move_to_end(exhibit_id)
            self.requested += 1
            while len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=False)
            if not self._timer.isActive():
                self._timer.start()
        return None

    def known(self, exhibit_id: int) -> bool:
        return exhibit_id in self._pixmaps

    def _flush(self) -> None:
        vault = self._ctx.vault
        if vault is None:
            return
        while self._pending and self._tasks < MAX_TASKS:
            batch = []
            while self._pending and len(batch) < BATCH:
                exhibit_id, _ = self._pending.popitem(last=True)  # newest first
                batch.append(exhibit_id)
            self._in_flight.update(batch)
            self._tasks += 1

            def work(task: TaskContext, ids: list[int] = batch,
                     vault: Any = vault) -> list[tuple[int, QImage | None]]:
                from evidence_kit.thumbnails import thumbnail_for

                out = []
                for exhibit_id in ids:
                    if task.cancelled():
                        break
                    jpeg = thumbnail_for(vault, exhibit_id, THUMB_SIZE)
                    image = QImage.fromData(jpeg, "JPEG") if jpeg else None
                    out.append((exhibit_id, image if image is not None and not image.isNull()
                                else None))
                return out

            epoch = self._epoch
            self._ctx.run(work, name="thumbnails",
                          on_done=lambda results, e=epoch: self._arrived(results, e),
                          on_error=lambda _msg, ids=batch, e=epoch: self._failed(ids, e))

    def _arrived(self, results: list[tuple[int, QImage | None]], epoch: int) -> None:
        if epoch != self._epoch:
            return
        self._tasks -= 1
        for exhibit_id, image in results:
            self._in_flight.discard(exhibit_id)
            self._store(exhibit_id, QPixmap.fromImage(image) if image is not None else None)
        self._flush()

    def _store(self, exhibit_id: int, pixmap: QPixmap | None) -> None:
        self._pixmaps[exhibit_id] = pixmap
        self._pixmaps.move_to_end(exhibit_id)
        while len(self._pixmaps) > MAX_PIXMAPS:
            self._pixmaps.popitem(last=False)
        self.ready.emit(exhibit_id)

    def _failed(self, ids: list[int], epoch: int) -> None:
        if epoch != self._epoch:
            return
        self._tasks -= 1
        for exhibit_id in ids:
            self._in_flight.discard(exhibit_id)
            self._store(exhibit_id, None)
        self._flush()
