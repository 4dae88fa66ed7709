"""The redaction editor (issue 7): drag rectangles over a photo, blur or black them out, and
save a redacted copy as a new exhibit linked to its original, which stays untouched.

Why it works this way:
- The photo is decrypted and decoded in a task, in memory only (never written to disk), by
  the same function the core uses to make the copy (``redact._load``: EXIF orientation
  applied, decompression-bomb guard). The scene's coordinates are therefore exactly the
  pixels of the oriented image that ``redact_exhibit`` boxes, whatever the phone's
  orientation tag said.
- The copy is made by the core in a task (``redact_exhibit``): metadata stripped, regions
  destroyed, parent hash and steps recorded; the dialog only collects boxes and the mode.
- Faces are looked for once the photo shows, in another task (``faces.exhibit_faces``:
  OpenCV, loaded only then, never at app start), and pre-drawn as dashed rectangles in the
  same pixel space. A person removes a wrong one (click it, then "Remove box" or Delete)
  and draws the missed ones: the note says that detection misses faces, and Save waits
  for the detection so a found face is not left out by a quick click.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .i18n import number
from .widgets import named, quiet_buttons
from .workers import TaskContext

MIN_BOX = 2  # pixels: a click without a drag draws nothing


def decode_oriented(vault: Any, blob_id: Any) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of the photo as people see it (runs in a task)."""
    from evidence_kit import redact

    data = b"".join(vault.read_blob(blob_id))
    image = redact._load(data)  # noqa: SLF001 - the core's own decoder: same orientation
    del data
    return image.width, image.height, image.tobytes()


def find_faces(vault: Any, exhibit_id: int) -> list[tuple[int, int, int, int]]:
    """(x, y, w, h) of each face OpenCV finds in the photo (runs in a task)."""
    from evidence_kit import faces

    found = faces.exhibit_faces(vault, vault.db["exhibits"].get(exhibit_id))
    return [(box.x, box.y, box.w, box.h) for box in found]


class BoxView(QGraphicsView):
    """The image with the rectangles drawn on it; scene units are image pixels."""

    boxes_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(480, 360)
        self.boxes: list[QGraphicsRectItem] = []
        self._origin: QPointF | None = None
        self._current: QGraphicsRectItem | None = None
        self._bounds = QRectF()
        self._pen = QPen(QColor("#e53935"), 2)
        self._pen.setCosmetic(True)  # 2 screen pixels whatever the zoom
        self._found_pen = QPen(QColor("#f9a825"), 2, Qt.PenStyle.DashLine)
        self._found_pen.setCosmetic(True)
        self._brush = QBrush(QColor(229, 57, 53, 70))
        self._selected_brush = QBrush(QColor(25, 118, 210, 110))
        self.selected: QGraphicsRectItem | None = None

    def set_image(self, image: QImage) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes.clear()
        self.selected = None
        scene.addPixmap(QPixmap.fromImage(image))
        self._bounds = QRectF(0, 0, image.width(), image.height())
        scene.setSceneRect(self._bounds)
        self.fitInView(self._bounds, Qt.AspectRatioMode.KeepAspectRatio)
        self.boxes_changed.emit()

    def forget_image(self) -> None:
        """Drop the decoded pixels (the dialog is closing)."""
        self.scene().clear()
        self.boxes.clear()
        self.selected = None
        self._bounds = QRectF()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if not self._bounds.isEmpty():
            self.fitInView(self._bounds, Qt.AspectRatioMode.KeepAspectRatio)

    def _clamped(self, event: QMouseEvent) -> QPointF:
        point = self.mapToScene(event.position().toPoint())
        return QPointF(min(max(point.x(), 0.0), self._bounds.width()),
                       min(max(point.y(), 0.0), self._bounds.height()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self._bounds.isEmpty():
            super().mousePressEvent(event)
            return
        self._origin = self._clamped(event)
        self._current = self.scene().addRect(QRectF(self._origin, self._origin), self._pen,
                                             self._brush)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._current is None or self._origin is None:
            super().mouseMoveEvent(event)
            return
        self._current.setRect(QRectF(self._origin, self._clamped(event)).normalized())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._current is None or self._origin is None:
            super().mouseReleaseEvent(event)
            return
        rect = QRectF(self._origin, self._clamped(event)).normalized()
        item, self._current, self._origin = self._current, None, None
        if rect.width() < MIN_BOX or rect.height() < MIN_BOX:
            self.scene().removeItem(item)
            self.select_at(rect.center())  # a click: choose the rectangle under it
            return
        item.setRect(rect)
        self.boxes.append(item)
        self.boxes_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def add_found(self, boxes: list[tuple[int, int, int, int]], tooltip: str) -> None:
        """Pre-draw boxes found automatically (dashed), removable like drawn ones."""
        for x, y, w, h in boxes:
            rect = QRectF(x, y, w, h).intersected(self._bounds)
            if rect.width() >= MIN_BOX and rect.height() >= MIN_BOX:
                item = self.scene().addRect(rect, self._found_pen, self._brush)
                item.setToolTip(tooltip)
                self.boxes.append(item)
        self.boxes_changed.emit()

    def select_at(self, point: QPointF) -> None:
        """Select the topmost rectangle under ``point`` (image pixels), or none."""
        hit = next((item for item in reversed(self.boxes) if item.rect().contains(point)),
                   None)
        self._select(hit)
        self.boxes_changed.emit()

    def _select(self, item: QGraphicsRectItem | None) -> None:
        if self.selected is not None:
            self.selected.setBrush(self._brush)
        self.selected = item
        if item is not None:
            item.setBrush(self._selected_brush)

    def remove_selected(self) -> None:
        if self.selected in self.boxes:
            self.boxes.remove(self.selected)
            self.scene().removeItem(self.selected)
        self.selected = None
        self.boxes_changed.emit()

    def undo(self) -> None:
        if self.boxes:
            item = self.boxes.pop()
            if item is self.selected:
                self.selected = None
            self.scene().removeItem(item)
            self.boxes_changed.emit()

    def clear_boxes(self) -> None:
        self.selected = None
        while self.boxes:
            self.scene().removeItem(self.boxes.pop())
        self.boxes_changed.emit()

    def image_boxes(self) -> list[tuple[int, int, int, int]]:
        """Each box as whole image pixels (x, y, w, h), grown outwards: never less hidden
        than what the user drew."""
        out = []
        width, height = int(self._bounds.width()), int(self._bounds.height())
        for item in self.boxes:
            rect = item.rect()
            x, y = max(0, math.floor(rect.left())), max(0, math.floor(rect.top()))
            right = min(width, math.ceil(rect.right()))
            bottom = min(height, math.ceil(rect.bottom()))
            if right > x and bottom > y:
                out.append((x, y, right - x, bottom - y))
        return out


class RedactionDialog(QDialog):
    saved = Signal(str, int)  # the new exhibit's code and number

    def __init__(self, ctx: AppContext, case_id: int, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case_id = case_id
        self._row = row
        self.code = f"E{row['number']:04d}"
        self.busy = True
        self.detecting = False
        self.faces_found: int | None = None  # None until the detection has answered
        self._closed = False
        self.setWindowTitle(self.tr("Redact {code}").format(code=self.code))
        self.resize(900, 700)
        intro = QLabel(self.tr(
            "Drag rectangles over faces, tattoos, street signs, number plates — anything that "
            "could identify someone. The copy keeps pixels only: every metadata block (GPS, "
            "device, time, embedded thumbnail) is removed. {code} itself stays unchanged.")
            .format(code=self.code))
        intro.setWordWrap(True)
        self.faces_note = QLabel()
        self.faces_note.setObjectName("FacesNote")
        self.faces_note.setWordWrap(True)
        self.faces_note.hide()
        self.view = named(BoxView(), self.tr("Image to redact"),
                          self.tr("Drag with the mouse to draw a rectangle to hide"))
        self.view.boxes_changed.connect(self._update)
        self.blur = named(QRadioButton(self.tr("Blur")), self.tr("Blur the regions"))
        self.black = named(QRadioButton(self.tr("Black")), self.tr("Black out the regions"))
        modes = QButtonGroup(self)
        modes.addButton(self.blur)
        modes.addButton(self.black)
        self.blur.setChecked(True)
        self.undo_button = named(QPushButton(self.tr("Undo last box")),
                                 self.tr("Remove the last rectangle"))
        self.undo_button.clicked.connect(self.view.undo)
        self.clear_button = named(QPushButton(self.tr("Clear boxes")),
                                  self.tr("Remove every rectangle"))
        self.clear_button.clicked.connect(self.view.clear_boxes)
        self.remove_button = named(QPushButton(self.tr("Remove box")),
                                   self.tr("Remove the selected rectangle"),
                                   self.tr("Click a rectangle to select it, then remove it "
                                           "(or press Delete)"))
        self.remove_button.clicked.connect(self.view.remove_selected)
        self.save_button = named(QPushButton(self.tr("Save redacted copy")),
                                 self.tr("Save the redacted copy as a new exhibit"))
        self.save_button.clicked.connect(self.save)
        cancel = named(QPushButton(self.tr("Cancel")), self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.status = QLabel(self.tr("Decrypting the photo…"))
        self.status.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Hide regions by:")))
        tools.addWidget(self.blur)
        tools.addWidget(self.black)
        tools.addStretch(1)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.undo_button)
        tools.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.faces_note)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        layout.addLayout(bottom)
        quiet_buttons(self, self.save_button)
        self.finished.connect(self._closing)
        self._update()
        self._load()

    def _load(self) -> None:
        vault, exhibit_id = self._ctx.require_vault(), self._row["id"]

        def work(task: TaskContext) -> tuple[int, int, bytes]:
            # The listing row has no blob id: read it with the file, on the worker.
            return decode_oriented(vault, vault.db["exhibits"].get(exhibit_id)["blob_id"])

        self._ctx.run(work, name="redact-load", on_done=self._loaded, on_error=self._failed)

    def _closing(self, _result: int) -> None:
        self._closed = True  # a late detection result is dropped (the dialog may be gone)
        self.view.forget_image()

    def _loaded(self, result: tuple[int, int, bytes]) -> None:
        if self._closed:
            return
        width, height, raw = result
        image = QImage(raw, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        del raw
        self.view.set_image(image)
        self.busy = False
        self.status.setText(self.tr("{w} × {h} pixels. Draw the regions to hide.").format(
            w=width, h=height))
        self._detect()

    def _detect(self) -> None:
        """Look for faces in a task; the boxes found are pre-drawn when it answers."""
        vault, exhibit_id = self._ctx.require_vault(), self._row["id"]
        self.detecting = True
        self.faces_note.setText(self.tr("Looking for faces…"))
        self.faces_note.show()
        self._update()

        def work(task: TaskContext) -> list[tuple[int, int, int, int]]:
            return find_faces(vault, exhibit_id)

        self._ctx.run(work, name="faces", on_done=self._faces_found,
                      on_error=self._faces_failed)

    def _faces_found(self, boxes: list[tuple[int, int, int, int]]) -> None:
        if self._closed:
            return
        self.detecting = False
        self.faces_found = len(boxes)
        self.view.add_found(boxes, self.tr("Found automatically: remove it if it is not a "
                                           "face"))
        self.faces_note.setStyleSheet("color: #8a5300;")
        self.faces_note.setText(self.tr(
            "Faces found automatically: {n}. Check for others: automatic detection can miss "
            "faces.").format(n=number(len(boxes))) if boxes else self.tr(
            "No face found automatically. Check the whole photo: automatic detection can "
            "miss faces."))
        self._update()

    def _faces_failed(self, message: str) -> None:
        if self._closed:
            return
        self.detecting = False
        self.faces_note.setStyleSheet("color: #8a5300;")
        self.faces_note.setText(self.tr("Faces were not looked for: {reason} Draw a "
                                        "rectangle over every face yourself.").format(
            reason=message))
        self._update()

    def _failed(self, message: str) -> None:
        if self._closed:
            return
        self.busy = False
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(message)
        self._update()

    def mode(self) -> str:
        """The core's mode name: "blur" or "black"."""
        return "black" if self.black.isChecked() else "blur"

    def _update(self) -> None:
        ready = not self.busy and not self.view.sceneRect().isEmpty()
        self.save_button.setEnabled(ready and not self.detecting)
        self.undo_button.setEnabled(ready and bool(self.view.boxes))
        self.clear_button.setEnabled(ready and bool(self.view.boxes))
        self.remove_button.setEnabled(ready and self.view.selected is not None)
        if ready:
            count = len(self.view.boxes)
            self.save_button.setToolTip(
                self.tr("%Ln region(s) will be hidden; all metadata is removed.", "",
                        count) if count else
                self.tr("No region drawn: the copy only has its metadata removed."))

    def save(self) -> None:
        if self.busy or self.detecting:
            return
        boxes, mode = self.view.image_boxes(), self.mode()
        vault, case_id, ref = self._ctx.require_vault(), self._case_id, self.code
        self.busy = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saving the redacted copy…"))
        self._update()

        def work(task: TaskContext) -> tuple[str, int]:
            from evidence_kit.records import get_case
            from evidence_kit.redact import Box, redact_exhibit

            result = redact_exhibit(vault, get_case(vault.db, case_id), ref,
                                    [Box(*box) for box in boxes], mode)
            return result.code, result.exhibit["number"]

        def done(result: tuple[str, int]) -> None:
            self.busy = False
            self.saved.emit(*result)
            self.accept()

        self._ctx.run(work, name="redact", on_done=done, on_error=self._failed)
