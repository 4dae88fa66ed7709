"""The Custody log tab: the case's signed, hash-chained events as a timeline, and a button
that re-checks the whole chain (every hash link and signature) in a task."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .i18n import utc_timestamp
from .records_model import RecordTableModel
from .widgets import named, size_column
from .workers import TaskContext


def _when(row: dict[str, Any]) -> str:
    return utc_timestamp(row.get("at"))  # stored UTC, shown as UTC in the locale's format


def _item(row: dict[str, Any]) -> str:
    try:
        details = json.loads(row.get("details") or "{}")
    except ValueError:
        details = {}
    return str(details.get("code") or row.get("item_kind") or "")


def _hash(row: dict[str, Any]) -> str:
    return (row.get("hash") or "")[:16] + "…"


class CustodyTab(QWidget):
    verified = Signal(bool, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._case: dict[str, Any] | None = None
        self.model = RecordTableModel([
            ("seq", self.tr("#"), None), ("at", self.tr("When"), _when),
            ("action", self.tr("Event"), None), ("item", self.tr("Item"), _item),
            ("actor", self.tr("By"), None), ("hash", self.tr("Event hash"), _hash)])
        self.table = named(QTableView(), self.tr("Custody log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((50, 170, 170, 80, 360)):
            size_column(self.table.horizontalHeader(), column, width)
        self.verify_button = named(QPushButton(self.tr("Verify chain")),
                                   self.tr("Verify the custody chain"),
                                   self.tr("Re-check every event's hash link and signature"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addWidget(self.result, 1)
        bar.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def load(self, case: dict[str, Any]) -> None:
        self._case = case
        self.result.clear()
        vault, case_uid = self._ctx.require_vault(), case["uid"]

        def work(task: TaskContext) -> list[dict[str, Any]]:
            from evidence_kit.custody import events

            return [{k: e[k] for k in ("seq", "at", "action", "actor", "item_kind", "details",
                                       "hash")} for e in events(vault.db, case_uid)]

        self._ctx.run(work, name="custody", on_done=self._loaded)

    def clear(self) -> None:
        self._case = None
        self.model.clear()
        self.result.clear()
        self.count.clear()

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("%Ln event(s)", "", len(rows)))

    def verify(self) -> None:
        vault = self._ctx.require_vault()
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Checking every event…"))

        def work(task: TaskContext) -> Any:
            from evidence_kit.custody import verify_chain

            return verify_chain(vault.db, vault.public_key)

        def done(report: Any) -> None:
            self.verify_button.setEnabled(True)
            if report.ok:
                text = self.tr("✔ Chain intact: %Ln event(s), every link and signature "
                               "verified.", "", report.count)
                self.result.setStyleSheet("color: #1e6b2a; font-weight: bold;")
            else:
                text = self.tr("✘ Chain broken: {problem}").format(problem=report.problem)
                self.result.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.result.setText(text)
            self.verified.emit(bool(report.ok), text)

        def failed(message: str) -> None:
            self.verify_button.setEnabled(True)
            self.result.setText(message)
            self.verified.emit(False, message)

        self._ctx.run(work, name="verify-chain", on_done=done, on_error=failed)
