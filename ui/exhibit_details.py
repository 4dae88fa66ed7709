"""The exhibit details pane: the facts a reviewer checks first, where the file came from,
and what it reveals about the people who made it (issue 7).

The listing row carries what the table shows; provenance (a redacted copy's parent and
steps) and the metadata risk preview (``metadata_risk.assess``, which reads the start of
the decrypted file) need the full record, so they load in a task per selected exhibit.
A field team often does not know that a photo carries the phone's serial number or the
GPS position of a safe house: the pane says so before anything is shared, and what a
redacted copy would keep. "Redact…" opens the redaction editor for photos.
"""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .exhibits_model import tags_text
from .i18n import local_timestamp, utc_timestamp
from .widgets import field_label, heading, human_size, machine_text, named
from .workers import TaskContext

SEVERITY_COLOUR = {"high": "#b3261e", "medium": "#8a5300", "info": "#555555"}


def provenance_and_risk(vault: Any, exhibit_id: int) -> dict[str, Any]:
    """Parent, derivation steps and metadata risk of one exhibit (runs in a task)."""
    from evidence_kit.metadata_risk import assess
    from evidence_kit.records import code

    row = vault.db["exhibits"].get(exhibit_id)
    parent = None
    if row["parent_id"] is not None:
        parent = code("exhibits", vault.db["exhibits"].get(row["parent_id"])["number"])
    derivation = json.loads(row["derivation"]) if row["derivation"] else {}
    report = assess(vault, row)
    return {"id": exhibit_id, "parent": parent, "derivation": derivation,
            "findings": [(f.what, f.value, f.severity) for f in report.findings],
            "keeps": report.redacted_copy_keeps, "not_checked": report.not_checked,
            "worst": report.worst}


def describe_step(step: dict[str, Any]) -> str:
    name = str(step.get("step", ""))
    if {"x", "y", "w", "h"} <= step.keys():
        return f"{name} ({step['x']}, {step['y']}, {step['w']}×{step['h']} px)"
    return f"{name} ({step['how']})" if step.get("how") else name


class HashField(QTextEdit):
    """The whole SHA-256, monospaced and selectable, wrapped between any two characters
    (no spaces or line breaks are added: a copied hash is the hash) and as tall as its
    lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        machine_text(self)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("background: transparent;")
        self.document().setDocumentMargin(0)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - as QLabel's, for the form
        self.setPlainText(text)
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        lines = max(1, round(self.document().size().height() /
                             self.fontMetrics().lineSpacing()))
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()


class ExhibitDetails(QScrollArea):
    """Read-only facts about the selected exhibit, its provenance and its metadata risk."""

    redact_requested = Signal(object)  # the row dict of a photo
    edited = Signal(int)  # the exhibit's number, after "Edit details…" saved a change

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._row: dict[str, Any] | None = None
        self._loaded_id: int | None = None
        self.setWidgetResizable(True)
        self.setMinimumWidth(300)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(180)
        self.title = heading("", 1.1)
        self.derived = QLabel()
        self.derived.setObjectName("DerivedFrom")
        self.derived.setWordWrap(True)
        self.derived.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.redact_button = named(QPushButton(self.tr("Redact…")),
                                   self.tr("Make a redacted copy of this photo"))
        self.redact_button.clicked.connect(
            lambda: self._row is not None and self.redact_requested.emit(self._row))
        self.edit_button = named(QPushButton(self.tr("Edit details…")),
                                 self.tr("Edit the description, location and tags"))
        self.edit_button.clicked.connect(self.edit_details)
        self.action_row = QHBoxLayout()  # the exhibit's actions, side by side
        self.action_row.addWidget(self.redact_button)
        self.action_row.addWidget(self.edit_button)
        self.action_row.addStretch(1)
        layout.addWidget(self.preview)
        layout.addWidget(self.title)
        layout.addWidget(self.derived)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel | HashField] = {}
        for key, label in (
                ("original_filename", self.tr("File name")), ("kind", self.tr("Kind")),
                ("size", self.tr("Size")), ("capture_time", self.tr("Captured")),
                ("gps", self.tr("GPS")), ("camera", self.tr("Camera")),
                ("location_text", self.tr("Location")), ("tags", self.tr("Tags")),
                ("acquired_at", self.tr("Acquired")), ("acquired_by", self.tr("By")),
                ("acquired_how", self.tr("How")), ("sha256", self.tr("SHA-256"))):
            value: QLabel | HashField
            if key == "sha256":
                value = named(HashField(), self.tr("SHA-256 of the file"))
            else:
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(field_label(label), value)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.risk_box = QGroupBox(self.tr("What this file reveals"))
        self.risk = QLabel()
        self.risk.setObjectName("MetadataRisk")
        self.risk.setWordWrap(True)
        self.risk.setTextFormat(Qt.TextFormat.RichText)
        self.risk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.risk_box).addWidget(self.risk)
        layout.addLayout(self.form)
        layout.addWidget(self.description)
        layout.addLayout(self.action_row)
        layout.addWidget(self.risk_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_row(None)

    def show_row(self, row: dict[str, Any] | None, pixmap: Any = None,
                 kind_name: str = "") -> None:
        self._row = row
        for label in self.fields.values():
            label.clear()
        self.description.clear()
        self.preview.clear()
        self.redact_button.setVisible(row is not None and row.get("kind") == "photo")
        self.edit_button.setVisible(row is not None)
        if row is None:
            self.title.setText(self.tr("No exhibit selected"))
            self._loaded_id = None
            self.derived.clear()
            self.derived.hide()
            self.risk.clear()
            self.risk_box.hide()
            return
        self.title.setText(f"E{row['number']:04d}")
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            self.preview.setPixmap(pixmap.scaled(
                QSize(240, 180), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        gps = ""
        if row.get("gps_lat") is not None and row.get("gps_lon") is not None:
            gps = f"{row['gps_lat']:.5f}, {row['gps_lon']:.5f}"
        camera = " ".join(x for x in (row.get("camera_make"), row.get("camera_model")) if x)
        captured = local_timestamp(row.get("capture_time"), row.get("capture_offset"))
        digest = row.get("sha256") or ""
        values = {**row, "size": human_size(row.get("size")), "gps": gps, "camera": camera,
                  "sha256": digest,
                  "capture_time": captured or self.tr("unknown"), "tags": tags_text(row),
                  "kind": kind_name or row.get("kind"),
                  "acquired_at": utc_timestamp(row.get("acquired_at"))}
        for key, label in self.fields.items():
            label.setText(str(values.get(key) or ""))
        self.description.setText(row.get("description") or "")
        if row["id"] != self._loaded_id:  # thumbnails arriving re-show the row: load once
            self._load_extra(row["id"])

    def edit_details(self) -> Any:
        """The "Edit details…" dialog for the shown exhibit (saved in a worker)."""
        if self._row is None:
            return None
        from .exhibit_edit import ExhibitEditDialog

        dialog = ExhibitEditDialog(self._ctx, self._row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda row: self.edited.emit(row["number"]))
        dialog.open()
        return dialog

    def _load_extra(self, exhibit_id: int) -> None:
        self._loaded_id = exhibit_id
        self.derived.hide()
        self.risk_box.show()
        self.risk.setText(self.tr("Checking what the file reveals…"))
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> dict[str, Any]:
            return provenance_and_risk(vault, exhibit_id)

        self._ctx.run(work, name="risk", on_done=self._show_extra, on_error=self._extra_failed)

    def _extra_failed(self, message: str) -> None:
        self.risk.setText(html.escape(message))

    def _show_extra(self, info: dict[str, Any]) -> None:
        if info["id"] != self._loaded_id:
            return  # another exhibit was selected meanwhile
        if info["parent"]:
            steps = "; ".join(describe_step(s) for s in info["derivation"].get("steps", []))
            self.derived.setText(self.tr("Derived from {parent}").format(parent=info["parent"])
                                 + (f" — {steps}" if steps else ""))
            self.derived.show()
        rows = []
        names = {"high": self.tr("High"), "medium": self.tr("Medium"), "info": self.tr("Info")}
        for what, value, severity in info["findings"]:
            colour = SEVERITY_COLOUR.get(severity, "#555555")
            rows.append(f"<li><b style='color:{colour}'>{names.get(severity, severity)}</b>: "
                        f"{html.escape(what)} — {html.escape(str(value))}</li>")
        text = (f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>" if rows else
                self.tr("<p>Nothing identifying was found in the file's metadata.</p>"))
        text += "<p>" + self.tr("A redacted copy keeps: {keeps}").format(
            keeps=html.escape(info["keeps"])) + "</p>"
        text += f"<p><i>{html.escape(info['not_checked'])}</i></p>"
        self.risk.setText(text)
