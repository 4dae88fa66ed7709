"""Vault ▸ Sent dossiers…: the dossiers this vault sent and received, and receipt checks.

Each export leaves a sealed record (the file's SHA-256, every item's hash, the envelope
and its age recipients). When a recipient imports a dossier, their vault signs a receipt
of what arrived; "Check a receipt…" compares it with the record here, item by item, and
accepts it only when a key this vault trusts signed it (``sent_records.check_receipt``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs
from .context import AppContext
from .dialog_tasks import TaskDialogMixin
from .i18n import number, utc_timestamp
from .widgets import machine_text, named, quiet_buttons
from .workers import TaskContext


class SentDossiersDialog(TaskDialogMixin, QDialog):
    _task_name = "sent-dossiers"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.busy = False
        self.setWindowTitle(self.tr("Sent dossiers"))
        self.resize(860, 560)
        hint = QLabel(self.tr(
            "Every dossier this vault exported or imported, with the SHA-256 of the file. "
            "When a recipient imports your dossier, their vault writes a signed receipt: "
            "check it here against what you sent."))
        hint.setWordWrap(True)
        self.tree = named(QTreeWidget(), self.tr("Dossiers"))
        self.tree.setHeaderLabels([self.tr("Direction"), self.tr("Dossier"), self.tr("Date"),
                                   self.tr("Case"), self.tr("Items"), self.tr("Protection"),
                                   self.tr("Recipients"), self.tr("SHA-256")])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(1, 170)
        self.result = named(QPlainTextEdit(), self.tr("Receipt check result"))
        self.result.setReadOnly(True)
        self.result.setMaximumHeight(150)
        machine_text(self.result)
        self.check_button = named(QPushButton(self.tr("Check a receipt…")),
                                  self.tr("Check a recipient's signed receipt against what "
                                          "was sent"))
        self.check_button.clicked.connect(lambda: self.check_receipt_file())
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.result)
        layout.addLayout(bottom)
        quiet_buttons(self)
        self.load()

    def load(self) -> None:
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> list[Any]:
            from evidence_kit.sent_records import list_dossiers

            return list_dossiers(vault)

        self._run(work, self._loaded)

    def _loaded(self, records: list[Any]) -> None:
        self.tree.clear()
        directions = {"sent": self.tr("sent"), "received": self.tr("received")}
        protections = {"age": self.tr("recipient keys"), "password": self.tr("password")}
        for record in records:
            who = ", ".join(r["label"] or r["recipient"][:16] for r in record.recipients)
            item = QTreeWidgetItem([
                directions.get(record.direction, record.direction), record.id,
                utc_timestamp(record.created_at), record.case_title, number(len(record.items)),
                protections.get(record.envelope, "—"), who, record.file_sha256[:16] + "…"])
            item.setToolTip(7, record.file_sha256)
            item.setToolTip(6, "\n".join(f"{r['label']}: {r['recipient']}"
                                         for r in record.recipients))
            self.tree.addTopLevelItem(item)
        if not records:
            self._say(self.tr("No dossier was sent or received yet."))

    def rows(self) -> list[list[str]]:
        return [[self.tree.topLevelItem(i).text(c) for c in range(self.tree.columnCount())]
                for i in range(self.tree.topLevelItemCount())]

    def check_receipt_file(self, path: Path | None = None) -> None:
        if not isinstance(path, Path):
            chosen = file_dialogs.open_file(self, self.tr("Signed receipt"), "",
                                            self.tr("Receipts (*.receipt.json);;"
                                                    "All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        vault, receipt = self._ctx.require_vault(), path
        self.result.clear()

        def work(task: TaskContext) -> Any:
            from evidence_kit.sent_records import check_receipt

            return check_receipt(vault, receipt)

        self._run(work, self._checked)

    def _checked(self, check: Any) -> None:
        lines = [
            (self.tr("The receipt matches what was sent.") if check.ok else
             self.tr("The receipt does NOT match what was sent.")),
            self.tr("Dossier: {id}").format(id=check.dossier_id),
            self.tr("Signed by: {who}").format(who=check.signer),
            self.tr("Received at: {when}").format(when=check.received_at),
            self.tr("{acknowledged} item(s) acknowledged of {sent} sent").format(
                acknowledged=check.acknowledged, sent=check.sent),
        ]
        lines += [f"  ✗ {problem}" for problem in check.problems]
        lines += [f"  • {note}" for note in check.notes]
        self.result.setPlainText("\n".join(lines))
        self._say(lines[0], error=not check.ok)

    def _update(self) -> None:
        self.check_button.setEnabled(not self.busy)
