"""Importing evidence: files or folders (dropped or chosen) into the open case, in a task.

The panel at the bottom of the window shows the current file, the count, bytes, throughput
and a Cancel button; the window stays usable. Problems do not interrupt: duplicates and
unreadable files are collected and listed once, in one summary at the end.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .context import AppContext
from .widgets import human_size, named
from .workers import Task, TaskContext


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)            # "E0012  photo.jpg"
    duplicates: list[str] = field(default_factory=list)       # "photo.jpg (already E0003)"
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, readable reason)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportFlow", text)


def run_import(task: TaskContext, vault: Any, case: dict[str, Any],
               paths: list[Path]) -> ImportSummary:
    """The task body: every file through ``ingest_file``; one file's failure never stops
    the rest, and Cancel stops between (and inside) files with nothing half-kept."""
    from evidence_kit.errors import Cancelled, EvidenceKitError
    from evidence_kit.ingest import ingest_file, iter_files

    from .workers import readable_error

    started = time.monotonic()
    files = iter_files(paths)
    sizes = []
    for path in files:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)
    total = max(1, sum(sizes))
    summary = ImportSummary(files=len(files))
    done = 0
    for number, (path, size) in enumerate(zip(files, sizes, strict=True), 1):
        if task.cancelled():
            summary.cancelled = True
            break
        text = _tr("File {i} of {n}: {name}").format(i=i18n.number(number),
                                                    n=i18n.number(len(files)), name=path.name)
        task.progress(done, total, text, force=True)

        def progress(n: int, base: int = done, text: str = text) -> None:
            task.progress(base + n, total, text)

        try:
            result = ingest_file(vault, case, path, progress=progress, cancel=task.cancelled)
        except Cancelled:
            summary.cancelled = True
            break
        except EvidenceKitError as exc:
            summary.failed.append((str(path), readable_error(exc)))
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            summary.failed.append((str(path), readable_error(exc)))
        else:
            if result.duplicate:
                summary.duplicates.append(_tr("{name} (already in the case as {code})").format(
                    name=path.name, code=result.code))
            else:
                summary.added.append(f"{result.code}  {path.name}")
                summary.bytes += size
            summary.warnings += [f"{result.code}: {w}" for w in result.warnings]
        done += size
    summary.seconds = time.monotonic() - started
    task.progress(total, total, "", force=True)
    return summary


class ImportPanel(QFrame):
    """Progress while importing, then the one summary."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#ImportPanel { background: palette(alternate-base); }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.rate = QLabel()
        self.bar = named(QProgressBar(), self.tr("Import progress"))
        self.bar.setRange(0, 1000)
        self.cancel_button = named(QPushButton(self.tr("Cancel")), self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.details_button = named(QPushButton(self.tr("Show details")),
                                    self.tr("Show import details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = named(QPushButton(self.tr("Close")), self.tr("Close import summary"))
        self.close_button.clicked.connect(self.hide)
        self.details = named(QListWidget(), self.tr("Import details"))
        self.details.setMaximumHeight(130)
        self.details.hide()
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.rate)
        top.addWidget(self.cancel_button)
        top.addWidget(self.details_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.details)
        self._started = 0.0
        self.hide()

    def start(self, count_text: str) -> None:
        self._started = time.monotonic()
        self.label.setText(count_text)
        self.rate.clear()
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.details_button.hide()
        self.details_button.setChecked(False)
        self.close_button.hide()
        self.details.clear()
        self.show()

    def progress(self, done: int, total: int, text: str) -> None:
        if text:
            self.label.setText(text)
        self.bar.setValue(int(1000 * done / max(1, total)))
        elapsed = time.monotonic() - self._started
        if elapsed > 0.2:
            self.rate.setText(self.tr("{done} of {total} · {rate}/s").format(
                done=human_size(done), total=human_size(total),
                rate=human_size(done / elapsed)))

    def finish(self, summary: ImportSummary) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.rate.clear()
        parts = [self.tr("Imported %Ln file(s).", "", len(summary.added))]
        if summary.cancelled:
            parts.insert(0, self.tr("Import cancelled."))
        if summary.duplicates:
            parts.append(self.tr("%Ln already in the case.", "", len(summary.duplicates)))
        if summary.failed:
            parts.append(self.tr("%Ln could not be read.", "", len(summary.failed)))
        if summary.warnings:
            parts.append(self.tr("%Ln warning(s).", "", len(summary.warnings)))
        self.label.setText(" ".join(parts))
        for path, reason in summary.failed:
            self.details.addItem(self.tr("Not imported: {name} — {reason}").format(
                name=Path(path).name, reason=reason))
        for line in summary.duplicates:
            self.details.addItem(self.tr("Duplicate: {line}").format(line=line))
        for line in summary.warnings:
            self.details.addItem(self.tr("Warning: {line}").format(line=line))
        for line in summary.added:
            self.details.addItem(self.tr("Added: {line}").format(line=line))
        self.details_button.setVisible(self.details.count() > 0)
        self.details_button.setChecked(bool(summary.failed or summary.duplicates))
        self.close_button.show()
        self.show()

    def fail(self, message: str) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.label.setText(message)
        self.close_button.show()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))


class ImportController(QObject):
    """Runs one import at a time and drives the panel."""

    finished = Signal(object)  # ImportSummary
    started = Signal()

    def __init__(self, ctx: AppContext, panel: ImportPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.panel = panel
        self.task: Task | None = None
        self._shown: ImportSummary | str | None = None  # what the panel reports
        panel.cancel_requested.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, case: dict[str, Any], paths: list[Path]) -> bool:
        if self.task is not None:
            self._ctx.warn(self.tr("An import is already running; wait for it to finish or "
                                   "cancel it."))
            return False
        vault = self._ctx.require_vault()
        self._shown = None
        self.panel.start(self.tr("Preparing to import…"))
        self.task = self._ctx.run(lambda task: run_import(task, vault, case, paths),
                                  name="import", on_done=self._done, on_error=self._failed,
                                  on_progress=self.panel.progress)
        self.started.emit()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.panel.cancel_button.setEnabled(False)
            self.panel.label.setText(self.tr("Cancelling…"))

    def reset(self) -> None:
        """On lock: forget the running import's panel (its results are dropped)."""
        if self.task is not None:
            self.task.cancel()
        self.task = None
        self._shown = None
        self.panel.details.clear()
        self.panel.hide()

    def replace_panel(self, panel: ImportPanel) -> None:
        """Report through a new panel (built in a new language), which shows the summary
        the old one showed, in its own words. Only between imports (ui/language_switch)."""
        old, self.panel = self.panel, panel
        panel.cancel_requested.connect(self.cancel)
        if old.isHidden() or self._shown is None:
            return
        if isinstance(self._shown, ImportSummary):
            panel.finish(self._shown)
        else:
            panel.fail(self._shown)
            panel.show()

    def _done(self, summary: ImportSummary) -> None:
        self.task = None
        self._shown = summary
        self.panel.finish(summary)
        self.finished.emit(summary)

    def _failed(self, message: str) -> None:
        self.task = None
        self._shown = message
        self.panel.fail(message)
        self.finished.emit(None)
