"""Vault ▸ Recipients…: the age public keys dossiers can be encrypted to (issue 10).

A legal team or mechanism publishes an age public key (``age1…``); adding it here under a
label lets the export wizard encrypt to it, so no password has to travel. The dialog also
shows this vault's own age public key, to give to partners who send dossiers back.

Keys are pasted or read from a file in a task, never shown when they are not public: a
file holding an age SECRET key is refused by the core (``add_recipient``) with a readable
message, and its content never appears on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import file_dialogs
from .context import AppContext
from .dialog_tasks import TaskDialogMixin
from .widgets import machine_text, named, quiet_buttons
from .workers import TaskContext

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_KEY_FILE = 64 * 1024  # a recipients file is a few lines; never read a big file whole


def read_key_file(path: Path) -> str:
    """The text of a small key file, or a readable error (runs in a task)."""
    from evidence_kit.errors import InvalidInput

    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise InvalidInput("Cannot read {name}: {reason}.", name=path.name,
                           reason=exc.strerror or str(exc)) from exc
    if len(data) > MAX_KEY_FILE:
        raise InvalidInput("{name} is too large to be a key file.", name=path.name)
    return data.decode("utf-8", errors="replace")


class RecipientsDialog(TaskDialogMixin, QDialog):
    _task_name = "recipients"
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.busy = False
        self.setWindowTitle(self.tr("Recipients"))
        self.resize(720, 560)
        own = QGroupBox(self.tr("Your age public key"))
        self.own_key = named(QLineEdit(), self.tr("Your age public key"))
        self.own_key.setReadOnly(True)
        machine_text(self.own_key)
        self.copy_button = named(QPushButton(self.tr("Copy")), self.tr("Copy your age public key"))
        self.copy_button.clicked.connect(self._copy)
        own_row = QHBoxLayout(own)
        own_row.addWidget(self.own_key, 1)
        own_row.addWidget(self.copy_button)
        hint = QLabel(self.tr(
            "Give this key to partners who send dossiers to your team. Add the legal teams "
            "you send to below: their public key starts with age1…"))
        hint.setWordWrap(True)
        self.tree = named(QTreeWidget(), self.tr("Recipients"))
        self.tree.setHeaderLabels([self.tr("Label"), self.tr("Public key")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setRootIsDecorated(False)
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.remove_button = named(QPushButton(self.tr("Remove")),
                                   self.tr("Remove the selected recipient"))
        self.remove_button.clicked.connect(self.remove_selected)
        add = QGroupBox(self.tr("Add a recipient"))
        self.label = named(QLineEdit(), self.tr("Recipient label"))
        self.label.setPlaceholderText(self.tr("Who they are, e.g. ICC OTP evidence unit"))
        self.key = named(QLineEdit(), self.tr("Recipient public key"))
        self.key.setPlaceholderText("age1…")
        machine_text(self.key)
        self.add_button = named(QPushButton(self.tr("Add")), self.tr("Add the recipient"))
        self.add_button.clicked.connect(lambda: self.add())
        self.file_button = named(QPushButton(self.tr("From file…")),
                                 self.tr("Add the recipient from a key file"))
        self.file_button.clicked.connect(lambda: self.add_from_file())
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.file_button)
        form = QFormLayout(add)
        form.addRow(self.tr("Label *:"), self.label)
        form.addRow(self.tr("Public key:"), key_row)
        form.addRow("", self.add_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = named(QPushButton(self.tr("Close")), self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(add)
        layout.addLayout(bottom)
        quiet_buttons(self, self.add_button)
        self.load()

    # -- loading -------------------------------------------------------------------------

    def load(self) -> None:
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> tuple[str, list[Any]]:
            from evidence_kit.recipients import list_recipients, own_recipient

            return own_recipient(vault), list_recipients(vault)

        self._run(work, self._loaded)

    def _loaded(self, result: tuple[str, list[Any]]) -> None:
        own, rows = result
        self.own_key.setText(own)
        self.tree.clear()
        for recipient in rows:
            item = QTreeWidgetItem([recipient.label, recipient.short])
            item.setData(0, KEY_ROLE, recipient.recipient)
            item.setToolTip(1, recipient.recipient)
            self.tree.addTopLevelItem(item)
        self._update()

    def labels(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())]

    # -- actions -------------------------------------------------------------------------

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.own_key.text())
        self._say(self.tr("Your age public key is copied."))

    def add(self) -> None:
        label, text = self.label.text().strip(), self.key.text().strip()
        if not label or not text:
            self._say(self.tr("Give both a label and the public key (age1…)."), error=True)
            return
        if "AGE-SECRET-KEY-" in text.upper():
            self.key.clear()  # a secret pasted by mistake must not stay on screen
        self._add(label, lambda: text)

    def add_from_file(self, path: Path | None = None) -> None:
        label = self.label.text().strip()
        if not label:
            self._say(self.tr("Give the recipient a label first, then choose the key file."),
                      error=True)
            return
        if not isinstance(path, Path):
            chosen = file_dialogs.open_file(self, self.tr("Recipient's age public key"), "",
                                            self.tr("Key files (*.txt *.pub *.age);;"
                                                    "All files (*)"))
            if not chosen:
                return
            path = Path(chosen)
        source = path
        self._add(label, lambda: read_key_file(source))

    def _add(self, label: str, text: Callable[[], str]) -> None:
        vault = self._ctx.require_vault()

        def work(task: TaskContext) -> Any:
            from evidence_kit.recipients import add_recipient

            return add_recipient(vault, text(), label)

        def done(recipient: Any) -> None:
            self.label.clear()
            self.key.clear()
            self._say(self.tr("Added {label}.").format(label=recipient.label))
            self.changed.emit()
            self.load()

        self._run(work, done)

    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        vault, key = self._ctx.require_vault(), item.data(0, KEY_ROLE)

        def work(task: TaskContext) -> Any:
            from evidence_kit.recipients import remove_recipient

            return remove_recipient(vault, key)

        def done(recipient: Any) -> None:
            self._say(self.tr("Removed {label}.").format(label=recipient.label))
            self.changed.emit()
            self.load()

        self._run(work, done)

    # -- plumbing ------------------------------------------------------------------------

    def _update(self) -> None:
        for button in (self.add_button, self.file_button):
            button.setEnabled(not self.busy)
        self.remove_button.setEnabled(not self.busy and self.tree.currentItem() is not None)
