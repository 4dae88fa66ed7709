"""The details pane's "Edit details…": an exhibit's description, location text and tags.

The evidence bytes and their hashes never change; ``evidence_kit.exhibits.update_exhibit``
saves the fields in a worker and logs which ones changed (names only, never values).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .dialog_tasks import TaskDialogMixin
from .exhibits_model import tags_text
from .widgets import named, quiet_buttons
from .workers import TaskContext


def parse_tags(text: str) -> list[str]:
    """"gate, night , argun" -> ["gate", "night", "argun"] (commas separate tags)."""
    return list(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


def save_details(vault: Any, exhibit_id: int, changes: dict[str, Any]) -> Any:
    """Runs in a task: the exhibit's row after the edit."""
    from evidence_kit.exhibits import update_exhibit
    from evidence_kit.records import code, get_case

    row = vault.db["exhibits"].get(exhibit_id)
    return update_exhibit(vault, get_case(vault.db, row["case_id"]),
                          code("exhibits", row["number"]), changes)


class ExhibitEditDialog(TaskDialogMixin, QDialog):
    _task_name = "edit-exhibit"
    saved = Signal(object)  # the updated row

    def __init__(self, ctx: AppContext, row: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.row = row
        self.busy = False
        self.code = f"E{row['number']:04d}"
        self.setWindowTitle(self.tr("Edit {code}").format(code=self.code))
        self.resize(540, 340)
        self.description = named(QPlainTextEdit(row.get("description") or ""),
                                  self.tr("Exhibit description"))
        self.description.setTabChangesFocus(True)
        self.location = named(QLineEdit(row.get("location_text") or ""),
                              self.tr("Where it was captured"))
        self.tags = named(QLineEdit(tags_text(row)), self.tr("Tags"),
                          self.tr("Separate tags with commas"))
        form = QFormLayout()
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Tags:"), self.tags)
        note = QLabel(self.tr("The file itself and its hashes never change; the custody log "
                              "records which fields were edited."))
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = named(QPushButton(self.tr("Save")), self.tr("Save the details"))
        self.save_button.clicked.connect(self.save)
        cancel = named(QPushButton(self.tr("Cancel")), self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)
        quiet_buttons(self, self.save_button)

    def changes(self) -> dict[str, Any]:
        return {"description": self.description.toPlainText().strip(),
                "location_text": self.location.text().strip(),
                "tags": parse_tags(self.tags.text())}

    def save(self) -> None:
        vault, changes = self._ctx.require_vault(), self.changes()
        exhibit_id = self.row["id"]

        def work(task: TaskContext) -> Any:
            return save_details(vault, exhibit_id, changes)

        self._run(work, self._saved)

    def _saved(self, row: Any) -> None:
        self.saved.emit(row)
        self.accept()

    def _update(self) -> None:
        self.save_button.setEnabled(not self.busy)
