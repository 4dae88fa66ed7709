"""Vault ▸ Trusted signer keys…: whose signatures this vault recognises by name.

A dossier verifies "green" only when its signer's key is trusted here (or is this vault's
own). A key is trusted after its fingerprint was confirmed with its owner over a second
channel, so the dialog shows fingerprints in the groups of four people read aloud. It also
shows this vault's own fingerprint and exports its public key (minisign ``.pub``) for the
partners who will verify this team's dossiers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from .i18n import calendar_date
from .recipients_dialog import read_key_file
from .widgets import grouped, machine_text, mono_font, named, quiet_buttons
from .workers import TaskContext


class TrustedKeysDialog(TaskDialogMixin, QDialog):
    _task_name = "trust"
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.busy = False
        vault = ctx.require_vault()
        self.setWindowTitle(self.tr("Trusted signer keys"))
        self.resize(720, 560)
        own = QGroupBox(self.tr("Your signing key"))
        self.own_fingerprint = named(QLineEdit(grouped(vault.fingerprint)),
                                     self.tr("Your key fingerprint"))
        self.own_fingerprint.setReadOnly(True)
        machine_text(self.own_fingerprint)
        copy = named(QPushButton(self.tr("Copy")), self.tr("Copy your key fingerprint"))
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.own_fingerprint.text()))
        self.export_button = named(QPushButton(self.tr("Export my public key…")),
                                   self.tr("Export my public key to a file"))
        self.export_button.clicked.connect(lambda: self.export_own_key())
        own_row = QHBoxLayout(own)
        own_row.addWidget(self.own_fingerprint, 1)
        own_row.addWidget(copy)
        own_row.addWidget(self.export_button)
        self.tree = named(QTreeWidget(), self.tr("Trusted keys"))
        self.tree.setHeaderLabels([self.tr("Label"), self.tr("Fingerprint"), self.tr("Added")])
        self.tree.setColumnWidth(0, 240)
        self.tree.setColumnWidth(1, 230)
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.untrust_button = named(QPushButton(self.tr("Stop trusting")),
                                    self.tr("Stop trusting the selected key"))
        self.untrust_button.clicked.connect(self.untrust_selected)
        add = QGroupBox(self.tr("Trust a signer's key"))
        self.label = named(QLineEdit(), self.tr("Signer label"))
        self.label.setPlaceholderText(self.tr("Who they are, e.g. Partner NGO field team"))
        self.key_text = named(QPlainTextEdit(), self.tr("Signer public key"))
        self.key_text.setTabChangesFocus(True)
        machine_text(self.key_text)
        self.key_text.setPlaceholderText(self.tr("Paste the content of their .pub file"))
        self.key_text.setFixedHeight(self.key_text.fontMetrics().lineSpacing() * 3 + 12)
        self.trust_button = named(QPushButton(self.tr("Trust")), self.tr("Trust the pasted key"))
        self.trust_button.clicked.connect(lambda: self.trust())
        self.file_button = named(QPushButton(self.tr("From file…")),
                                 self.tr("Trust a key from a file"))
        self.file_button.clicked.connect(lambda: self.trust_file())
        confirm = QLabel(self.tr("Trust a key only after you compared its fingerprint with "
                                 "its owner by another channel (a call, in person)."))
        confirm.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.trust_button)
        form = QFormLayout(add)
        form.addRow(self.tr("Label *:"), self.label)
        form.addRow(self.tr("Public key:"), self.key_text)
        form.addRow(confirm)
        form.addRow(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.untrust_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(self.tree, 1)
        layout.addWidget(add)
        layout.addLayout(bottom)
        quiet_buttons(self)
        self.load()

    def load(self) -> None:
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> list[Any]:
            from evidence_kit.trust import list_trusted

            return list_trusted(vault)

        self._run(work, self._loaded)

    def _loaded(self, keys: list[Any]) -> None:
        self.tree.clear()
        for key in keys:
            item = QTreeWidgetItem([key.label, grouped(key.fingerprint),
                                    calendar_date((key.added_at or "")[:10])])
            item.setFont(1, mono_font())
            self.tree.addTopLevelItem(item)
        self._update()

    def trust(self) -> None:
        label, text = self.label.text().strip(), self.key_text.toPlainText().strip()
        if not label or not text:
            self._say(self.tr("Give both a label and the public key."), error=True)
            return
        self._trust(label, lambda: text)

    def trust_file(self, path: Path | None = None) -> None:
        label = self.label.text().strip()
        if not label:
            self._say(self.tr("Give the signer a label first, then choose the key file."),
                      error=True)
            return
        if not isinstance(path, Path):
            chosen = file_dialogs.open_file(self, self.tr("Signer's public key"), "",
                                            self.tr("Public keys (*.pub);;All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        source = path
        self._trust(label, lambda: read_key_file(source))

    def _trust(self, label: str, text: Callable[[], str]) -> None:
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> Any:
            from evidence_kit.trust import trust_key

            return trust_key(vault, text(), label)

        def done(key: Any) -> None:
            self.label.clear()
            self.key_text.clear()
            self._say(self.tr("Trusted {label} ({fp}).").format(
                label=key.label, fp=grouped(key.fingerprint)))
            self.changed.emit()
            self.load()

        self._run(work, done)

    def untrust_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        vault, fingerprint = self._ctx.require_vault(), item.text(1)

        def work(task: TaskContext) -> Any:
            from evidence_kit.trust import untrust_key

            return untrust_key(vault, fingerprint)

        def done(key: Any) -> None:
            self._say(self.tr("No longer trusted: {label}.").format(label=key.label))
            self.changed.emit()
            self.load()

        self._run(work, done)

    def export_own_key(self, target: Path | None = None) -> None:
        if not isinstance(target, Path):
            chosen = file_dialogs.save_file(self, self.tr("Export my public key"),
                                            str(Path.home() / "evidence-kit-signer.pub"),
                                            self.tr("Public keys (*.pub)"))
            if not chosen:
                return
            target = Path(chosen)
        vault, out = self._ctx.require_vault(), target

        def work(task: TaskContext) -> str:
            from evidence_kit.atomic import write_atomic
            from evidence_kit.errors import Phrase
            from evidence_kit.trust import export_public_key_text

            write_atomic(out, export_public_key_text(vault).encode("utf-8"),
                         Phrase("the key file"))
            return str(out)

        self._run(work, lambda path: self._say(self.tr(
            "Saved to {path}. Give it to partners, and confirm the fingerprint with them "
            "by another channel.").format(path=path)))

    def _update(self) -> None:
        for button in (self.trust_button, self.file_button, self.export_button):
            button.setEnabled(not self.busy)
        self.untrust_button.setEnabled(not self.busy and self.tree.currentItem() is not None)
